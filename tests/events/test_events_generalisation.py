"""Issue 3, point 5: three articles in other styles, expected events written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.events.evaluate import (
    Score,
    articles_with_expectations,
    expectations_path,
    load_expected,
    score,
)

REPO = Path(__file__).resolve().parents[2]

ARTICLES = articles_with_expectations(REPO / "tests" / "articles")  # .txt, .md, .html


def article_score(article_events, article: Path) -> Score:
    return score(article_events(article), load_expected(expectations_path(article)))


def test_there_are_at_least_three_articles_in_other_styles() -> None:
    assert {a.stem for a in ARTICLES} >= {"court-case", "obituary", "company-year"}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_each_article_is_mostly_right(article_events, article: Path) -> None:
    s = article_score(article_events, article)
    assert s.f1 >= 0.7, (s.missed, [(e.date, e.sentence[:60]) for e in s.spurious])


def test_recall_and_precision_overall(article_events) -> None:
    total = sum(
        (article_score(article_events, a) for a in ARTICLES[1:]),
        article_score(article_events, ARTICLES[0]),
    )
    assert total.recall >= 0.8
    assert total.precision >= 0.8
    assert total.actor_accuracy >= 0.8
