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

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from timeline.io.errors import InputError

if TYPE_CHECKING:
    from timeline.io.document import Document
    from timeline.model.event import Event
    from timeline.pipeline import Analysis

Item = TypeVar("Item")
Result = TypeVar("Result")
Mapper = Callable[[Callable[[Item], Result], Iterable[Item]], Iterator[Result]]
Progress = Callable[[int, int], None]
"""Called with (inputs done, inputs in all) as work completes, in the calling process."""

# How workers start. Forking is the fastest (they inherit the imported analysis), but forking
# a process that runs other threads (the explorer analyses from one) can copy a lock held by
# another thread into the child, so then workers start from a clean fork server instead.
_FORKSERVER = (
    multiprocessing.get_context("forkserver")
    if "forkserver" in multiprocessing.get_all_start_methods()
    else multiprocessing.get_context("spawn")
)
if _FORKSERVER.get_start_method() == "forkserver":
    # The server imports the analysis once; every worker forked from it starts with it.
    _FORKSERVER.set_forkserver_preload(["timeline.pipeline", "timeline.events"])


def _pool_context() -> multiprocessing.context.BaseContext:
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return _FORKSERVER


CONNECT_TIMEOUT = "20s"  # how long to wait for a Dask scheduler before saying so
_CHUNKS_PER_WORKER = 8  # enough chunks for smooth progress and load balance, few enough IPC
_MAX_CHUNK = 32


class DaskUnavailableError(InputError):
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
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context()) as pool:
        pending = {
            pool.submit(_run_chunk, work, items[start : start + size]): index
            for index, start in enumerate(starts)
        }
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
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
    try:
        client = Client(scheduler_address, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as error:  # unreachable, refused, or not an address at all
        raise InputError(
            f"cannot reach the Dask scheduler at {scheduler_address!r} ({error})"
        ) from None
    with client:
        computation = bag.from_sequence(list(items), npartitions=npartitions).map(work)
        return list(client.compute(computation, sync=True))


def pool_mapper(jobs: int | None = None, progress: Progress | None = None) -> Mapper:
    """A ``mapper`` for :func:`timeline.pipeline.analyse_documents` that uses ``jobs`` processes."""

    def mapper(work: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        return iter(map_in_order(work, list(items), jobs=jobs, progress=progress))

    return mapper


def dask_mapper(scheduler_address: str) -> Mapper:
    """A ``mapper`` for :func:`timeline.pipeline.analyse_documents` that runs on a Dask cluster.

    The documents (already read and checked here, so refusals and warnings are exactly the
    local ones) travel to the workers; the workers need ``timeline`` but not the files.
    """

    def mapper(work: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        return iter(map_with_dask(work, list(items), scheduler_address))

    return mapper


def choose_mapper(
    jobs: int | None = None, dask_address: str | None = None, progress: Progress | None = None
) -> Mapper:
    """The mapper the command line asked for: a Dask cluster, else a local process pool."""
    if dask_address:
        return dask_mapper(dask_address)
    return pool_mapper(jobs, progress)


def analyse_all(
    documents: Iterable[Document],
    *,
    jobs: int | None = None,
    day_first: bool = False,
    progress: Progress | None = None,
) -> list[tuple[Event, ...]]:
    """The events of each document, in input order, analysed by ``jobs`` processes."""
    from timeline.pipeline import process

    work = partial(process, day_first=day_first)
    return [
        events for _, events in map_in_order(work, list(documents), jobs=jobs, progress=progress)
    ]


def analyse_with_dask(
    names: Iterable[str | os.PathLike[str]],
    scheduler_address: str,
    *,
    published: date | None = None,
    max_size: int | None = None,
    day_first: bool = False,
    warn: Callable[[str], None] = lambda _: None,
) -> Analysis:
    """What ``analyse_documents(load_inputs(names))`` gives, computed on a Dask cluster.

    A ``dask.bag`` of file paths is mapped with "read the file, analyse it", so the files are
    read where they are analysed and only events travel back. Folders are listed here, the
    way the local path lists them, and the same rules apply: an unreadable file inside a
    folder is skipped with a warning, an unreadable file named directly is an error.
    """
    from timeline.io.loaders import DEFAULT_MAX_SIZE, FORMATS, folder_files
    from timeline.pipeline import analyse_documents

    names = list(names)
    files: list[tuple[str, Path | None]] = []  # (file, the folder it was found in)
    for name in names:
        path = Path(name)
        if path.is_dir():
            files.extend((str(p), path) for p in folder_files(path))
        else:
            files.append((str(path), None))
    work = partial(
        _read_and_process,
        published=published,
        max_size=DEFAULT_MAX_SIZE if max_size is None else max_size,
        day_first=day_first,
    )
    results = map_with_dask(work, [p for p, _ in files], scheduler_address)
    analysed: list[tuple[Document, tuple[Event, ...]]] = []
    readable_folders: set[Path] = set()
    for (_, folder), result in zip(files, results, strict=True):
        if isinstance(result, str):
            if folder is None:
                raise InputError(result)
            warn(f"skipped {result}")
            continue
        if folder is not None:
            readable_folders.add(folder)
        analysed.append(result)
    for name in names:
        if Path(name).is_dir() and Path(name) not in readable_folders:
            kinds = ", ".join(sorted(FORMATS))
            raise InputError(f"{name}: no readable article in this folder (looked for {kinds})")
    # The pipeline assembles the timeline (actors merged across documents, events sorted)
    # from what the cluster computed, exactly as it does from a local map.
    return analyse_documents(
        [document for document, _ in analysed], mapper=lambda _work, _documents: iter(analysed)
    )


def _read_and_process(
    path: str, *, published: date | None, max_size: int, day_first: bool
) -> tuple[Document, tuple[Event, ...]] | str:
    """One file read and analysed on a worker; a refusal comes back as its message."""
    from timeline.io.loaders import read_document
    from timeline.pipeline import process

    try:
        document = read_document(Path(path), published=published, max_size=max_size)
    except InputError as error:
        return str(error)
    return process(document, day_first=day_first)


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
