"""The timeline: events sorted once, indexed once, filtered many times.

Filters combine the way people expect from a faceted search: OR within one filter
(``years=(2019, 2020)`` is "2019 or 2020"), AND across filters (years AND actors AND
kinds AND text). Facet counts are computed over the current selection so a panel can
show how many events each choice would keep.

This module never imports textual: the CLI, the exporters and the TUI all filter
through here, so a filter means the same thing everywhere.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import chain, compress, islice, repeat
from operator import attrgetter, itemgetter, le
from typing import Any, NamedTuple

from timeline.bulk import collector_paused
from timeline.dates.mention import Precision
from timeline.model.event import Actor, Event
from timeline.model.folding import fold


@dataclass(frozen=True, slots=True)
class YearRange:
    """An inclusive range of years; a single year is ``YearRange(y, y)``."""

    first: int
    last: int

    @classmethod
    def parse(cls, text: str) -> YearRange:
        """Read "2020" or "2019-2021"; raises ValueError on anything else."""
        parts = text.strip().split("-")
        if len(parts) == 1 and parts[0].isdigit():
            year = int(parts[0])
            return cls(year, year)
        if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
            first, last = int(parts[0]), int(parts[1])
            if first > last:
                raise ValueError(f"year range runs backwards: {text!r}")
            return cls(first, last)
        raise ValueError(f"not a year or a year range: {text!r}")

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


@dataclass(frozen=True, slots=True)
class Filter:
    """What the user asked to see. Empty fields do not filter."""

    years: tuple[YearRange, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""
    documents: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == Filter()

    def describe(self) -> str:
        """A short human account, e.g. "2020 · DEA · arrest"."""
        parts: list[str] = []
        if self.years:
            parts.append(", ".join(str(y) for y in self.years))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        parts.extend(filter(None, (", ".join(self.actors), ", ".join(self.kinds))))
        if self.text:
            parts.append(f"“{self.text}”")
        if self.documents:
            parts.append(", ".join(self.documents))
        return " · ".join(parts)


class _Index(NamedTuple):
    """Per-event values precomputed once so filtering is a tight loop.

    A named tuple rather than a frozen dataclass: a timeline builds one per event, and
    100,000 of them must be made in well under a second.
    """

    first_year: int
    last_year: int
    actor_keys: frozenset[str]
    years: tuple[int, ...] = ()  # every year the event touches, for the years facet
    actor_names: tuple[str, ...] = ()  # each actor counted once, for the actors facet


# Getters for counting in C (``Counter(map(getter, ...))``): no Python frame per event.
_ACTOR_NAMES = attrgetter("actor_names")
_KIND = attrgetter("kind")


@lru_cache(maxsize=65536)
def _keys_of_actor(actor: Actor) -> frozenset[str]:
    """Every folded way one actor may be asked for (cached: actors recur a lot)."""
    keys: set[str] = set()
    for name in (actor.name, *actor.aliases):
        folded = fold(name)
        keys.add(folded)
        if actor.type == "person":
            keys.update(w for w in folded.split() if len(w) > 2)
    return frozenset(keys)


def _actor_keys(event: Event) -> frozenset[str]:
    """Every folded way (see :mod:`timeline.model.folding`) an actor may be asked for.

    The full name, each alias, and each word of a person's name, so "Trump" finds
    "Donald Trump" and "dea" finds "DEA".
    """
    if len(event.actors) == 1:
        return _keys_of_actor(event.actors[0])
    return frozenset().union(*map(_keys_of_actor, event.actors))


def _haystacks(events: Sequence[Event]) -> tuple[str, ...]:
    """What a text search looks in, per event: the sentence, the summary and every actor's
    names and aliases, folded.

    Parts are kept apart by a line break, which no folded text holds (folding makes
    every run of white space one space), so a needle never matches across two parts.
    The summary is usually a piece of the sentence (its main clause, maybe cut with an
    ellipsis) and is then left out: it would only double the text every search reads.
    Each actor's names are folded once (actors recur; keyed by ``id()``, which is safe
    while ``events`` holds them).
    """
    names_of: dict[int, str] = {}

    def names(actor: Actor) -> str:
        folded = names_of.get(id(actor))
        if folded is None:
            folded = names_of[id(actor)] = fold(" ".join((actor.name, *actor.aliases)))
        return folded

    haystacks = []
    for event in events:
        parts = [fold(event.sentence)]
        if event.summary.removesuffix("…").rstrip() not in event.sentence:
            parts.append(fold(event.summary))
        if event.actors:
            parts.append(" ".join(filter(None, map(names, event.actors))))
        haystacks.append("\n".join(parts))
    return tuple(haystacks)


def _index(event: Event) -> _Index:
    """One event's index, plainly; :func:`_build_indexes` makes the same, sharing parts."""
    first_year, last_year = event.first.year, event.last.year
    return _Index(
        first_year,
        last_year,
        _actor_keys(event),
        (first_year,) if first_year == last_year else tuple(range(first_year, last_year + 1)),
        tuple(dict.fromkeys(a.name for a in event.actors)),
    )


