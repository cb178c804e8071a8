"""Pictures of the explorer at a fixed size, compared with the committed SVGs.

Update after a deliberate change with ``pytest tests/tui --snapshot-update`` and look at
the new pictures before committing them.
"""

from __future__ import annotations

from tui_helpers import settle

from timeline.model.timeline import Timeline
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events

SIZE = (120, 40)


def make_app(theme: str | None = None) -> TimelineApp:
    app = TimelineApp(sample_documents(), Timeline(sample_events()))
    if theme:
        app.theme = theme
    return app


async def _settled(pilot) -> None:
    await settle(pilot)


def test_main_screen(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_settled)


def test_main_screen_light_theme(snap_compare):
    assert snap_compare(make_app("textual-light"), terminal_size=SIZE, run_before=_settled)


def test_filtered_view(snap_compare):
    async def filter_dea_2020(pilot) -> None:
        await settle(pilot)
        await pilot.press("a", *"dea", "enter")
        await settle(pilot)
        await pilot.press("y", *"2020", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=filter_dea_2020)


def test_detail_pane_focused(snap_compare):
    async def open_details(pilot) -> None:
        await settle(pilot)
        await pilot.press("down", "down", "down", "down", "down", "down", "down", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_details)


def test_help(snap_compare):
    assert snap_compare(
        make_app(), terminal_size=SIZE, press=["question_mark"], run_before=_settled
    )


def test_export_dialog(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, press=["e"], run_before=_settled)


def test_narrow_terminal(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_settled)
