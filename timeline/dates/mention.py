"""The date engine's output: one immutable record per date expression found in a text.

A mention keeps two views of the same expression side by side:

* the TIMEX3 ``type``/``value``/``mod`` exactly as TimeML's guidelines write them, so the
  engine can be scored against annotated corpora and exported to TimeML tools; and
* the calendar ``interval`` (first and last day covered) with its ``precision``, which is
  what filtering, sorting and display need. A year stays a year: "In 2020" covers
  2020-01-01..2020-12-31 at YEAR precision, never an invented January 1.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class TimexType(enum.StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Precision(enum.StrEnum):
    """How fine the text's statement of a date is, coarsest last."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    SPAN = "span"
    NONE = "none"  # durations, sets and references such as PAST_REF: no interval

    @property
    def rank(self) -> int:
        """Smaller is finer; used to sort coarser dates before finer ones on the same day."""
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}


class Anchor(enum.StrEnum):
    """What a value was resolved against; tells the reader how far to trust it."""

    ABSOLUTE = "absolute"  # the text gives it whole: "September 30, 2011"
    PUBLISHED = "published"  # relative to the publication date: "last month"
    NARRATIVE = "narrative"  # relative to the date the story is at: "two weeks later"
    NONE = "none"  # durations, sets, undated references


@dataclass(frozen=True, slots=True)
class Interval:
    """An inclusive range of calendar days."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"interval starts after it ends: {self.first} > {self.last}")

    def overlaps(self, other: Interval) -> bool:
        return self.first <= other.last and other.first <= self.last


@dataclass(frozen=True, slots=True)
class DateMention:
    """One temporal expression in a text.

    ``start``/``end`` index the analysed text so that ``text[start:end] == mention.text``.
    ``interval`` is None when the expression names no calendar stretch (durations, sets,
    PAST_REF/PRESENT_REF/FUTURE_REF, or a value the engine could not place).
    ``inferred`` is True when the value depends on a reference date that the engine had to
    infer from the text rather than read from the document's metadata.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    precision: Precision
    interval: Interval | None
    explanation: str
    anchor: Anchor = Anchor.ABSOLUTE
    mod: str | None = None
    inferred: bool = False

    @property
    def first(self) -> date | None:
        return self.interval.first if self.interval else None

    @property
    def last(self) -> date | None:
        return self.interval.last if self.interval else None

    @property
    def is_calendar_date(self) -> bool:
        """True when the mention places something on the calendar (an event can hang on it)."""
        return self.interval is not None and self.type in (TimexType.DATE, TimexType.TIME)
