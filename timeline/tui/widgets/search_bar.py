"""The search bar: `/` opens it, Enter applies the text, Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An input that reports ``Applied(text)`` or ``Cancelled`` to its parent."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=True),
    ]

    class Applied(Message):
        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    class Cancelled(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="Search sentences, summaries and actors (Enter applies, Esc cancels)",
            id=id,
        )

    def open(self, text: str) -> None:
        """Show the bar with the current search text and focus it."""
        self.value = text
        self.display = True
        self.focus()
        self.cursor_position = len(text)

    def close(self) -> None:
        self.display = False

    async def action_submit(self) -> None:
        self.post_message(self.Applied(self.value.strip()))

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())
