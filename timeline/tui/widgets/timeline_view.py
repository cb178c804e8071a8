"""The timeline itself: one line per event under year headings, virtualised.

Only the visible lines are ever rendered (Textual's Line API on a ``ScrollView``, the
way Textualize/toolong shows huge logs), so 100,000 events cost no more to paint than
twenty. Rows are never materialised: the widget keeps the events and the positions
where a new year starts, and works out what row ``y`` holds with a bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from timeline.model.event import Event
from timeline.tui.text import clip, fit, format_actors, format_date, safe
from timeline.tui.widgets.scrolling import set_virtual_size
from timeline.tui.widgets.styles import StyleCache

DATE_WIDTH = 12  # at least; grows to fit the widest date shown (see ``_fit_date_width``)
MAX_DATE_WIDTH = 24  # "30 Sep 2024–16 Apr 2025", the longest span (see ``format_date``)
MID_DATE_WIDTH = 18  # "Oct 2024–Sep 2025": whole months and shorter spans, in an 80-column terminal
WIDE = 84  # the view's width from which the date column may take MAX_DATE_WIDTH (120 columns)
MEDIUM = 64  # ... and MID_DATE_WIDTH (80 columns, where the facets are hidden)
DATE_SAMPLE = 200  # events looked at from each end when sizing the date column
KIND_WIDTH = 12
GAP = 1


def _first_year(event: Event) -> int:
    return event.first.year


class TimelineView(ScrollView, can_focus=True):
    """Scrollable rows of events with a cursor; tells its parent what is highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Details", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-view--year",
        "timeline-view--date",
        "timeline-view--kind",
        "timeline-view--actors",
        "timeline-view--cursor",
        "timeline-view--empty",
    }

    DEFAULT_CSS = """
    TimelineView {
        overflow-x: hidden;
        background: $surface;
    }
    TimelineView > .timeline-view--year {
        color: $text-accent;
        text-style: bold;
    }
    TimelineView > .timeline-view--date { color: $text-primary; }
    TimelineView > .timeline-view--kind { color: $text-secondary; }
    TimelineView > .timeline-view--actors { color: $text-success; }
    TimelineView > .timeline-view--empty { color: $text-muted; text-style: italic; }
    TimelineView > .timeline-view--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
        text-style: $block-cursor-blurred-text-style;
    }
    TimelineView:focus > .timeline-view--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """Position of the highlighted event in ``events``."""

    class Highlighted(Message):
        """The cursor moved onto ``event`` (None when nothing is shown)."""

        def __init__(self, event: Event | None) -> None:
            self.event = event
            super().__init__()

    class Chosen(Message):
        """The user pressed Enter (or clicked twice) on ``event``."""

        def __init__(self, event: Event) -> None:
            self.event = event
            super().__init__()

    def __init__(
        self,
        *,
        empty_message: str = "No events.",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.events: Sequence[Event] = ()
        self.empty_message = empty_message
        self._year_starts: list[int] = []  # event positions where a new year begins
        self._row_starts: list[int] = []  # the rows of the headings of those years
        self._years: list[int] = []
        self._date_width = DATE_WIDTH
        self._styles = StyleCache(self)
        self._more_to_come = False
        # Rendered rows, kept while the events, width and styles stay put: a cursor move
        # or a scroll then renders only the rows it brings in (toolong keeps lines alike).
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)

    # --- attributes down -------------------------------------------------------------

    def show(
        self, events: Sequence[Event], keep: Event | None = None, *, more_to_come: bool = False
    ) -> None:
        """Display ``events`` (sorted), keeping the cursor on ``keep`` or the event after it.

        ``more_to_come``: these are the first events of more still being read, so the last
        year's count is not known yet (its heading says so instead of a number).
        """
        self.events = events
        self._more_to_come = more_to_come
        self._lines.clear()
        self._year_starts, self._row_starts, self._years = [], [], []
        # Events are sorted by their first day, so each year's first event is found by
        # bisection: O(years × log n) rather than a pass over 100,000 events.
        position = 0
        while position < len(events):
            year = events[position].first.year
            self._row_starts.append(position + len(self._year_starts))
            self._year_starts.append(position)
            self._years.append(year)
            position = bisect_left(events, year + 1, lo=position, key=_first_year)
        self._date_width = self._fit_date_width(events)
        set_virtual_size(self, Size(self.size.width, max(self.row_count, 1)))
        self.cursor = self._position_of(keep) if keep is not None else 0
        self.refresh()

    @staticmethod
    def _fit_date_width(events: Sequence[Event]) -> int:
        """A date column as wide as the widest date (looking at most at 2 × DATE_SAMPLE)."""
        sample = (
            events
            if len(events) <= 2 * DATE_SAMPLE
            else (*events[:DATE_SAMPLE], *events[-DATE_SAMPLE:])
        )
        widest = max((cell_len(format_date(e)) for e in sample), default=DATE_WIDTH)
        return max(DATE_WIDTH, min(widest + 1, MAX_DATE_WIDTH))

    def _position_of(self, event: Event) -> int:
        """Where ``event`` is, or would be, in the sorted events."""
        position = bisect_left(self.events, event.sort_key, key=lambda e: e.sort_key)
        return min(position, max(len(self.events) - 1, 0))

    def go_to(self, position: int) -> None:
        """Move the cursor to the event at ``position``."""
        self.cursor = position

    @property
    def row_count(self) -> int:
        return len(self.events) + len(self._years)

    @property
    def highlighted(self) -> Event | None:
        return self.events[self.cursor] if self.events else None

    # --- rows --------------------------------------------------------------------------

    def row_of(self, position: int) -> int:
        """The row an event is drawn on (its position plus the headings above it)."""
        return position + bisect_right(self._year_starts, position)

    def at_row(self, row: int) -> tuple[int | None, int | None]:
        """(year, None) for a heading row, (None, position) for an event row."""
        group = bisect_right(self._row_starts, row) - 1
        if group < 0 or row >= self.row_count:
            return None, None
        if row == self._row_starts[group]:
            return self._years[group], None
        return None, row - group - 1

    def _group_size(self, year_group: int) -> int:
        starts = self._year_starts
        end = starts[year_group + 1] if year_group + 1 < len(starts) else len(self.events)
        return end - starts[year_group]

    # --- cursor ------------------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self.events) - 1))

    def watch_cursor(self, previous: int, cursor: int) -> None:
        scrolled_from = self.scroll_offset
        if self.events:
            row = self.row_of(cursor)
            # Show the year heading too when the cursor reaches a year's first event.
            top = row - 1 if self._starts_year(cursor) else row
            self.scroll_to_region(
                Region(0, top, 1, row - top + 1), animate=False, force=True, immediate=True
            )
        if self.scroll_offset == scrolled_from and self.events and previous < len(self.events):
            self.refresh_line(self.row_of(previous))  # only the two rows that changed
            self.refresh_line(self.row_of(cursor))
        else:
            self.refresh()
        self.post_message(self.Highlighted(self.highlighted))

    def _starts_year(self, position: int) -> bool:
        index = bisect_left(self._year_starts, position)
        return index < len(self._year_starts) and self._year_starts[index] == position

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def _page(self, direction: int) -> None:
        if not self.events:
            return
        page = max(self.scrollable_content_region.height - 1, 1)
        row = self.row_of(self.cursor) + direction * page
        row = max(0, min(row, self.row_count - 1))
        _, position = self.at_row(row)
        if position is None:  # a heading: the event just below it
            _, position = self.at_row(row + 1)
        self.scroll_to(y=self.scroll_y + direction * page, animate=False, immediate=True)
        self.cursor = position if position is not None else self.cursor

    def action_page_up(self) -> None:
        self._page(-1)

    def action_page_down(self) -> None:
        self._page(1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.events) - 1

    def action_choose(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Chosen(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        _, position = self.at_row(event.y + self.scroll_offset.y)
        if position is None:
            return
        self.cursor = position
        if event.chain >= 2:
            self.action_choose()

    def on_resize(self, event: events.Resize) -> None:
        self._lines.clear()
        self.virtual_size = Size(event.size.width, max(self.row_count, 1))

    # --- rendering ---------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + self.scroll_offset.y
        is_cursor = row == self.row_of(self.cursor)
        key = (row, width, is_cursor, self.app.theme, self.has_focus, self.styles.background)
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = self._render_row(row, y, width)
        return line

    def _render_row(self, row: int, y: int, width: int) -> Strip:
        base = self._styles.get("")
        if not self.events:
            if y == 0:
                style = self._styles.get("timeline-view--empty")
                return Strip([Segment(fit(" " + self.empty_message, width), style)], width)
            return Strip.blank(width, base)
        year, position = self.at_row(row)
        if year is not None:
            return self._render_heading(year, row, width, base)
        if position is None:
            return Strip.blank(width, base)
        return self._render_event(self.events[position], position == self.cursor, width, base)

    def _render_heading(self, year: int, row: int, width: int, base: Style) -> Strip:
        style = self._styles.get("timeline-view--year")
        group = bisect_left(self._row_starts, row)
        count = self._group_size(group)
        label = f" {year} "
        if self._more_to_come and group == len(self._row_starts) - 1:
            tail = f" {count}+ events, reading on… "
        else:
            tail = f" {count} event{'s' if count != 1 else ''} "
        rule = "─" * max(width - cell_len(label) - cell_len(tail) - 2, 1)
        return Strip([Segment(fit(f"─{label}{rule}{tail}─", width), style)], width)

    def _columns(self, width: int) -> tuple[int, int, int]:
        """Widths of the date, actors and summary columns; narrower terminals cap the
        date column (the details show the whole date), then shrink actors."""
        cap = MAX_DATE_WIDTH if width >= WIDE else MID_DATE_WIDTH if width >= MEDIUM else DATE_WIDTH
        date_width = min(self._date_width, cap)
        rest = width - 1 - date_width - GAP - KIND_WIDTH - GAP
        actors = max(min(rest // 3, 36), 10)
        return date_width, actors, max(rest - actors - GAP, 0)

    def _render_event(self, event: Event, is_cursor: bool, width: int, base: Style) -> Strip:
        date_width, actors_width, summary_width = self._columns(width)
        cells = (
            (" ", "timeline-view--date"),
            (fit(format_date(event), date_width), "timeline-view--date"),
            (" ", ""),
            (fit(safe(clip(event.kind, KIND_WIDTH + 1)), KIND_WIDTH), "timeline-view--kind"),
            (" ", ""),
            (fit(format_actors(event, actors_width + 1), actors_width), "timeline-view--actors"),
            (" ", ""),
            (fit(safe(clip(event.summary, summary_width + 1)), summary_width), ""),
        )
        if is_cursor:
            cursor = self._styles.get("timeline-view--cursor")
            segments = [
                Segment(text, self._styles.get(component) + cursor) for text, component in cells
            ]
            return Strip(segments).crop_extend(0, width, cursor)
        segments = [Segment(text, self._styles.get(component)) for text, component in cells]
        return Strip(segments).crop_extend(0, width, base)
