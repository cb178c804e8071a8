"""The explorer's main screen: header, filter panel, timeline, details, status, keys.

It owns what the user asked for (a ``Filter``) and what the model answered (a
``Selection``). Filtering is always ``Timeline.select`` (inline for small timelines, in a
thread worker for big ones so the keyboard never freezes); the widgets are told what to
show (attributes down) and report what the user did (messages up).

While ``reading``, the screen shows the first events of a timeline still being read (a
big export's head): rows only, and a status that says so. Counts, filters, go-to and
export would be wrong on part of the events, so they wait for :meth:`MainScreen.read`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from timeline.bulk import hold_collector, release_collector, settle
from timeline.io.document import Document
from timeline.model.event import Event
from timeline.model.timeline import Filter, Selection, Timeline, YearRange
from timeline.tui.screens.export import ExportRequest, ExportScreen
from timeline.tui.screens.goto_date import GoToDateScreen
from timeline.tui.screens.help import HelpScreen
from timeline.tui.screens.picker import Choice, PickerScreen
from timeline.tui.widgets.detail_pane import DetailPane
from timeline.tui.widgets.document_header import DocumentHeader
from timeline.tui.widgets.facet_panel import FacetPanel
from timeline.tui.widgets.search_bar import SearchBar
from timeline.tui.widgets.status_line import StatusLine
from timeline.tui.widgets.timeline_view import TimelineView

_YEAR_RANGE = re.compile(r"^\d{4}(\s*-\s*\d{4})?$")


def _is_year_range(text: str) -> bool:
    """What the years picker takes as typed: "2020" or "2019-2021"."""
    return bool(_YEAR_RANGE.match(text))


class MainScreen(Screen[None]):
    """The explorer. Its keys live here, not on the app, so dialogs never see them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", key_display="/"),
        Binding("y", "pick('years')", "Years"),
        Binding("a", "pick('actors')", "Actors"),
        Binding("k", "pick('kinds')", "Kinds"),
        Binding("c", "clear", "Clear"),
        Binding("g", "go_to_date", "Go to"),
        Binding("e", "export", "Export"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "app.quit", "Quit"),
        Binding("escape", "focus_timeline", "Timeline", show=False),
    ]

    NO_MATCH: ClassVar[str] = "No events match. Press c to clear."
    NO_EVENTS: ClassVar[str] = "No dated events in the input."
    """What the empty timeline says: a filter hides every event, or there is none."""

    WAIT_FOR_READING: ClassVar[frozenset[str]] = frozenset(
        {"search", "pick", "clear", "go_to_date", "export"}
    )
    """Actions that need every event: off (shown dimmed) while ``reading``."""

    class Shown(Message):
        """The screen's first rows are painted."""

    def __init__(
        self, documents: Sequence[Document], timeline: Timeline, *, reading: bool = False
    ) -> None:
        super().__init__()
        self.documents = list(documents)
        self.timeline = timeline
        self.reading = reading
        self._complete = not reading  # the timeline holds every event (``read`` was called)
        self._read_fraction: float | None = None  # of the input, while ``reading``
        self.filter = Filter()
        self.selection: Selection | None = None
        self._warmed_up = False

    def compose(self) -> ComposeResult:
        yield DocumentHeader(id="header")
        with Horizontal(id="body"):
            yield FacetPanel(id="facets")
            with Vertical(id="main"):
                yield TimelineView(id="timeline", empty_message=self.NO_MATCH)
                yield DetailPane(id="details")
        yield SearchBar(id="search")
        yield StatusLine(id="status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(DocumentHeader).show(self.documents)
        self.query_one(SearchBar).close()
        self.query_one(TimelineView).focus()
        self.query_one(TimelineView).loading = True
        self.apply(Filter())

    def read(self, documents: Sequence[Document], timeline: Timeline) -> None:
        """The complete timeline, to replace the head shown while ``reading``."""
        self.documents, self.timeline = list(documents), timeline
        self._complete = True
        if self.is_mounted:  # else ``on_mount`` shows it
            self.query_one(DocumentHeader).show(self.documents)
            self.apply(Filter())  # ``reading`` ends when its selection is shown

    def reading_progress(self, done: int, total: int) -> None:
        """How much of the input has been read, while ``reading`` (the status says it)."""
        self._read_fraction = done / total if total else None
        if self.reading and self.selection is not None:
            self.query_one(StatusLine).reading(len(self.selection), self._read_fraction)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.reading and action in self.WAIT_FOR_READING:
            return None  # shown, dimmed: it comes back when every event is read
        return True

    # --- the selection -----------------------------------------------------------------

    @property
    def view(self) -> TimelineView:
        return self.query_one(TimelineView)

    INLINE_LIMIT: ClassVar[int] = 20_000
    """Up to this many events the model answers in a few milliseconds, so filtering runs
    inline (no thread hop before the repaint); bigger timelines filter in a worker."""

    COLLECTOR_HOLD_LIMIT: ClassVar[float] = 1.0
    """Seconds at most that a filter change keeps the cyclic GC waiting."""

    def apply(self, flt: Filter) -> None:
        """Ask the model for the events ``flt`` keeps; the widgets follow when it answers.

        The cyclic GC waits until the frame that shows the answer (see
        :func:`~timeline.bulk.hold_collector`); the timer is a backstop should no frame
        come (a selection that fails).
        """
        self.filter = flt
        hold_collector()
        self.set_timer(self.COLLECTOR_HOLD_LIMIT, release_collector)
        if len(self.timeline) <= self.INLINE_LIMIT:
            self.show_selection(self.timeline.select(flt))
        else:
            self._select(flt)

    @work(thread=True, group="warm-up", exit_on_error=False)
    def _warm_up(self) -> None:
        """Let the model build its lazy lookups (years, kinds, actors, search text) while
        the user reads the first screen, so the first filter of each sort is quick too
        (a loader that showed a head first has built them already: this is then quick)."""
        self.timeline.prepare()
        settle()

    @work(thread=True, exclusive=True, group="select")
    def _select(self, flt: Filter) -> None:
        timeline = self.timeline
        selection = timeline.select(flt)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._selected, timeline, selection)

    def _selected(self, timeline: Timeline, selection: Selection) -> None:
        if timeline is self.timeline:  # not of a head the complete timeline has replaced
            self.show_selection(selection)

    def show_selection(self, selection: Selection) -> None:
        if selection.filter != self.filter:  # a newer filter is on its way
            return
        first = self.selection is None
        if not self._warmed_up:
            self._warmed_up = True
            if len(self.timeline) > self.INLINE_LIMIT:
                self._warm_up()  # settles once the lookups are built
            else:
                # the widgets, styles and timeline are built: full collections need not
                # walk them again (measured: a 55 ms pause in a later key on the article)
                self.call_after_refresh(settle)
        was_reading = self.reading
        reading = self.reading = self.reading and not self._complete
        self.selection = selection
        view = self.view
        with self.app.batch_update():  # one repaint for the rows, facets, status and details
            view.loading = False
            view.empty_message = self.NO_MATCH if selection.total else self.NO_EVENTS
            view.show(selection.events, keep=view.highlighted, more_to_come=reading)
            # The details follow the cursor in this same frame; the view's Highlighted
            # message, handled after the batch, then finds them shown (one frame, not two).
            self.query_one(DetailPane).show(view.highlighted)
            if reading:
                self.query_one(FacetPanel).wait_for_reading()
                self.query_one(StatusLine).reading(len(selection), self._read_fraction)
            else:
                self.query_one(FacetPanel).show(selection)
                self.query_one(StatusLine).show(selection, view.cursor if len(selection) else None)
        if was_reading and not reading:
            # the whole timeline has replaced the head: it is the long-lived state now,
            # which full collections need not walk (the head's settle came before it was
            # read). Measured on 100,000 events from JSON, the first filter after it:
            # 41-102 ms in five runs before, 35-54 ms in three after.
            self.call_after_refresh(settle)
        if first or reading != was_reading:
            # ``check_action`` depends on ``reading`` alone, so the footer changes only
            # with it; refreshing it on every filter recomposed it (two or three more
            # frames after each filter change, on 100,000 events some 90 ms of work)
            self.refresh_bindings()
        self.call_after_refresh(release_collector)  # once the frame is shown
        if first:
            self.call_after_refresh(self.post_message, self.Shown())

    @on(TimelineView.Highlighted)
    def _highlighted(self, message: TimelineView.Highlighted) -> None:
        self.query_one(DetailPane).show(message.event)
        if self.selection is not None and not self.reading:
            position = self.view.cursor if message.event is not None else None
            self.query_one(StatusLine).show(self.selection, position)

    @on(TimelineView.Chosen)
    def _chosen(self) -> None:
        self.query_one(DetailPane).focus()

    def action_focus_timeline(self) -> None:
        self.view.focus()

    # --- search ------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open(self.filter.text)

    @on(SearchBar.Applied)
    def _search_applied(self, message: SearchBar.Applied) -> None:
        self._close_search()
        self.apply(replace(self.filter, text=message.text))

    @on(SearchBar.Cancelled)
    def _close_search(self) -> None:
        self.query_one(SearchBar).close()
        self.view.focus()

    # --- pickers -----------------------------------------------------------------------

    def action_pick(self, facet: str) -> None:
        """Open the picker for ``facet`` at once; its counts arrive from a worker.

        A value's count is how many events it would keep with the other filters as they
        are, which is what a faceted search shows for an OR within one facet.
        """
        titles = {"years": "Years", "actors": "Actors", "kinds": "Kinds"}
        picker = PickerScreen(
            titles[facet],
            self._chosen_values(facet),
            accepts_typed=_is_year_range if facet == "years" else None,
        )
        self.app.push_screen(picker, lambda values: self._picked(facet, values))
        self._count_choices(facet, picker)

    def _chosen_values(self, facet: str) -> tuple[str, ...]:
        if facet == "years":
            return tuple(str(y) for r in self.filter.years for y in range(r.first, r.last + 1))
        return self.filter.actors if facet == "actors" else self.filter.kinds

    @work(thread=True, group="facets", exit_on_error=False)  # the picker may be gone
    def _count_choices(self, facet: str, picker: PickerScreen) -> None:
        others = self.timeline.select(replace(self.filter, **{facet: ()}))
        counts: dict = getattr(others, facet)
        choices = [Choice(str(value), count) for value, count in counts.items()]
        self.app.call_from_thread(picker.set_choices, choices)

    def _picked(self, facet: str, values: tuple[str, ...] | None) -> None:
        if values is None:
            return
        if facet == "years":
            try:
                years = tuple(YearRange.parse(v) for v in values)
            except ValueError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.apply(replace(self.filter, years=years))
        else:
            self.apply(replace(self.filter, **{facet: values}))

    @on(FacetPanel.Clicked)
    def _facet_clicked(self, message: FacetPanel.Clicked) -> None:
        """A click on a value in the panel adds it to that facet's filter, or takes it out."""
        if self.reading:
            return
        chosen = list(self._chosen_values(message.facet))
        folded = [c.casefold() for c in chosen]
        if message.value.casefold() in folded:
            del chosen[folded.index(message.value.casefold())]
        else:
            chosen.append(message.value)
        self._picked(message.facet, tuple(chosen))

    def action_clear(self) -> None:
        self.apply(Filter())

    # --- go to a date ------------------------------------------------------------------

    def action_go_to_date(self) -> None:
        self.app.push_screen(GoToDateScreen(), self.go_to_date)

    def go_to_date(self, day: date | None) -> None:
        if day is None or self.selection is None or not len(self.selection):
            return
        position = self.timeline.nearest(day, among=self.selection.events)
        if position is not None:
            self.view.go_to(position)
            self.view.focus()

    # --- export ------------------------------------------------------------------------

    def action_export(self) -> None:
        if self.selection is None:
            return
        screen = ExportScreen(len(self.selection), self.filter.describe())
        self.app.push_screen(screen, self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is not None and self.selection is not None:
            self.export(request, self.selection.events)

    @work(thread=True, group="export")
    def export(self, request: ExportRequest, events: Sequence[Event]) -> None:
        """Write ``events`` as the request says (the exporters write atomically)."""
        try:
            from timeline.io import export as exporter

            if request.format == "csv":
                exporter.write_csv(events, request.path, force=request.force)
            else:
                exporter.write_json(self.documents, events, request.path, force=request.force)
        except Exception as error:  # any failure is the user's to read, not a crash
            message = f"Export failed: {error}"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        message = f"Wrote {len(events)} events to {request.path}"
        self.app.call_from_thread(self.notify, message, markup=False)

    # --- help --------------------------------------------------------------------------

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())
