"""The picker's list: a ``SelectionList`` that survives being refilled on every keystroke.

``OptionList`` reports a new highlight by *posting* ``OptionHighlighted(option, index)``;
``SelectionList`` turns it into ``SelectionHighlighted`` only when its own message queue
gets to it, and that message's constructor looks the index up again in the list *as it
is then*. The picker refills the list from another widget's handler (the filter input's
``Changed``), so when keys arrive faster than the list's queue drains, the index may
point past the end of a narrowed or emptied list: ``OptionDoesNotExist`` escapes from a
message handler and takes the app down (the ``AttributeError`` that follows is Rich
failing to print the half-built message in the traceback). ``OptionSelected`` has the
same gap: ``SelectionList`` toggles whatever is highlighted when the message is read,
which after a refill may be another value.

The fix belongs where the stale message is read: drop it when the option it names is no
longer at that index, so the list does what the message meant or nothing at all.
"""

from __future__ import annotations

from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import Option


class PickerList(SelectionList[str]):
    """A ``SelectionList`` that ignores highlight and select messages made stale by a refill."""

    def _still_listed(self, option: Option, index: int) -> bool:
        """Whether ``option`` is still the one at ``index`` (the message is not stale)."""
        return 0 <= index < self.option_count and self.get_option_at_index(index) is option

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Let ``SelectionList`` relay a current highlight; swallow a stale one.

        Textual calls this before the base class's handler of the same name;
        ``prevent_default`` stops the base handler, which would raise on a stale index.
        """
        if not self._still_listed(event.option, event.option_index):
            event.stop()
            event.prevent_default()

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Toggle the option that was selected, not whatever is highlighted by now."""
        event.stop()
        event.prevent_default()
        if self._still_listed(event.option, event.option_index):
            self.toggle(self.get_option_at_index(event.option_index))
