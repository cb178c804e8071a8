"""The detail pane: everything known about the highlighted event.

The whole sentence with the date phrase highlighted and the actors' names emphasised,
then the date value, interval, precision, how it was resolved, and where it came from.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from timeline.model.event import Event
from timeline.tui.text import format_date, format_interval, safe


def actor_spans(event: Event) -> list[tuple[int, int]]:
    """Where the event's actors (names or aliases) occur in its sentence, case-insensitively.

    Display only: which events an actor filter keeps is the model's business.
    """
    folded = event.sentence.casefold()
    if len(folded) != len(event.sentence):  # case folding changed lengths: offsets unsafe
        folded = event.sentence.lower()
        if len(folded) != len(event.sentence):
            return []
    spans: list[tuple[int, int]] = []
    for actor in event.actors:
        for name in (actor.name, *actor.aliases):
            needle = name.casefold()
            if not needle:
                continue
            start = folded.find(needle)
            while start != -1:
                spans.append((start, start + len(needle)))
                start = folded.find(needle, start + len(needle))
    return spans


def sentence_content(event: Event) -> Content:
    """The sentence, safe to show, with the date phrase and actor names styled."""
    sentence = Content(safe(event.sentence))
    for start, end in actor_spans(event):
        sentence = sentence.stylize("bold underline $text-accent", start, end)
    if 0 <= event.date_start < event.date_end <= len(event.sentence):
        sentence = sentence.stylize("bold reverse $text-warning", event.date_start, event.date_end)
    return sentence


def _field(label: str, value: str | Content) -> Content:
    value = value if isinstance(value, Content) else Content(safe(value))
    return Content.assemble((f"{label:<11}", "$text-muted"), value)


def event_details(event: Event) -> Content:
    """The sentence, then one line each for date, resolution, kind, actors and source."""
    shown = format_date(event)
    date_line = Content.assemble(
        (shown, "bold"),
        (f"  ({event.precision.value})", "$text-muted"),
        (f"  value {safe(event.date)}" if event.date and event.date != shown else "", ""),
        ("  ·  ", "$text-muted"),
        format_interval(event),
        ("  inferred reference date" if event.inferred else "", "$text-warning"),
    )
    resolved = Content.assemble(
        (f"“{safe(event.date_text)}”", "bold"),
        (f"  {safe(event.explanation)}" if event.explanation else "", ""),
    )
    source = Content.assemble(
        safe(event.source),
        (f", offset {event.offset}", "$text-muted"),
        (f"  ·  {safe(event.title)}" if event.title else "", "italic"),
    )
    fields = [
        _field("Date", date_line),
        _field("Resolved", resolved),
        _field("Kind", event.kind),
        _field("Actors", "; ".join(_actor_label(a.name, a.type) for a in event.actors) or "—"),
        _field("Source", source),
    ]
    return Content("\n").join([sentence_content(event), Content(""), *fields])


def _actor_label(name: str, kind: str) -> str:
    return f"{name} ({kind})" if kind else name


class DetailPane(VerticalScroll, can_focus=True):
    """Focusable (Enter from the timeline) so long sentences can be scrolled."""

    BORDER_TITLE = "Details"
    DEFAULT_CSS = """
    DetailPane { border-title-color: $text-muted; border-title-style: bold; }
    DetailPane:focus { border-title-color: $text-accent; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Event | None = None
        self._showing = False

    def compose(self):
        yield Static(id="detail-body", markup=False)

    def show(self, event: Event | None) -> None:
        if self._showing and event is self._shown:
            return  # a filter change that kept the cursor's event: nothing to redraw
        self._shown, self._showing = event, True
        body = self.query_one("#detail-body", Static)
        if event is None:
            body.update(Content.styled("No event selected.", "$text-muted"))
        else:
            body.update(event_details(event))
        self.scroll_home(animate=False)
