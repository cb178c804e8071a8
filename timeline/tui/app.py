"""The explorer: a Textual app over a ``Timeline`` of events from some documents.

Two ways in, both used by the CLI:

* ``run(documents, timeline)`` when the events are already at hand;
* ``run_loading(loader)`` / ``TimelineApp(loader=...)`` when they are not: the window
  appears at once and the loader (which parses the inputs) runs in a thread worker behind
  a loading screen. A loader that takes one argument is given ``progress(done, total)``
  to call (from any thread) as it goes; the loading screen shows a progress bar. A loader
  that takes two is also given ``preview(documents, head)``: ``head`` is a timeline of the
  first events of the final one (a big export's first rows), shown at once, read-only,
  while the loader goes on; ``preview`` returns when that screen is painted (or after
  :data:`PREVIEW_WAIT` seconds), so the first paint does not share the CPU with the rest
  of the reading. When the loader returns, the complete timeline replaces the head.
"""

from __future__ import annotations

import contextlib
import inspect
import threading
from collections.abc import Callable, Sequence
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType

from timeline.io.document import Document
from timeline.io.errors import InputError
from timeline.model.timeline import Timeline
from timeline.tui.commands import TimelineCommands
from timeline.tui.screens.loading import LoadingScreen
from timeline.tui.screens.main import MainScreen

Progress = Callable[[int, int], None]
"""``progress(done, total)``: how far the loader has got, e.g. in documents."""
Preview = Callable[[list[Document], Timeline], None]
"""``preview(documents, head)``: show ``head``, the first events of the coming timeline."""
Loader = (
    Callable[[], tuple[list[Document], Timeline]]
    | Callable[[Progress], tuple[list[Document], Timeline]]
    | Callable[[Progress, Preview], tuple[list[Document], Timeline]]
)
"""Reads and analyses the inputs; it may take a ``Progress`` to show how far it is, and
a ``Preview`` to show the first events early."""
PREVIEW_WAIT = 1.0  # seconds a loader waits at most for its preview to be painted


class LoadCancelled(Exception):
    """Raised by ``progress`` in the loader's thread once the user has quit: it ends the
    loader at its next report, so the program exits without reading on."""


class TimelineApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "timeline"
    COMMANDS: ClassVar = App.COMMANDS | {TimelineCommands}
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (100, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", "Quit", show=False)]

    def __init__(
        self,
        documents: Sequence[Document] = (),
        timeline: Timeline | None = None,
        *,
        loader: Loader | None = None,
    ) -> None:
        super().__init__()
        if timeline is None and loader is None:
            timeline = Timeline(())
        self.documents: list[Document] = list(documents)
        self.timeline = timeline
        self.loader = loader
        self._ui_thread = threading.get_ident()
        self.load_failed = False
        self.input_error: InputError | None = None  # why the loader refused the input
        self._preview_painted = threading.Event()
        self._quitting = threading.Event()
        if loader is not None:
            _start_process_helpers()

    def on_mount(self) -> None:
        self._ui_thread = threading.get_ident()
        if self.loader is None:
            self.push_screen(MainScreen(self.documents, self.timeline or Timeline(())))
        else:
            self.push_screen(LoadingScreen())
            self._load(self.loader)

    @property
    def main_screen(self) -> MainScreen:
        """The explorer's screen (under any dialog that is open)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the documents are still loading")

    @work(thread=True, exit_on_error=False, group="load")
    def _load(self, loader: Loader) -> None:
        try:
            parameters = _parameter_count(loader)
            if parameters >= 2:
                documents, timeline = loader(self.report_progress, self.preview)  # type: ignore[call-arg]
            elif parameters == 1:
                documents, timeline = loader(self.report_progress)  # type: ignore[call-arg]
            else:
                documents, timeline = loader()  # type: ignore[call-arg]
            if self.timeline is not None:
                # A head is on screen: build the filters' lookups here, before the whole
                # timeline replaces it, so the first filters on it are quick at once
                # (built after, they would share the interpreter with those filters).
                timeline.prepare()
        except LoadCancelled:
            return
        except InputError as error:  # the user's to fix: shown, and again on quitting
            self.input_error = error
            self.call_from_thread(self._load_failed, str(error))
            return
        except Exception as error:  # shown to the user; q quits with status 1
            self.call_from_thread(self._load_failed, f"{type(error).__name__}: {error}")
            return
        self.call_from_thread(self._loaded, documents, timeline)

    def preview(self, documents: list[Document], head: Timeline) -> None:
        """Show ``head`` read-only until the loader returns; for the loader's thread."""
        self.call_from_thread(self._show_preview, documents, head)
        self._preview_painted.wait(PREVIEW_WAIT)

    def _show_preview(self, documents: list[Document], head: Timeline) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.documents, self.timeline = list(documents), head
            self.switch_screen(MainScreen(self.documents, head, reading=True))
        else:
            self._preview_painted.set()

    @on(MainScreen.Shown)
    def _main_screen_shown(self) -> None:
        self._preview_painted.set()

    def _loaded(self, documents: list[Document], timeline: Timeline) -> None:
        previous = self.timeline
        self.documents, self.timeline = list(documents), timeline
        try:
            main = self.main_screen
        except LookupError:
            self.switch_screen(MainScreen(self.documents, timeline))
            return
        main.read(self.documents, timeline)
        if previous is not None and timeline.events[: len(previous)] != previous.events:
            # The file said its events were in timeline order and they were not.
            self.notify(
                "The first events shown were not the timeline's first: the file's events "
                "were not in the order it declared. Every event is now shown in order.",
                severity="warning",
                timeout=10,
            )

    def _load_failed(self, message: str) -> None:
        self.load_failed = True
        if not isinstance(self.screen, LoadingScreen):
            # A preview was up: it must not pass for the timeline. The error replaces it.
            self.documents, self.timeline = [], None
            while not isinstance(self.screen, MainScreen):  # a dialog opened on the preview
                self.pop_screen()
            self.switch_screen(LoadingScreen(failure=message))
            return
        self.screen.failed(message)

    def report_progress(self, done: int, total: int) -> None:
        """Show loading progress; safe to call from the loader's thread (where it raises
        :class:`LoadCancelled` once the user has quit)."""
        if self._quitting.is_set():
            raise LoadCancelled

        def show() -> None:
            if isinstance(self.screen, LoadingScreen):
                self.screen.progress(done, total)
                return
            with contextlib.suppress(LookupError):
                if self.main_screen.reading:
                    self.main_screen.reading_progress(done, total)

        if threading.get_ident() == self._ui_thread:
            show()
        else:
            self.call_from_thread(show)

    def action_quit(self) -> None:
        self._quitting.set()
        self.exit(return_code=1 if self.load_failed else 0)


def _parameter_count(loader: Loader) -> int:
    """How many of (progress, preview) the loader takes."""
    try:
        return len(inspect.signature(loader).parameters)
    except (TypeError, ValueError):  # a builtin or other callable without a signature
        return 0


def _start_process_helpers() -> None:
    """Start multiprocessing's resource tracker before the window opens.

    A loader may analyse files in a process pool. Starting a pool starts the tracker, which
    hands it ``sys.stderr.fileno()``; while a Textual app runs, ``sys.stderr`` is Textual's
    capture, whose ``fileno()`` is -1, and the pool fails with "bad value(s) in
    fds_to_keep". Started here, with the real stderr, the tracker is simply reused.
    """
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()


def run(documents: list[Document], timeline: Timeline) -> int:
    """Open the explorer on ``timeline``; returns the exit status."""
    app = TimelineApp(documents, timeline)
    app.run()
    return app.return_code or 0


def run_loading(loader: Loader) -> int:
    """Open the explorer at once and fill it from ``loader`` (run in a worker).

    Raises the loader's :class:`InputError` once the window has closed, so that a file
    found broken behind the loading screen (a truncated export) ends as any refused input
    does: one line on the terminal, exit status 2.
    """
    app = TimelineApp(loader=loader)
    app.run()
    if app.input_error is not None:
        raise app.input_error
    return app.return_code or 0
