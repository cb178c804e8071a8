"""Characters per second of the date engine vs dateparser and datefinder, in one run.

What it measures: ``timeline.dates.extract_dates`` over every TempEval-3 train document
(each with its own publication date as reference), one core, best of ``--repeat`` passes,
timed in CPU seconds of this process (``time.process_time``; ``--clock wall`` for wall time)
so that other work on a shared machine does not count against the engine;
then dateparser's ``search_dates`` and datefinder's ``find_dates`` on the same documents.
dateparser is slow, so each library runs on a seeded sample of the documents until
``--budget`` seconds are spent, and our engine is timed on that exact sample too, so every
ratio compares the same text.

dateparser and datefinder are never project dependencies: they live only in the bench's own
environment, ``bench/.venv`` (git-ignored). Create it once with::

    python bench/throughput.py --setup

after which ``python bench/throughput.py`` re-runs itself inside that environment.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO.parent / "shared" / "corpora" / "tempeval3" / "train.jsonl"
VENV = REPO / "bench" / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
TARGET_CHARS_PER_SECOND = 2_000_000


@dataclass(frozen=True, slots=True)
class Doc:
    text: str
    dct: date


@dataclass(frozen=True, slots=True)
class Timing:
    name: str
    docs: int
    chars: int
    seconds: float
    found: int

    @property
    def rate(self) -> float:
        return self.chars / self.seconds if self.seconds else float("inf")


def setup_environment() -> None:
    """Create bench/.venv with the project and the two comparison libraries."""
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV_PYTHON), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "-e", str(REPO), "dateparser", "datefinder"], check=True)
    print(f"bench environment ready: {VENV}")


def _comparisons_importable() -> bool:
    return all(importlib.util.find_spec(name) for name in ("dateparser", "datefinder"))


def load_documents(path: Path = TRAIN) -> list[Doc]:
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return [Doc(r["text"], date.fromisoformat(r["dct"])) for r in records]


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
clock: Callable[[], float] = time.process_time


def time_over(
    name: str, docs: Sequence[Doc], run: Callable[[Doc], int], budget: float | None = None
) -> Timing:
    """Run over ``docs`` in order, stopping once ``budget`` seconds are spent (if given)."""
    chars = found = count = 0
    elapsed = 0.0
    for doc in docs:
        started = clock()
        found += run(doc)
        elapsed += clock() - started
        chars += len(doc.text)
        count += 1
        if budget is not None and elapsed >= budget:
            break
    return Timing(name, count, chars, elapsed, found)


def best_of(repeat: int, measure: Callable[[], Timing]) -> Timing:
    return min((measure() for _ in range(repeat)), key=lambda t: t.seconds)


def ours(doc: Doc) -> int:
    from timeline.dates import extract_dates

    return len(extract_dates(doc.text, doc.dct))


def with_dateparser(doc: Doc) -> int:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.combine(doc.dct, datetime.min.time())}
    return len(search_dates(doc.text, languages=["en"], settings=settings) or ())


def with_datefinder(doc: Doc) -> int:
    import datefinder

    base = datetime.combine(doc.dct, datetime.min.time())
    return sum(1 for _ in datefinder.find_dates(doc.text, base_date=base))


def report(timing: Timing, reference: Timing | None = None) -> str:
    line = (
        f"{timing.name:<22}{timing.docs:>6}{timing.chars:>11,}{timing.seconds:>10.2f}"
        f"{timing.rate:>14,.0f}{timing.found:>9,}"
    )
    if reference is not None:
        ratio = reference.rate / timing.rate
        line += f"   timeline/{timing.name} speed: {ratio:,.{0 if ratio >= 10 else 2}f}x"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", action="store_true", help="create bench/.venv and exit")
    parser.add_argument("--repeat", type=int, default=5, help="passes of our engine (best)")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per library")
    parser.add_argument("--seed", type=int, default=3, help="order of the library sample")
    parser.add_argument("--ours-only", action="store_true", help="skip the two libraries")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="CPU time (default) or wall"
    )
    args = parser.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]
    if args.setup:
        setup_environment()
        return 0
    if not args.ours_only and not _comparisons_importable():
        if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV.resolve():
            os.execv(VENV_PYTHON, [str(VENV_PYTHON), __file__, *(argv or sys.argv[1:])])
        print("dateparser/datefinder missing: run `python bench/throughput.py --setup` once")
        return 2
    if not TRAIN.is_file():
        print(f"the TempEval-3 train corpus is missing: {TRAIN}")
        return 2

    docs = load_documents()
    ours(docs[0])  # import and warm the engine outside the timed passes
    print(f"{'engine':<22}{'docs':>6}{'chars':>11}{'seconds':>10}{'chars/s':>14}{'found':>9}")
    whole = best_of(args.repeat, lambda: time_over("timeline (all train)", docs, ours))
    print(report(whole))
    if not args.ours_only:
        sample = docs[:]
        random.Random(args.seed).shuffle(sample)
        for name, run in (("dateparser", with_dateparser), ("datefinder", with_datefinder)):
            run(docs[0])  # imports, language data loading: not what we are timing
            theirs = time_over(name, sample, run, budget=args.budget)
            subset = sample[: theirs.docs]
            mine = best_of(args.repeat, lambda s=subset: time_over("timeline", s, ours))
            print(report(theirs, mine))
            print(f"  (timeline on the same {mine.docs} docs: {mine.rate:,.0f} chars/s)")
    verdict = "meets" if whole.rate >= TARGET_CHARS_PER_SECOND else "MISSES"
    print(
        f"timeline: {whole.rate:,.0f} chars/s on one core ({args.clock} time, best of "
        f"{args.repeat}); {verdict} the 2,000,000 target"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
