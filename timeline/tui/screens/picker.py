"""A picker for one facet (years, actors or kinds): type to narrow, Space to tick.

It returns the ticked values; what they mean as a filter is the caller's business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, SelectionList
from textual.widgets.selection_list import Selection

from timeline.tui.text import clip, safe
from timeline.tui.widgets.picker_list import PickerList


@dataclass(frozen=True, slots=True)
class Choice:
    """One value the user may pick, with how many events it would keep."""

    value: str
    count: int


class PickerScreen(ModalScreen[tuple[str, ...] | None]):
    """Dismisses with the ticked values (maybe none), or None when cancelled.

    Enter applies the ticks; if nothing was ticked or unticked, Enter picks the
    highlighted value (so "a", type "dea", Enter filters by DEA). When ``accepts_typed``
    accepts the typed text (e.g. the year range "2019-2021"), Enter applies that text.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "apply", "Apply", priority=True),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    def __init__(
        self,
        title: str,
        chosen: Sequence[str],
        *,
        choices: Sequence[Choice] | None = None,
        accepts_typed: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices: list[Choice] = list(choices or ())
        self.counted = choices is not None
        self.chosen: set[str] = set(chosen)
        self._initial = frozenset(self.chosen)
        self.accepts_typed = accepts_typed

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog"):
            yield Label(Content(self.title_text), classes="dialog-title")
            yield Input(placeholder="Type to narrow…", id="picker-filter")
            yield PickerList(id="picker-list")
            yield Label(
                Content("Space ticks · Enter applies · Esc cancels · Tab: the list"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#picker-filter", Input).focus()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """The values and their counts, once the model has counted them."""
        self.choices = list(choices)
        self.counted = True
        if self.is_mounted:
            self._fill(self.query_one("#picker-filter", Input).value)

    def _fill(self, needle: str) -> None:
        """Show the choices whose value contains ``needle``; ticks survive narrowing."""
        folded = needle.casefold().strip()
        shown = [c for c in self.choices if folded in c.value.casefold()]
        width = max((len(str(c.count)) for c in shown), default=1)
        items = self.query_one("#picker-list", SelectionList)
        with self.app.batch_update():
            items.clear_options()
            items.add_options(
                [
                    Selection(
                        Content.assemble(
                            (f"{c.count:>{width}}  ", "$text-muted"), safe(clip(c.value))
                        ),
                        c.value,
                        c.value in self.chosen,
                    )
                    for c in shown
                ]
            )
        if shown:
            items.highlighted = 0
        self.query_one("#picker-list", SelectionList).border_subtitle = (
            f"{len(shown)} of {len(self.choices)}" if self.counted else "counting…"
        )

    @on(Input.Changed, "#picker-filter")
    def _narrow(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled) -> None:
        value = event.selection.value
        self.chosen.symmetric_difference_update({value})

    def action_move(self, step: int) -> None:
        items = self.query_one("#picker-list", SelectionList)
        if items.option_count:
            current = items.highlighted if items.highlighted is not None else -step
            items.highlighted = max(0, min(current + step, items.option_count - 1))

    def action_apply(self) -> None:
        if not self.counted:
            return
        typed = self.query_one("#picker-filter", Input).value.strip()
        listed = any(typed == c.value for c in self.choices)
        if typed and not listed and self.accepts_typed and self.accepts_typed(typed):
            self.dismiss((typed,))
            return
        if self.chosen != self._initial or not typed:
            self.dismiss(tuple(c.value for c in self.choices if c.value in self.chosen))
            return
        items = self.query_one("#picker-list", SelectionList)
        if items.highlighted is not None and items.option_count:
            self.dismiss((items.get_option_at_index(items.highlighted).value,))
        else:
            self.notify("Nothing matches.", severity="warning", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)
