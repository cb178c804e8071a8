"""Properties that hold for any input: no crash, honest spans, ordered, non-overlapping."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.dates import Anchor, extract_dates, infer_reference, lexicon
from timeline.dates import context as tense

# Text made of the pieces dates are made of, so that the engine's rules are exercised.
PIECES = st.sampled_from(
    [
        "May",
        "2100",
        "9999",
        "decades",
        "centuries",
        "1957-58",
        "March 3,",
        "march",
        "Friday",
        "last",
        "next",
        "week",
        "year",
        "ago",
        "later",
        "the",
        "early",
        "1990s",
        "2020",
        "19",
        "3",
        "30,",
        "Sept.",
        "Q2",
        "FY",
        "fiscal",
        "-",
        "/",
        "a.m.",
        "noon",
        "1,700",
        "$14",
        "million",
        "%",
        "two",
        "years",
        "every",
        "daily",
        "since",
        "between",
        "and",
        "to",
        " ",
        "\n",
        ".",
        ",",
        "'80s",
        "BC",
        "AD",
    ]
)
NEWSY = st.lists(PIECES, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200) | NEWSY, reference=st.none() | st.dates())
def test_any_text_gives_honest_mentions(text: str, reference: date | None) -> None:
    mentions = extract_dates(text, reference)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert previous_end <= m.start < m.end
        previous_end = m.end
        if m.interval is not None:
            assert m.first <= m.last
        assert m.explanation.startswith("'")


@settings(max_examples=60, deadline=None)
@given(text=NEWSY, day_first=st.booleans())
def test_same_input_same_output(text: str, day_first: bool) -> None:
    reference = date(2025, 4, 16)
    assert extract_dates(text, reference, day_first=day_first) == extract_dates(
        text, reference, day_first=day_first
    )


def test_reference_inferred_from_the_latest_full_date() -> None:
    text = "The raid took place on March 3, 2021. Two days later, and last month, it ended."
    assert infer_reference(text) == date(2021, 3, 3)
    by_text = {m.text: m for m in extract_dates(text, None)}
    assert by_text["March 3, 2021"].inferred is False
    assert by_text["Two days later"].value == "2021-03-05"
    assert by_text["last month"].value == "2021-02"
    assert by_text["last month"].inferred is True
    assert by_text["last month"].anchor is Anchor.PUBLISHED


def test_a_reference_inferred_beforehand_reads_as_the_engine_inferring_it() -> None:
    """The pipeline infers once and hands the date on: same values, same marks."""
    text = "The raid took place on March 3, 2021. Two days later, and last month, it ended."
    inferred = infer_reference(text)
    assert extract_dates(text, inferred, inferred=True) == extract_dates(text, None)
    assert not any(m.inferred for m in extract_dates(text, inferred))


def test_no_reference_and_nothing_to_infer_from() -> None:
    assert infer_reference("Prices rose last month.") is None
    assert [m.value for m in extract_dates("In 2020, prices rose.", None)] == ["2020"]
    assert extract_dates("Prices rose last month.", None) == ()


def test_every_rule_is_reachable_by_its_first_token() -> None:
    """The engine only tries a rule where the first word of the text can start it: a rule
    whose first words cannot be read from its pattern would silently never run."""
    from timeline.dates.patterns import first_tokens
    from timeline.dates.rules import RULE_SOURCES, ruleset_for

    for name, source, _ in RULE_SOURCES:
        tokens = first_tokens(source)
        assert tokens, name
        for token in tokens:
            firsts = "0123456789" if token.startswith("#") else token[0]
            for first in firsts:
                ruleset = ruleset_for(token, first)
                assert ruleset is not None, (name, token)
                assert name in [r.name for r in ruleset.rules], (name, token)


def test_first_token_of_text_matches_the_rules_view() -> None:
    """The text's first token is named as the rules name theirs (a word, a digit run's length)."""
    from timeline.dates.patterns import first_token

    assert first_token("may 3, 2019", 0) == "may"
    assert first_token("in 2019", 3) == "#4"
    assert first_token("fy25", 0) == "fy"
    assert first_token("123456789", 0) == "#5"
    assert first_token("'90s", 0) == "'"


# Words that give a date its tense (every list the tense reading weighs) and words that
# only look like them, dropped into plain words: the shortcut for windows without a cue
# must never change the reading.
_TENSE_WORDS = st.one_of(  # each list as likely as the others, however long
    *(
        st.sampled_from(sorted(words))
        for words in (
            lexicon.FUTURE_CUES,
            lexicon.PAST_CUES,
            lexicon.REPORTING_CUES,
            lexicon.DEADLINE_WORDS,
            lexicon.SCHEDULING_VERBS,
            lexicon.RESCHEDULING_VERBS,
            lexicon.PASSIVE_OR_MODAL,
            lexicon.REPORT_DATE_PREPOSITIONS,
            {"for", "to", "closed", "red", "they'll", "we’ll", "bed", "ball", "Sen.", "U.S."},
        )
    )
)
_PLAIN_WORDS = st.sampled_from(
    ["January", "March", "May", "19", "2019", "officials", "the", "a", ".", ";", "\n\n"]
)


@st.composite
def _words_with_cues(draw: st.DrawFn) -> list[str]:
    words = draw(st.lists(_PLAIN_WORDS, max_size=10))
    for cue in draw(st.lists(_TENSE_WORDS, max_size=2)):
        glued = draw(st.sampled_from(["", ",", ")", '"', "-", "é"]))  # no blank: "will,"
        words.insert(draw(st.integers(0, len(words))), cue + glued)
    return words


@settings(max_examples=400, deadline=None)
@given(before=_words_with_cues(), after=_words_with_cues())
@example(before=["officials", "postpone", "to"], after=[])  # a cue of two words
@example(before=["sets", "a", "vote", "for"], after=[])
@example(before=["the", "office", "closed"], after=[])  # cues by their endings
@example(before=["they'll", "meet"], after=[])
@example(before=[], after=["officials", "closed"])
def test_a_window_without_cues_reads_as_the_full_tense_reading(
    before: list[str], after: list[str]
) -> None:
    head = " ".join(before) + " "
    text = head + "June 3 " + " ".join(after)
    start, end = len(head), len(head) + len("June 3")
    lowered = text.lower()
    tokens_before = tense._TOKEN.findall(lowered, max(0, start - tense._WINDOW), start)
    tokens_after = tense._TOKEN.findall(lowered, end, end + tense._WINDOW)
    assert tense.direction(text, start, end) is tense._read_tense(tokens_before, tokens_after)
