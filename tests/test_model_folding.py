"""Filters match what people type: case, accents and typographic quotes do not matter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.cli.main import main
from timeline.dates.mention import Precision
from timeline.model.event import Actor, Event
from timeline.model.folding import fold
from timeline.model.timeline import Filter, Timeline

ROCHA = Actor("Rubén Rocha", "person", ("Gov. Rubén Rocha Moya",))
GARCIA = Actor("Genaro García Luna", "person")


def event(n: int, sentence: str, actors: tuple[Actor, ...]) -> Event:
    return Event(
        id=f"e{n}",
        date="2024-10",
        first=date(2024, 10, 1),
        last=date(2024, 10, 31),
        precision=Precision.MONTH,
        date_text="last October",
        explanation="",
        kind="statement",
        actors=actors,
        summary=" ".join(sentence.split()),
        sentence=sentence,
        source="a.txt",
        title="A",
        offset=n,
    )


TIMELINE = Timeline(
    [
        event(0, "The DEA’s agents met “El Mayo” in Culiacán.", (ROCHA,)),
        event(1, "García Luna was convicted in the\nEastern District of New York.", (GARCIA,)),
        event(2, "Nothing else happened here.", ()),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DEA's", ["e0"]),
        ("dea’s", ["e0"]),
        ('"el mayo"', ["e0"]),
        ("CULIACAN", ["e0"]),
        ("garcia luna", ["e1"]),
        ("the eastern district", ["e1"]),  # a wrapped sentence reads as one line
        ("ruben", ["e0"]),
        ("Rubén", ["e0"]),
        ("nothing", ["e2"]),
        ("rubens", []),
    ],
)
def test_search_ignores_case_accents_quotes_and_line_breaks(text: str, expected) -> None:
    assert [e.id for e in TIMELINE.select(Filter(text=text)).events] == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("ruben rocha", ["e0"]),
        ("RUBÉN ROCHA", ["e0"]),
        ("Rubén Rocha", ["e0"]),
        ("rocha", ["e0"]),
        ("garcia", ["e1"]),
        ("genaro garcia luna", ["e1"]),
        ("gov. ruben rocha moya", ["e0"]),
        ("rocho", []),
    ],
)
def test_actor_filter_ignores_case_and_accents(actor: str, expected) -> None:
    assert [e.id for e in TIMELINE.select(Filter(actors=(actor,))).events] == expected


def test_search_reads_a_summary_that_is_not_a_piece_of_its_sentence() -> None:
    """The summary repairs glued words ("theWall"); both spellings find the event, and
    no needle matches across the sentence's end and the actors' names."""
    glued = replace(
        event(0, "theWall Street Journal reported the raid.", (ROCHA,)),
        summary="the Wall Street Journal reported the raid.",
    )
    timeline = Timeline([glued])
    for text in ("the wall street", "thewall street", "rocha"):
        assert len(timeline.select(Filter(text=text))) == 1, text
    assert not timeline.select(Filter(text="raid. ruben"))


def test_fold_keeps_plain_text_and_only_drops_marks() -> None:
    assert fold("Rubén  Rocha’s “plan”") == 'ruben rocha\'s "plan"'
    assert fold("ﬁscal Ｑ１") == "fiscal q1"
    assert fold("Straße") == "strasse"
    assert fold("al‑Qaeda") == "al-qaeda"


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_fold_leaves_one_space_between_words_and_none_at_the_ends(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip() and "  " not in folded and "\n" not in folded
    if text.isascii():  # its fast path reads as the general rule does
        assert folded == " ".join(text.casefold().split())


def rows(capsys, *flags: str) -> list[str]:
    assert main(["list", *flags]) == 0
    return capsys.readouterr().out.splitlines()


def test_list_on_the_bundled_article_matches_a_straight_apostrophe_and_no_accent(capsys):
    curly = rows(capsys, "--search", "DEA’s")
    assert curly and rows(capsys, "--search", "DEA's") == curly
    accented = rows(capsys, "--actor", "Rubén Rocha")
    assert len(accented) == 1 and "Rubén Rocha" in accented[0]
    assert rows(capsys, "--actor", "ruben rocha") == accented
