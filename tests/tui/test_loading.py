"""The window opens at once; documents are read in a worker behind a loading screen."""

from __future__ import annotations

import threading

from tui_helpers import SIZE, screen_text, settle

from timeline.io.errors import InputError
from timeline.model.timeline import Timeline
from timeline.tui.app import TimelineApp
from timeline.tui.sample import sample_documents, sample_events
from timeline.tui.screens.loading import LoadingScreen
from timeline.tui.screens.main import MainScreen


async def test_loader_runs_in_a_worker_with_progress_then_the_timeline_shows():
    release = threading.Event()

    def loader(progress):
        progress(1, 2)
        release.wait(10)
        return sample_documents(), Timeline(sample_events())

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert isinstance(app.screen, LoadingScreen)  # the window is up before the loader ends
        assert "Reading documents… 1 of 2" in screen_text(app)
        assert "50%" in screen_text(app)  # the progress bar
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "19 of 19 events" in screen_text(app)


async def test_a_failing_loader_is_reported_and_q_exits_with_status_1():
    def loader():
        raise OSError("disk on fire")

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LoadingScreen)
        assert "Could not read the documents: OSError: disk on fire" in screen_text(app)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1


async def test_a_refused_input_is_shown_plainly_and_kept_for_the_command_line():
    """A broken export found behind the loading screen: the message, with no exception
    name, and the error itself for ``run_loading`` to raise once the window closes."""

    def loader():
        raise InputError("events.json: not valid JSON (line 9)")

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Could not read the documents: events.json: not valid JSON" in text
        assert "InputError" not in text
        await pilot.press("q")
        await pilot.pause()
    assert isinstance(app.input_error, InputError)


def _double(n: int) -> int:
    return 2 * n


async def test_a_loader_may_use_a_process_pool():
    """Textual's stand-in stderr has no file descriptor; the pool must start anyway."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    results: list[int] = []

    def loader():
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            results.extend(pool.map(_double, range(4)))
        return sample_documents(), Timeline(sample_events())

    app = TimelineApp(loader=loader)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await settle(pilot)
            if isinstance(app.screen, MainScreen) or app.load_failed:
                break
        assert not app.load_failed, screen_text(app)
        assert results == [0, 2, 4, 6]
