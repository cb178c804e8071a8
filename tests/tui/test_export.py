"""The export dialog writes the current, filtered view; it asks before overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input
from tui_helpers import SIZE, main_screen, press, screen_text, settle

from timeline.io.export import read_csv_events, read_json_export
from timeline.model.timeline import Filter, Timeline
from timeline.tui.screens.confirm import ConfirmScreen
from timeline.tui.screens.export import ExportScreen


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read_csv(path: Path):
    with path.open(encoding="utf-8", newline="") as handle:
        return read_csv_events(handle)


async def test_e_exports_the_filtered_view_to_csv(app, timeline: Timeline, in_tmp: Path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", *"dea", "enter")
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.query_one("#export-path", Input).value == "timeline-export.csv"
        assert "Export the current view: 6 events" in screen_text(app)
        await press(pilot, "enter")
        assert not isinstance(app.screen, ExportScreen)
    written = read_csv(in_tmp / "timeline-export.csv")
    expected = timeline.select(Filter(actors=("DEA",))).events
    assert [e.id for e in written] == [e.id for e in expected]
    assert [e.summary for e in written] == [e.summary for e in expected]


async def test_e_exports_json_when_chosen(app, timeline: Timeline, in_tmp: Path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "k", *"strike", "enter")
        await press(pilot, "e", "tab", "right", "enter")  # the format: JSON
        assert app.screen.query_one("#export-path", Input).value == "timeline-export.json"
        await press(pilot, "shift+tab", "enter")
    documents, events = read_json_export(in_tmp / "timeline-export.json")
    assert [e.id for e in events] == [
        e.id for e in timeline.select(Filter(kinds=("strike",))).events
    ]
    assert {d.title for d in documents} >= {e.title for e in events}


async def test_e_asks_before_overwriting(app, in_tmp: Path):
    target = in_tmp / "timeline-export.csv"
    target.write_text("precious\n", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e", "enter")
        assert isinstance(app.screen, ConfirmScreen)
        assert "timeline-export.csv exists. Overwrite it?" in screen_text(app)
        await press(pilot, "n")
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == "precious\n"
        await press(pilot, "enter", "y")
        assert not isinstance(app.screen, (ExportScreen, ConfirmScreen))
    assert len(read_csv(target)) == 19


async def test_export_to_another_name_and_escape_cancels(app, in_tmp: Path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e", "escape")
        assert main_screen(app).filter == Filter()
        await press(pilot, "e")
        app.screen.query_one("#export-path", Input).value = "sub/none.csv"
        await press(pilot, "enter")
        assert "No such folder" in screen_text(app)
        app.screen.query_one("#export-path", Input).value = "mine.csv"
        await press(pilot, "enter")
    assert not (in_tmp / "timeline-export.csv").exists()
    assert len(read_csv(in_tmp / "mine.csv")) == 19


async def test_the_typed_extension_decides_the_format(app, timeline: Timeline, in_tmp: Path):
    """A path typed as ``….json`` writes JSON (and moves the radio), as ``-o`` does on the
    command line; a CSV file named ``.json`` would read back as broken JSON everywhere."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        await press(pilot, *["backspace"] * len("timeline-export.csv"), *"mine.json")
        assert dialog.format == "json"
        await press(pilot, "enter")
        assert not isinstance(app.screen, ExportScreen)
        # Typed straight back to .csv, the radio follows again.
        await press(pilot, "e")
        field = app.screen.query_one("#export-path", Input)
        field.value = "other.json"
        await settle(pilot)
        field.value = "other.csv"
        await settle(pilot)
        assert app.screen.format == "csv"
        await press(pilot, "enter")
    _documents, events = read_json_export(in_tmp / "mine.json")
    assert [e.id for e in events] == [e.id for e in timeline.events]
    assert len(read_csv(in_tmp / "other.csv")) == len(timeline.events)
