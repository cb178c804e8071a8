"""Calendar points: a TIMEX3 value together with the days it covers, at a kept precision.

A :class:`Point` is what every resolver produces for a date: "2025-03" is the month of
March 2025, covering 2025-03-01..2025-03-31 at MONTH precision. Arithmetic ("the month
before", "a year earlier") shifts the first day with :class:`dateutil.relativedelta` and
rebuilds the point at the *same* precision, so a quarter stays a quarter.

Conventions (see also README "How dates are read"):

* seasons are meteorological and northern: spring = March-May, summer = June-August,
  fall = September-November, winter = December to February; "winter 2025" starts in
  December 2025 (TIMEX3 ``2025-WI``);
* early / mid / late of a year are its first, middle and last third (Jan-Apr, May-Aug,
  Sep-Dec); of a month days 1-10, 11-20 and 21 to the end; of a decade its first, middle
  and last four/three/three years ("the early 1990s" = 1990-1993);
* weeks are ISO weeks, Monday to Sunday (``2025-W15``);
* a fiscal year is the US federal one unless the text says otherwise: FY2025 runs
  2024-10-01..2025-09-30; after "the company's fiscal year ends Jan. 31" (or "fiscal 2024
  ended June 30", "its fiscal year begins July 1") every fiscal year of that text ends in
  that month, named by the calendar year it ends in.
"""

from __future__ import annotations

import calendar as _calendar
import functools
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from timeline.dates.lexicon import FISCAL_YEAR_FIRST_MONTH, SEASON_FIRST_MONTH
from timeline.dates.mention import Interval, Precision

MIN_YEAR = 1
MAX_YEAR = 9998


_memo = functools.lru_cache(maxsize=8192)
"""Calendar units are pure functions of their numbers and Points are immutable, so one
Point per unit is built and shared (a story names the same days and years again and again)."""


@dataclass(frozen=True, slots=True)
class Point:
    """A TIMEX3 date value and the calendar days it covers."""

    value: str
    interval: Interval
    precision: Precision

    @property
    def first(self) -> date:
        return self.interval.first

    @property
    def last(self) -> date:
        return self.interval.last


