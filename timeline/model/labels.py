"""An event's date as people read it: in the list, the explorer and the exports' label.

The event's ``date`` is a TIMEX3 value, and most values already read well: "2025-04-08",
"2025-04", "2025", "2025-Q1", "2011-SU", "2024-10-01/2025-09-30". Decades and centuries do
not: TIMEX3 writes "the 1990s" as ``199`` and "the 20th century" as ``19``, which a reader
takes for a number (and a spreadsheet turns into one). Those are said in words, with the
"early", "mid-" or "late" that the text gave, which the engine keeps in the interval (the
early 2000s run 2000-2003): "1990s", "early 2000s", "mid-1990s", "20th century".

The value itself stays in ``Event.date`` and in the exports' ``date`` fields (the label
goes beside it, as ``date_label``), so nothing that reads values changes.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.model.event import Event

_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def date_label(event: Event) -> str:
    """The event's date for people: its value, with decades and centuries in words."""
    value = event.date
    if "/" in value:
        return "/".join(value_label(part) for part in value.split("/"))
    return value_label(value, event.first, event.last)


def value_label(value: str, first: date | None = None, last: date | None = None) -> str:
    """One TIMEX3 value for people; ``first``/``last``, the days the text meant, tell
    "early", "mid-" or "late" apart from the whole decade or century."""
    if m := _DECADE.match(value):
        start = int(m.group(1)) * 10
        return _part(f"{start}s", start, start + 9, first, last)
    if m := _CENTURY.match(value):
        number = int(m.group(1)) + 1
        start = (number - 1) * 100
        return _part(f"{_ordinal(number)} century", start, start + 99, first, last)
    return value


def _part(
    whole: str, first_year: int, last_year: int, first: date | None, last: date | None
) -> str:
    """``whole`` with "early", "mid-" or "late" when the days cover a part of it.

    A part is at least a fifth of the whole (the engine's early, mid- and late decades are
    three or four years): days that do not fit the value say nothing about a part of it.
    """
    if first is None or last is None:
        return whole
    starts = (first.year, first.month, first.day) == (first_year, 1, 1)
    ends = (last.year, last.month, last.day) == (last_year, 12, 31)
    inside = first_year <= first.year and last.year <= last_year
    if (starts and ends) or not inside or (last.year - first.year + 1) * 5 < last_year - first_year:
        return whole
    if starts:
        return f"early {whole}"
    if ends:
        return f"late {whole}"
    return f"mid-{whole}"


def _ordinal(number: int) -> str:
    """21 -> "21st", 12 -> "12th"."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
