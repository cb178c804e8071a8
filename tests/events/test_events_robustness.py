"""Any text in, well-formed events out: no exception, offsets that point where they say."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import extract_dates
from timeline.events import extract_events
from timeline.io.document import Document

NEWSY = st.lists(
    st.sampled_from(
        [
            "On April 8, ",
            "Last year ",
            "in 2020",
            "Gen. ",
            "U.S. ",
            "President Donald Trump ",
            "the DEA (DEA) ",
            "said",
            ". ",
            "? ",
            "“",
            "”",
            "\n",
            "…",
            "...",
            ", ",
            "; ",
            " — ",
            "hours after the strike ",
            "between 2016 and 2021 ",
            "From ",
            "2001 to 2003 ",
            "\n\n",
            "a 2019-vintage laptop ",
            "Mexican lawmakers ",
            "al-Awlaki ",
            "McAllen, Texas ",
            "fourth-quarter results ",
            "that day ",
            "seized ",
            "The ",
            "And ",
            "Of ",
            "& ",
            "A ",
            "'s ",
            "(",
            ")",
            "Monday ",
            "13.5 ",
            "1,700 ",
        ]
    ),
    max_size=60,
).map("".join)


def check(text: str) -> None:
    document = Document(text=text, path="x.txt")
    for event in extract_events(document, extract_dates(text, date(2025, 4, 16))):
        assert text.startswith(event.sentence, event.offset)
        assert 0 <= event.date_start <= event.date_end <= len(event.sentence)
        assert event.first <= event.last
        assert 0 < len(event.summary) <= 100 or not event.sentence.strip()
        assert all(actor.name for actor in event.actors)


def test_a_range_opener_ending_the_paragraph_before_stays_out_of_the_event() -> None:
    text = "Analysts met. From\n\n2001 to 2003, the board approved the merger."
    check(text)
    events = extract_events(Document(text=text, path="x.txt"), extract_dates(text, None))
    [event] = events
    assert event.sentence.startswith("2001 to 2003")
    assert event.sentence[event.date_start : event.date_end] == "2001 to 2003"


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_news_like_fragments(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check(text)


NAMEY = st.lists(
    st.sampled_from(
        [
            "And",
            "and",
            "Of",
            "of",
            "the",
            "The",
            "&",
            "De",
            "de",
            "Gen.",
            "U.S.",
            "DEA",
            "President",
            "Secretary",
            "John",
            "Smith",
            "Mexican",
            "lawmakers",
            "Inc.",
            "’s",
            "al-Awlaki",
            "Low-Intensity",
            ",",
            ".",
            "(",
            ")",
            "—",
            "said",
            "Monday",
            "theWall",
            "Ohio",
            "Texas",
            "County",
            "Court",
            "for",
            "cartel",
            "officials",
            "McAllen",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAMEY, min_size=1, max_size=4))
def test_actor_extraction_never_fails_on_name_soup(sentences: list[str]) -> None:
    from timeline.events.actors import DocumentActors, find_actor_mentions

    for sentence in sentences:
        for m in find_actor_mentions(sentence):
            assert 0 <= m.start <= m.end <= len(sentence) and m.name
    doc = DocumentActors(sentences)
    for i in range(len(sentences)):
        assert all(actor.name for actor in doc.actors(i))
