"""Shown while the documents are read in a worker, so the window appears at once."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Label, LoadingIndicator, ProgressBar

from timeline.tui.text import safe


class LoadingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "app.quit", "Quit")]

    def __init__(self, failure: str | None = None) -> None:
        """``failure``: open on this error (the reading failed after a preview was shown)."""
        super().__init__()
        self.failure = failure

    def on_mount(self) -> None:
        if self.failure is not None:
            self.failed(self.failure)

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield LoadingIndicator()
            with Center():
                yield Label(Content("Reading documents…"), id="loading-message")
            with Center():
                yield ProgressBar(id="loading-progress", show_eta=False)
        yield Footer()

    DEFAULT_CSS = """
    LoadingScreen #loading-progress { display: none; }
    LoadingScreen.-progress #loading-progress { display: block; }
    """

    def progress(self, done: int, total: int) -> None:
        self.add_class("-progress")
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#loading-message", Label).update(
            Content(f"Reading documents… {done} of {total}")
        )

    def failed(self, message: str) -> None:
        self.query_one(LoadingIndicator).display = False
        self.remove_class("-progress")
        self.query_one("#loading-message", Label).update(
            Content.assemble(("Could not read the documents: ", "bold $text-error"), safe(message))
        )
