"""The filter panel: years as a histogram, actors and kinds, each with its count.

It shows a ``Selection``'s facets (computed by the model over the current selection)
and marks the values the current filter asks for; it never counts anything itself.
A click on a value reports ``FacetPanel.Clicked``; the screen decides what it means.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from timeline.model.timeline import Filter, Selection
from timeline.tui.text import clip, safe

MAX_ROWS = 12  # actors/kinds shown before "… N more"; the pickers list them all
MAX_GAP_FILL = 60  # years spanned up to which empty years are drawn as empty bars
BAR = "█"
PARTIAL_BARS = " ▏▎▍▌▋▊▉"


def bar(count: int, largest: int, width: int) -> str:
    """A horizontal bar ``width`` cells long at most, in eighths of a cell."""
    if largest <= 0 or width <= 0:
        return ""
    eighths = round(count * width * 8 / largest)
    if count and not eighths:
        eighths = 1  # a year with events never looks empty
    return BAR * (eighths // 8) + (PARTIAL_BARS[eighths % 8] if eighths % 8 else "")


class FacetList(Static):
    """One facet's lines; remembers which value each line shows, for clicks."""

    def __init__(self, facet: str) -> None:
        super().__init__(id=f"facet-{facet}", markup=False)
        self.facet = facet
        self.values: Sequence[str] = ()

    def show(self, lines: Sequence[Content], values: Sequence[str]) -> None:
        self.values = values
        self.update(Content("\n").join(lines) if lines else Content.styled("none", "$text-muted"))

    def on_click(self, event: events.Click) -> None:
        line = event.y
        if 0 <= line < len(self.values) and self.values[line]:
            self.post_message(FacetPanel.Clicked(self.facet, self.values[line]))


class FacetPanel(VerticalScroll, can_focus=False):
    """Years, actors and kinds of the current selection, with counts."""

    DEFAULT_CSS = """
    FacetPanel { scrollbar-gutter: stable; }
    FacetPanel > Static { text-wrap: nowrap; text-overflow: ellipsis; }
    FacetPanel > .facet-title { color: $text-muted; text-style: bold; margin-top: 1; }
    FacetPanel > .facet-title.-first { margin-top: 0; }
    FacetPanel > FacetList:hover { background: $boost; }
    """

    class Clicked(Message):
        """The user clicked ``value`` of ``facet`` ("years", "actors" or "kinds")."""

        def __init__(self, facet: str, value: str) -> None:
            self.facet = facet
            self.value = value
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._selection: Selection | None = None

    def compose(self) -> ComposeResult:
        yield Static("Years  (y)", classes="facet-title -first", markup=False)
        yield FacetList("years")
        yield Static("Actors  (a)", classes="facet-title", markup=False)
        yield FacetList("actors")
        yield Static("Kinds  (k)", classes="facet-title", markup=False)
        yield FacetList("kinds")

    def show(self, selection: Selection) -> None:
        self._selection = selection
        self._render_facets()

    def wait_for_reading(self) -> None:
        """No counts while the events are still being read: counts of some would mislead."""
        self._selection = None
        for facet in ("years", "actors", "kinds"):
            self.query_one(f"#facet-{facet}", FacetList).show(
                [Content.styled("counted once all are read", "$text-muted")], [""]
            )

    def on_resize(self) -> None:
        self._render_facets()

    def _render_facets(self) -> None:
        selection = self._selection
        if selection is None or not self.is_mounted:
            return
        width = max(self.scrollable_content_region.width, 10)
        flt = selection.filter
        self.query_one("#facet-years", FacetList).show(
            *_years(selection.years, _chosen_years(flt), width)
        )
        self.query_one("#facet-actors", FacetList).show(
            *_counted(selection.actors, {a.casefold() for a in flt.actors}, width)
        )
        self.query_one("#facet-kinds", FacetList).show(
            *_counted(selection.kinds, {k.casefold() for k in flt.kinds}, width)
        )


def _chosen_years(flt: Filter) -> set[int]:
    return {year for span in flt.years for year in range(span.first, span.last + 1)}


def _years(years: dict[int, int], chosen: set[int], width: int) -> tuple[list[Content], list[str]]:
    """One "year count bar" line per year, oldest first; empty years show in short spans."""
    if not years:
        return [], []
    if max(years) - min(years) < MAX_GAP_FILL:  # an honest time axis: empty years show
        years = {y: years.get(y, 0) for y in range(min(years), max(years) + 1)}
    largest = max(years.values())
    count_width = len(str(largest))
    bar_width = width - 4 - 1 - count_width - 1
    lines = []
    for year, count in years.items():
        style = "bold $text-accent" if year in chosen else ("$text-muted" if not count else "")
        lines.append(
            Content.assemble(
                (f"{year} ", style),
                (f"{count:>{count_width}} ", "$text-muted"),
                (bar(count, largest, bar_width), "$primary"),
            )
        )
    return lines, [str(year) for year in years]


def _counted(
    counts: dict[str, int], chosen: set[str], width: int
) -> tuple[list[Content], list[str]]:
    """One "name  count" line per value, most frequent first, cut after ``MAX_ROWS``."""
    items = list(counts.items())
    shown = items[:MAX_ROWS]
    count_width = max((len(str(c)) for _, c in shown), default=1)
    name_width = max(width - count_width - 1, 4)
    lines = []
    for name, count in shown:
        label = safe(clip(name, name_width + 1))
        if len(label) > name_width:
            label = label[: name_width - 1] + "…"
        style = "bold $text-accent" if name.casefold() in chosen else ""
        lines.append(
            Content.assemble(
                (f"{label:<{name_width}} ", style), (f"{count:>{count_width}}", "$text-muted")
            )
        )
    values = [name for name, _ in shown]
    if len(items) > MAX_ROWS:
        lines.append(Content.styled(f"… {len(items) - MAX_ROWS} more", "$text-muted"))
        values.append("")
    return lines, values
