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


class Frame(NamedTuple):
    """A past year the story tells of, set by a date that opens a sentence ("In 2019, ...",
    "On May 4, 2021, ...", "Last year, ..."), and where in the text it was last said:
    within that paragraph, a day, month or season given without a year is of that year
    ("On May 3, it opened a plant" is May 3, 2019)."""

    year: int
    at: int


class Narrative(NamedTuple):
    """The reference date and the date the story is at."""

    reference: date | None
    point: Point | None = None
    quarter: Point | None = None  # the reporting quarter last named ("the third quarter")
    frame: Frame | None = None

    @property
    def anchor(self) -> Point | None:
        """The story's current date, or the reference day before any date was read."""
        if self.point is not None:
            return self.point
        return cal.day(self.reference) if self.reference else None

    def advance(
        self,
        point: Point | None,
        *,
        names_quarter: bool = False,
        said_at: int | None = None,
        in_frame: bool = False,
    ) -> Narrative:
        """The narrative after a date mention that resolved to ``point``.

        ``names_quarter`` marks a quarter named in its own right (not "the year-ago
        quarter"): financial news reports on it, and "the quarter" refers back to it
        (unless the story has its quarter and this one is not over yet).
        ``said_at``: where the mention ends, when it opens its sentence as a frame (a date
        in a past year then frames it, see :class:`Frame`) or, with ``in_frame``, when it
        was counted from the story (the frame goes on while such dates stay in its year).
        Any other date that moves the story ends the frame.
        """
        if point is None or point.precision not in _MOVES_NARRATIVE:
            return self
        frame = None
        if said_at is not None:
            year = self.frame.year if self.frame is not None else None
            if in_frame:
                if point.first.year == point.last.year == year:
                    frame = Frame(year, said_at)
            elif self._frames(point):
                frame = Frame(point.first.year, said_at)
        quarter = point if names_quarter and point.precision is Precision.QUARTER else None
        if quarter is not None and self.quarter is not None and not self._over(quarter):
            quarter = None  # "losses through the third quarter of 1990": a forecast
        return Narrative(self.reference, point, quarter or self.quarter, frame)

    def _over(self, point: Point) -> bool:
        """Whether ``point`` has ended by the reference date: results are reported for a
        quarter that is over, so a later one named once the story has its quarter is a
        forecast, and "the latest quarter", "the year-ago period" still count from the
        quarter reported on."""
        return self.reference is None or point.last <= self.reference

    def _frames(self, point: Point) -> bool:
        """Whether a framing date sets the story in a past year (one year, before the
        reference's)."""
        year = point.first.year
        return self.reference is not None and year == point.last.year and year < self.reference.year


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
