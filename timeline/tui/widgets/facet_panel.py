"""The filter panel: years as a histogram, actors and kinds, each with its count.

It shows a ``Selection``'s facets (computed by the model over the current selection)
and marks the values the current filter asks for; it never counts anything itself.
A click on a value reports ``FacetPanel.Clicked``; the screen decides what it means.

The panel draws its own lines (Textual's Line API, as ``TimelineView`` does): a filter
change on 100,000 events then repaints it without a layout of the screen, where one
``Static`` per facet, resized by every update, cost about 12 ms of each change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from timeline.model.timeline import Filter, Selection
from timeline.tui.text import clip, fit, safe
from timeline.tui.widgets.scrolling import set_virtual_size
from timeline.tui.widgets.styles import StyleCache

MAX_ROWS = 12  # actors/kinds shown before "… N more"; the pickers list them all
MAX_GAP_FILL = 60  # years spanned up to which empty years are drawn as empty bars
MIN_WIDTH = 10  # cells the lines are laid out for, however narrow the panel
BAR = "█"
PARTIAL_BARS = " ▏▎▍▌▋▊▉"
FACETS = (("years", "Years  (y)"), ("actors", "Actors  (a)"), ("kinds", "Kinds  (k)"))

# Component classes, as the lines name them.
TITLE = "facet-panel--title"
MUTED = "facet-panel--muted"
CHOSEN = "facet-panel--chosen"
BARS = "facet-panel--bar"
HOVER = "facet-panel--hover"


def bar(count: int, largest: int, width: int) -> str:
    """A horizontal bar ``width`` cells long at most, in eighths of a cell."""
    if largest <= 0 or width <= 0:
        return ""
    eighths = round(count * width * 8 / largest)
    if count and not eighths:
        eighths = 1  # a year with events never looks empty
    return BAR * (eighths // 8) + (PARTIAL_BARS[eighths % 8] if eighths % 8 else "")


class Line(NamedTuple):
    """One line of the panel: its cells as (text, component class) and what a click picks."""

    cells: tuple[tuple[str, str], ...]
    facet: str = ""  # "" for titles and blank lines
    value: str = ""  # "" when a click on the line picks nothing


BLANK = Line(())


class FacetPanel(ScrollView, can_focus=False):
    """Years, actors and kinds of the current selection, with counts."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {TITLE, MUTED, CHOSEN, BARS, HOVER}

    DEFAULT_CSS = """
    FacetPanel { overflow-y: scroll; overflow-x: hidden; scrollbar-background: $surface; }
    FacetPanel > .facet-panel--title { color: $text-muted; text-style: bold; }
    FacetPanel > .facet-panel--muted { color: $text-muted; }
    FacetPanel > .facet-panel--chosen { color: $text-accent; text-style: bold; }
    FacetPanel > .facet-panel--bar { color: $primary; }
    FacetPanel > .facet-panel--hover { background: $boost; }
    """

    class Clicked(Message):
        """The user clicked ``value`` of ``facet`` ("years", "actors" or "kinds")."""

        def __init__(self, facet: str, value: str) -> None:
            self.facet = facet
            self.value = value
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._selection: Selection | None = None
        self._waiting = False
        self.lines: Sequence[Line] = ()
        self._hovered: int | None = None  # the line under the mouse
        self._styles = StyleCache(self)

    # --- attributes down -------------------------------------------------------------

    def show(self, selection: Selection) -> None:
        self._selection, self._waiting = selection, False
        self._lay_out()

    def wait_for_reading(self) -> None:
        """No counts while the events are still being read: counts of some would mislead."""
        self._selection, self._waiting = None, True
        self._lay_out()

    def row_of(self, facet: str, value: str) -> int | None:
        """The line that shows ``value`` of ``facet``, if it is shown."""
        for row, line in enumerate(self.lines):
            if line.facet == facet and line.value == value:
                return row
        return None

    def values(self, facet: str) -> list[str]:
        """The values of ``facet`` the panel shows, in its order."""
        return [line.value for line in self.lines if line.facet == facet and line.value]

    # --- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        width = max(self.scrollable_content_region.width, MIN_WIDTH)
        if self._waiting:
            waiting = Line((("counted once all are read", MUTED),))
            self.lines = _titled({facet: [waiting] for facet, _ in FACETS})
        elif self._selection is not None:
            selection = self._selection
            flt = selection.filter
            self.lines = _titled(
                {
                    "years": _years(selection.years, _chosen_years(flt), width),
                    "actors": _counted(
                        "actors", selection.actors, {a.casefold() for a in flt.actors}, width
                    ),
                    "kinds": _counted(
                        "kinds", selection.kinds, {k.casefold() for k in flt.kinds}, width
                    ),
                }
            )
        else:
            return
        set_virtual_size(self, Size(width, len(self.lines)))
        self.refresh()

    # --- mouse -------------------------------------------------------------------------

    def _line_at(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        row = offset.y + self.scroll_offset.y
        return row if 0 <= row < len(self.lines) and self.lines[row].value else None

    def _hover(self, row: int | None) -> None:
        if row != self._hovered:
            for previous in (self._hovered, row):
                if previous is not None:
                    self.refresh_line(previous)
            self._hovered = row

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._line_at(event))

    def on_leave(self, event: events.Leave) -> None:
        self._hover(None)

    def on_click(self, event: events.Click) -> None:
        row = self._line_at(event)
        if row is not None:
            line = self.lines[row]
            self.post_message(self.Clicked(line.facet, line.value))

    # --- rendering ---------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + self.scroll_offset.y
        line = self.lines[row] if 0 <= row < len(self.lines) else BLANK
        base = self._styles.get()
        if row == self._hovered and line.value:
            base = base + self._styles.get(HOVER)
        segments = [
            Segment(text, base + self._styles.get(component) if component else base)
            for text, component in line.cells
        ]
        return Strip(segments).crop_extend(0, width, base)


