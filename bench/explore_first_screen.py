"""How long ``timeline explore FILE`` takes to show its first screen, in a real terminal.

    python bench/explore_first_screen.py EVENTS.json            # 5 runs, 120x36
    python bench/explore_first_screen.py EVENTS.json --runs 3 --size 80x24

Each run starts the real command in a fresh tmux window (``tmux new-session -x W -y H``,
the command typed into a shell that is already up, so tmux's own start is not counted)
and polls ``tmux capture-pane -p`` until:

* ``rows``: a year heading (``─ 1990 ──…``) and an event row below it are on the screen,
  i.e. the user can start reading;
* ``complete``: the status line says ``N of N events`` for the whole file (everything read;
  filters act on the whole timeline from then on).

Then it presses ``q`` and waits for the shell. The figure is wall-clock time from the
keystroke that ran the command, so it includes Python's start, the imports, reading the
file and the first paint, like a user's stopwatch. Polling costs a fork every few
milliseconds, so figures are good to about 10 ms; other load on the machine skews them
(the load average is printed). Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

POLL_S = 0.01
TIMEOUT_S = 60.0
_HEADING = re.compile(r"─ \d{3,4} ─")
_COMPLETE = re.compile(r"\b(\d+) of \1 events\b")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def rows_visible(screen: str) -> bool:
    """A year heading with at least one event row under it."""
    lines = screen.splitlines()
    for number, line in enumerate(lines[:-1]):
        if (
            _HEADING.search(line)
            and lines[number + 1].strip()
            and not _HEADING.search(lines[number + 1])
        ):
            return True
    return False


def complete_count(screen: str) -> int | None:
    found = _COMPLETE.search(screen)
    return int(found.group(1)) if found else None


def one_run(command: str, width: int, height: int) -> dict[str, float | int | None]:
    session = f"bench-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), "bash --norc")
    try:
        time.sleep(0.3)  # the shell's prompt
        tmux("send-keys", "-t", session, command, "")
        began = time.perf_counter()
        tmux("send-keys", "-t", session, "Enter")
        rows_at = complete_at = None
        count = None
        while time.perf_counter() - began < TIMEOUT_S:
            screen = tmux("capture-pane", "-p", "-t", session)
            now = time.perf_counter() - began
            if rows_at is None and rows_visible(screen):
                rows_at = now
            count = complete_count(screen)
            if count is not None:
                complete_at = now
                if rows_at is None and rows_visible(screen):
                    rows_at = now
                break
            if "error" in screen.lower() and "timeline:" in screen:
                raise RuntimeError(screen)
            time.sleep(POLL_S)
        tmux("send-keys", "-t", session, "q")
        time.sleep(0.3)
        return {"rows_s": rows_at, "complete_s": complete_at, "events": count}
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="a JSON export (or any explore input)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x36", help="terminal WIDTHxHEIGHT")
    parser.add_argument(
        "--command",
        default=f"{shlex.quote(sys.executable)} -m timeline explore",
        help="how to start the explorer (the file's path is appended)",
    )
    args = parser.parse_args(argv)
    width, height = map(int, args.size.split("x"))
    command = f"{args.command} {shlex.quote(str(args.export.resolve()))}"
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {command}")
    print(f"terminal {width}x{height}, {args.runs} runs")
    rows, complete = [], []
    for number in range(1, args.runs + 1):
        result = one_run(command, width, height)
        rows_s, complete_s = result["rows_s"], result["complete_s"]
        print(
            f"run {number}: rows visible {rows_s:.2f} s, "
            f"complete ({result['events']} of {result['events']} events) {complete_s:.2f} s"
            if rows_s is not None and complete_s is not None
            else f"run {number}: did not finish in {TIMEOUT_S:.0f} s: {result}"
        )
        if rows_s is not None and complete_s is not None:
            rows.append(rows_s)
            complete.append(complete_s)
    if rows:
        print(
            f"median: rows visible {statistics.median(rows):.2f} s "
            f"(max {max(rows):.2f}), complete {statistics.median(complete):.2f} s "
            f"(max {max(complete):.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
