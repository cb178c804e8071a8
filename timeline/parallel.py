"""Run the per-document analysis over many inputs: a local process pool, or a Dask cluster.

Why this is safe to parallelise: analysing one document is a pure function of that document
(``timeline.pipeline.analyse``), so inputs can be spread over processes or machines in any
order. What users must never see is that spreading: results come back in input order, so
``--jobs 8`` writes the same bytes as ``--jobs 1``.

Why processes and not threads: the engine is pure Python and CPU-bound; threads would hold
the GIL in turn. Why Dask past one machine: it already schedules, retries and moves data
across a cluster; a home-made distributed runner would do all that worse.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from typing import IO, Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Progress = Callable[[int, int], None]
"""Called with (inputs done, inputs in all) as work completes, in the calling process."""

_CHUNKS_PER_WORKER = 8  # enough chunks for smooth progress and load balance, few enough IPC
_MAX_CHUNK = 32


class DaskUnavailableError(RuntimeError):
    """``--dask`` was asked for but the optional ``timeline[dask]`` extra is not installed."""


def default_jobs() -> int:
    """All the cores this process may run on (not merely all the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_in_order(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """``[work(item) for item in items]``, spread over ``jobs`` processes, in input order.

    ``work`` must be a module-level function (or a ``functools.partial`` of one) so that
    it pickles. With ``jobs=1`` (or a single input) nothing is spawned: the work runs in
    this process, which also makes the serial path the reference the parallel one must
    equal. The first exception in any worker stops the run and is re-raised here, with a
    note naming the input it came from.
    """
    total = len(items)
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    jobs = min(jobs, total)
    if jobs <= 1:
        results = []
        for done, item in enumerate(items, 1):
            results.append(_run_one(work, item))
            if progress:
                progress(done, total)
        return results

    size = max(1, min(_MAX_CHUNK, total // (jobs * _CHUNKS_PER_WORKER)))
    starts = range(0, total, size)
    chunks: list[list[Result]] = [[] for _ in starts]
    done = 0
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = {
            pool.submit(_run_chunk, work, items[start : start + size]): index
            for index, start in enumerate(starts)
        }
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_EXCEPTION)
                for future in finished:
                    index = pending.pop(future)
                    chunks[index] = future.result()  # re-raises a worker's exception
                    done += len(chunks[index])
                    if progress:
                        progress(done, total)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [result for chunk in chunks for result in chunk]


def _run_one(work: Callable[[Item], Result], item: Item) -> Result:
    try:
        return work(item)
    except Exception as error:
        error.add_note(f"while analysing {_describe(item)}")
        raise


def _run_chunk(work: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    return [_run_one(work, item) for item in items]


def _describe(item: object) -> str:
    path = getattr(item, "path", item)
    return str(path) if isinstance(path, str | os.PathLike) else type(item).__name__


def map_with_dask(
    work: Callable[[Item], Result],
    items: Sequence[Item],
    scheduler_address: str,
    *,
    partitions: int | None = None,
) -> list[Result]:
    """``[work(item) for item in items]`` on the Dask cluster at ``scheduler_address``.

    The items travel to the workers as they are (for files: their paths), so every worker
    must see the same files at the same paths (a shared or replicated file system), and
    must have ``timeline`` installed. A ``dask.bag`` keeps its order, so results line up
    with ``items`` exactly as on the local path.
    """
    try:
        import dask.bag as bag
        from distributed import Client
    except ImportError as error:
        raise DaskUnavailableError(
            "running on a Dask cluster needs the optional extra: pip install 'timeline[dask]'"
        ) from error
    if not items:
        return []
    npartitions = partitions or min(len(items), 256)
    with Client(scheduler_address, set_as_default=False) as client:
        computation = bag.from_sequence(list(items), npartitions=npartitions).map(work)
        return list(client.compute(computation, sync=True))


def analyse_all(
    inputs: Iterable[Any],
    *,
    jobs: int | None = None,
    work: Callable[[Any], tuple[Any, ...]] | None = None,
    progress: Progress | None = None,
) -> list[tuple[Any, ...]]:
    """The events of each input, in input order, analysed by ``jobs`` processes.

    ``inputs`` are documents or paths; ``work`` turns one of them into its events and
    defaults to :func:`timeline.pipeline.analyse_input`.
    """
    return map_in_order(work or _default_work(), list(inputs), jobs=jobs, progress=progress)


def analyse_with_dask(
    paths: Iterable[Any],
    scheduler_address: str,
    *,
    work: Callable[[Any], tuple[Any, ...]] | None = None,
) -> list[tuple[Any, ...]]:
    """Like :func:`analyse_all`, but on the Dask cluster at ``scheduler_address``."""
    items = [os.fspath(p) if isinstance(p, os.PathLike) else p for p in paths]
    return map_with_dask(work or _default_work(), items, scheduler_address)


def _default_work() -> Callable[[Any], tuple[Any, ...]]:
    from timeline.pipeline import analyse_input  # the pipeline imports the engine: load late

    return analyse_input


class TerminalProgress:
    """A one-line "analysed 120/2000 inputs" counter, redrawn in place on a terminal.

    Only for terminals: piped or redirected stderr gets nothing, so logs and scripts are
    never cluttered with carriage returns.
    """

    def __init__(self, stream: IO[str], label: str = "analysed") -> None:
        self._stream = stream
        self._label = label
        self._shown = -1

    @classmethod
    def for_stderr(cls) -> TerminalProgress | None:
        """A counter on stderr when it is a terminal, else None (no progress at all)."""
        return cls(sys.stderr) if sys.stderr.isatty() else None

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent == self._shown and done != total:
            return
        self._shown = percent
        end = "\n" if done == total else ""
        self._stream.write(f"\r{self._label} {done}/{total} inputs ({percent}%){end}")
        self._stream.flush()
