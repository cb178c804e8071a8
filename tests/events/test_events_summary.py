"""Summaries: the main clause, at most 100 characters, cut at a word."""

import pytest

from timeline.events.summary import MAX_SUMMARY, summarize

CASES = [
    (
        "CIPHER BRIEF REPORTING — On January 20, the first day of his second term, President "
        "Donald Trump formally labeled Mexico’s crime cartels as international terrorists.",
        "January 20",
        "President Donald Trump formally labeled Mexico’s crime cartels as international "
        "terrorists.",
    ),
    (
        "On April 8, according to the Associated Press and Stars and Stripes, Colby Jenkins, "
        "acting Assistant Secretary of Defense, testified before a Senate subcommittee.",
        "April 8",
        "Colby Jenkins testified before a Senate subcommittee.",
    ),
    (
        "“I’m not a criminal,” Rocha told reporters last October.",
        "last October",
        "Rocha told reporters last October: “I’m not a criminal”",
    ),
    (
        "Famously, on September 30, 2011, U.S. drones struck a convoy.",
        "September 30, 2011",
        "U.S. drones struck a convoy.",
    ),
    (
        "In 2020, after the arrest of a former general in Los Angeles, lawmakers passed a law.",
        "In 2020",
        "Lawmakers passed a law.",
    ),
    ("SEATTLE — The board met on Monday.", "on Monday", "The board met on Monday."),
    (
        "Revenue rose 14% in the third quarter, the company reported on Oct. 24.",
        "the third quarter",
        "Revenue rose 14% in the third quarter, the company reported on Oct. 24.",
    ),
    (
        "As theWall Street Journal reported Monday, two governors were extradited.",
        "Monday",
        "As the Wall Street Journal reported Monday, two governors were extradited.",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), CASES)
def test_summary_is_the_main_clause(sentence: str, date: str, expected: str) -> None:
    start = sentence.index(date)
    assert summarize(sentence, start, start + len(date)) == expected


def test_long_sentences_are_cut_at_a_word_with_an_ellipsis() -> None:
    sentence = (
        "The committee " + "considered the extraordinarily complicated proposal " * 5 + "today."
    )
    summary = summarize(sentence)
    assert len(summary) <= MAX_SUMMARY
    assert summary.endswith("…")
    assert sentence.startswith(summary[:-1])
    assert sentence[len(summary) - 1] == " "


def test_a_long_sentence_of_clauses_gives_each_date_its_own_clause() -> None:
    sentence = (
        "The European Commission offered assistance on Sunday, and Spain sent two aircraft "
        "and a team of 40 rescuers, which arrived in the valley at dawn on Monday."
    )
    sunday, monday = sentence.index("on Sunday"), sentence.index("at dawn on Monday")
    assert (
        summarize(sentence, sunday, sunday + 9)
        == "The European Commission offered assistance on Sunday"
    )
    assert summarize(sentence, monday, monday + 17).startswith("Spain sent two aircraft")


def test_a_clause_sharing_the_sentence_subject_keeps_the_whole_sentence() -> None:
    sentence = (
        "His car was spotted in the neighborhood in the weeks before the shooting, and was "
        "found abandoned at the Newark airport in December, investigators said."
    )
    december = sentence.index("December")
    assert summarize(sentence, december, december + 8).startswith("His car was spotted")
