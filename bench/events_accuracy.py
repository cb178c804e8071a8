#!/usr/bin/env python3
"""Event recall and precision on the hand-written test articles (issue 3, point 5).

Usage::

    python bench/events_accuracy.py [--show] [ARTICLE.txt ...]
    python bench/events_accuracy.py --speed

``--speed`` instead times event extraction alone (the engine's mentions computed first)
over the TempEval-3 train text in ``../shared/corpora/tempeval3/train.jsonl``, in
characters per second on one core, beside the engine's own rate on the same text.

Default articles: every file of ``tests/articles/`` (text, Markdown or HTML) with an
``.events.json`` sidecar of the events a reader expects (written by hand before the system
was run on the article). Each article goes through the real pipeline: the loader (front
matter, publication date), the date engine and event extraction. An extracted event
matches an expected one when the date values are equal and the expected sentence fragment
is in the event's sentence (one to one). Prints per article and overall (micro-averaged):
expected, extracted, matched, recall, precision, F1, and kind and key-actor agreement over
the matches. ``--show`` lists the missed and the spurious events.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.events.evaluate import (  # noqa: E402
    Score,
    articles_with_expectations,
    expectations_path,
    load_expected,
    score,
)
from timeline.io.loaders import read_document  # noqa: E402
from timeline.pipeline import process  # noqa: E402


def evaluate(article: Path) -> Score:
    _, events = process(read_document(article))
    return score(events, load_expected(expectations_path(article)))


def _row(name: str, s: Score) -> str:
    return (
        f"{name:<22} {s.expected:>8} {s.found:>9} {s.matched:>7} {s.recall:>7.2f} "
        f"{s.precision:>9.2f} {s.f1:>5.2f} {s.kind_accuracy:>6.2f} {s.actor_accuracy:>6.2f}"
    )


def speed() -> int:
    import json
    import time
    from datetime import date

    from timeline.dates import extract_dates
    from timeline.events import extract_events
    from timeline.io.document import Document

    corpus = ROOT.parent / "shared" / "corpora" / "tempeval3" / "train.jsonl"
    if not corpus.is_file():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    docs = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    texts = [(d["text"], date.fromisoformat(d["dct"][:10])) for d in docs]
    chars = sum(len(t) for t, _ in texts)
    start = time.process_time()
    mentions = [extract_dates(t, ref) for t, ref in texts]
    engine = time.process_time() - start
    start = time.process_time()
    events = sum(
        len(extract_events(Document(text=t, path=str(i)), m))
        for i, ((t, _), m) in enumerate(zip(texts, mentions, strict=True))
    )
    extraction = time.process_time() - start
    print(f"{len(texts)} documents, {chars:,} characters, {events:,} events")
    print(f"date engine       {chars / engine:>12,.0f} chars/s (CPU)")
    print(f"event extraction  {chars / extraction:>12,.0f} chars/s (CPU)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true", help="list missed and spurious events")
    parser.add_argument("--speed", action="store_true", help="time extraction on TempEval-3")
    args = parser.parse_args(argv)
    if args.speed:
        return speed()
    articles = args.articles or articles_with_expectations(ROOT / "tests" / "articles")
    header = (
        f"{'article':<22} {'expected':>8} {'extracted':>9} {'matched':>7} {'recall':>7} "
        f"{'precision':>9} {'F1':>5} {'kind':>6} {'actor':>6}"
    )
    print(header)
    print("-" * len(header))
    total: Score | None = None
    for article in articles:
        s = evaluate(article)
        total = s if total is None else total + s
        print(_row(article.stem, s))
        if args.show:
            for miss in s.missed:
                print(f"    missed   {miss.date:<12} {miss.kind:<12} {miss.sentence}")
            for extra in s.spurious:
                print(f"    spurious {extra.date:<12} {extra.kind:<12} {extra.sentence[:70]}")
    if total is not None:
        print("-" * len(header))
        print(_row("overall (micro)", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
