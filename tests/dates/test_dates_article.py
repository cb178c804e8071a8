"""The bundled article, read with its publication date 2025-04-16: what a reader must see."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.dates import DateMention, Precision, extract_dates

SEED = Path(__file__).resolve().parents[2] / "seeds" / "cipher-brief-cartels.txt"
PUBLISHED = date(2025, 4, 16)


def article_body() -> str:
    """The seed's text after its front-matter block (the lines between the leading ---)."""
    text = SEED.read_text(encoding="utf-8")
    if text.startswith("---"):
        closing = text.index("\n---", 3)
        text = text[text.index("\n", closing + 1) + 1 :]
    return text


@pytest.fixture(scope="module")
def mentions() -> tuple[DateMention, ...]:
    return extract_dates(article_body(), PUBLISHED)


def find(mentions: tuple[DateMention, ...], phrase: str) -> DateMention:
    """The mention whose text is ``phrase`` (case-insensitive)."""
    found = [m for m in mentions if m.text.lower() == phrase.lower()]
    assert found, f"{phrase!r} not found among {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "value", "first", "last"),
    [
        ("January 20", "2025-01-20", date(2025, 1, 20), date(2025, 1, 20)),
        ("Last month", "2025-03", date(2025, 3, 1), date(2025, 3, 31)),
        ("April 8", "2025-04-08", date(2025, 4, 8), date(2025, 4, 8)),
        ("2020", "2020", date(2020, 1, 1), date(2020, 12, 31)),
        ("September 30, 2011", "2011-09-30", date(2011, 9, 30), date(2011, 9, 30)),
        ("January 3, 2020", "2020-01-03", date(2020, 1, 3), date(2020, 1, 3)),
        ("Last year", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("April 11", "2025-04-11", date(2025, 4, 11), date(2025, 4, 11)),
        ("2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("so far this year", "2025", date(2025, 1, 1), PUBLISHED),
        ("Monday", "2025-04-14", date(2025, 4, 14), date(2025, 4, 14)),
        ("last October", "2024-10", date(2024, 10, 1), date(2024, 10, 31)),
    ],
)
def test_article_dates(
    mentions: tuple[DateMention, ...], phrase: str, value: str, first: date, last: date
) -> None:
    mention = find(mentions, phrase)
    assert (mention.value, mention.first, mention.last) == (value, first, last)


def test_fiscal_year_that_began_october_1_is_a_span_from_2024_10_01(
    mentions: tuple[DateMention, ...],
) -> None:
    mention = find(mentions, "the fiscal year that began October 1")
    assert mention.first == date(2024, 10, 1)
    assert mention.last == date(2025, 9, 30)
    assert mention.precision is Precision.SPAN


def test_in_2020_keeps_year_precision(mentions: tuple[DateMention, ...]) -> None:
    assert find(mentions, "2020").precision is Precision.YEAR


@pytest.mark.parametrize(
    "phrase", ["309", "1,700", "2,132", "$14 million", "6 million", "may", "march on"]
)
def test_numbers_and_words_that_are_not_dates(
    mentions: tuple[DateMention, ...], phrase: str
) -> None:
    body = article_body()
    start = body.find(phrase)
    assert start >= 0, phrase
    end = start + len(phrase)
    overlapping = [m.text for m in mentions if m.start < end and start < m.end]
    assert overlapping == []


def test_every_mention_is_the_text_at_its_span(mentions: tuple[DateMention, ...]) -> None:
    body = article_body()
    assert all(body[m.start : m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