def _build_indexes(events: Sequence[Event]) -> tuple[_Index, ...]:
    """The :class:`_Index` of each event, sharing whatever alike events have in common.

    Events with the same cast tuple and years get the same index; casts of the same actors
    share their keys and names; each actor's keys are made once. The caches are keyed by
    ``id()``, which is safe while ``events`` holds every object they name, as it does here.
    """
    keys_of: dict[int, frozenset[str]] = {}
    casts: dict[tuple[int, ...], tuple[frozenset[str], tuple[str, ...]]] = {}
    alike: dict[tuple[int, int, int], _Index] = {}
    built = []
    for event in events:
        actors = event.actors
        first_year, last_year = event.first.year, event.last.year
        key = (id(actors), first_year, last_year)
        index = alike.get(key)
        if index is None:
            ids = tuple(map(id, actors))
            cast = casts.get(ids)
            if cast is None:
                for actor in actors:
                    if id(actor) not in keys_of:
                        keys_of[id(actor)] = _keys_of_actor(actor)
                keys = (
                    keys_of[ids[0]]
                    if len(ids) == 1
                    else frozenset().union(*map(keys_of.__getitem__, ids))
                )
                names = tuple(dict.fromkeys([actor.name for actor in actors]))
                cast = casts[ids] = (keys, names)
            years = (
                (first_year,)
                if first_year == last_year
                else tuple(range(first_year, last_year + 1))
            )
            index = alike[key] = _Index(first_year, last_year, cast[0], years, cast[1])
        built.append(index)
    return tuple(built)


_NEGATED_RANK = {precision: -precision.rank for precision in Precision}


def _sort_keys(events: Sequence[Event]) -> list[tuple[date, int, str, int]]:
    """Each event's :attr:`Event.sort_key`, made by C-level maps (no Python call per event)."""
    return list(
        zip(
            map(attrgetter("first"), events),
            map(_NEGATED_RANK.__getitem__, map(attrgetter("precision"), events)),
            map(attrgetter("source"), events),
            map(attrgetter("offset"), events),
            strict=True,
        )
    )


def _sorted(events: Iterable[Event]) -> tuple[Event, ...]:
    """``events`` in :attr:`Event.sort_key` order.

    The same order as ``sorted(events, key=lambda e: e.sort_key)`` (a stable sort on the
    same keys), without a Python call per event.
    """
    events = list(events)
    keys = _sort_keys(events)
    order = sorted(range(len(events)), key=keys.__getitem__)
    return tuple(map(events.__getitem__, order))


