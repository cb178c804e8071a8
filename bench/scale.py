"""Scale figures for ``timeline export``: a 2,000-article archive, and pathological inputs.

What it measures:

1. ``timeline export CORPUS -o events.csv`` over the generated archive (bench/corpus.py,
   default 2,000 articles) with ``--jobs 1`` and with ``--jobs 2``, interleaved
   ``--repeat`` times (each run is a new process, so string hashing differs): best wall
   time, speed-up, whether all outputs are byte-identical, the number of events, and peak memory
   (the largest single process, from the kernel's rusage; and, when psutil is installed,
   the whole process tree, sampled every 20 ms).
2. The pathological inputs at full size, each through the real CLI: a 10 MB single line,
   1 MB of digits, 100,000 nested ``<div>``, invalid UTF-8, a 0-byte file, and a file over
   the default 50 MB size limit (which must be refused before it is read). For each: exit
   status, wall time, events, and the first line of stderr.

Usage::

    python bench/scale.py                      # 2,000 articles, then the pathological inputs
    python bench/scale.py --articles 500 --skip-pathological
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

OUT = REPO / "bench" / "out" / "scale"
MB = 1_000_000


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    stderr: str
    largest_rss_mb: float
    tree_rss_mb: float | None
    cpu_by_process: dict[int, float]  # CPU seconds of each process in the tree (psutil)

    @property
    def cpu_total(self) -> float:
        return sum(self.cpu_by_process.values())

    @property
    def cpu_busiest(self) -> float:
        """The longest any one process computed: the wall time on otherwise idle cores."""
        return max(self.cpu_by_process.values(), default=0.0)


def run_cli(*args: str) -> Run:
    """``timeline ARGS`` in a fresh process, timed, with its peak memory."""
    command = [sys.executable, "-m", "timeline", *args]
    wrapper = (
        "import resource, subprocess, sys;"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE);"
        "sys.stderr.buffer.write(r.stderr);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
        "sys.exit(r.returncode)"
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", wrapper, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )
    sampler = TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    largest_kb = int(stdout.strip().splitlines()[-1]) if stdout.strip() else 0
    return Run(seconds, process.returncode, stderr, largest_kb / 1024, sampler.peak_mb, sampler.cpu)


class TreeSampler(threading.Thread):
    """Peak total RSS, and CPU seconds per process, of a process and its descendants.

    Needs psutil (else no figures). CPU is the last sample of each process, so a process's
    final 20 ms may be missed; on a machine shared with other work, CPU seconds tell what
    the run cost where wall time only tells how long it waited.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self._pid = pid
        self._halt = threading.Event()
        self.peak_mb: float | None = None
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self._pid)
        except psutil.Error:
            return
        peak = 0
        while not self._halt.is_set():
            total = 0
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                tree = []
            for process in tree[1:]:  # not the measuring wrapper itself
                try:
                    total += process.memory_info().rss
                    times = process.cpu_times()
                    self.cpu[process.pid] = times.user + times.system
                except psutil.Error:
                    continue
            peak = max(peak, total)
            self.peak_mb = peak / (1 << 20)
            self._halt.wait(0.02)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def count_csv_events(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return max(0, sum(1 for _ in csv.reader(handle)) - 1)


def memory(run: Run) -> str:
    tree = f", whole tree {run.tree_rss_mb:,.0f} MB" if run.tree_rss_mb else ""
    return f"peak RSS largest process {run.largest_rss_mb:,.0f} MB{tree}"


def cpu(run: Run) -> str:
    if not run.cpu_by_process:
        return ""
    return (
        f", CPU {run.cpu_total:.1f} s in {len(run.cpu_by_process)} processes "
        f"(busiest {run.cpu_busiest:.1f} s)"
    )


def bench_archive(articles: int, seed: int, repeat: int) -> bool:
    folder = OUT / "corpus"
    paths = corpus.write_corpus(folder, articles, seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"archive: {len(paths):,} articles, {size:,} bytes ({folder})")
    best: dict[int, Run] = {}
    outputs: set[bytes] = set()
    for attempt in range(repeat):  # interleaved, so a busy spell hurts both settings alike
        for jobs in (1, 2):
            target = OUT / f"events-jobs{jobs}.csv"
            load = os.getloadavg()[0]
            run = run_cli("export", str(folder), "-o", str(target), "--force", "--jobs", str(jobs))
            if run.returncode:
                print(f"--jobs {jobs}: FAILED ({run.returncode}): {run.stderr.strip()[:300]}")
                return False
            outputs.add(target.read_bytes())
            print(
                f"  run {attempt + 1} --jobs {jobs}: {run.seconds:6.2f} s "
                f"(load average before: {load:.1f}){cpu(run)}"
            )
            if jobs not in best or run.seconds < best[jobs].seconds:
                best[jobs] = run
    for jobs, run in best.items():
        target = OUT / f"events-jobs{jobs}.csv"
        print(
            f"--jobs {jobs}: best {run.seconds:6.2f} s, {len(paths) / run.seconds:7.1f} "
            f"articles/s, {count_csv_events(target):,} events, {memory(run)}"
        )
    print(f"speed-up --jobs 2 over --jobs 1 (best of {repeat}): "
          f"{best[1].seconds / best[2].seconds:.2f}x")  # fmt: skip
    if best[1].cpu_by_process and best[2].cpu_by_process:
        print(
            "speed-up on idle cores (busiest process CPU, --jobs 1 / --jobs 2): "
            f"{best[1].cpu_busiest / best[2].cpu_busiest:.2f}x; parallel overhead "
            f"{best[2].cpu_total / best[1].cpu_total - 1:+.0%} CPU"
        )
    same = len(outputs) == 1
    print(f"all {2 * repeat} outputs byte-identical: {'yes' if same else 'NO'}")
    return same


def pathological_inputs(folder: Path) -> dict[str, Path]:
    """Write the hostile files (full sizes) and name them."""
    folder.mkdir(parents=True, exist_ok=True)
    news = json.dumps([t for _, t in corpus.compose_corpus(50, seed=3)])  # varied prose
    prose = " ".join(t.replace("\n", " ") for t in json.loads(news))
    files = {
        "10 MB single line": ("single-line.txt", (prose * (10 * MB // len(prose) + 1))[: 10 * MB]),
        "1 MB of digits": ("digits.txt", ("31415926535897932384626433832795" * 40_000)[:MB]),
        "100,000 nested <div>": (
            "nested.html",
            "<html><body>"
            + "<div>" * 100_000
            + "On March 3, 2019, the court ruled."
            + "</div>" * 100_000
            + "</body></html>",
        ),
    }
    paths = {}
    for label, (name, text) in files.items():
        paths[label] = folder / name
        paths[label].write_text(text, encoding="utf-8")
    paths["invalid UTF-8"] = folder / "invalid-utf8.txt"
    paths["invalid UTF-8"].write_bytes(
        b"On March 3, 2019, the court ruled \xff\xfe\xc3\x28 and \x80\x81 adjourned.\n" * 1000
    )
    paths["0-byte file"] = folder / "empty.txt"
    paths["0-byte file"].write_bytes(b"")
    paths["60 MB file (over the 50 MB limit)"] = folder / "huge.txt"
    with paths["60 MB file (over the 50 MB limit)"].open("wb") as handle:
        handle.truncate(60 * MB)  # sparse: its size is real, its pages need not be
    return paths


def bench_pathological() -> None:
    print("\npathological inputs, each as `timeline export FILE -o OUT.csv --force`:")
    for label, path in pathological_inputs(OUT / "pathological").items():
        target = OUT / "pathological-out.csv"
        target.unlink(missing_ok=True)
        run = run_cli("export", str(path), "-o", str(target), "--force")
        events = count_csv_events(target) if target.exists() else 0
        message = next((line for line in run.stderr.splitlines() if line.strip()), "")
        print(
            f"  {label:<34} exit {run.returncode}  {run.seconds:6.2f} s  {events:>6,} events  "
            f"{run.largest_rss_mb:5.0f} MB  {message[:110]}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each --jobs setting")
    parser.add_argument("--skip-pathological", action="store_true")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} cores; peak RSS from getrusage (+ psutil tree sampling if present)")
    same = bench_archive(args.articles, args.seed, args.repeat)
    if not args.skip_pathological:
        bench_pathological()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