def _last_of_month(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


@_memo
def day(d: date) -> Point:
    return Point(d.isoformat(), Interval(d, d), Precision.DAY)


@_memo
def month(year: int, month_number: int) -> Point:
    first = date(year, month_number, 1)
    return Point(
        f"{year:04d}-{month_number:02d}",
        Interval(first, _last_of_month(year, month_number)),
        Precision.MONTH,
    )


@_memo
def year(year_number: int) -> Point:
    return Point(
        f"{year_number:04d}",
        Interval(date(year_number, 1, 1), date(year_number, 12, 31)),
        Precision.YEAR,
    )


@_memo
def quarter(year_number: int, q: int) -> Point:
    first = date(year_number, 3 * q - 2, 1)
    return Point(
        f"{year_number:04d}-Q{q}",
        Interval(first, _last_of_month(year_number, 3 * q)),
        Precision.QUARTER,
    )


@_memo
def half(year_number: int, h: int) -> Point:
    first = date(year_number, 6 * h - 5, 1)
    return Point(
        f"{year_number:04d}-H{h}",
        Interval(first, _last_of_month(year_number, 6 * h)),
        Precision.HALF,
    )


@_memo
def season(year_number: int, code: str) -> Point:
    first = date(year_number, SEASON_FIRST_MONTH[code], 1)
    last_month = first + relativedelta(months=2)
    return Point(
        f"{year_number:04d}-{code}",
        Interval(first, _last_of_month(last_month.year, last_month.month)),
        Precision.SEASON,
    )


@_memo
def week(any_day: date) -> Point:
    monday = any_day - timedelta(days=any_day.weekday())
    iso_year, iso_week, _ = monday.isocalendar()
    return Point(
        f"{iso_year:04d}-W{iso_week:02d}",
        Interval(monday, monday + timedelta(days=6)),
        Precision.WEEK,
    )


@_memo
def weekend(any_day: date) -> Point:
    saturday = any_day - timedelta(days=any_day.weekday()) + timedelta(days=5)
    iso_year, iso_week, _ = saturday.isocalendar()
    return Point(
        f"{iso_year:04d}-W{iso_week:02d}-WE",
        Interval(saturday, saturday + timedelta(days=1)),
        Precision.SPAN,
    )


@_memo
def decade(first_year: int) -> Point:
    first_year -= first_year % 10
    return Point(
        f"{first_year // 10:03d}",
        Interval(date(first_year, 1, 1), date(first_year + 9, 12, 31)),
        Precision.DECADE,
    )


@_memo
def century(number: int) -> Point:
    """The ``number``-th century as people use it: the 19th is the 1800s, TIMEX3 ``18``."""
    first_year = max((number - 1) * 100, 1)
    return Point(
        f"{number - 1:02d}",
        Interval(date(first_year, 1, 1), date(min(number * 100 - 1, MAX_YEAR), 12, 31)),
        Precision.CENTURY,
    )


def fiscal_year(year_number: int, first_month: int = FISCAL_YEAR_FIRST_MONTH) -> Point:
    """Fiscal year named by the calendar year it ends in (FY2025 = Oct 2024 - Sep 2025)."""
    if first_month == 1:
        return year(year_number)
    first = date(year_number - 1, first_month, 1)
    return Point(
        f"{year_number:04d}",
        Interval(first, first + relativedelta(years=1, days=-1)),
        Precision.SPAN,
    )


def span(first: Point, last: Point) -> Point:
    """From the start of ``first`` to the end of ``last`` (ISO 8601 interval notation)."""
    return Point(
        f"{first.value}/{last.value}",
        Interval(first.first, max(last.last, first.first)),
        Precision.SPAN,
    )


def at_precision(d: date, precision: Precision) -> Point:
    """The point of the given precision that contains day ``d``."""
    if precision is Precision.DAY or precision is Precision.TIME:
        return day(d)
    if precision is Precision.WEEK:
        return week(d)
    if precision is Precision.MONTH:
        return month(d.year, d.month)
    if precision is Precision.QUARTER:
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if precision is Precision.HALF:
        return half(d.year, 1 if d.month <= 6 else 2)
    if precision is Precision.SEASON:
        if d.month == 12:
            return season(d.year, "WI")
        if d.month <= 2:
            return season(d.year - 1, "WI")
        code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
        return season(d.year, code)
    if precision is Precision.DECADE:
        return decade(d.year)
    if precision is Precision.CENTURY:
        return century((d.year - 1) // 100 + 1)
    return year(d.year)


def shift(point: Point, delta: relativedelta) -> Point:
    """The point of the same precision ``delta`` away ("a year earlier" than a quarter)."""
    return at_precision(point.first + delta, point.precision)


_THIRDS = {
    # (precision, mod) -> how to cut the interval: fractions of its months or days
    "START": (0, 1),
    "MID": (1, 2),
    "END": (2, 3),
}


def part(point: Point, mod: str) -> Interval:
    """The first, middle or last third of a point's interval (its START/MID/END part)."""
    first, last = point.first, point.last
    lo, hi = _THIRDS[mod]
    if point.precision is Precision.MONTH:
        bounds = [first, first.replace(day=11), first.replace(day=21), last + timedelta(days=1)]
    elif point.precision is Precision.YEAR:
        y = first.year
        bounds = [date(y, 1, 1), date(y, 5, 1), date(y, 9, 1), date(y + 1, 1, 1)]
    elif point.precision is Precision.DECADE:
        y = first.year
        bounds = [date(y, 1, 1), date(y + 4, 1, 1), date(y + 7, 1, 1), date(y + 10, 1, 1)]
    elif point.precision is Precision.CENTURY:
        y = first.year
        bounds = [first, date(y + 33, 1, 1), date(y + 67, 1, 1), last + timedelta(days=1)]
    else:
        length = (last - first).days + 1
        if length < 3:
            return point.interval
        bounds = [first + timedelta(days=length * i // 3) for i in range(3)]
        bounds.append(last + timedelta(days=1))
    return Interval(bounds[lo], bounds[hi] - timedelta(days=1))


def up_to(point: Point, end: date) -> Interval:
    """The point's interval cut at ``end`` ("so far this year")."""
    return Interval(point.first, max(point.first, min(point.last, end)))


def safe_date(y: int, m: int, d: int) -> date | None:
    """``date(y, m, d)`` or None when the day does not exist (February 30)."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if not 1 <= d <= _calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)
