"""The argument parser: commands, filters, and argument types with one-line errors."""

from __future__ import annotations

import argparse
import calendar
import re
from datetime import date

from timeline.io.export import FORMATS
from timeline.io.loaders import DEFAULT_MAX_SIZE, parse_published
from timeline.model.timeline import Filter, YearRange

COMMANDS = ("explore", "list", "export", "dates")
EPILOG = """examples:
  timeline                                   the bundled article in the explorer
  timeline articles/ --published 2025-04-16  a folder of .txt/.md/.html files
  timeline list --year 2019-2021 --actor DEA
  timeline export articles/ -o events.csv    (--format json, -o -, --force)
  timeline list events.json --kind strike    a JSON export, read back without re-parsing
  timeline dates story.md --json             every date mention, offsets into the file

exit status: 0 success (also when nothing matches), 2 usage or input/output error
(one line on stderr), 130 interrupted, 1 internal error.
Each command has its own --help."""
DEFAULT_COMMAND = "explore"


class Parser(argparse.ArgumentParser):
    """argparse with errors on one line (``timeline: error: ...``) and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"timeline: error: {' '.join(message.split())} (see '{self.prog} --help')\n")

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        """Each command's arguments, then the checks that take two of them together."""
        namespace, extras = super().parse_known_args(args, namespace)
        first, last = getattr(namespace, "date_from", None), getattr(namespace, "date_to", None)
        if first and last and first > last:
            self.error(f"--from {first} is after --to {last}: nothing could match")
        return namespace, extras


# -- argument types: each raises ArgumentTypeError with a message a user can act on -------
def published_date(text: str) -> date:
    try:
        return parse_published(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: expected YYYY-MM-DD") from None


def year_range(text: str) -> YearRange:
    try:
        return YearRange.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"bad year {text!r}: expected a year such as 2020 or a range such as 2019-2021"
        ) from None


_PARTIAL_DATE = re.compile(r"^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _bound(text: str, *, last: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD; the first (or last) day of what it names."""
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if last else date(year, 1, 1)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {text!r}: no such day") from None


def date_from(text: str) -> date:
    return _bound(text, last=False)


def date_to(text: str) -> date:
    return _bound(text, last=True)


def event_kind(text: str) -> str:
    """One of the kinds the extractor gives (any case), as the filter matches them."""
    from timeline.events.kinds import KINDS  # only when --kind is given

    if text.strip().casefold() not in KINDS:
        raise argparse.ArgumentTypeError(
            f"unknown kind {text!r}: expected one of: {', '.join(sorted(KINDS))}"
        )
    return text.strip()


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_NO_LIMIT = 2**53  # 8 PiB, beyond any file: a bigger size means no limit, not an overflow


def byte_size(text: str) -> int:
    """ "50MB", "500k", "1G" or a number of bytes."""
    match = _SIZE.match(text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"bad size {text!r}: expected e.g. 50MB, 500KB or 1G")
    size = float(match.group(1)) * _UNITS[match.group(2).lower()]
    return int(min(size, _NO_LIMIT))


# -- the parser ---------------------------------------------------------------------------
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline")
    except PackageNotFoundError:
        return "unknown"


def _add_inputs(parser: argparse.ArgumentParser, what: str = "INPUT") -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar=what,
        help="article files (.txt, .md, .html), folders, '-' for standard input, or a JSON "
        "export; none: the bundled article",
    )
    parser.add_argument(
        "--published",
        type=published_date,
        metavar="YYYY-MM-DD",
        help="publication date of every input (overrides their metadata)",
    )
    parser.add_argument(
        "--day-first", action="store_true", help="read 3/4/2020 as 3 April (default: US order)"
    )
    parser.add_argument(
        "--max-size",
        type=byte_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="refuse input files larger than this (default: 50MB)",
    )


def positive_jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"bad count {text!r}: expected 1 or more processes")
    return jobs


def _add_scale(parser: argparse.ArgumentParser, *, dask: bool) -> None:
    parser.add_argument(
        "--jobs",
        type=positive_jobs,
        metavar="N",
        help="analyse with N processes (default: all cores); the output does not depend on N",
    )
    if dask:
        parser.add_argument(
            "--dask",
            metavar="SCHEDULER",
            help="analyse on the Dask cluster at this scheduler address (needs timeline[dask])",
        )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "filters", "OR within one filter, AND across filters; dates match when they overlap"
    )
    group.add_argument(
        "--year",
        type=year_range,
        action="append",
        default=[],
        metavar="YEAR",
        help="a year (2020) or a range (2019-2021); repeatable",
    )
    group.add_argument(
        "--from", dest="date_from", type=date_from, metavar="DATE", help="from this day on"
    )
    group.add_argument("--to", dest="date_to", type=date_to, metavar="DATE", help="up to this day")
    group.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="NAME",
        help="an actor, alias-aware and case-insensitive (--actor Trump); repeatable",
    )
    group.add_argument(
        "--kind",
        type=event_kind,
        action="append",
        default=[],
        metavar="KIND",
        help="an event kind such as strike, arrest or ruling; repeatable",
    )
    group.add_argument("--search", default="", metavar="TEXT", help="text in sentence or actors")


def build_parser() -> Parser:
    parser = Parser(
        prog="timeline",
        description="Pull every dated event out of news articles; explore, list or export "
        "them. Without a command, opens the explorer.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"timeline {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    explore = commands.add_parser(
        "explore", help="open the explorer (the default)", allow_abbrev=False
    )
    _add_inputs(explore)
    _add_scale(explore, dask=False)

    listing = commands.add_parser("list", help="print the events as a table", allow_abbrev=False)
    _add_inputs(listing)
    _add_filters(listing)
    _add_scale(listing, dask=True)

    export = commands.add_parser(
        "export", help="write the events as CSV or JSON", allow_abbrev=False
    )
    _add_inputs(export)
    _add_filters(export)
    _add_scale(export, dask=True)
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="csv or json (default: json if the output ends in .json, else csv)",
    )
    export.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PATH",
        help="file to write, or '-' for standard output (the default)",
    )
    export.add_argument("--force", action="store_true", help="overwrite an existing file")

    dates = commands.add_parser(
        "dates", help="list every date mention and how it was resolved", allow_abbrev=False
    )
    _add_inputs(dates, "FILE")
    dates.add_argument(
        "--json", action="store_true", help="one JSON object per line, offsets into the file"
    )
    return parser


def with_default_command(argv: list[str]) -> list[str]:
    """``timeline a.txt`` means ``timeline explore a.txt``."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return [DEFAULT_COMMAND, *argv]
    return argv


def filter_from(args: argparse.Namespace) -> Filter:
    return Filter(
        years=tuple(args.year),
        date_from=args.date_from,
        date_to=args.date_to,
        actors=tuple(args.actor),
        kinds=tuple(args.kind),
        text=args.search,
    )