def _titled(facets: dict[str, list[Line]]) -> list[Line]:
    """Each facet's lines under its title, a blank line between facets."""
    lines: list[Line] = []
    for facet, title in FACETS:
        if lines:
            lines.append(BLANK)
        lines.append(Line(((title, TITLE),)))
        lines.extend(facets[facet] or [Line((("none", MUTED),))])
    return lines


def _chosen_years(flt: Filter) -> set[int]:
    return {year for span in flt.years for year in range(span.first, span.last + 1)}


def _years(years: dict[int, int], chosen: set[int], width: int) -> list[Line]:
    """One "year count bar" line per year, oldest first; empty years show in short spans."""
    if not years:
        return []
    if max(years) - min(years) < MAX_GAP_FILL:  # an honest time axis: empty years show
        years = {y: years.get(y, 0) for y in range(min(years), max(years) + 1)}
    largest = max(years.values())
    count_width = len(str(largest))
    bar_width = width - 4 - 1 - count_width - 1
    return [
        Line(
            (
                (f"{year} ", CHOSEN if year in chosen else ("" if count else MUTED)),
                (f"{count:>{count_width}} ", MUTED),
                (bar(count, largest, bar_width), BARS),
            ),
            "years",
            str(year),
        )
        for year, count in years.items()
    ]


def _counted(facet: str, counts: dict[str, int], chosen: set[str], width: int) -> list[Line]:
    """One "name  count" line per value, most frequent first, cut after ``MAX_ROWS``."""
    items = list(counts.items())
    shown = items[:MAX_ROWS]
    count_width = max((len(str(c)) for _, c in shown), default=1)
    name_width = max(width - count_width - 1, 4)
    lines = [
        Line(
            (
                (
                    fit(safe(clip(name, name_width + 1)), name_width) + " ",
                    CHOSEN if name.casefold() in chosen else "",
                ),
                (f"{count:>{count_width}}", MUTED),
            ),
            facet,
            name,
        )
        for name, count in shown
    ]
    if len(items) > MAX_ROWS:
        lines.append(Line(((f"… {len(items) - MAX_ROWS} more", MUTED),)))
    return lines
