"""Helpers for the explorer's tests: drive the app, read the screen as text."""

from __future__ import annotations

from textual.pilot import Pilot

from timeline.tui.app import TimelineApp
from timeline.tui.screens.main import MainScreen
from timeline.tui.widgets.timeline_view import TimelineView

SIZE = (120, 40)


async def settle(pilot: Pilot) -> None:
    """Wait until every worker (filtering, counting, export) is done and the screen is idle."""
    await pilot.pause()
    for _ in range(5):
        if all(worker.is_finished for worker in pilot.app.workers):
            return
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot: Pilot, *keys: str) -> None:
    """Press ``keys`` (each waits for the app to process it), then let the workers finish."""
    await pilot.press(*keys)
    await settle(pilot)


def main_screen(app: TimelineApp) -> MainScreen:
    return app.main_screen


def view(app: TimelineApp) -> TimelineView:
    return app.main_screen.query_one(TimelineView)


def screen_text(app: TimelineApp) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def timeline_rows(app: TimelineApp) -> list[str]:
    """The visible lines of the timeline widget."""
    widget = view(app)
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]
