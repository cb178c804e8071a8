"""One person, one actor: middle initials, long titles and a surname alone do not split them."""

from __future__ import annotations

from datetime import date

from timeline.io.document import DateStatus, Document
from timeline.model.event import Event
from timeline.model.timeline import Filter
from timeline.pipeline import build_timeline


def doc(name: str, text: str) -> Document:
    return Document(text=text, path=name, published=date(2025, 4, 16), date_status=DateStatus.GIVEN)


def actors_of(events, source: str) -> list[tuple[str, str]]:
    return [(a.name, a.type) for e in events if e.source == source for a in e.actors]


def test_a_middle_initial_does_not_split_a_person_across_documents() -> None:
    timeline = build_timeline(
        [
            doc("a.txt", "On January 20, Donald J. Trump was sworn in as president."),
            doc("b.txt", "On February 3, President Donald Trump announced new tariffs."),
            doc("c.txt", "On March 4, Trump spoke to reporters in the Oval Office."),
        ]
    )
    people = {a for e in timeline for a in e.actors if a.type == "person"}
    assert len(people) == 1
    (trump,) = people
    assert trump.name == "Donald Trump"
    assert {"Donald J. Trump", "President Donald Trump", "Trump"} <= set(trump.aliases)
    assert len(timeline.select(Filter(actors=("Donald J. Trump",)))) == 3


def test_a_middle_initial_does_not_split_a_person_within_a_document() -> None:
    text = (
        "On January 20, Donald J. Trump was sworn in. On January 21, Donald Trump signed "
        "orders. On January 22, Trump met governors."
    )
    events = build_timeline([doc("a.txt", text)]).events
    assert [e.actor_names for e in events] == [("Donald Trump",)] * 3


def test_different_initials_stay_different_people() -> None:
    timeline = build_timeline(
        [
            doc("a.txt", "On January 20, 1989, George H. W. Bush was sworn in."),
            doc("b.txt", "On January 20, 2001, George W. Bush was sworn in."),
        ]
    )
    assert {e.actor_names for e in timeline} == {("George H. W. Bush",), ("George W. Bush",)}


CEO = (
    "On March 4, 2024, Acme Robotics named Chief Executive Officer Jane Park to lead its new "
    "division. Park said on May 2 that the company would open a plant in Ohio. On June 5, "
    "the CEO told investors that sales had doubled. Chief Financial Officer Tom Reyes "
    "resigned on July 9. On August 1, Chief Operating Officer Ann Hill joined."
)


def test_long_titles_are_stripped_and_a_surname_alone_is_the_named_person() -> None:
    events: tuple[Event, ...] = build_timeline([doc("c.txt", CEO)]).events
    by_date = {e.date: [(a.name, a.type) for a in e.actors] for e in events}
    assert by_date["2024-03-04"] == [("Acme Robotics", "organization"), ("Jane Park", "person")]
    assert ("Jane Park", "person") in by_date["2024-05-02"]
    assert all(name != "Park" for name, _ in by_date["2024-05-02"])
    assert by_date["2024-06-05"] == []  # "the CEO" is a position, not an organization
    assert by_date["2024-07-09"] == [("Tom Reyes", "person")]
    assert by_date["2024-08-01"] == [("Ann Hill", "person")]


def test_place_words_still_name_places() -> None:
    events = build_timeline(
        [doc("p.txt", "On May 1, protesters gathered in Central Park and Prince Edward Island.")]
    ).events
    assert [(a.name, a.type) for e in events for a in e.actors] == [
        ("Central Park", "place"),
        ("Prince Edward Island", "place"),
    ]
