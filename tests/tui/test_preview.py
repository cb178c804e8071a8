"""A big export's first rows show while the rest is read; the whole timeline then replaces them.

What the user must never see: a count, a filter or an export of part of the events passed
off as the whole, or rows that the complete timeline does not start with.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import replace

import pytest
from textual.widgets._footer import FooterKey
from tui_helpers import SIZE, press, screen_text, settle, timeline_rows

from timeline.io import export as export_module
from timeline.model.timeline import Filter, Timeline
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events, synthetic_events
from timeline.tui.screens.help import HelpScreen
from timeline.tui.screens.loading import LoadingScreen
from timeline.tui.screens.main import MainScreen
from timeline.tui.screens.picker import PickerScreen

HEAD = 6


def dimmed_keys(app: TimelineApp) -> set[str]:
    """The keys the footer shows as off."""
    return {key.key for key in app.screen.query(FooterKey) if key.has_class("-disabled")}


class Gate:
    """Hold a loader after its preview is painted, until the test has looked at it."""

    def __init__(self, app: TimelineApp) -> None:
        self.previewed = threading.Event()
        self.release = threading.Event()
        original = app.preview

        def preview(documents, head):
            original(documents, head)  # returns once the head is painted
            self.previewed.set()
            self.release.wait(10)

        app.preview = preview  # type: ignore[method-assign]

    async def wait_for_preview(self, pilot) -> None:
        for _ in range(200):
            if self.previewed.is_set():
                break
            await pilot.pause(0.02)
        assert self.previewed.is_set(), screen_text(pilot.app)
        await pilot.pause()


async def test_the_head_shows_read_only_then_the_whole_timeline_replaces_it():
    events = Timeline(sample_events()).events

    def loader(progress, preview):
        preview(sample_documents(), Timeline(events[:HEAD]))
        return sample_documents(), Timeline(events)

    app = TimelineApp(loader=loader)
    gate = Gate(app)
    async with app.run_test(size=SIZE) as pilot:
        await gate.wait_for_preview(pilot)
        screen = app.main_screen
        assert screen.reading
        text = screen_text(app)
        assert "Reading… the first 6 events are shown" in text
        assert "of 6 events" not in text  # never "6 of 6": there are more
        assert "counted once all are read" in text  # no counts of part of them
        assert events[0].summary[:20] in "\n".join(timeline_rows(app))
        assert "reading on…" in text or len({e.first.year for e in events[:HEAD]}) > 1
        assert dimmed_keys(app) >= {"y", "a", "k", "e", "g", "slash", "c"}
        # (no ``press``/``settle`` here: they would wait for the held loader)
        for key in ("y", "a", "k", "e", "g", "slash"):  # each would act on part of the events
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, MainScreen), key
            assert app.main_screen.filter == Filter(), key
        await pilot.press("down", "down")
        await pilot.pause()
        highlighted = app.main_screen.view.highlighted
        assert highlighted == events[2]

        gate.release.set()
        await settle(pilot)
        screen = app.main_screen
        assert not screen.reading
        assert f"{len(events)} of {len(events)} events" in screen_text(app)
        assert screen.view.highlighted == highlighted  # the cursor stays where it was
        assert screen.view.events == events
        assert not dimmed_keys(app)  # the footer shows them back on
        await press(pilot, "y")
        assert isinstance(app.screen, PickerScreen)  # filters are back


async def test_the_status_says_how_much_is_read_and_quitting_stops_the_reading():
    events = Timeline(sample_events()).events
    stopped = threading.Event()

    def loader(progress, preview):
        preview(sample_documents(), Timeline(events[:HEAD]))
        progress(45, 100)
        try:
            while True:  # a long read, reporting as it goes, until the user quits
                progress(46, 100)
                threading.Event().wait(0.01)
        finally:
            stopped.set()

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if "Reading… 46%" in screen_text(app):
                break
        assert "Reading… 46% the first 6 events are shown" in screen_text(app)
        await pilot.press("q")
        assert stopped.wait(5)  # the loader ended at its next report
    assert app.return_code == 0


async def test_filters_after_loading_see_every_event():
    documents, made = synthetic_events(3_000)
    events = Timeline(made).events

    def loader(progress, preview):
        preview(documents, Timeline(events[:HEAD]))
        return documents, Timeline(events)

    app = TimelineApp(loader=loader)
    gate = Gate(app)
    async with app.run_test(size=SIZE) as pilot:
        await gate.wait_for_preview(pilot)
        gate.release.set()
        await settle(pilot)
        screen = app.main_screen
        kind = events[-1].kind  # present near the end, far past the head
        screen.apply(Filter(kinds=(kind,)))
        await settle(pilot)
        wanted = [e for e in events if e.kind == kind]
        assert screen.selection is not None and list(screen.selection.events) == wanted
        assert f"{len(wanted)} of {len(events)} events" in screen_text(app)


async def test_a_failure_after_the_preview_replaces_it_with_the_error():
    events = Timeline(sample_events()).events

    def loader(progress, preview):
        preview(sample_documents(), Timeline(events[:HEAD]))
        raise ValueError("events.json: not valid JSON (line 9: Expecting ',' delimiter)")

    app = TimelineApp(loader=loader)
    gate = Gate(app)
    async with app.run_test(size=SIZE) as pilot:
        await gate.wait_for_preview(pilot)
        await pilot.press("question_mark")  # help works while reading; the error closes it
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        gate.release.set()
        for _ in range(100):
            await settle(pilot)
            if isinstance(app.screen, LoadingScreen) and app.load_failed:
                break
        await pilot.pause()
        text = screen_text(app)
        assert "Could not read the documents" in text and "not valid JSON (line 9" in text
        assert events[0].summary[:20] not in text  # the partial rows are gone
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1


async def test_a_head_that_was_not_the_timelines_first_is_owned_up_to():
    events = Timeline(sample_events()).events
    wrong_head = Timeline([replace(events[5], summary="not really first")])

    def loader(progress, preview):
        preview(sample_documents(), wrong_head)
        return sample_documents(), Timeline(events)

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await settle(pilot)
            if isinstance(app.screen, MainScreen) and not app.main_screen.reading:
                break
        await pilot.pause()
        assert app.main_screen.view.events == events
        assert any("not in the order it declared" in n.message for n in app._notifications)


@pytest.fixture
def exported(tmp_path, monkeypatch):
    """A 300-event export in timeline order, written by the real writer."""
    monkeypatch.setattr(export_module, "HEAD_EVENTS", 40)
    documents, made = synthetic_events(300)
    path = tmp_path / "events.json"
    export_module.write_json(documents, Timeline(made).events, path)
    return path, Timeline(made).events


async def test_timeline_explore_on_a_json_export_shows_its_head_then_everything(
    exported, monkeypatch
):
    """The real command's loader: its head is the timeline's first 40 rows, as the file has them."""
    import timeline.tui.app as app_module
    from timeline.cli.main import main

    path, events = exported
    loaders = []
    monkeypatch.setattr(app_module, "run_loading", lambda loader: loaders.append(loader) or 0)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["explore", str(path)]) == 0

    app = TimelineApp(loader=loaders[0])
    gate = Gate(app)
    async with app.run_test(size=SIZE) as pilot:
        await gate.wait_for_preview(pilot)
        assert app.main_screen.reading
        assert app.main_screen.timeline.events == events[:40]
        assert "the first 40 events are shown" in screen_text(app)
        gate.release.set()
        await settle(pilot)
        assert not app.main_screen.reading
        assert app.main_screen.timeline.events == events
        assert f"{len(events)} of {len(events)} events" in screen_text(app)
        assert not app._notifications  # the head was right
