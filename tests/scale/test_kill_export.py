"""An export killed mid-write leaves the previous file intact, or no file: never a partial one.

A child process writes 100,000 events with the real exporter; the parent watches the folder
until the exporter's temporary file appears and reaches a given size, SIGKILLs the child
(no cleanup can run), and then reads the target back.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.io.export import read_csv_events, read_json_export

CHILD = Path(__file__).with_name("export_child.py")
EVENTS = 100_000
MB = 1 << 20


def _write_previous(target: Path, form: str) -> bytes:
    """A small, valid export at ``target``: the user's earlier work that must survive."""
    subprocess.run([sys.executable, str(CHILD), str(target), form, "25"], check=True,
                   capture_output=True)  # fmt: skip
    return target.read_bytes()


def _kill_mid_write(target: Path, form: str, kill_at_bytes: int) -> tuple[int, bool]:
    """Start the big export, SIGKILL it once its temporary file holds ``kill_at_bytes``.

    Returns the temporary file's size at the kill and whether the child was still running.
    """
    before = set(target.parent.iterdir())
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(target), form, str(EVENTS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            new = [p for p in target.parent.iterdir() if p not in before and p != target]
            size = sum(p.stat().st_size for p in new if p.exists()) if new else -1
            if size >= kill_at_bytes:
                running = child.poll() is None
                os.kill(child.pid, signal.SIGKILL)
                return size, running
            if child.poll() is not None:
                pytest.fail("the export finished before it could be interrupted")
            time.sleep(0.0005)
        pytest.fail("the export never started writing")
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def _events_in(target: Path, form: str) -> int:
    """How many events the file holds, read back with the project's own readers."""
    if form == "csv":
        with target.open(encoding="utf-8", newline="") as handle:
            return len(read_csv_events(handle))
    return len(read_json_export(target)[1])


def _csv_rows(target: Path) -> int:
    """Rows of a big CSV, counted by the csv module (fast, and it still rejects a cut quote)."""
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, strict=True))
    assert rows[0][0] == "date" and all(len(row) == len(rows[0]) for row in rows)
    return len(rows) - 1


@pytest.mark.parametrize(
    ("form", "kill_at_bytes"),
    [("csv", 0), ("csv", 8 * MB), ("json", 30 * MB)],
)
def test_killed_export_leaves_the_previous_file_intact(
    tmp_path: Path, form: str, kill_at_bytes: int
) -> None:
    target = tmp_path / f"events.{form}"
    previous = _write_previous(target, form)
    size, running = _kill_mid_write(target, form, kill_at_bytes)
    assert running, "the child had already finished: nothing was interrupted"
    assert size >= kill_at_bytes
    assert target.read_bytes() == previous
    assert _events_in(target, form) == 25


def test_killed_first_export_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    _, running = _kill_mid_write(target, "csv", 2 * MB)
    assert running
    assert not target.exists()


def test_an_uninterrupted_export_replaces_the_file_whole(tmp_path: Path) -> None:
    """The control: without the kill the same child really writes all 100,000 events."""
    target = tmp_path / "events.csv"
    _write_previous(target, "csv")
    subprocess.run([sys.executable, str(CHILD), str(target), "csv", str(EVENTS)], check=True,
                   capture_output=True)  # fmt: skip
    assert _csv_rows(target) == EVENTS
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]  # no temporary left behind