def _picker(positions: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """A function giving a sequence's values at ``positions`` as a tuple, gathered in C by
    ``itemgetter`` (about 6x faster than a ``map`` of ``__getitem__`` over 40,000 positions
    of 100,000); made once, it serves every per-event tuple a selection reads."""
    if len(positions) > 1:
        return itemgetter(*positions)
    return lambda values: tuple(values[p] for p in positions)


def in_timeline_order(events: Sequence[Event]) -> bool:
    """True when ``events`` are already in the order a :class:`Timeline` keeps them.

    A timeline sorts stably, so such a sequence becomes a timeline unchanged, and any first
    ``n`` of its events are the timeline's first ``n``: a reader may show those before the
    rest is read (see ``timeline.io.export``).
    """
    keys = _sort_keys(events)
    return all(map(le, keys, islice(keys, 1, None)))


@dataclass(frozen=True)
class Selection:
    """The events a filter keeps, with facet counts over them."""

    filter: Filter
    events: tuple[Event, ...]
    total: int
    years: dict[int, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.events)

    def status(self) -> str:
        """The status line: "4 of 19 events · 2020 · DEA"."""
        line = f"{len(self.events)} of {self.total} events"
        described = self.filter.describe()
        return f"{line} · {described}" if described else line


class Timeline(Sequence[Event]):
    """An immutable, sorted sequence of events with filtering and facets."""

    def __init__(self, events: Iterable[Event]) -> None:
        events = events if isinstance(events, Sequence) else list(events)
        with collector_paused(kept=len(events)):
            self._events: tuple[Event, ...] = _sorted(events)

    @cached_property
    def _indexes(self) -> tuple[_Index, ...]:
        """Per-event filter values, made on first use (see :func:`_build_indexes`)."""
        with collector_paused():
            return _build_indexes(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def __getitem__(self, i):
        return self._events[i]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    @property
    def events(self) -> tuple[Event, ...]:
        return self._events

    def prepare(self) -> None:
        """Build now every lookup a filter would otherwise build on first use (indexes,
        facet columns, search text): about 0.4 s on 100,000 events, so a program can spend
        it before the user filters (in a thread: it changes no result)."""
        _ = self._everything, self._by_year, self._by_kind, self._by_actor_key, self._haystacks

    def matches(self, flt: Filter) -> list[int]:
        """Positions of the events ``flt`` keeps, in timeline order.

        Years, kinds and actors are looked up in inverted indexes (built on first use) so
        that a facet filter costs the size of its answer, not of the timeline; what is
        left (dates, text, documents) is checked event by event over those candidates.
        """
        actors = tuple(fold(a).strip() for a in flt.actors if a.strip())
        kinds = frozenset(k.casefold() for k in flt.kinds)
        needle = fold(flt.text).strip()
        documents = frozenset(flt.documents)
        candidates: set[int] | None = None
        for wanted in (
            self._positions(self._by_year, lambda y: any(r.first <= y <= r.last for r in flt.years))
            if flt.years
            else None,
            self._positions(self._by_kind, kinds.__contains__) if kinds else None,
            self._positions(self._by_actor_key, set(actors).__contains__) if actors else None,
        ):
            if wanted is not None:
                candidates = wanted if candidates is None else candidates & wanted
        pool: Sequence[int] = range(len(self._events)) if candidates is None else sorted(candidates)
        if needle:  # one pass in C: a common word can match most of 100,000 events
            haystacks = (
                self._haystacks if candidates is None else map(self._haystacks.__getitem__, pool)
            )
            pool = list(compress(pool, map(str.__contains__, haystacks, repeat(needle))))
        if not (flt.date_from or flt.date_to or documents):
            return list(pool)
        kept: list[int] = []
        for i in pool:
            event = self._events[i]
            if flt.date_from and event.last < flt.date_from:
                continue
            if flt.date_to and event.first > flt.date_to:
                continue
            if documents and event.source not in documents and event.title not in documents:
                continue
            kept.append(i)
        return kept

    @staticmethod
    def _positions(index: dict[Any, list[int]], wanted: Callable[[Any], bool]) -> set[int]:
        """Every position listed under a key of ``index`` that is ``wanted``."""
        found: set[int] = set()
        for key, positions in index.items():
            if wanted(key):
                found.update(positions)
        return found

    @cached_property
    def _haystacks(self) -> tuple[str, ...]:
        """Folded search text per event, made on the first text search, not before."""
        with collector_paused():
            return _haystacks(self._events)

    @cached_property
    def _by_year(self) -> dict[int, list[int]]:
        """Positions of the events touching each year (a span touches all its years)."""
        return self._invert(idx.years for idx in self._indexes)

    @cached_property
    def _by_kind(self) -> dict[str, list[int]]:
        by_kind: dict[str, list[int]] = {}
        for kind, positions in self._invert((kind,) for kind in self._kinds).items():
            by_kind.setdefault(kind.casefold(), []).extend(positions)  # kinds are few
        return by_kind

    @cached_property
    def _by_actor_key(self) -> dict[str, list[int]]:
        return self._invert(idx.actor_keys for idx in self._indexes)

    @staticmethod
    def _invert(keys_per_event: Iterable[Iterable[Any]]) -> dict[Any, list[int]]:
        inverted: dict[Any, list[int]] = {}
        for position, keys in enumerate(keys_per_event):
            for key in keys:
                inverted.setdefault(key, []).append(position)
        return inverted

    def select(self, flt: Filter = Filter()) -> Selection:
        """The events ``flt`` keeps and the facet counts over them.

        Counting goes through ``Counter`` over chained, precomputed values so that the
        counting loop runs in C: a filter change on 100,000 events must repaint fast.
        """
        if flt.is_empty:
            return self._everything
        positions = self.matches(flt)
        if len(positions) == len(self._events):  # "the": every event, counted already
            return dataclasses.replace(self._everything, filter=flt)
        return self._selection(flt, positions)

    @cached_property
    def _everything(self) -> Selection:
        """The unfiltered selection, counted once: the timeline never changes."""
        return self._selection(Filter(), range(len(self._events)))

    def _selection(self, flt: Filter, positions: Sequence[int]) -> Selection:
        everything = len(positions) == len(self._events)
        pick = (lambda values: values) if everything else _picker(positions)
        events = pick(self._events)
        years = self._count_years(positions)
        actors = Counter(chain.from_iterable(pick(self._actor_names)))
        kinds = Counter(pick(self._kinds))
        return Selection(
            filter=flt,
            events=events,
            total=len(self._events),
            years=dict(sorted(years.items())),
            actors=dict(actors.most_common()),
            kinds=dict(kinds.most_common()),
        )

    def _count_years(self, positions: Sequence[int]) -> Counter[int]:
        """How many of the events at ``positions`` (ascending) touch each year.

        Events are sorted by their first day, so the events a year begins are one run of
        positions, found by bisection (a few microseconds however many are selected);
        only the events whose days run on into later years are then looked at one by one.
        """
        counts: Counter[int] = Counter()
        lo = 0
        for year, end in self._first_year_ends:
            hi = bisect_left(positions, end, lo)
            if hi > lo:
                counts[year] = hi - lo
            lo = hi
        later_years = self._later_years
        if later_years:
            for position in later_years.keys() & set(positions):
                counts.update(later_years[position])
        return counts

    @cached_property
    def _actor_names(self) -> tuple[tuple[str, ...], ...]:
        """Each event's actors, each named once, side by side (as :attr:`_kinds`)."""
        return tuple(map(_ACTOR_NAMES, self._indexes))

    @cached_property
    def _kinds(self) -> tuple[str, ...]:
        """Each event's kind, side by side: counting them then reads one tuple and a few
        strings instead of every selected event (about 4x faster on 100,000 events)."""
        return tuple(map(_KIND, self._events))

    @cached_property
    def _first_year_ends(self) -> tuple[tuple[int, int], ...]:
        """(year, position after the last event that begins in it), ascending."""
        ends: dict[int, int] = {}
        for position, index in enumerate(self._indexes):
            ends[index.first_year] = position + 1
        return tuple(ends.items())

    @cached_property
    def _later_years(self) -> dict[int, tuple[int, ...]]:
        """The years after its first that an event touches, for each event that has some."""
        return {
            position: index.years[1:]
            for position, index in enumerate(self._indexes)
            if len(index.years) > 1
        }

    def nearest(self, day: date, among: Sequence[Event] | None = None) -> int | None:
        """Position in ``among`` (default: the whole timeline) of the event nearest ``day``."""
        pool = self._events if among is None else among
        if not pool:
            return None
        return min(
            range(len(pool)),
            key=lambda i: (
                min(abs((pool[i].first - day).days), abs((pool[i].last - day).days))
                if not (pool[i].first <= day <= pool[i].last)
                else 0
            ),
        )
