#!/usr/bin/env python3
"""Score the date engine on TempEval-3 (train and platinum) the way the TE3 scorer does.

Usage::

    python bench/tempeval.py [--split train|platinum|both] [--errors N] [--kind KIND]

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
kind (or only of ``--kind``).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from dataclasses import dataclass
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

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


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
