#!/usr/bin/env python3
"""Score the date engine on TempEval-3 (train and platinum) the way the TE3 scorer does.

Usage::

    python bench/tempeval.py [--split train|platinum|both] [--errors N] [--kind K] [--conventions]

The corpora are read from ``../shared/corpora/tempeval3/{train,platinum}.jsonl`` relative
to the repository root (never copied into the repo). Each document's ``dct`` is passed as
the reference date.

How it scores (after the TE3 scorer, re-implemented here; none of its code is used):

* **relaxed** match: a system mention and a gold timex overlap by at least one character.
  Gold and system mentions are paired one to one, largest overlap first.
* **strict** match: a relaxed pair whose *token extents* are identical. TE3 tokenizes with
  ``tokenize.pl``, which splits punctuation off words; a span that differs only by leading
  or trailing punctuation therefore covers the same word tokens. We compare the two spans
  after trimming, at both ends, whitespace and the punctuation ``. , ; : ! ? " ' ( ) [ ]``
  and quote marks, and a trailing possessive ``'s``.
* P = matches / system mentions, R = matches / gold timexes, F1 their harmonic mean.
* type and value are compared as exact strings on relaxed pairs; accuracy = correct / relaxed
  pairs; type F1 and value F1 = relaxed F1 x accuracy (TE3's "attribute F1").

Errors are broken down by kind: ``missed`` (gold with no match), ``spurious`` (system
mention with no match), ``value:<GOLD TYPE>`` (wrong value on a relaxed pair), ``type``
(wrong type), ``extent`` (relaxed but not strict). ``--errors N`` prints N examples of each
kind (or only of ``--kind``). ``--conventions`` counts the value errors that are only a
difference of convention on which the gold itself is split (it writes a year alone both as
``1949`` and as ``1949-XX``), and prints the value F1 the engine would have if the gold had kept
to one way: an analysis, never the headline figure.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline.dates import extract_dates  # noqa: E402

CORPUS_DIR = REPO.parent / "shared" / "corpora" / "tempeval3"
_TRIM = " \t\r\n.,;:!?\"'()[]{}`\u2018\u2019\u201c\u201d-"


def token_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with surrounding punctuation and a trailing possessive 's trimmed off."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end - start > 2 and text[end - 2 : end].lower() in ("'s", "\u2019s"):
        end -= 2
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    chars: int = 0
    value_errors: list[tuple[str, str, str]] = field(default_factory=list)  # text, gold, ours

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


GOLD_CONVENTIONS: tuple[tuple[str, str, str, str], ...] = (
    # (what, text pattern the gold timex must match, one way, the other way): gold values
    # written two ways for the same kind of expression
    ("a year alone", r"\d{4}", r"\d{4}", r"\d{4}(-XX)+"),
    ("a decade", r".*\d0'?s", r"\d{3}", r"\d{3}X"),
    ("a week number", r".*\bweek\b.*", r"\d{4}-W\d\d", r"\d{4}-W(\d|XX)"),
    ("a day with its part", r".*\b(morning|afternoon|evening|night)\b",
     r"\d{4}-\d\d-\d\dT(MO|AF|EV|NI)", r"\d{4}-\d\d-\d\d"),
)  # fmt: skip
"""Where the TempEval-3 gold itself writes one kind of expression two ways. The engine
writes the first way (TimeML's guidelines); gold in the second way counts as a value error."""


def convention_of(text: str, gold: str, system: str) -> str | None:
    """The convention on which gold and system differ, if that is their only difference."""
    for what, text_pattern, ours, theirs in GOLD_CONVENTIONS:
        if (
            re.fullmatch(text_pattern, text.strip(), re.IGNORECASE)
            and re.fullmatch(ours, system)
            and re.fullmatch(theirs, gold)
            and _same_specified(gold, system)
        ):
            return what
    return None


def _same_specified(gold: str, system: str) -> bool:
    """Whether the two values agree on all that the gold specifies (1949-XX and 1949, 199X
    and 199, 2000-W8 and 2000-W08, 1998-10-23 and 1998-10-23TNI; 1989-WXX and any 1989 week).
    """
    gold_parts = re.findall(r"\d+|[A-Z]+", gold)
    system_parts = re.findall(r"\d+|[A-Z]+", system)
    for g, s in zip(gold_parts, system_parts, strict=False):
        if set(g) == {"X"}:
            continue
        if g.isdigit() and s.isdigit() and int(g) == int(s) and (len(g) == len(s) or g[0] != "0"):
            continue
        if g != s and not (g.endswith("X") and s.startswith(g.rstrip("X"))):
            return False
    return True


def gold_conventions(path: Path) -> dict[str, tuple[int, int]]:
    """For each entry of :data:`GOLD_CONVENTIONS`, how many gold values use each way."""
    counts = {what: [0, 0] for what, *_ in GOLD_CONVENTIONS}
    for line in path.read_text(encoding="utf-8").splitlines():
        for g in json.loads(line)["timexes"]:
            for what, text_pattern, ours, theirs in GOLD_CONVENTIONS:
                if re.fullmatch(text_pattern, g["text"].strip(), re.IGNORECASE):
                    if re.fullmatch(ours, g["value"]):
                        counts[what][0] += 1
                    elif re.fullmatch(theirs, g["value"]):
                        counts[what][1] += 1
    return {what: (a, b) for what, (a, b) in counts.items()}


def report_conventions(path: Path, tally: Tally) -> None:
    """The value errors that are only a difference of convention the gold itself is split on,
    and the value F1 the engine would have if the gold had kept to one way."""
    split = gold_conventions(path)
    by_convention = collections.Counter(
        what
        for text, gold, system in tally.value_errors
        if (what := convention_of(text, gold, system)) is not None
    )
    print("          gold written two ways (the engine's way / the other way / errors from it):")
    for what, _, ours, theirs in GOLD_CONVENTIONS:
        a, b = split[what]
        errors = by_convention[what]
        print(f"            {what:<20} {ours:<30} {a:>4} / {theirs:<22} {b:>4} / {errors:>3}")
    _, _, rf = tally.prf(tally.relaxed)
    consistent = (tally.value_ok + sum(by_convention.values())) / tally.relaxed
    print(f"          value F1 with the gold kept to the engine's way: {rf * consistent:.3f}")


def score(path: Path, errors: dict[str, list[str]]) -> Tally:
    tally = Tally()
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text: str = doc["text"]
        dct = date.fromisoformat(doc["dct"])
        gold = [g for g in doc["timexes"] if g["text"].strip()]
        t0 = time.perf_counter()
        system = extract_dates(text, dct)
        tally.seconds += time.perf_counter() - t0
        tally.chars += len(text)
        tally.gold += len(gold)
        tally.system += len(system)
        pairs = []
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                overlap = min(g["end"], s.end) - max(g["start"], s.start)
                if overlap > 0:
                    pairs.append((overlap, gi, si))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_s: set[int] = set()
        for _, gi, si in pairs:
            if gi in used_g or si in used_s:
                continue
            used_g.add(gi)
            used_s.add(si)
            g, s = gold[gi], system[si]
            tally.relaxed += 1
            ctx = _context(text, min(g["start"], s.start), max(g["end"], s.end))
            if token_extent(text, g["start"], g["end"]) == token_extent(text, s.start, s.end):
                tally.strict += 1
            else:
                errors["extent"].append(f"gold {g['text']!r} sys {s.text!r} | {ctx}")
            if g["type"] == s.type:
                tally.type_ok += 1
            else:
                errors["type"].append(f"{g['text']!r} gold {g['type']} sys {s.type} | {ctx}")
            if g["value"] == s.value:
                tally.value_ok += 1
            else:
                tally.value_errors.append((g["text"], g["value"], s.value))
                errors[f"value:{g['type']}"].append(
                    f"{doc['dct']} {g['text']!r} gold {g['value']} {g.get('mod') or ''}"
                    f" sys {s.value} {s.mod or ''} [{s.explanation}] | {ctx}"
                )
        for gi, g in enumerate(gold):
            if gi not in used_g:
                errors["missed"].append(
                    f"{doc['dct']} {g['text']!r} {g['type']} {g['value']} | "
                    + _context(text, g["start"], g["end"])
                )
        for si, s in enumerate(system):
            if si not in used_s:
                errors["spurious"].append(
                    f"{s.text!r} {s.type} {s.value} | " + _context(text, s.start, s.end)
                )
    return tally


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", " ")


def report(name: str, tally: Tally) -> None:
    sp, sr, sf = tally.prf(tally.strict)
    rp, rr, rf = tally.prf(tally.relaxed)
    type_acc = tally.type_ok / tally.relaxed if tally.relaxed else 0.0
    value_acc = tally.value_ok / tally.relaxed if tally.relaxed else 0.0
    print(
        f"{name:<9} gold {tally.gold:>5} sys {tally.system:>5} | "
        f"strict P {sp:.3f} R {sr:.3f} F1 {sf:.3f} | "
        f"relaxed P {rp:.3f} R {rr:.3f} F1 {rf:.3f} | "
        f"type F1 {rf * type_acc:.3f} | value F1 {rf * value_acc:.3f} | "
        f"{tally.chars / tally.seconds / 1e6 if tally.seconds else 0:.2f} Mchar/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "platinum", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="print N examples per error kind")
    parser.add_argument("--kind", default=None, help="only print errors of this kind")
    parser.add_argument(
        "--conventions",
        action="store_true",
        help="count the value errors that come from gold written two ways",
    )
    args = parser.parse_args(argv)
    if not CORPUS_DIR.is_dir():
        print(
            f"TempEval-3 corpus not found at {CORPUS_DIR} "
            "(expected ../shared/corpora/tempeval3 next to the repository)",
            file=sys.stderr,
        )
        return 2
    splits = ("train", "platinum") if args.split == "both" else (args.split,)
    for split in splits:
        path = CORPUS_DIR / f"{split}.jsonl"
        if not path.is_file():
            print(f"missing {path}", file=sys.stderr)
            return 2
        errors: dict[str, list[str]] = collections.defaultdict(list)
        tally = score(path, errors)
        report(split, tally)
        if args.conventions:
            report_conventions(path, tally)
        print(
            "          errors: "
            + ", ".join(f"{kind} {len(items)}" for kind, items in sorted(errors.items()))
        )
        if args.errors:
            for kind, items in sorted(errors.items()):
                if args.kind and not kind.startswith(args.kind):
                    continue
                print(f"--- {kind} ({len(items)})")
                for item in items[: args.errors]:
                    print("   ", item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
