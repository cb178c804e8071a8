"""How fast the explorer opens and filters, and how much memory it holds.

    python bench/tui_bench.py                 # every scenario, one child process each
    python bench/tui_bench.py --sizes 10000   # only some synthetic sizes

Scenarios, each in a fresh process so its peak RSS is its own:

* ``article``: the bundled article, parsed by the real pipeline in the app's loader worker;
  ``window`` = from starting the app to its first frame (the loading screen when a loader
  runs), ``first`` = to the frame that shows the timeline's rows.
* ``synthetic N``: N programmatic events (no engine). ``build`` is ``Timeline(events)``;
  first screen is from starting the app (timeline in hand) to the rows shown.
* ``json N``: N events written in timeline order with ``timeline export --format json``'s
  writer (as ``timeline export`` writes them), then opened with the very loader
  ``timeline explore events.json`` runs (``cli.main.explore_loader``): ``first`` is the
  frame showing the export's first rows (its head, shown while the rest is read),
  ``complete s`` the frame showing all N (status "N of N events"), after which filters act
  on the whole timeline. ``bench/explore_first_screen.py`` times the real command in tmux.

A scroll step is a key's action on the whole timeline (15 page-downs, 15 downs, End,
Home) until the frame that shows it is composed: median and slowest. A filter change is
``MainScreen.apply(Filter)`` until the frame showing the new rows, facets and status is
composed (headless ``run_test``: ``App._display`` is called with it), median over several
filters and repetitions (wall clock, and the process's CPU time, which other work on the
machine does not inflate); the model's own ``Timeline.select`` time is printed beside it
to show where the time goes.
Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from bisect import bisect_left
from pathlib import Path

SIZE = (120, 40)
REPEATS = 3


def _filters():
    from timeline.model.timeline import Filter, YearRange

    return [
        Filter(years=(YearRange(2000, 2000),)),
        Filter(actors=("Actor 005",)),
        Filter(kinds=("arrest",)),
        Filter(text="fentanyl"),
        Filter(years=(YearRange(1995, 2005),), kinds=("strike", "law")),
        Filter(),
    ]


async def _wait(condition, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the explorer did not get there in time")
        await asyncio.sleep(0.002)


async def _measure(app_factory, filters) -> dict:
    from timeline.model.timeline import Filter
    from timeline.tui.screens.main import MainScreen
    from timeline.tui.widgets.timeline_view import TimelineView

    result: dict = {}
    start = time.perf_counter()
    app = app_factory()
    frames: list[float] = []  # when each frame was composed (headless: composed, not written)
    frame_cpu: list[float] = []  # the process's CPU time then: load on the machine aside
    display = app._display

    def record_frame(screen, renderable) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
            frame_cpu.append(time.process_time())
        display(screen, renderable)

    app._display = record_frame
    async with app.run_test(size=SIZE) as pilot:
        shown_at: list[float] = []

        def shown() -> bool:
            if app.load_failed:
                raise RuntimeError("the loader failed")
            screen = app.screen
            if isinstance(screen, MainScreen) and screen.selection is not None:
                shown_at.append(time.perf_counter())
                return True
            return False

        await _wait(shown)
        await _wait(lambda: frames and frames[-1] >= shown_at[0])
        result["window_s"] = frames[0] - start  # the first frame: loading screen or timeline
        result["first_screen_s"] = frames[-1] - start
        complete_at: list[float] = []

        def complete() -> bool:
            screen = app.screen
            if isinstance(screen, MainScreen) and not screen.reading:
                complete_at.append(time.perf_counter())
                return True
            return False

        await _wait(complete)  # a head shown while the rest is read: wait for all of it
        await _wait(lambda: frames[-1] >= complete_at[0])
        result["complete_s"] = frames[-1] - start
        screen: MainScreen = app.screen  # type: ignore[assignment]
        view = screen.query_one(TimelineView)
        result["events"] = len(screen.timeline)
        result["rows_on_screen"] = sum(
            1 for y in range(view.scrollable_content_region.height) if view.render_line(y).text
        )
        timings, cpu, model = [], [], []
        slowest: dict[str, float] = {}  # each filter's slowest change, to name the culprit
        # When the screen took the answer in (``show_selection``, on the app's thread):
        # the first frame composed after that is the one that shows it. (Polling for the
        # selection from here and then waiting for a frame would miss a frame composed
        # before the poll ran, and time a later one, or wait for one that never comes.)
        shown_times: list[float] = []
        show_selection = screen.show_selection

        def recording_show_selection(selection) -> None:
            show_selection(selection)
            shown_times.append(time.perf_counter())

        screen.show_selection = recording_show_selection  # type: ignore[method-assign]
        for _ in range(REPEATS):
            for flt in filters:
                began, began_cpu = time.perf_counter(), time.process_time()
                shown_times.clear()
                screen.apply(flt)
                await _wait(lambda f=flt: screen.selection.filter == f and shown_times)
                shown = shown_times[-1]
                await _wait(lambda t=shown: frames[-1] >= t)
                first = bisect_left(frames, shown)  # the repaint that shows it
                timings.append(frames[first] - began)
                name = flt.describe() or "(none)"
                slowest[name] = max(slowest.get(name, 0.0), timings[-1] * 1000)
                cpu.append(frame_cpu[first] - began_cpu)
                await pilot.pause()
                began = time.perf_counter()
                screen.timeline.select(flt)
                model.append(time.perf_counter() - began)
        # Scrolling: keys on the whole timeline, each until the frame that shows its move.
        screen.apply(Filter())
        await _wait(lambda: screen.selection.filter == Filter())
        view.focus()
        await pilot.pause()
        moves = []
        # the key's action called as the key binding calls it (Pilot.press would add its
        # own waits for idleness, which are most of what it takes)
        for action in ["page_down"] * 15 + ["cursor_down"] * 15 + ["last", "first"]:
            count, began = len(frames), time.perf_counter()
            getattr(view, f"action_{action}")()
            await _wait(lambda n=count: len(frames) > n)
            moves.append(frames[-1] - began)
            await pilot.pause()
        result["scroll_median_ms"] = statistics.median(moves) * 1000
        result["scroll_max_ms"] = max(moves) * 1000
        result["filter_median_ms"] = statistics.median(timings) * 1000
        result["filter_max_ms"] = max(timings) * 1000
        result["filter_cpu_ms"] = statistics.median(cpu) * 1000
        result["filter_slowest_ms"] = slowest
        result["select_median_ms"] = statistics.median(model) * 1000
    return result


def run_article() -> dict:
    from timeline.io.loaders import read_document
    from timeline.io.seeds import default_inputs
    from timeline.pipeline import analyse_documents
    from timeline.tui.app import TimelineApp

    def loader():
        analysis = analyse_documents(read_document(p) for p in default_inputs())
        return list(analysis.documents), analysis.timeline

    return asyncio.run(_measure(lambda: TimelineApp(loader=loader), _filters()))


def run_synthetic(count: int) -> dict:
    from timeline.model.timeline import Timeline
    from timeline.tui.app import TimelineApp
    from timeline.tui.sample import synthetic_events

    documents, events = synthetic_events(count)
    began = time.perf_counter()
    timeline = Timeline(events)
    build = time.perf_counter() - began
    result = asyncio.run(_measure(lambda: TimelineApp(documents, timeline), _filters()))
    result["build_s"] = build
    return result


def run_json(count: int) -> dict:
    from timeline.cli.main import explore_loader
    from timeline.cli.options import build_parser
    from timeline.io.export import write_json
    from timeline.model.timeline import Timeline
    from timeline.tui.app import TimelineApp
    from timeline.tui.sample import synthetic_events

    documents, events = synthetic_events(count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.json"
        write_json(documents, Timeline(events).events, path)  # as ``timeline export`` does
        del documents, events
        args = build_parser().parse_args(["explore", str(path)])
        loader = explore_loader(args, [], [str(path)])
        return asyncio.run(_measure(lambda: TimelineApp(loader=loader), _filters()))


def child(scenario: str, count: int) -> None:
    runs = {
        "article": lambda: run_article(),
        "synthetic": lambda: run_synthetic(count),
        "json": lambda: run_json(count),
    }
    result = runs[scenario]()
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--child", nargs=2, metavar=("SCENARIO", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    scenarios = [("article", 0)]
    scenarios += [("synthetic", n) for n in args.sizes]
    scenarios += [("json", n) for n in args.sizes if n == max(args.sizes)]
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.1f} (other work skews every figure)")
    print(
        f"{'scenario':<18}{'events':>8}{'build s':>9}{'window s':>9}{'first s':>9}"
        f"{'complete s':>11}{'filter ms':>11}{'(max)':>8}{'cpu ms':>8}{'select ms':>11}"
        f"{'scroll ms':>10}{'(max)':>7}{'RSS MB':>8}"
    )
    for scenario, count in scenarios:
        output = subprocess.run(
            [sys.executable, __file__, "--child", scenario, str(count)],
            capture_output=True,
            text=True,
            check=False,
        )
        if output.returncode:
            print(f"{scenario} {count}: failed\n{output.stderr[-2000:]}")
            continue
        r = json.loads(output.stdout.strip().splitlines()[-1])
        name = scenario if scenario == "article" else f"{scenario} {count}"
        build = f"{r['build_s']:.2f}" if "build_s" in r else "-"
        print(
            f"{name:<18}{r['events']:>8}{build:>9}{r['window_s']:>9.2f}{r['first_screen_s']:>9.2f}"
            f"{r['complete_s']:>11.2f}{r['filter_median_ms']:>11.1f}{r['filter_max_ms']:>8.0f}{r['filter_cpu_ms']:>8.1f}"
            f"{r['select_median_ms']:>11.1f}{r['scroll_median_ms']:>10.1f}"
            f"{r['scroll_max_ms']:>7.0f}{r['peak_rss_mb']:>8.0f}"
        )
        each = ", ".join(f"{name} {ms:.0f}" for name, ms in r["filter_slowest_ms"].items())
        print(f"{'':<18}slowest change per filter, ms: {each}")


if __name__ == "__main__":
    main()
