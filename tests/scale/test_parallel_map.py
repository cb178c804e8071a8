"""The process pool spreads work but never reorders it or swallows a failure."""

from __future__ import annotations

import io
import os
import sys
import threading
import time

import pytest

from timeline.parallel import TerminalProgress, map_in_order


def _slow_for_early_items(item: int) -> tuple[int, int]:
    """Early items finish last, so a pool that returned results as they came would reorder."""
    time.sleep(0.02 if item < 8 else 0)
    return item, os.getpid()


def _fails_on_seven(item: int) -> int:
    if item == 7:
        raise ValueError("seven is broken")
    return item


def test_results_come_back_in_input_order_from_several_processes() -> None:
    items = list(range(64))
    results = map_in_order(_slow_for_early_items, items, jobs=2)
    assert [item for item, _ in results] == items
    assert len({pid for _, pid in results}) == 2  # really ran in two worker processes
    assert os.getpid() not in {pid for _, pid in results}


def test_one_job_runs_in_this_process() -> None:
    results = map_in_order(_slow_for_early_items, [1, 2, 3], jobs=1)
    assert {pid for _, pid in results} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_input_stops_the_run_and_is_named(jobs: int) -> None:
    with pytest.raises(ValueError, match="seven is broken") as raised:
        map_in_order(_fails_on_seven, list(range(20)), jobs=jobs)
    assert "while analysing" in " ".join(raised.value.__notes__)


def test_progress_reaches_the_total_and_never_goes_back() -> None:
    seen: list[tuple[int, int]] = []
    map_in_order(
        _fails_on_seven,
        [1, 2, 3, 4, 5, 6],
        jobs=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (6, 6)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_zero_jobs_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        map_in_order(_fails_on_seven, [1], jobs=0)


def test_progress_is_drawn_in_place_and_ends_the_line() -> None:
    screen = io.StringIO()
    counter = TerminalProgress(screen)
    for done in range(1, 201):
        counter(done, 200)
    drawn = screen.getvalue()
    assert drawn.endswith("\ranalysed 200/200 inputs (100%)\n")
    assert drawn.count("\r") == 101  # once per percent (0 to 100), not once per input
    assert "\n" not in drawn[:-1]


def test_no_progress_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert TerminalProgress.for_stderr() is None


def test_a_pool_started_from_a_thread_works() -> None:
    """The explorer analyses from a worker thread; the pool must not fork that process."""
    box: list[list[tuple[int, int]]] = []
    thread = threading.Thread(
        target=lambda: box.append(map_in_order(_slow_for_early_items, list(range(16)), jobs=2))
    )
    thread.start()
    thread.join(60)
    assert [item for item, _ in box[0]] == list(range(16))
    assert os.getpid() not in {pid for _, pid in box[0]}
