"""An event: one dated happening in one sentence of one document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.dates.mention import Precision


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor name with its type (person, organization, place, group or '')."""

    name: str
    type: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the timeline.

    ``date`` is the TIMEX3-style value at the text's precision ("2025-04-08", "2025-03",
    "2020", "2025-Q1", "2011-SU", or "START/END" for a span); ``first``/``last`` the days
    it covers. ``offset`` is the sentence's character offset in the source's text and
    ``date_start``/``date_end`` the date phrase's offsets inside ``sentence``.
    """

    id: str
    date: str
    first: date
    last: date
    precision: Precision
    date_text: str
    explanation: str
    kind: str
    actors: tuple[Actor, ...]
    summary: str
    sentence: str
    source: str
    title: str
    offset: int
    date_start: int = 0
    date_end: int = 0
    inferred: bool = False

    @property
    def actor_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.actors)

    @property
    def sort_key(self) -> tuple[date, int, str, int]:
        """First day, then coarser before finer, then document order."""
        return (self.first, -self.precision.rank, self.source, self.offset)
