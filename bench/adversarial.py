"""Is the date engine linear on hostile text? Time per character, adversarial vs news.

What it measures: ``extract_dates`` on 5 MB of adversarial text (runs of digits, slashes,
commas, month names, "19 19 19", "May May May", long numbers with separators, ...) against
5 MB of news text (the TempEval-3 train corpus repeated), each as ONE call on one core, and
prints the ratio of CPU seconds per character (target: at most 3x), twice: for a mix of the
families the target names (``ISSUE_FAMILIES``) and for every family. Each figure is the best of
``--repeat`` runs in CPU seconds of the measuring process (``time.process_time``), so that
other work on a shared machine does not distort the ratio; the three texts a ratio compares
are timed in turns in one process (news, named, all; news, named, all; ...), so that a
machine whose speed drifts meanwhile (measured here: 20% from one minute to the next)
slows them alike. Each family of hostile text
is also timed alone (``--family-mb`` each) so a slow one is named, and the mixed text is
timed at growing sizes so super-linear growth shows as a rising per-character cost.

Each measurement runs in a child process with a ``--timeout``: a quadratic engine shows up as
"timed out" instead of hanging the bench.

Usage::

    python bench/adversarial.py                 # 5 MB each, ~a minute on a fast engine
    python bench/adversarial.py --mb 1          # quicker look
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "corpora" / "tempeval3" / "train.jsonl"
REFERENCE = date(2000, 1, 1)
MB = 1_000_000
TARGET_RATIO = 3.0

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATEISH = (
    *MONTHS, *DAYS, "last", "next", "this", "the", "of", "early", "mid", "late", "spring",
    "fall", "Q3", "fiscal", "FY", "from", "to", "between", "and", "ago", "later", "earlier",
    "year", "month", "week", "day", "1990s", "'90s", "19th", "century", "AD", "BC", "a.m.",
    "p.m.", "today", "-", "/", ",", ".",
)  # fmt: skip


def _digits(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 400)))


def _slashes(rng: random.Random) -> str:
    return "/".join(str(rng.randint(0, 3000)) for _ in range(rng.randint(2, 200)))


def _commas(rng: random.Random) -> str:
    return ",".join(f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(2, 300)))


def _separated_numbers(rng: random.Random) -> str:
    sep = rng.choice(["-", ".", ":", " ", "–", ", "])
    return sep.join(str(rng.randint(1, 2100)) for _ in range(rng.randint(2, 150)))


def _repeats(rng: random.Random) -> str:
    token = rng.choice(["19", "May", "May 19", "2019", "March", "the", "19,", "Monday", "1990s"])
    return " ".join([token] * rng.randint(2, 500))


def _month_runs(rng: random.Random) -> str:
    return " ".join(rng.choice(MONTHS) for _ in range(rng.randint(2, 300)))


def _dateish_soup(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(5, 400)):
        parts.append(rng.choice(DATEISH) if rng.random() < 0.7 else str(rng.randint(0, 2100)))
    return " ".join(parts)


def _no_spaces(rng: random.Random) -> str:
    return "".join(rng.choice(MONTHS) + str(rng.randint(1, 31)) for _ in range(rng.randint(2, 200)))


def _nineteens(rng: random.Random) -> str:
    return " ".join(["19"] * rng.randint(2, 500))


FAMILIES: dict[str, Callable[[random.Random], str]] = {
    "digit runs": _digits,
    '"19 19 19"': _nineteens,
    "slashes": _slashes,
    "comma groups": _commas,
    "separated numbers": _separated_numbers,
    "repeated tokens": _repeats,
    "month-name runs": _month_runs,
    "date-word soup": _dateish_soup,
    "no spaces": _no_spaces,
}


def adversarial_text(size: int, seed: int = 11, families: list[str] | None = None) -> str:
    """``size`` characters of hostile text; one family, or all mixed, joined by blanks."""
    rng = random.Random(seed)
    makers = [FAMILIES[name] for name in families or FAMILIES]
    pieces: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(makers)(rng)
        pieces.append(piece)
        pieces.append(rng.choice([" ", " ", "\n", ". ", ", "]))
        length += len(piece) + 1
    return "".join(pieces)[:size]


ISSUE_FAMILIES = ["digit runs", "slashes", "comma groups", "month-name runs", '"19 19 19"']
"""The hostile text the target names: runs of digits, slashes, commas, month names and
"19 19 19". The other families (numbers with every separator, repeated dates, a soup of
date words, no spaces) are harsher: most of what they hold are real dates, each one
resolved, so they measure the cost of many dates more than the scanner's linearity."""


