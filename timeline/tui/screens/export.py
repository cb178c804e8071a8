"""The export dialog: where to write the current view, as CSV or JSON.

The dialog only decides *what* to write where (asking before it overwrites a file);
the screen that opened it does the writing, in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from timeline.tui.screens.confirm import ConfirmScreen
from timeline.tui.text import clip, safe

ExportFormat = Literal["csv", "json"]
DEFAULT_NAME = "timeline-export"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Write the current view to ``path`` as ``format``; ``force`` once overwriting is agreed."""

    path: Path
    format: ExportFormat
    force: bool


def format_of(text: str) -> ExportFormat | None:
    """The format a path's extension names (``.csv`` or ``.json``, any case), else None.

    As on the command line, the extension decides: a file called ``out.json`` holding
    CSV would be read back as broken JSON by ``timeline list`` and everything else.
    """
    name = text.strip().lower()
    if name.endswith(".json"):
        return "json"
    return "csv" if name.endswith(".csv") else None


def resolve(text: str) -> Path:
    """The path the user typed, relative paths taken from the current directory."""
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else Path.cwd() / path


class ExportScreen(ModalScreen[ExportRequest | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, count: int, description: str) -> None:
        super().__init__()
        self.count = count
        self.description = description
        self._echoes = 0
        """``RadioSet.Changed`` messages still to come from presses that follow the path."""

    def compose(self) -> ComposeResult:
        events = f"{self.count} event{'s' if self.count != 1 else ''}"
        with Vertical(id="export", classes="dialog"):
            yield Label(Content(f"Export the current view: {events}"), classes="dialog-title")
            if self.description:
                yield Label(Content(safe(clip(self.description))), classes="dialog-hint")
            yield Input(value=f"{DEFAULT_NAME}.csv", id="export-path")
            with RadioSet(id="export-format"):
                yield RadioButton("CSV", value=True, id="format-csv")
                yield RadioButton("JSON", id="format-json")
            yield Label(Content(""), id="export-error", classes="dialog-error")
            yield Label(
                Content("Relative paths are written in the current directory."),
                classes="dialog-hint",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    @property
    def format(self) -> ExportFormat:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        return "json" if pressed is not None and pressed.id == "format-json" else "csv"

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        self._follow_extension(event.value)

    def _follow_extension(self, text: str) -> None:
        """Press the radio the path's extension names: ``.json`` JSON, ``.csv`` CSV.

        A press only takes effect when the ``RadioSet`` reads it from its own queue, and
        then it posts ``RadioSet.Changed``; that message is counted here so that
        ``_format_changed`` knows it for an echo of the path, not the user's choice.
        """
        wanted = format_of(text)
        if wanted is None:
            return
        button = self.query_one(f"#format-{wanted}", RadioButton)
        if not button.value:
            self._echoes += 1
            button.value = True

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        """The user chose a format: give the path that extension, unless it has another
        extension than .csv/.json (the user's own, left alone)."""
        path = self.query_one("#export-path", Input)
        if self._echoes:
            # Our own press, arriving late: the user may have typed on meanwhile (".json",
            # then ".csv" before the radio caught up), so follow the path as it is now
            # rather than rewrite it to match a stale press.
            self._echoes -= 1
            self._follow_extension(path.value)
            return
        current = format_of(path.value)
        if current is not None and current != self.format:
            stem = path.value.rstrip().rpartition(".")[0]
            path.value = f"{stem}.{self.format}"

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def _submit(self) -> None:
        text = self.query_one("#export-path", Input).value
        if not text.strip():
            self._error("Type a file name.")
            return
        path = resolve(text)
        if path.is_dir():
            self._error("That is a folder; type a file name.")
            return
        if not path.parent.is_dir():
            self._error(f"No such folder: {path.parent}")
            return
        # The extension wins over the radio, as on the command line, even if a message
        # that would have moved the radio is still on its way.
        request = ExportRequest(path, format_of(text) or self.format, force=False)
        if not path.exists():
            self.dismiss(request)
            return

        def overwrite(agreed: bool | None) -> None:
            if agreed:
                self.dismiss(ExportRequest(path, request.format, force=True))

        self.app.push_screen(
            ConfirmScreen(f"{safe(path.name)} exists. Overwrite it?", "Overwrite", "Keep it"),
            overwrite,
        )

    def _error(self, message: str) -> None:
        self.query_one("#export-error", Label).update(Content(safe(message)))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
