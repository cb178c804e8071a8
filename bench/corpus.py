"""Build a synthetic news archive at run time for the scale benchmarks and tests.

Why synthetic: the scale figures need thousands of realistic articles, and the repository
must carry no bulk data. So the archive is *composed* on demand from the TempEval-3 train
sentences (real newswire prose with real date expressions), with each article moved to its
own publication date (years shifted consistently, so "last year" still means something) and
a few extra date phrases in the styles the engine must read. The same seed always gives the
same bytes, so two runs of a benchmark read the same archive.

When ``../shared/corpora/tempeval3/train.jsonl`` is absent (a clone without the shared
corpora), the bundled seed article is the sentence source, so tests still run.

Usage::

    python bench/corpus.py --articles 2000 --seed 7 --out bench/out/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPEVAL_TRAIN = REPO.parent / "shared" / "corpora" / "tempeval3" / "train.jsonl"
SEEDS = REPO / "seeds"
DEFAULT_OUT = REPO / "bench" / "out" / "corpus"

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“A-Z0-9])")
_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-2][0-9])\b")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_PUBLISHED = re.compile(r"^published:\s*(\d{4}-\d{2}-\d{2})", re.M)

_ACTORS = (
    "the Justice Department",
    "the central bank",
    "Senate investigators",
    "the company's board",
    "the prime minister",
    "federal prosecutors",
    "the United Nations",
    "local police",
    "the European Commission",
    "union leaders",
)
_ACTIONS = (
    "announced an inquiry",
    "signed the agreement",
    "filed charges",
    "raised interest rates",
    "approved the merger",
    "opened hearings",
    "imposed sanctions",
    "arrested two suspects",
    "published its report",
    "ended the strike",
)


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One real document to borrow sentences from, with the date its prose is relative to."""

    sentences: tuple[str, ...]
    dct: date


def split_sentences(text: str) -> tuple[str, ...]:
    """Crude newswire sentence split; good enough to recombine prose, not to analyse it."""
    parts: list[str] = []
    for paragraph in text.split("\n"):
        parts.extend(s.strip() for s in _SENTENCE_END.split(paragraph))
    return tuple(s for s in parts if len(s) > 20)


def load_sources(path: Path = TEMPEVAL_TRAIN) -> list[SourceDocument]:
    """The TempEval-3 train documents, or the bundled seed article when they are absent."""
    if path.is_file():
        sources = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                sentences = split_sentences(record["text"])
                if sentences:
                    sources.append(SourceDocument(sentences, date.fromisoformat(record["dct"])))
        return sources
    return _seed_sources()


def _seed_sources() -> list[SourceDocument]:
    sources = []
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        match = _PUBLISHED.search(text)
        dct = date.fromisoformat(match.group(1)) if match else date(2025, 4, 16)
        body = _FRONT_MATTER.sub("", text, count=1)
        sources.append(SourceDocument(split_sentences(body), dct))
    return sources


def _shift_years(sentence: str, delta: int) -> str:
    """Move every plausible year by ``delta`` so the prose agrees with its new date."""
    return _YEAR.sub(lambda m: str(int(m.group(1)) + delta), sentence)


def _move(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _date_phrase(rng: random.Random, published: date) -> str:
    """A date written in one of the styles news uses, at or before ``published``."""
    day = published - timedelta(days=rng.randint(0, 3650))
    month = MONTHS[day.month - 1]
    styles = (
        f"On {month} {day.day}, {day.year},",
        f"On {day.day} {month} {day.year},",
        f"On {month[:3]}. {day.day},",
        f"On {day.isoformat()},",
        f"On {day.month}/{day.day}/{day.year},",
        f"In {month} {day.year},",
        f"In {day.year},",
        f"In the spring of {day.year},",
        f"In late {day.year},",
        "Last month,",
        "Last year,",
        "Two weeks later,",
        "Earlier this month,",
        "In the third quarter,",
        f"In fiscal {day.year},",
        f"From {day.year - 2} to {day.year},",
    )
    return rng.choice(styles)


def compose_article(rng: random.Random, sources: Sequence[SourceDocument]) -> str:
    """One article: a run of a real document's sentences, moved to a new date, plus extras."""
    base = rng.choice(sources)
    delta = rng.randint(1995, 2025) - base.dct.year
    published = _move(base.dct, delta)
    length = rng.randint(4, 14)
    start = rng.randrange(max(1, len(base.sentences) - length + 1))
    sentences = [_shift_years(s, delta) for s in base.sentences[start : start + length]]
    for _ in range(rng.randint(0, 2)):  # a borrowed sentence, as wire copy often has
        other = rng.choice(sources)
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(other.sentences))
    for _ in range(rng.randint(1, 3)):
        extra = f"{_date_phrase(rng, published)} {rng.choice(_ACTORS)} {rng.choice(_ACTIONS)}."
        sentences.insert(rng.randrange(len(sentences) + 1), extra)
    title = " ".join(sentences[0].split()[:8]).rstrip(",.;:")
    header = ["---", f"title: {title}", "source: Bench Wire"]
    roll = rng.random()
    if roll < 0.85:
        header.append(f"published: {published.isoformat()}")
    elif roll < 0.93:
        header += [f"published: {published.isoformat()}", "published_estimated: true"]
    # else: no publication date; the engine infers one from the text
    header.append("---")
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n".join(header) + "\n" + "\n\n".join(paragraphs) + "\n"


def compose_corpus(
    articles: int, seed: int, sources: Sequence[SourceDocument] | None = None
) -> list[tuple[str, str]]:
    """``articles`` (file name, text) pairs; the same arguments always give the same texts."""
    rng = random.Random(seed)
    pool = list(sources) if sources is not None else load_sources()
    return [(f"article-{i:05d}.txt", compose_article(rng, pool)) for i in range(articles)]


def write_corpus(out_dir: Path, articles: int = 2000, seed: int = 7) -> list[Path]:
    """Write the archive into ``out_dir`` (created; stale articles removed) and list it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("article-*.txt"):
        stale.unlink()
    paths = []
    for name, text in compose_corpus(articles, seed):
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.articles, args.seed)
    size = sum(p.stat().st_size for p in paths)
    source = TEMPEVAL_TRAIN if TEMPEVAL_TRAIN.is_file() else SEEDS
    print(f"{len(paths)} articles, {size:,} bytes in {args.out} (sentences from {source})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
