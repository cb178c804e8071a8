"""The command palette's view of the explorer: the filters and the export.

Beside the pickers themselves it offers one command per year, actor and kind of the
current selection ("Filter by actor: DEA"), so a filter is a few keystrokes away.
Actor names come from articles, so prompts are built as plain ``Content`` and
highlighted by hand: Textual's ``Matcher.highlight`` would read them as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from timeline.model.timeline import YearRange
from timeline.tui.screens.main import MainScreen
from timeline.tui.text import clip, safe

MAX_VALUE_COMMANDS = 300  # per facet; the pickers list every value


def highlight(matcher: Matcher, text: str) -> Content:
    """``text`` as literal content with the fuzzy-matched characters styled."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        content = content.stylize("bold underline", offset, offset + 1)
    return content


class TimelineCommands(Provider):
    """Commands that act on the main screen the palette was opened from."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        if not isinstance(screen, MainScreen) or screen.reading:  # see MainScreen.reading
            return
        yield "Search text…", screen.action_search, "Filter by words in sentences (/)"
        yield "Pick years…", partial(screen.action_pick, "years"), "Filter by years (y)"
        yield "Pick actors…", partial(screen.action_pick, "actors"), "Filter by actors (a)"
        yield "Pick kinds…", partial(screen.action_pick, "kinds"), "Filter by kinds (k)"
        yield "Clear filters", screen.action_clear, "Show every event (c)"
        yield "Go to date…", screen.action_go_to_date, "Jump to the nearest event (g)"
        yield "Export view…", screen.action_export, "Write the current view to CSV or JSON (e)"
        selection = screen.selection
        if selection is None:
            return
        flt = screen.filter
        for year in list(selection.years)[:MAX_VALUE_COMMANDS]:
            only = replace(flt, years=(YearRange(year, year),))
            yield f"Filter by year: {year}", partial(screen.apply, only), "Only this year"
        for actor in list(selection.actors)[:MAX_VALUE_COMMANDS]:
            only = replace(flt, actors=(actor,))
            yield (
                f"Filter by actor: {safe(clip(actor))}",
                partial(screen.apply, only),
                "Only this actor",
            )
        for kind in list(selection.kinds)[:MAX_VALUE_COMMANDS]:
            only = replace(flt, kinds=(kind,))
            yield (
                f"Filter by kind: {safe(clip(kind))}",
                partial(screen.apply, only),
                "Only this kind",
            )

    async def discover(self) -> Hits:
        for name, command, help_text in list(self._commands())[:7]:
            yield DiscoveryHit(Content(name), command, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(matcher, name), command, text=name, help=help_text)
