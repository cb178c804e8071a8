"""Where the story is: the date anchored relatives ("two weeks later") count from.

News tells a story in dates. "On March 3, 2020 ... Two weeks later ..." means two weeks
after March 3, 2020, not after the publication date. The engine walks the text in order
and keeps a :class:`Narrative`: the last date it resolved (absolute, or relative to the
publication date, or itself anchored). Before any date, the story is at the publication
date. Durations, sets and PRESENT_REF-like references do not move it.

Arithmetic keeps the finer of the anchor's and the unit's precision: "a year earlier"
than the third quarter of 1989 is the third quarter of 1988 (as TimeML annotators write
it), "two weeks later" than March 3 is March 17.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from timeline.dates import calendar as cal
from timeline.dates.calendar import Point
from timeline.dates.mention import Precision

_MOVES_NARRATIVE = frozenset(
    {
        Precision.DAY,
        Precision.TIME,
        Precision.WEEK,
        Precision.MONTH,
        Precision.QUARTER,
        Precision.HALF,
        Precision.SEASON,
        Precision.YEAR,
    }
)


class Narrative(NamedTuple):
    """The reference date and the date the story is at."""

    reference: date | None
    point: Point | None = None
    quarter: Point | None = None  # the reporting quarter last named ("the third quarter")

    @property
    def anchor(self) -> Point | None:
        """The story's current date, or the reference day before any date was read."""
        if self.point is not None:
            return self.point
        return cal.day(self.reference) if self.reference else None

    def advance(self, point: Point | None, *, names_quarter: bool = False) -> Narrative:
        """The narrative after a date mention that resolved to ``point``.

        ``names_quarter`` marks a quarter named in its own right (not "the year-ago
        quarter"): financial news reports on it, and "the quarter" refers back to it.
        """
        if point is None or point.precision not in _MOVES_NARRATIVE:
            return self
        if names_quarter and point.precision is Precision.QUARTER:
            return Narrative(self.reference, point, point)
        return Narrative(self.reference, point, self.quarter)


def finer(a: Precision, b: Precision) -> Precision:
    return a if a.rank <= b.rank else b


def shifted(anchor: Point, delta: relativedelta, unit: Precision) -> Point:
    """``anchor`` moved by ``delta``, at the finer of the anchor's and the unit's precision."""
    precision = finer(anchor.precision, unit)
    if precision is Precision.TIME:
        precision = Precision.DAY
    return cal.at_precision(anchor.first + delta, precision)


def same(anchor: Point, unit: Precision) -> Point | None:
    """ "That month", "the same day": the anchor's unit, if the anchor is at least that fine."""
    if anchor.precision.rank > unit.rank:
        return None
    return cal.at_precision(anchor.first, unit)
