"""The detail pane: everything known about the highlighted event.

The whole sentence with the date phrase highlighted and the actors' names emphasised,
then the date value, interval, precision, how it was resolved, and where it came from.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from timeline.model.event import Event
from timeline.tui.text import clip, format_date, format_interval, safe
from timeline.tui.widgets.scrolling import set_virtual_size


def actor_spans(event: Event, first: int = 0, last: int | None = None) -> list[tuple[int, int]]:
    """Where the event's actors (names or aliases) occur in ``sentence[first:last]``,
    case-insensitively, as offsets into the sentence.

    Display only: which events an actor filter keeps is the model's business.
    """
    part = event.sentence[first:last]
    folded = part.casefold()
    if len(folded) != len(part):  # case folding changed lengths: offsets unsafe
        folded = part.lower()
        if len(folded) != len(part):
            return []
    spans: list[tuple[int, int]] = []
    for actor in event.actors:
        for name in (actor.name, *actor.aliases):
            needle = name.casefold()
            if not needle:
                continue
            start = folded.find(needle)
            while start != -1:
                spans.append((first + start, first + start + len(needle)))
                start = folded.find(needle, start + len(needle))
    return spans


MAX_SENTENCE = 1500  # characters of a sentence shown around its date phrase


def sentence_window(event: Event) -> tuple[int, int]:
    """The part of the sentence to show: all of it, or MAX_SENTENCE characters around
    the date phrase when the "sentence" is huge (a broken or hostile input)."""
    length = len(event.sentence)
    if length <= MAX_SENTENCE:
        return 0, length
    middle = (event.date_start + event.date_end) // 2 if event.date_end else 0
    start = max(0, min(middle - MAX_SENTENCE // 2, length - MAX_SENTENCE))
    return start, start + MAX_SENTENCE


def sentence_content(event: Event) -> Content:
    """The sentence, safe to show, with the date phrase and actor names styled."""
    first, last = sentence_window(event)
    sentence = Content(safe(event.sentence[first:last]))
    for start, end in actor_spans(event, first, last):
        sentence = sentence.stylize("bold underline $text-accent", start - first, end - first)
    if first <= event.date_start < event.date_end <= last:
        sentence = sentence.stylize(
            "bold reverse $text-warning", event.date_start - first, event.date_end - first
        )
    before = "…" if first else ""
    after = "…" if last < len(event.sentence) else ""
    return Content.assemble(before, sentence, after)


def _field(label: str, value: str | Content) -> Content:
    value = value if isinstance(value, Content) else Content(safe(clip(value)))
    return Content.assemble((f"{label:<11}", "$text-muted"), value)


def event_details(event: Event) -> Content:
    """The sentence, then one line each for date, resolution, kind, actors and source."""
    shown = format_date(event)
    date_line = Content.assemble(
        (shown, "bold"),
        (f"  ({event.precision.value})", "$text-muted"),
        (f"  value {safe(clip(event.date, 60))}" if event.date and event.date != shown else "", ""),
        ("  ·  ", "$text-muted"),
        format_interval(event),
        ("  inferred reference date" if event.inferred else "", "$text-warning"),
    )
    resolved = Content.assemble(
        (f"“{safe(clip(event.date_text))}”", "bold"),
        (f"  {safe(clip(event.explanation))}" if event.explanation else "", ""),
    )
    source = Content.assemble(
        safe(clip(event.source)),
        (f", offset {event.offset}", "$text-muted"),
        (f"  ·  {safe(clip(event.title))}" if event.title else "", "italic"),
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


class DetailPane(ScrollView, can_focus=True):
    """Focusable (Enter from the timeline) so long sentences can be scrolled.

    A Line-API view, as the timeline and the facets are: its text is wrapped to its width
    once per event and drawn line by line. A ``Static`` in a scrolling container needed a
    layout of the whole screen each time the event changed (its height follows its text),
    and a layout on every filter change made each one two or three frames.
    """

    BORDER_TITLE = "Details"
    DEFAULT_CSS = """
    DetailPane { scrollbar-gutter: stable; overflow-x: hidden; }
    DetailPane { border-title-color: $text-muted; border-title-style: bold; }
    DetailPane:focus { border-title-color: $text-accent; }
    """
    NOTHING: ClassVar[Content] = Content.styled("No event selected.", "$text-muted")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: Event | None = None
        self._showing = False
        self._content: Content = self.NOTHING
        self._strips: list[Strip] = []

    @property
    def text(self) -> str:
        """What the pane says, as plain text (all of it, not only what fits)."""
        return self._content.plain

    def show(self, event: Event | None) -> None:
        if self._showing and event is self._shown:
            return  # a filter change that kept the cursor's event: nothing to redraw
        self._shown, self._showing = event, True
        self._content = self.NOTHING if event is None else event_details(event)
        self._lay_out()
        self.scroll_home(animate=False)

    def _lay_out(self) -> None:
        """Wrap the text to the pane's width (the scrollbar's column is kept apart)."""
        width = self.scrollable_content_region.width
        if width <= 0:
            self._strips = []
            return
        self._strips = Visual.to_strips(self, self._content, width, None, self.visual_style)
        set_virtual_size(self, Size(width, len(self._strips)))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self._lay_out()  # the theme's colours are in the strips

    def render_line(self, y: int) -> Strip:
        row = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if 0 <= row < len(self._strips):
            return self._strips[row].crop_extend(0, width, self.rich_style)
        return Strip.blank(width, self.rich_style)
