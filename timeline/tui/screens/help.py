"""The help screen: every key, including the ones the Footer has no room for."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

KEYS: tuple[tuple[str, str], ...] = (
    ("↑ ↓", "previous / next event"),
    ("PgUp PgDn", "a page up / down"),
    ("Home End", "first / last event"),
    ("mouse", "wheel scrolls, click selects, double-click: details"),
    ("", "click a panel value to filter by it (click again: undo)"),
    ("Enter", "focus the details (Esc returns to the timeline)"),
    ("/", "search text (Enter applies, Esc cancels)"),
    ("y", "pick years (type a range such as 2019-2021)"),
    ("a", "pick actors (type to narrow)"),
    ("k", "pick kinds"),
    ("c", "clear every filter"),
    ("g", "go to a date (the nearest event)"),
    ("e", "export the current view to CSV or JSON"),
    ("ctrl+p", "command palette: filters, export, theme"),
    ("?", "this help"),
    ("q", "quit"),
)

PICKER_KEYS: tuple[tuple[str, str], ...] = (
    ("type", "narrow the list"),
    ("↑ ↓", "move the highlight"),
    ("Tab", "move into the list (Shift+Tab back to the text)"),
    ("Space", "tick or untick"),
    ("Enter", "apply the ticks, or the highlighted value"),
    ("Esc", "cancel"),
)


def keys_table(keys: tuple[tuple[str, str], ...]) -> Content:
    width = max(len(k) for k, _ in keys) + 2
    return Content("\n").join(
        Content.assemble((f"{key:<{width}}", "bold $text-accent"), text) for key, text in keys
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog"):
            yield Label(Content("Keys"), classes="dialog-title")
            yield Static(keys_table(KEYS))
            yield Label(Content("In a picker"), classes="dialog-title")
            yield Static(keys_table(PICKER_KEYS))
            yield Label(Content("Esc, q or ? closes this help"), classes="dialog-hint")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
