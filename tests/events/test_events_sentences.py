"""Sentence splitting: abbreviations, initials, decimals, quotes, ellipses, paragraphs."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.sentences import MAX_SENTENCE, sentence_texts, split_sentences

WHOLE = [
    "U.S. Attorney General Bill Barr ordered Cienfuegos released to Mexico.",
    "Gen. Qassem Soleimani and Gov. Rubén Rocha met Sen. Smith and Rep. Jones.",
    "Mr. and Mrs. Smith met Ms. Lee and Dr. Patel on St. Mark's Place.",
    "The hearing is set for Sept. 30 at 9:30 a.m. Wednesday in Room No. 4.",
    "J. R. Smith and T. S. Eliot were born in Jan. 1900, said Prof. Ames.",
    "Seizures amounted to 13.5 million pills, up 2.5 percent.",
    "Acme Inc. said Lt. Col. Ray Smith Jr. of Acme Corp. vs. Beta Ltd. won.",
    "“Why?” he asked, before leaving.",
    "He passed information to… the military, and it was… compromised.",
    "Trump said the strike was a flawless precision strike...Soleimani was plotting.",
]


@pytest.mark.parametrize("text", WHOLE)
def test_abbreviations_initials_decimals_and_ellipses_do_not_split(text: str) -> None:
    assert sentence_texts(text) == [text]


SPLIT = [
    (
        "It smuggled cocaine into the U.S. Now the governor is under pressure.",
        ["It smuggled cocaine into the U.S.", "Now the governor is under pressure."],
    ),
    (
        "The meeting ended at 5 p.m. The vote came later.",
        ["The meeting ended at 5 p.m.", "The vote came later."],
    ),
    (
        "“I’m not a criminal.” Rocha told reporters that in October.",
        ["“I’m not a criminal.”", "Rocha told reporters that in October."],
    ),
    (
        'He said it was over. "We called him Casper," she said.',
        ["He said it was over.", '"We called him Casper," she said.'],
    ),
    (
        "Is it clear? Not at all! Experts disagree.",
        ["Is it clear?", "Not at all!", "Experts disagree."],
    ),
    (
        "Finding the kingpins\nGiven the border, it failed.",
        ["Finding the kingpins", "Given the border, it failed."],
    ),
    ("First paragraph\n\n  Second paragraph.  ", ["First paragraph", "Second paragraph."]),
    ("He waited... Then he left.", ["He waited...", "Then he left."]),
    ("It ended in 2020. In 2021 it began again.", ["It ended in 2020.", "In 2021 it began again."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_sentence_ends_are_found(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc ABC.!?…\"”“'\n0123456789,", max_size=200))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        assert "\n" not in text[span.start : span.end]
        previous_end = span.end


def test_text_without_sentence_ends_is_cut_into_bounded_pieces() -> None:
    text = "word, " * 2000 + "end"
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


def test_clauses_need_a_clause_on_both_sides_of_the_break() -> None:
    from timeline.events.sentences import clause_bounds

    two = "The Commission offered help on Sunday, and Spain sent two planes on Monday."
    monday = two.index("Monday")
    assert two[slice(*clause_bounds(two, monday, monday + 6))] == "Spain sent two planes on Monday."
    one = "Soleimani's sedan, and his body, were cut to ribbons on January 3, 2020."
    assert clause_bounds(one, one.index("January"), len(one) - 1) == (0, len(one))
    items = "Police seized pills, cash, and guns on Monday."
    assert clause_bounds(items, items.index("Monday"), len(items) - 1) == (0, len(items))
