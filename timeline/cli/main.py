"""The ``timeline`` command: explore, list, export and dates.

Exit status: 0 on success (also when no event matches: a note goes to stderr), 2 for a
usage error or an input/output the user must fix (one line on stderr, never a traceback),
130 when interrupted, 1 for an internal error (one line; ``TIMELINE_DEBUG=1`` shows it in
full).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.cli.options import build_parser, filter_from, with_default_command
from timeline.cli.render import (
    clean,
    describe_document,
    event_table,
    mention_lines,
    mention_record,
)
from timeline.io.document import DateStatus, Document
from timeline.io.errors import InputError
from timeline.io.export import check_target, export, read_json_export
from timeline.io.loaders import (
    STDIN,
    Sources,
    distinct_inputs,
    is_export_path,
    load_inputs,
    load_sources,
)
from timeline.model.event import Event
from timeline.model.timeline import Selection, Timeline
from timeline.pipeline import Analysis, analyse_documents, find_dates, with_reference

if TYPE_CHECKING:  # the explorer's types; textual is imported only when it opens
    from timeline.tui.app import Loader, Preview, Progress

PROG = "timeline"
MAX_INFERRED_NOTES = 3
PROGRESS_FROM = 20  # inputs; fewer finish before a progress line would be read


def say(kind: str, message: str) -> None:
    """One line on stderr: ``timeline: warning: ...``; control characters removed."""
    print(f"{PROG}: {kind}: {clean(message)}", file=sys.stderr)


def warn(message: str) -> None:
    say("warning", message)


def note(message: str) -> None:
    say("note", message)


# -- shared steps -------------------------------------------------------------------------
def load(args: argparse.Namespace) -> Sources:
    sources = load_sources(args.inputs, published=args.published, max_size=args.max_size, warn=warn)
    if args.published and sources.exported_events:
        warn("--published does not change the dates of events read from an export")
    return sources


def analyse(sources: Sources, args: argparse.Namespace, *, in_window: bool = False) -> Analysis:
    """The timeline of every input; articles analysed (``--jobs`` processes), exports merged.

    One export alone is taken as it was written: its actors were merged across its
    documents when it was made, and merging them again may rename some (a second pass of
    ``merge_actors`` can still join names), so what was exported would not be what is read.

    On the command line (not ``in_window``), progress and the notes about inferred
    publication dates go to stderr; the explorer shows both itself.
    """
    from timeline.parallel import TerminalProgress, choose_mapper

    if is_lone_export(sources):
        return Analysis(tuple(sources.exported_documents), Timeline(sources.exported_events))
    show = not in_window and len(sources.documents) >= PROGRESS_FROM
    mapper = choose_mapper(args.jobs, None, TerminalProgress.for_stderr() if show else None)
    analysis = analyse_documents(
        sources.documents,
        day_first=args.day_first,
        extra_events=sources.exported_events,
        mapper=mapper,
    )
    if not in_window:
        report_reference_dates(analysis.documents)  # the articles, not the exports
    return Analysis(tuple(sources.exported_documents) + analysis.documents, analysis.timeline)


def is_lone_export(sources: Sources) -> bool:
    """True when the inputs are one JSON export and nothing else."""
    return not sources.documents and len(sources.exports) == 1


def analyse_on_dask(args: argparse.Namespace) -> Analysis:
    """``--dask``: the cluster reads and analyses the files; exports are merged here."""
    from timeline.io.seeds import default_inputs
    from timeline.parallel import analyse_with_dask

    if STDIN in args.inputs:
        raise InputError("--dask: standard input cannot be sent to a cluster; name files")
    exports = [n for n in args.inputs if is_export_path(n)]
    articles = [n for n in args.inputs if not is_export_path(n)]
    if not args.inputs:
        articles = [str(p) for p in default_inputs()]
    local = load_sources(exports, max_size=args.max_size, warn=warn)
    remote = (
        analyse_with_dask(
            articles,
            args.dask,
            published=args.published,
            max_size=args.max_size,
            day_first=args.day_first,
            warn=warn,
        )
        if articles
        else Analysis((), Timeline(()))
    )
    report_reference_dates(remote.documents)
    return Analysis(
        tuple(local.exported_documents) + remote.documents,
        Timeline([*remote.timeline, *local.exported_events]),
    )


def analysis_for(args: argparse.Namespace) -> Analysis:
    """Load and analyse what the user named, locally or on a Dask cluster."""
    if getattr(args, "dask", None):
        return analyse_on_dask(args)
    return analyse(load(args), args)


def report_reference_dates(documents: Sequence[Document]) -> None:
    """Say once, on stderr, which documents had their publication date inferred or missing."""
    inferred = [d for d in documents if d.date_status is DateStatus.INFERRED]
    missing = [d for d in documents if d.date_status is DateStatus.MISSING]
    for document in inferred[:MAX_INFERRED_NOTES]:
        note(
            f"{document.path}: no publication date; relative dates are resolved against "
            f"{document.published}, inferred from the text (set --published to change it)"
        )
    if len(inferred) > MAX_INFERRED_NOTES:
        note(f"{len(inferred) - MAX_INFERRED_NOTES} more documents have an inferred date")
    for document in missing[:MAX_INFERRED_NOTES]:
        note(
            f"{document.path}: no publication date, none could be inferred; relative dates "
            "are left unresolved (set --published)"
        )
    if len(missing) > MAX_INFERRED_NOTES:
        note(f"{len(missing) - MAX_INFERRED_NOTES} more documents have no publication date")


def nothing_kept(selection: Selection) -> str:
    """Why no event is shown: the inputs hold none, or the filters kept none."""
    if not selection.total:
        return "no dated events in the input"
    return f"no events match ({selection.status()})"


def _terminal_width() -> int | None:
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


# -- commands -----------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    analysis = analysis_for(args)
    selection = analysis.timeline.select(filter_from(args))
    if not selection.events:
        note(nothing_kept(selection))
        return 0
    for line in event_table(selection.events, terminal_width=_terminal_width()):
        print(line)
    if sys.stderr.isatty():
        print(selection.status(), file=sys.stderr)
    return 0


def _export_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return "json" if args.output.lower().endswith(".json") else "csv"


def cmd_export(args: argparse.Namespace) -> int:
    check_target(args.output, force=args.force)  # before any work, not after
    analysis = analysis_for(args)
    selection = analysis.timeline.select(filter_from(args))
    if not selection.events:
        note(f"{nothing_kept(selection)}; the export has no rows")
    export(
        analysis.documents,
        selection.events,
        args.output,
        format=_export_format(args),
        force=args.force,
    )
    if args.output != "-":
        note(f"wrote {len(selection.events)} events to {args.output}")
    return 0


def cmd_dates(args: argparse.Namespace) -> int:
    for name in args.inputs:
        if is_export_path(name):
            raise InputError(f"{name}: an export holds events, not text; use 'timeline list'")
    documents = load_inputs(
        args.inputs, published=args.published, max_size=args.max_size, warn=warn
    )
    settled = [with_reference(d, day_first=args.day_first) for d in documents]
    report_reference_dates(settled)
    for number, document in enumerate(settled):
        mentions = find_dates(document, day_first=args.day_first)
        if args.json:
            for mention in mentions:
                print(json.dumps(mention_record(document, mention), ensure_ascii=False))
            continue
        if number:
            print()
        print(describe_document(document))
        for line in mention_lines(document, mentions):
            print("  " + line)
        if not mentions:
            note(f"{document.path}: no date found")
    return 0


def cmd_explore(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError(
            "the explorer needs a terminal; use 'timeline list' or 'timeline export' in a pipe"
        )
    # Articles are read (and refused, with exit status 2) before the window opens; a big
    # JSON export is only checked here and read behind the window's loading screen.
    if STDIN in args.inputs:
        raise InputError(
            "the explorer cannot read standard input (it needs the terminal); name a file"
        )
    exports = [n for n in args.inputs if is_export_path(n)]
    articles = [n for n in args.inputs if not is_export_path(n)]
    for name in exports:
        if not Path(name).is_file():
            raise InputError(f"{name}: no such file")
    documents = (
        load_inputs(articles, published=args.published, max_size=args.max_size, warn=warn)
        if articles or not exports
        else []
    )

    from timeline.tui.app import run_loading

    return run_loading(explore_loader(args, documents, exports))


def explore_loader(
    args: argparse.Namespace, documents: Sequence[Document], exports: Sequence[str]
) -> Loader:
    """What ``explore`` runs behind the window: read the exports, analyse the articles.

    One export alone is shown as written (see :func:`analyse`), so when it declares its
    events in timeline order its first events are the timeline's first, and the window
    shows them (``preview``) while the rest is read.
    """

    def loader(
        progress: Progress | None = None, preview: Preview | None = None
    ) -> tuple[list[Document], Timeline]:
        lone = progress is not None and preview is not None and len(exports) == 1
        lone = lone and not documents
        shown = False

        def head(head_documents: list[Document], events: list[Event]) -> None:
            nonlocal shown
            preview(head_documents, Timeline(events))  # type: ignore[misc]
            shown = True

        def read(done: int, total: int) -> None:
            if shown:  # the rows are up: the status says how much is read (in percent)
                progress(done * 100 // max(total, 1), 100)  # type: ignore[misc]

        sources = Sources(documents=list(documents))
        for name in exports:
            exported_documents, exported_events = read_json_export(
                Path(name), head=head if lone else None, progress=read if lone else None
            )
            sources.exported_documents.extend(exported_documents)
            sources.exported_events.extend(exported_events)
            sources.exports.append(name)
        analysis = analyse(sources, args, in_window=True)
        return list(analysis.documents), analysis.timeline

    return loader


COMMAND_FUNCTIONS = {
    "explore": cmd_explore,
    "list": cmd_list,
    "export": cmd_export,
    "dates": cmd_dates,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (``python -m timeline`` exits with it)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(with_default_command(arguments))
        args.inputs = distinct_inputs(args.inputs)  # each file once, for every command
        return COMMAND_FUNCTIONS[args.command](args)
    except SystemExit as stop:  # argparse: --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except InputError as error:
        say("error", str(error))
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``timeline list | head``): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # standard output on a full disk, a closed terminal...
        where = error.filename or "output"
        say("error", f"{where}: cannot write ({error.strerror or error})")
        return 2
    except Exception as error:
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        name = type(error).__name__
        say("error", f"internal error: {name}: {error} (TIMELINE_DEBUG=1 shows more)")
        return 1


__all__ = ["main"]
