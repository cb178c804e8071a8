"""How long ``timeline explore FILE`` takes to show its first screen, in a real terminal.

    python bench/explore_first_screen.py EVENTS.json            # 5 runs, 120x36
    python bench/explore_first_screen.py EVENTS.json --runs 3 --size 80x24
    python bench/explore_first_screen.py --synthetic 100000    # a generated 100k export

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
(the load average is printed), so the explorer's own CPU time (user + system, read from
``/proc``) at the moment rows were seen is printed too: it is what the wall-clock time
would be on an idle machine, give or take waits. Figures only: nothing is asserted.
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


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds_under(parent: int) -> float:
    """User + system CPU time of ``parent``'s descendants (the explorer under the shell)."""
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)  # field 4: the parent
        times[pid] = (int(fields[11]) + int(fields[12])) / _TICK  # fields 14, 15
    total, stack = 0.0, list(children.get(parent, []))
    while stack:
        pid = stack.pop()
        total += times.get(pid, 0.0)
        stack.extend(children.get(pid, []))
    return total


def one_run(command: str, width: int, height: int) -> dict[str, float | int | None]:
    session = f"bench-{uuid.uuid4().hex[:8]}"
    tmux("new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), "bash --norc")
    try:
        time.sleep(0.3)  # the shell's prompt
        shell = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        tmux("send-keys", "-t", session, command, "")
        began = time.perf_counter()
        tmux("send-keys", "-t", session, "Enter")
        rows_at = complete_at = rows_cpu = None
        count = None
        while time.perf_counter() - began < TIMEOUT_S:
            screen = tmux("capture-pane", "-p", "-t", session)
            now = time.perf_counter() - began
            if rows_at is None and rows_visible(screen):
                rows_at, rows_cpu = now, cpu_seconds_under(shell)
            count = complete_count(screen)
            if count is not None:
                complete_at = now
                break
            if "error" in screen.lower() and "timeline:" in screen:
                raise RuntimeError(screen)
            time.sleep(POLL_S)
        tmux("send-keys", "-t", session, "q")
        time.sleep(0.3)
        return {
            "rows_s": rows_at,
            "rows_cpu_s": rows_cpu,
            "complete_s": complete_at,
            "events": count,
        }
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def write_synthetic_export(count: int) -> Path:
    """N programmatic events written as ``timeline export --format json`` writes them."""
    from timeline.io.export import write_json
    from timeline.model.timeline import Timeline
    from timeline.tui.sample import synthetic_events

    path = Path(__file__).resolve().parent / "out" / f"synthetic-{count}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        documents, events = synthetic_events(count)
        write_json(documents, Timeline(events).events, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, nargs="?", help="a JSON export (or any explore input)")
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="write an N-event export in timeline order to bench/out/ and open that",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x36", help="terminal WIDTHxHEIGHT")
    parser.add_argument(
        "--command",
        default=f"{shlex.quote(sys.executable)} -m timeline explore",
        help="how to start the explorer (the file's path is appended)",
    )
    args = parser.parse_args(argv)
    if args.synthetic:
        args.export = write_synthetic_export(args.synthetic)
    elif args.export is None:
        parser.error("give an EXPORT or --synthetic N")
    width, height = map(int, args.size.split("x"))
    command = f"{args.command} {shlex.quote(str(args.export.resolve()))}"
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {command}")
    print(f"terminal {width}x{height}, {args.runs} runs")
    rows, cpu, complete = [], [], []
    for number in range(1, args.runs + 1):
        result = one_run(command, width, height)
        rows_s, rows_cpu, complete_s = result["rows_s"], result["rows_cpu_s"], result["complete_s"]
        if rows_s is None or rows_cpu is None or complete_s is None:
            print(f"run {number}: did not finish in {TIMEOUT_S:.0f} s: {result}")
            continue
        print(
            f"run {number}: rows visible {rows_s:.2f} s (CPU {rows_cpu:.2f} s), "
            f"complete ({result['events']} of {result['events']} events) {complete_s:.2f} s"
        )
        rows.append(rows_s)
        cpu.append(rows_cpu)
        complete.append(complete_s)
    if rows:
        print(
            f"median: rows visible {statistics.median(rows):.2f} s (max {max(rows):.2f}; "
            f"CPU {statistics.median(cpu):.2f} s), complete {statistics.median(complete):.2f} s "
            f"(max {max(complete):.2f}); load average now {os.getloadavg()[0]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
