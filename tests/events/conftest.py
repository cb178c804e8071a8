"""Reading the test articles (front matter + body) without the loader, which is tested apart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from timeline.dates import extract_dates
from timeline.events import extract_events
from timeline.io.document import Document
from timeline.io.loaders import read_document
from timeline.model.event import Event

REPO = Path(__file__).resolve().parents[2]


def read_article(path: Path) -> Document:
    """A front-matter article as a Document: ``key: value`` lines between leading ``---``.

    HTML and Markdown articles go through the real loader: their markup is its to remove.
    """
    if path.suffix != ".txt":
        return read_document(path)
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    body_offset = 0
    if raw.startswith("---"):
        closing = raw.index("\n---", 3)
        for line in raw[3:closing].splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip().strip('"')
        body_offset = raw.index("\n", closing + 1) + 1
    return Document(
        text=raw[body_offset:],
        path=str(path.relative_to(REPO)),
        title=meta.get("title", ""),
        published=date.fromisoformat(meta["published"]),
        body_offset=body_offset,
    )


def events_of(document: Document) -> tuple[Event, ...]:
    """The real engine and event extraction, as the pipeline runs them."""
    return extract_events(document, extract_dates(document.text, document.published))


@pytest.fixture(scope="session")
def article_events() -> Callable[[Path], tuple[Event, ...]]:
    cache: dict[Path, tuple[Event, ...]] = {}

    def load(path: Path) -> tuple[Event, ...]:
        if path not in cache:
            cache[path] = events_of(read_article(path))
        return cache[path]

    return load
