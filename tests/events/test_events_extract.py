"""What becomes an event, with hand-made date mentions (the engine is tested elsewhere)."""

from datetime import date

from timeline.dates.mention import Anchor, DateMention, Interval, Precision, TimexType
from timeline.events import extract_events
from timeline.io.document import Document


def mention(
    text: str,
    phrase: str,
    value: str,
    first: date | None,
    last: date | None = None,
    precision: Precision = Precision.DAY,
    type_: TimexType = TimexType.DATE,
    occurrence: int = 0,
) -> DateMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    interval = Interval(first, last or first) if first else None
    return DateMention(
        start=start,
        end=start + len(phrase),
        text=phrase,
        type=type_,
        value=value,
        precision=precision if interval else Precision.NONE,
        interval=interval,
        explanation=f"'{phrase}' -> {value}",
        anchor=Anchor.ABSOLUTE,
    )


def document(text: str, body_offset: int = 0) -> Document:
    return Document(text=text, path="news/a.txt", title="A story", body_offset=body_offset)


TEXT = (
    "On April 8, the official testified before a Senate panel. "
    "It rained for three years and every Monday. "
    "Now you have labs in the cities. "
    "He bought a 2019-vintage laptop.\n"
    "In 2020 and again in 2020, lawmakers passed a law."
)


def all_mentions() -> tuple[DateMention, ...]:
    return (
        mention(TEXT, "April 8", "2025-04-08", date(2025, 4, 8)),
        mention(TEXT, "for three years", "P3Y", None, type_=TimexType.DURATION),
        mention(TEXT, "every Monday", "XXXX-WXX-1", None, type_=TimexType.SET),
        mention(TEXT, "Now", "PRESENT_REF", None),
        mention(TEXT, "2019", "2019", date(2019, 1, 1), date(2019, 12, 31), Precision.YEAR),
        mention(TEXT, "2020", "2020", date(2020, 1, 1), date(2020, 12, 31), Precision.YEAR),
        mention(
            TEXT, "2020", "2020", date(2020, 1, 1), date(2020, 12, 31), Precision.YEAR, occurrence=1
        ),
    )


def test_one_event_per_sentence_and_distinct_calendar_date() -> None:
    events = extract_events(document(TEXT, body_offset=100), all_mentions())
    assert [(e.date, e.kind) for e in events] == [("2025-04-08", "testimony"), ("2020", "law")]
    first, second = events
    assert first.sentence == "On April 8, the official testified before a Senate panel."
    # Offsets index document.text; the pipeline maps them to the file (Document.file_offset).
    assert TEXT.startswith(second.sentence, second.offset) and first.offset == 0
    assert first.sentence[first.date_start : first.date_end] == "April 8"
    assert (second.first, second.last, second.precision) == (
        date(2020, 1, 1),
        date(2020, 12, 31),
        Precision.YEAR,
    )
    assert first.source == "news/a.txt" and first.title == "A story"
    assert first.explanation == "'April 8' -> 2025-04-08"
    assert "Senate" in first.actor_names


def test_ids_are_stable_and_distinct() -> None:
    once = extract_events(document(TEXT), all_mentions())
    again = extract_events(document(TEXT), all_mentions())
    assert once == again
    assert [e.id for e in once] == [e.id for e in again]
    assert len({e.id for e in once}) == len(once)
    assert all(len(e.id) == 12 for e in once)


def test_a_span_gets_start_slash_end_and_nested_mentions_add_nothing() -> None:
    text = "CBP has seized 62,000 pounds in the fiscal year that began October 1."
    mentions = (
        mention(
            text,
            "the fiscal year that began October 1",
            "2025",
            date(2024, 10, 1),
            date(2025, 9, 30),
            Precision.SPAN,
        ),
        mention(text, "October 1", "2024-10-01", date(2024, 10, 1)),
    )
    (event,) = extract_events(document(text), mentions)
    assert event.date == "2024-10-01/2025-09-30"
    assert event.kind == "seizure"


def test_a_dateless_sentence_that_continues_the_previous_one_is_an_event() -> None:
    text = (
        "On September 30, 2011, U.S. drones struck a convoy in Yemen. "
        "Missiles from the drones killed Anwar al-Awlaki. "
        "President Barack Obama, speaking hours after the strike, declared it a success. "
        "Critics were unconvinced."
    )
    events = extract_events(
        document(text), (mention(text, "September 30, 2011", "2011-09-30", date(2011, 9, 30)),)
    )
    assert [e.date for e in events] == ["2011-09-30", "2011-09-30"]
    strike, speech = events
    assert strike.kind == "strike"
    assert "Anwar al-Awlaki" in strike.actor_names  # the next sentence reports the same strike
    assert speech.date_text == "hours after the strike"
    assert "Barack Obama" in speech.actor_names
    assert "continues" in speech.explanation
    assert speech.sentence[speech.date_start : speech.date_end] == "hours after the strike"


def test_continuation_does_not_cross_a_paragraph() -> None:
    text = "On May 3, troops struck the base.\nHours later, markets fell."
    events = extract_events(
        document(text), (mention(text, "May 3", "2025-05-03", date(2025, 5, 3)),)
    )
    assert len(events) == 1


def test_an_event_without_trigger_takes_the_kind_a_later_sentence_refers_to() -> None:
    text = (
        "On April 11, officers inspected a truck at the bridge. "
        "Under the peppers were 1,700 pounds of meth. "
        "With that seizure, totals rose."
    )
    (event,) = extract_events(
        document(text), (mention(text, "April 11", "2025-04-11", date(2025, 4, 11)),)
    )
    assert event.kind == "seizure"


def test_no_mentions_no_events() -> None:
    assert extract_events(document("Nothing happened here. Hours later, nothing again."), ()) == ()
    assert extract_events(document(""), ()) == ()


def test_a_comparison_baseline_is_not_an_event() -> None:
    text = "Turnout reached 61 percent, the highest for a midterm since 1994. It opened in 1994."
    mentions = (
        mention(text, "1994", "1994", date(1994, 1, 1), date(1994, 12, 31), Precision.YEAR),
        mention(
            text, "1994", "1994", date(1994, 1, 1), date(1994, 12, 31), Precision.YEAR, occurrence=1
        ),
    )
    events = extract_events(document(text), mentions)
    assert [e.sentence for e in events] == ["It opened in 1994."]


def test_a_baseline_that_a_when_clause_dates_is_an_event() -> None:
    text = "It spent the most since 2019, when Brennan bought the club."
    found = mention(text, "2019", "2019", date(2019, 1, 1), date(2019, 12, 31), Precision.YEAR)
    assert [e.date for e in extract_events(document(text), (found,))] == ["2019"]


def test_a_rhetorical_today_is_not_an_event() -> None:
    text = "Today the cartels are richer than ever. The court ruled today that the ban was void."
    mentions = (
        mention(text, "Today", "2025-04-16", date(2025, 4, 16)),
        mention(text, "today", "2025-04-16", date(2025, 4, 16)),
    )
    events = extract_events(document(text), mentions)
    assert [(e.kind, e.date_text) for e in events] == [("ruling", "today")]
