"""The timeline model: sorting, filters that combine, facets."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates.mention import Precision
from timeline.model.event import Actor, Event
from timeline.model.timeline import Filter, Timeline, YearRange


def make_event(
    n: int,
    first: date,
    last: date,
    precision: Precision,
    kind: str = "other",
    actors: tuple[Actor, ...] = (),
    sentence: str = "Something happened.",
) -> Event:
    return Event(
        id=f"e{n}",
        date=first.isoformat(),
        first=first,
        last=last,
        precision=precision,
        date_text="x",
        explanation="",
        kind=kind,
        actors=actors,
        summary=sentence,
        sentence=sentence,
        source="a.txt",
        title="A",
        offset=n,
    )


TRUMP = Actor("Donald Trump", "person", ("Trump", "President Donald Trump"))
DEA = Actor("DEA", "organization", ("Drug Enforcement Administration",))

EVENTS = [
    make_event(
        3,
        date(2020, 1, 3),
        date(2020, 1, 3),
        Precision.DAY,
        "strike",
        (TRUMP,),
        "A strike killed Soleimani.",
    ),
    make_event(
        1,
        date(2020, 1, 1),
        date(2020, 12, 31),
        Precision.YEAR,
        "arrest",
        (DEA,),
        "The DEA arrested Cienfuegos.",
    ),
    make_event(2, date(2025, 4, 8), date(2025, 4, 8), Precision.DAY, "testimony"),
    make_event(4, date(2015, 1, 1), date(2018, 12, 31), Precision.SPAN, "other", (DEA,)),
]


def test_sorted_by_first_day_coarser_first():
    tl = Timeline(EVENTS)
    assert [e.id for e in tl] == ["e4", "e1", "e3", "e2"]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter(years=(YearRange(2020, 2020),)), {"e1", "e3"}),
        (Filter(years=(YearRange(2016, 2016),)), {"e4"}),  # a span overlaps its inner years
        (Filter(years=(YearRange(2016, 2016), YearRange(2025, 2025))), {"e4", "e2"}),
        (Filter(actors=("trump",)), {"e3"}),
        (Filter(actors=("Drug Enforcement Administration",)), {"e1", "e4"}),
        (Filter(actors=("DEA",), years=(YearRange(2020, 2020),)), {"e1"}),
        (Filter(kinds=("strike", "testimony")), {"e3", "e2"}),
        (Filter(text="soleimani"), {"e3"}),
        (Filter(date_from=date(2020, 6, 1), date_to=date(2021, 1, 1)), {"e1"}),
    ],
)
def test_filters_or_within_and_across(flt, expected):
    assert {e.id for e in Timeline(EVENTS).select(flt).events} == expected


def test_facets_and_status():
    sel = Timeline(EVENTS).select(Filter(actors=("DEA",)))
    assert sel.kinds == {"arrest": 1, "other": 1}
    assert sel.years == {2015: 1, 2016: 1, 2017: 1, 2018: 1, 2020: 1}
    assert sel.actors == {"DEA": 2}
    assert sel.status() == "2 of 4 events · DEA"


def test_a_filter_keeping_every_event_still_names_itself():
    tl = Timeline(EVENTS)
    everything = tl.select(Filter(years=(YearRange(2015, 2025),)))
    assert len(everything) == len(tl)
    assert everything.status() == "4 of 4 events · 2015-2025"
    unfiltered = tl.select(Filter())
    assert (everything.years, everything.actors, everything.kinds) == (
        unfiltered.years,
        unfiltered.actors,
        unfiltered.kinds,
    )
    assert unfiltered.status() == "4 of 4 events"


def test_year_range_parse():
    assert YearRange.parse("2019-2021") == YearRange(2019, 2021)
    with pytest.raises(ValueError):
        YearRange.parse("2021-2019")
    with pytest.raises(ValueError):
        YearRange.parse("twenty")


def test_nearest():
    tl = Timeline(EVENTS)
    assert tl[tl.nearest(date(2025, 1, 1))].id == "e2"
    assert tl[tl.nearest(date(2020, 6, 1))].id == "e1"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.dates(date(2019, 12, 30), date(2020, 1, 3)),
            st.sampled_from(list(Precision)),
            st.sampled_from(["a.txt", "b.txt"]),
            st.integers(0, 3),
        ),
        max_size=30,
    )
)
def test_order_is_first_day_then_coarser_then_document_order(rows):
    events = [
        replace(make_event(n, day, day, precision), source=source, offset=offset)
        for n, (day, precision, source, offset) in enumerate(rows)
    ]
    timeline = Timeline(events)
    assert list(timeline) == sorted(
        events, key=lambda e: e.sort_key
    )  # stable: ties keep input order


def test_filters_agree_with_events_that_share_casts_and_years():
    """Alike events share their filter index: each must still answer for itself."""
    events = [
        make_event(
            n,
            date(2020 + n % 3, 1, 1),
            date(2020 + n % 3, 6, 1),
            Precision.MONTH,
            actors=(TRUMP,) if n % 2 else (DEA,),
        )
        for n in range(12)
    ]
    timeline = Timeline(events)
    selection = timeline.select(Filter(years=(YearRange(2021, 2021),), actors=("trump",)))
    assert {e.id for e in selection.events} == {f"e{n}" for n in range(12) if n % 3 == 1 and n % 2}
    assert selection.years == {2021: 2}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 2),
            st.lists(st.sampled_from([TRUMP, DEA, Actor("Jenkins", "person")]), max_size=3),
        ),
        max_size=25,
    )
)
def test_shared_filter_indexes_equal_the_plain_ones(rows):
    from timeline.model.timeline import _build_indexes, _index

    casts = [(), (TRUMP,), (DEA, TRUMP)]  # some events share a cast tuple, others equal ones
    events = [
        make_event(
            n,
            date(2018 + start, 1, 1),
            date(2018 + start + length, 1, 1),
            Precision.DAY,
            actors=casts[n % 3] if not actors else tuple(actors),
        )
        for n, (start, length, actors) in enumerate(rows)
    ]
    assert _build_indexes(events) == tuple(map(_index, events))


KINDS = ["strike", "arrest", "other"]
CASTS = [(), (TRUMP,), (DEA,), (DEA, TRUMP)]


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 8),  # first year after 2015
            st.integers(0, 3),  # years it runs on: spans count in every year they touch
            st.integers(0, 2),
            st.integers(0, 3),
            st.booleans(),
        ),
        max_size=40,
    ),
    wanted_years=st.lists(st.integers(2015, 2026), max_size=2),
    wanted_kinds=st.lists(st.sampled_from(KINDS), max_size=2),
    text=st.sampled_from(["", "fentanyl", "seized", "trump", "zzz"]),
)
def test_facet_counts_are_the_selected_events_counted_one_by_one(
    rows, wanted_years, wanted_kinds, text
):
    events = [
        make_event(
            n,
            date(2015 + start, 3, 1),
            date(2015 + start + length, 2, 1),
            Precision.SPAN if length else Precision.MONTH,
            KINDS[kind],
            CASTS[cast],
            "Agents seized fentanyl." if drug else "Officials met.",
        )
        for n, (start, length, kind, cast, drug) in enumerate(rows)
    ]
    flt = Filter(
        years=tuple(YearRange(y, y) for y in wanted_years), kinds=tuple(wanted_kinds), text=text
    )
    selection = Timeline(events).select(flt)
    years: dict[int, int] = {}
    actors: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for event in selection.events:
        for year in range(event.first.year, event.last.year + 1):
            years[year] = years.get(year, 0) + 1
        for name in dict.fromkeys(a.name for a in event.actors):
            actors[name] = actors.get(name, 0) + 1
        kinds[event.kind] = kinds.get(event.kind, 0) + 1
    assert selection.years == dict(sorted(years.items()))
    assert selection.actors == actors and selection.kinds == kinds
    assert list(selection.actors.values()) == sorted(actors.values(), reverse=True)
    expected = [
        e
        for e in Timeline(events)
        if (not wanted_years or any(e.first.year <= y <= e.last.year for y in wanted_years))
        and (not wanted_kinds or e.kind in wanted_kinds)
        and (
            not text
            or text in f"{e.sentence} {e.summary} {' '.join(a.name for a in e.actors)}".casefold()
        )
    ]
    assert list(selection.events) == expected
