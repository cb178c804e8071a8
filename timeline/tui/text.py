"""Turning model values into safe, short text for the screen.

Article text is hostile until proven otherwise: it may contain console markup such as
"[@click=app.quit]" or raw escape sequences. Everything the explorer shows from an
article goes through :func:`safe` first and is then wrapped in a ``Content``/``Text``
object (never a markup string), so it shows literally and does nothing.

:func:`safe` maps one character to one character, so offsets into an event's sentence
(``Event.date_start``/``date_end``) still index the displayed string.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from rich.cells import cell_len, set_cell_size

from timeline.controls import BIDI_CONTROLS
from timeline.dates.mention import Precision
from timeline.io.document import DateStatus, Document
from timeline.model.event import Event
from timeline.model.labels import date_label, value_label


def _control_table() -> dict[int, str]:
    """C0 controls and DEL become their visible Unicode "control pictures" (ESC -> ␛);
    C1 controls and bidirectional overrides, which could reorder or hide text, become
    U+FFFD. Newlines and tabs become spaces: every displayed value is one line."""
    table = {code: chr(0x2400 + code) for code in range(0x20)}
    table[0x7F] = "\u2421"
    table[ord("\n")] = " "
    table[ord("\t")] = " "
    table[ord("\r")] = " "
    for code in range(0x80, 0xA0):
        table[code] = "\ufffd"
    for code in BIDI_CONTROLS:
        table[code] = "\ufffd"
    return table


_CONTROL_TABLE = _control_table()


def safe(text: str) -> str:
    """``text`` with every control character made visible and harmless, same length."""
    return text.translate(_CONTROL_TABLE)


MAX_FIELD = 300  # characters of one article-derived value shown on one line


def fit(text: str, width: int) -> str:
    """``text`` padded or cut (with an ellipsis) to exactly ``width`` cells."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def clip(text: str, limit: int = MAX_FIELD) -> str:
    """At most ``limit`` characters of ``text`` (an ellipsis marks a cut): a hostile input
    (a 10 MB "sentence", a megabyte-long name) must cost no more to show than a normal one."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


_JANUARY_FIRST = datetime(2000, 1, 1)  # what a partial typed date is completed with
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):?(\d{2})?.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)$")
_FISCAL = re.compile(r"^FY(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def _format_value(value: str) -> str:
    """One TIMEX3-style value at the precision it is written in; unknown shapes as given."""
    if m := _DAY.match(value):
        year, month, day, hour, minute = m.groups()
        text = f"{year}-{month}-{day}"
        return f"{text} {hour}:{minute or '00'}" if hour else text
    if m := _MONTH.match(value):
        year, month = m.groups()
        if 1 <= int(month) <= 12:
            return f"{_MONTHS[int(month) - 1]} {year}"
    if m := _WEEK.match(value):
        return f"{m.group(1)} wk {int(m.group(2))}"
    if m := _PART.match(value):
        year, part = m.groups()
        return f"{_SEASONS[part]} {year}" if part in _SEASONS else f"{year} {part}"
    if m := _FISCAL.match(value):
        return f"FY{m.group(1)}"
    if _YEAR.match(value):
        return value
    return safe(clip(value_label(value), 40))  # decades and centuries in words


_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _days_of(value: str) -> tuple[date, date] | None:
    """The first and last day of a plain calendar value ("2024", "2024-10", "2024-10-01")."""
    m = _CALENDAR_VALUE.match(value)
    if not m:
        return None
    year, month, day = (int(part) if part else None for part in m.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), _month_end(date(year, month, 1))
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _format_span(first: date, last: date) -> str:
    """A span at the coarsest unit that states it exactly, as short as it can be said:
    whole years "2015–2018", whole months "Oct 2024–Sep 2025" (or "Mar–Jun 2024"), days of
    one month "3–7 Jun 2019", of one year "30 Sep–4 Oct 2019", else "1 Oct 2024–16 Apr 2025"."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    month_1, month_2 = _MONTHS[first.month - 1], _MONTHS[last.month - 1]
    if first.day == 1 and last == _month_end(last):
        if first.year != last.year:
            return f"{month_1} {first.year}–{month_2} {last.year}"
        if first.month != last.month:
            return f"{month_1}–{month_2} {last.year}"
        return f"{month_2} {last.year}"
    if first == last:
        return first.isoformat()
    if first.year != last.year:
        return f"{first.day} {month_1} {first.year}–{last.day} {month_2} {last.year}"
    if first.month != last.month:
        return f"{first.day} {month_1}–{last.day} {month_2} {last.year}"
    return f"{first.day}–{last.day} {month_2} {last.year}"


def format_date(event: Event) -> str:
    """The event's date the way the text states it: "2025-04-08", "Mar 2025", "2020",
    "2025 Q1", "FY2025", "Summer 2011", "early 2000s" (see ``timeline.model.labels``), or a
    span "2015–2018", "3–7 Jun 2019".

    A span of plain calendar values is said at the coarsest unit that states it exactly
    (see :func:`_format_span`), so that it fits a narrow date column whole."""
    value = event.date.strip()
    if "/" in value:
        start, _, end = value.partition("/")
        start_days, end_days = _days_of(start), _days_of(end)
        if start_days and end_days and start_days[0] <= end_days[1]:
            return _format_span(start_days[0], end_days[1])
        return f"{_format_value(start)}–{_format_value(end)}"
    if event.precision in (Precision.DECADE, Precision.CENTURY):
        return safe(clip(date_label(event), 40))
    if value:
        return _format_value(value)
    return _format_interval(event.first, event.last, event.precision)


def _format_interval(first: date, last: date, precision: Precision) -> str:
    """A fallback when the event carries no value: the interval itself."""
    if precision is Precision.YEAR or (first.year == last.year and first != last):
        return str(first.year)
    return first.isoformat() if first == last else f"{first.isoformat()}–{last.isoformat()}"


def format_interval(event: Event) -> str:
    """The days the event covers, e.g. "2020-01-01 – 2020-12-31"."""
    if event.first == event.last:
        return event.first.isoformat()
    return f"{event.first.isoformat()} – {event.last.isoformat()}"


def format_actors(event: Event, limit: int = MAX_FIELD) -> str:
    return safe(clip(", ".join(event.actor_names), limit))


def describe_publication(document: Document) -> str:
    """ "published 2025-04-16 (estimated)"; anything but a given date is marked."""
    if document.published is None:
        return "publication date unknown"
    text = f"published {document.published.isoformat()}"
    if document.date_status in (DateStatus.ESTIMATED, DateStatus.INFERRED):
        text += f" ({document.date_status.value})"
    return text


def parse_day(text: str) -> date:
    """Read a date the user typed: "2020", "2020-03", "2020-03-05" or "Jan 3 2020".

    A year or a month stands for its first day; raises ValueError when nothing fits.
    """
    text = text.strip()
    if _YEAR.match(text):
        return date(int(text), 1, 1)
    if m := _MONTH.match(text):
        return date(int(m.group(1)), int(m.group(2)), 1)
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from dateutil import parser

    try:
        return parser.parse(text, default=_JANUARY_FIRST).date()
    except (ValueError, OverflowError) as error:
        raise ValueError(f"not a date: {text!r}") from error
