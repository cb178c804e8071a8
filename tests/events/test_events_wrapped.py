"""Hard-wrapped plain text: a line break inside a paragraph does not end a sentence."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.conftest import events_of, read_article
from timeline.cli.main import main
from timeline.events.sentences import FlatSentence, sentence_texts, split_sentences
from timeline.io.document import Document
from timeline.model.event import Event

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "cipher-brief-cartels.txt"


def fold(text: str, width: int) -> str:
    """Each line wrapped at ``width`` as ``fold -s`` does: the space stays at the line's end."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width) + 1 or width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def fill(text: str, width: int) -> str:
    """Each line wrapped at ``width`` as ``textwrap`` (and most editors) do."""
    return "\n".join(textwrap.fill(line, width) if line else "" for line in text.split("\n"))


def squash(text: str) -> str:
    return " ".join(text.split())


def readable(events: tuple[Event, ...]) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    return [
        (e.date, e.kind, e.actor_names, e.summary, squash(FlatSentence.of(e.sentence).text))
        for e in events
    ]


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_article(SEED)


@pytest.mark.parametrize("wrap", [lambda t: fold(t, 72), lambda t: fill(t, 60)])
def test_a_wrapped_article_gives_the_events_of_the_unwrapped_one(seed, wrap) -> None:
    wrapped = replace(seed, text=wrap(seed.text))
    assert "\n" in wrapped.text and wrapped.text.count("\n") > 2 * seed.text.count("\n")
    events = events_of(wrapped)
    assert readable(events) == readable(events_of(seed))
    for event in events:
        # Offsets index the file's text exactly; only the summary is on one line.
        assert wrapped.text[event.offset : event.offset + len(event.sentence)] == event.sentence
        assert event.sentence[event.date_start : event.date_end] == event.date_text
        assert "\n" not in event.summary


@pytest.mark.parametrize("wrap", [lambda t: fold(t, 72), lambda t: fill(t, 66)])
def test_list_finds_trump_in_a_wrapped_file(tmp_path, capsys, wrap) -> None:
    raw = SEED.read_text(encoding="utf-8")
    body_at = raw.index("\n---", 3) + 5
    path = tmp_path / "wrapped.txt"
    path.write_text(raw[:body_at] + wrap(raw[body_at:]), encoding="utf-8")
    assert main(["list", str(path), "--actor", "Trump"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [row.split()[:2] for row in rows] == [
        ["2025-01-20", "designation"],
        ["2025-04-08", "testimony"],
    ]


def test_a_name_broken_over_two_lines_is_one_actor() -> None:
    text = (
        "In its report, the committee said that on April 8, Assistant Secretary Colby\n"
        "Jenkins testified before a Senate armed services subcommittee in Washington about\n"
        "special operations forces and the cartels of northern Mexico and their allies.\n"
    )
    (event,) = events_of(Document(text=text, path="wrapped.txt", published=date(2025, 4, 16)))
    assert event.date == "2025-04-08"
    assert "Colby Jenkins" in event.actor_names
    assert "Colby" not in event.actor_names and "Jenkins" not in event.actor_names


PARAGRAPH = (
    "The committee met on a cold morning in the capital to hear from the officials who had\n"
    "run the program for three years, and it asked them about the money they had spent on\n"
    "contractors, the reports they had filed and the people they had hired since then."
)


def test_wrapped_lines_join_but_headings_blank_lines_and_list_items_still_end() -> None:
    text = (
        "Finding the kingpins\n"
        + PARAGRAPH
        + "\n\nA second paragraph starts after a blank line and runs on for a while\n"
        "without ending, because it is hard-wrapped like the rest of this text here.\n"
        "- a list item that is long enough to look like a full line of the text\n"
        "- another list item that is long enough to look like a full line of text\n"
    )
    assert sentence_texts(text) == [
        "Finding the kingpins",
        PARAGRAPH,
        "A second paragraph starts after a blank line and runs on for a while\n"
        "without ending, because it is hard-wrapped like the rest of this text here.",
        "- a list item that is long enough to look like a full line of the text",
        "- another list item that is long enough to look like a full line of text",
    ]


def test_punctuation_at_a_line_end_still_ends_a_sentence_but_an_abbreviation_does_not() -> None:
    text = (
        "The agency said the shipment had been stopped at the border crossing in the U.S.\n"
        "Attorney General Pam Bondi said the arrests were made that night in the town.\n"
        "The trucks were held for a week while inspectors went through their cargo bay.\n"
    )
    assert sentence_texts(text) == [
        "The agency said the shipment had been stopped at the border crossing in the U.S.\n"
        "Attorney General Pam Bondi said the arrests were made that night in the town.",
        "The trucks were held for a week while inspectors went through their cargo bay.",
    ]


def test_markdown_and_html_text_keep_every_line_break() -> None:
    # Their readers joined soft breaks already: each remaining newline ends a list item.
    text = PARAGRAPH.replace("\n", " ") + "\n" + "An item without a full stop at its end\n" * 3
    spans = split_sentences(text, every_newline_ends=True)
    assert all("\n" not in text[s.start : s.end] for s in spans)
    assert len(spans) == 4


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abc ABC.,’\n", min_size=1, max_size=90),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=30, max_value=90),
)
def test_wrapped_spans_stay_inside_paragraphs(paragraphs: list[str], width: int) -> None:
    text = fold("\n\n".join(paragraphs), width)
    previous_end = 0
    for span in split_sentences(text):
        sentence = text[span.start : span.end]
        assert previous_end <= span.start < span.end <= len(text)
        assert not sentence[0].isspace() and not sentence[-1].isspace()
        assert "\n\n" not in sentence.replace(" ", "")
        flat = FlatSentence.of(sentence)
        assert "\n" not in flat.text
        for i in range(len(sentence) + 1):
            assert flat.to_original(flat.to_flat(i)) in range(i, len(sentence) + 1)
        previous_end = span.end
