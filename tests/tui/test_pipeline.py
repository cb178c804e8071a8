"""The explorer on the bundled article, read by the real pipeline in the loader worker."""

from __future__ import annotations

from tui_helpers import SIZE, main_screen, press, screen_text, settle, timeline_rows

from timeline.io.loaders import read_document
from timeline.io.seeds import default_inputs
from timeline.model.timeline import Filter, YearRange
from timeline.pipeline import analyse_documents
from timeline.tui.app import TimelineApp
from timeline.tui.screens.main import MainScreen
from timeline.tui.text import format_date


def load():
    analysis = analyse_documents(read_document(path) for path in default_inputs())
    return list(analysis.documents), analysis.timeline


async def test_bundled_article_through_the_loader_worker():
    app = TimelineApp(loader=load)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await settle(pilot)
            if isinstance(app.screen, MainScreen) and app.screen.selection is not None:
                break
        screen = main_screen(app)
        timeline = screen.timeline
        assert len(timeline) > 5
        text = screen_text(app)
        assert "Can the CIA and U.S. military stop the Mexican cartels?" in text
        assert "published 2025-04-16 (estimated)" in text
        assert f"{len(timeline)} of {len(timeline)} events" in text
        rows = timeline_rows(app)
        first = timeline[0]
        assert rows[0].startswith(f"─ {first.first.year} ")
        assert format_date(first) in rows[1]
        year = max(screen.selection.years, key=screen.selection.years.get)
        await press(pilot, "y", *str(year), "enter")
        expected = timeline.select(Filter(years=(YearRange(year, year),)))
        assert screen.selection.events == expected.events
        assert f"{len(expected)} of {len(timeline)} events · {year}" in screen_text(app)
