"""The bundled article end to end (real engine), published 2025-04-16: issue 3, points 1-2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.events.evaluate import has_actor
from timeline.model.event import Event
from timeline.model.timeline import Filter, Timeline, YearRange

REPO = Path(__file__).resolve().parents[2]

SEED = REPO / "seeds" / "cipher-brief-cartels.txt"


@pytest.fixture(scope="module")
def events(article_events) -> tuple[Event, ...]:
    return article_events(SEED)


def find(events: tuple[Event, ...], date: str, fragment: str) -> Event:
    hits = [e for e in events if e.date == date and fragment in e.sentence]
    assert len(hits) == 1, f"{date} / {fragment!r}: {[(e.date, e.sentence[:50]) for e in events]}"
    return hits[0]


# date value, a fragment of the sentence, kind, a key actor (name or alias)
EXPECTED = [
    ("2025-01-20", "formally labeled Mexico", "designation", "Donald Trump"),
    ("2025-03", "annual briefing on national security threats", "report", None),
    ("2025-04-08", "testified before a Senate", "testimony", "Colby Jenkins"),
    ("2020", "Mexican lawmakers passed a law", "law", "Salvador Cienfuegos"),
    ("2011-09-30", "U.S. drones controlled by the CIA", "strike", "Anwar al-Awlaki"),
    ("2011-09-30", "hours after the strike", None, "Barack Obama"),
    ("2020-01-03", "cut to ribbons by a Hellfire missile", "strike", "Qassem Soleimani"),
    ("2025-04-11", "Pharr International Bridge", "seizure", "CBP"),
    ("2024-10-01/2025-09-30", "With that seizure", "seizure", "CBP"),
    ("2024", "in 2024, the DEA seized", None, "DEA"),
    ("2025", "so far this year", "seizure", "DEA"),
    ("2024", "made 6 million crossings", "statistic", "Mexico"),
    ("2025-04-14", "Wall Street Journal reported Monday", "report", "Wall Street Journal"),
    ("2024-10", "Rocha told reporters last October", "statement", "Rubén Rocha"),
]


@pytest.mark.parametrize(("date", "fragment", "kind", "actor"), EXPECTED)
def test_every_dated_event_with_its_kind_and_key_actor(
    events: tuple[Event, ...], date: str, fragment: str, kind: str | None, actor: str | None
) -> None:
    event = find(events, date, fragment)
    if kind is not None:
        assert event.kind == kind
    if actor is not None:
        assert has_actor(event, actor), event.actors


def test_the_2020_event_has_the_dea_cienfuegos_and_mexican_lawmakers(events) -> None:
    event = find(events, "2020", "Mexican lawmakers passed a law")
    for actor in ("DEA", "Salvador Cienfuegos", "Mexican lawmakers"):
        assert has_actor(event, actor)
    assert event.precision == "year" and (event.first.isoformat(), event.last.isoformat()) == (
        "2020-01-01",
        "2020-12-31",
    )


def test_nothing_else_is_an_event(events) -> None:
    assert len(events) == len(EXPECTED)


def test_nothing_is_dated_from_the_quantities(events) -> None:
    quantities = ("309", "1,700", "2,132", "$14 million", "6 million", "62,000", "13.5")
    for event in events:
        assert not any(q in event.date_text for q in quantities)
        assert not re.search(r"\b(?:may|march)\b", event.date_text)


def test_offsets_ids_and_summaries(events) -> None:
    raw = SEED.read_text(encoding="utf-8")
    body_offset = raw.index("\n---", 3) + 5
    for event in events:
        assert raw.startswith(event.sentence, body_offset + event.offset)
        assert event.sentence[event.date_start : event.date_end] == event.date_text
        assert len(event.summary) <= 100 and event.summary
        assert event.source.endswith("cipher-brief-cartels.txt")
    assert len({e.id for e in events}) == len(events)


def test_year_and_actor_filters(events) -> None:
    """Issue 3, point 2, on the model the CLI filters through."""
    timeline = Timeline(events)
    in_2020 = timeline.select(Filter(years=(YearRange(2020, 2020),))).events
    assert {e.date for e in in_2020} == {"2020", "2020-01-03"}
    dea = timeline.select(Filter(actors=("DEA",))).events
    assert dea and all(has_actor(e, "DEA") for e in dea)
    assert {e.date for e in dea} >= {"2020", "2024", "2025"}
    trump = timeline.select(Filter(actors=("Trump",))).events
    assert {"2025-01-20"} <= {e.date for e in trump}
    assert all(has_actor(e, "Donald Trump") for e in trump)
