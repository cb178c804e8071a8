"""Go to a date: the timeline jumps to the event nearest the date typed."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from timeline.tui.text import parse_day


class GoToDateScreen(ModalScreen[date | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="goto", classes="dialog"):
            yield Label(Content("Go to date"), classes="dialog-title")
            yield Input(placeholder="2020, 2020-03, 2020-03-05 or Jan 3 2020", id="goto-date")
            yield Label(Content(""), id="goto-error", classes="dialog-error")
            yield Label(
                Content("Enter jumps to the nearest event · Esc cancels"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        self.query_one("#goto-date", Input).focus()

    @on(Input.Submitted, "#goto-date")
    def _go(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(parse_day(event.value))
        except ValueError:
            self.query_one("#goto-error", Label).update(
                Content(f"Not a date I can read: {event.value!r}")
            )

    def action_cancel(self) -> None:
        self.dismiss(None)