def news_text(size: int) -> str:
    """``size`` characters of real newswire: the train corpus, repeated as needed."""
    with TRAIN.open(encoding="utf-8") as lines:
        corpus = "".join(json.loads(line)["text"] for line in lines)
    return (corpus * (size // len(corpus) + 1))[:size]


def _time_extractions(texts: list[str], repeat: int) -> list[tuple[float, int] | str]:
    """(best CPU seconds, mentions) for each text, timed in turns: round after round, each
    text once, so that a machine that speeds up or slows down meanwhile (a shared virtual
    machine does, by 20% from one minute to the next) weighs on all the texts alike."""
    from timeline.dates import extract_dates

    for text in texts:  # the rules' patterns compile on first use: not in any figure
        extract_dates(text[:20_000], REFERENCE)
    best = [float("inf")] * len(texts)
    found = [0] * len(texts)
    crashed: dict[int, str] = {}
    for _ in range(repeat):
        for i, text in enumerate(texts):
            if i in crashed:
                continue
            started = time.process_time()
            try:
                found[i] = len(extract_dates(text, REFERENCE))
            except Exception as error:  # a crash is a finding to report, not the bench's end
                crashed[i] = f"CRASHED: {type(error).__name__}: {error}"
                continue
            best[i] = min(best[i], time.process_time() - started)
    return [crashed.get(i, (best[i], found[i])) for i in range(len(texts))]


REPEAT = 3


def timed_together(texts: list[str], timeout: float) -> list[tuple[float, int] | str]:
    """:func:`_time_extractions` in a fresh child process, or why there are no figures."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.apply_async(_time_extractions, (texts, REPEAT))
        try:
            return pending.get(timeout * len(texts))
        except multiprocessing.TimeoutError:
            pool.terminate()
            return [f"timed out after {timeout * len(texts):g} s"] * len(texts)


def timed(text: str, timeout: float) -> tuple[float, int] | str:
    """(best CPU seconds, mentions) in a fresh child process, or why there is no figure."""
    return timed_together([text], timeout)[0]


def per_char(result: tuple[float, int] | str, size: int) -> str:
    if isinstance(result, str):
        return result
    seconds, found = result
    return f"{seconds:8.2f} s {seconds / size * 1e9:10.1f} ns/char {found:>9,} mentions"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each text, in MB")
    parser.add_argument("--family-mb", type=float, default=0.5, help="size per family alone")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per measurement")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best counts)")
    args = parser.parse_args(argv)
    global REPEAT
    REPEAT = args.repeat
    if not TRAIN.is_file():
        print(f"the TempEval-3 train corpus is missing: {TRAIN}")
        return 2
    size = int(args.mb * MB)

    # the three texts the ratios compare, timed in turns in one process (best of each)
    news, named, hostile = timed_together(
        [news_text(size), adversarial_text(size, families=ISSUE_FAMILIES), adversarial_text(size)],
        args.timeout,
    )
    print(f"news text        {size:>11,} chars {per_char(news, size)}")
    print(f"named families   {size:>11,} chars {per_char(named, size)}")
    print(f"all families     {size:>11,} chars {per_char(hostile, size)}")

    family_size = int(args.family_mb * MB)
    print(f"\neach family alone, {family_size:,} chars:")
    for name in FAMILIES:
        result = timed(adversarial_text(family_size, families=[name]), args.timeout)
        print(f"  {name:<18} {per_char(result, family_size)}")

    print("\ngrowth of the mixed text (constant ns/char = linear):")
    for fraction in (0.1, 0.2, 0.5, 1.0):
        part = int(size * fraction)
        print(f"  {part:>11,} chars {per_char(timed(adversarial_text(part), args.timeout), part)}")

    if isinstance(news, str) or isinstance(hostile, str) or isinstance(named, str):
        print("\nratio: not measured (a run crashed or timed out)")
        return 1
    print()
    for label, result in (("named families", named), ("all families", hostile)):
        ratio = (result[0] / size) / max(news[0] / size, 1e-12)
        verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
        print(f"{label}/news time per character: {ratio:.2f}x ({verdict} the <= 3x target)")
    per_mention = (hostile[0] / max(hostile[1], 1)) / max(news[0] / max(news[1], 1), 1e-12)
    print(
        f"adversarial/news time per mention found: {per_mention:.2f}x "
        f"({hostile[1] / size * 1000:.1f} vs {news[1] / size * 1000:.1f} mentions per 1,000 chars)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
