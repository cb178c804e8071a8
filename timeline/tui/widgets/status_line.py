"""The status line: "4 of 19 events · 2020 · DEA", as the model words it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from timeline.model.timeline import Selection
from timeline.tui.text import clip, safe


class StatusLine(Static):
    def show(self, selection: Selection, position: int | None = None) -> None:
        where = f"  [{position + 1}/{len(selection)}]" if position is not None else ""
        self._show(
            Content.assemble((safe(clip(selection.status())), "bold"), (where, "$text-muted"))
        )

    def _show(self, content: Content) -> None:
        """Update only on a change: the screen says the same line twice per filter change
        (with the rows, then with the highlighted row). No layout: the line is one row
        high and as wide as the screen, whatever it says (the stylesheet sets both), and
        a layout would re-arrange the whole screen on every filter change."""
        if content != self.content:
            self.update(content, layout=False)

    def reading(self, shown: int, fraction: float | None = None) -> None:
        """Say that only the first ``shown`` events are shown: the rest is still being read
        (``fraction`` of the input read so far, when known)."""
        done = f" {fraction:.0%}" if fraction is not None else ""
        self._show(
            Content.assemble(
                (f"Reading…{done} the first {shown:,} events are shown", "bold"),
                ("  (counts, filters and export once every event is read)", "$text-muted"),
            )
        )
