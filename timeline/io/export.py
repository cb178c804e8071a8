"""CSV and JSON exports of a timeline, written so that no reader ever sees half a file.

The CSV contract (issue 3): the header starts with exactly
``date,start,end,precision,kind,actors,summary,sentence,date_text,source,offset`` and more
columns follow (``id,title,explanation,actor_types,date_start,date_end,inferred,date_label``).
``date`` is the TIMEX3 value at the text's precision (``2025-04-08``, ``2025-Q1``, ``199``);
``date_label`` is the same date as people read it (``timeline.model.labels``: "1990s",
"early 2000s", "20th century", where a bare ``199`` reads as a number). UTF-8,
RFC 4180 quoting by the standard ``csv`` module, actors joined with "; ". A cell a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) gets a leading apostrophe; :func:`unguard_cell` undoes it exactly, so the
CSV reads back to the same events.

The JSON export is ``{"documents": [metadata...], "events": [...]}`` with the same fields
as the CSV and actors as a list (plus ``actor_details`` with types and aliases, so that an
export opened in the explorer filters exactly like the articles it came from). One event per
line keeps a 100,000-event export diffable and cheap to write. When the events are in
timeline order (as every export of a timeline is) an ``"order": "timeline"`` member comes
before them; readers that do not know it ignore it, and :func:`read_json_export` uses it to
hand over the first events before the rest of a big file is read.

Files are written to a temporary file beside the target, flushed and fsynced, then moved
into place: killed at any moment, the export leaves the previous file or no file, never a
partial one. An existing file is only replaced with ``force``.
"""

from __future__ import annotations

import contextlib
import csv
import heapq
import io
import json
import operator
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from sys import intern
from typing import Any, TextIO

from timeline.bulk import collector_paused
from timeline.dates.mention import Precision
from timeline.io.document import DateStatus, Document
from timeline.io.errors import InputError, OutputError
from timeline.model.event import Actor, Event
from timeline.model.labels import date_label
from timeline.model.timeline import in_timeline_order

CSV_COLUMNS = (
    "date",
    "start",
    "end",
    "precision",
    "kind",
    "actors",
    "summary",
    "sentence",
    "date_text",
    "source",
    "offset",
)
CSV_EXTRA_COLUMNS = (
    "id",
    "title",
    "explanation",
    "actor_types",
    "date_start",
    "date_end",
    "inferred",
    "date_label",
)
CSV_HEADER = CSV_COLUMNS + CSV_EXTRA_COLUMNS
ACTOR_SEPARATOR = "; "
FORMATS = ("csv", "json")
# An export is the tool's own output, not an article: a 100,000-event export is about 60 MB,
# over the 50 MB default for articles, so exports have their own, larger limit. It is still
# a limit, checked before reading: a 1 GB export is some 1.5 million events, about as many
# as one machine's memory holds; a bigger ".json" is refused rather than exhausting it.
EXPORT_MAX_SIZE = 1024**3
STDOUT = "-"
# Written before the events when they are in timeline order (checked, never assumed).
ORDER_KEY, TIMELINE_ORDER = "order", "timeline"
# Events handed to ``read_json_export``'s ``head`` callback: many screens of rows, read in
# a few milliseconds.
HEAD_EVENTS = 2_000
PROGRESS_EVENTS = 5_000  # events between two calls of ``read_json_export``'s ``progress``

# A leading apostrophe is added when the cell, after any apostrophes it already starts
# with, begins with a formula trigger; that rule is reversible (see unguard_cell).
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


def guard_cell(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (formula injection)."""
    return "'" + value if _NEEDS_GUARD.match(value) else value


def unguard_cell(value: str) -> str:
    """The original of a guarded cell."""
    return value[1:] if _GUARDED.match(value) else value


# -- events as flat records -------------------------------------------------------------
def event_record(event: Event) -> dict[str, Any]:
    """The export fields of one event, typed for JSON (actors as a list)."""
    return {
        "date": event.date,
        "start": event.first.isoformat(),
        "end": event.last.isoformat(),
        "precision": str(event.precision),
        "kind": event.kind,
        "actors": list(event.actor_names),
        "summary": event.summary,
        "sentence": event.sentence,
        "date_text": event.date_text,
        "source": event.source,
        "offset": event.offset,
        "id": event.id,
        "title": event.title,
        "explanation": event.explanation,
        "actor_details": [
            {"name": a.name, "type": a.type, "aliases": list(a.aliases)} for a in event.actors
        ],
        "date_start": event.date_start,
        "date_end": event.date_end,
        "inferred": event.inferred,
        "date_label": date_label(event),  # the date as people read it (as in the CSV)
    }


def csv_row(event: Event) -> list[str]:
    """One CSV row in :data:`CSV_HEADER` order, every cell guarded."""
    cells = [
        event.date,
        event.first.isoformat(),
        event.last.isoformat(),
        str(event.precision),
        event.kind,
        ACTOR_SEPARATOR.join(event.actor_names),
        event.summary,
        event.sentence,
        event.date_text,
        event.source,
        str(event.offset),
        event.id,
        event.title,
        event.explanation,
        ACTOR_SEPARATOR.join(a.type for a in event.actors),
        str(event.date_start),
        str(event.date_end),
        "true" if event.inferred else "false",
        date_label(event),
    ]
    return [guard_cell(c) for c in cells]


def document_record(document: Document) -> dict[str, Any]:
    """A document's metadata for the JSON export (its text stays in the article)."""
    return {
        "path": document.path,
        "title": document.title,
        "source": document.source,
        "author": document.author,
        "published": document.published.isoformat() if document.published else None,
        "date_status": str(document.date_status),
        "format": document.format,
        "extra": dict(document.extra),
    }


# -- writers ----------------------------------------------------------------------------
def dump_csv(events: Iterable[Event], handle: TextIO) -> None:
    """The CSV export to an open text handle (opened with ``newline=""``)."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for event in events:
        writer.writerow(csv_row(event))


def dump_json(documents: Sequence[Document], events: Iterable[Event], handle: TextIO) -> None:
    """The JSON export to an open text handle, one document or event per line.

    ``"order": "timeline"`` is written only when the events are in timeline order.
    """

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    events = events if isinstance(events, Sequence) else list(events)
    handle.write('{"documents": [')
    handle.write(",".join("\n  " + dump(document_record(d)) for d in documents))
    handle.write("\n ],\n ")
    if in_timeline_order(events):
        handle.write(f"{dump(ORDER_KEY)}: {dump(TIMELINE_ORDER)},\n ")
    handle.write('"events": [')
    first = True
    for event in events:
        handle.write(("\n  " if first else ",\n  ") + dump(event_record(event)))
        first = False
    handle.write("\n ]\n}\n")


def write_csv(events: Iterable[Event], target: str | Path, *, force: bool = False) -> None:
    """The CSV export to the file ``target`` (atomically) or ``-`` (standard output)."""
    write_output(str(target), lambda handle: dump_csv(events, handle), force=force)


def write_json(
    documents: Sequence[Document],
    events: Iterable[Event],
    target: str | Path,
    *,
    force: bool = False,
) -> None:
    """The JSON export to the file ``target`` (atomically) or ``-`` (standard output)."""
    write_output(str(target), lambda handle: dump_json(documents, events, handle), force=force)


def export(
    documents: Sequence[Document],
    events: Iterable[Event],
    target: str | Path,
    *,
    format: str = "csv",
    force: bool = False,
) -> None:
    """Write ``events`` as ``format`` ("csv" or "json") to ``target``."""
    if format == "csv":
        write_csv(events, target, force=force)
    elif format == "json":
        write_json(documents, events, target, force=force)
    else:
        raise ValueError(f"unknown export format {format!r} (expected csv or json)")


def check_target(target: str, *, force: bool) -> None:
    """Refuse early (before any analysis) a target that cannot or must not be written."""
    if target == STDOUT:
        return
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"{target}: is a folder; name a file to write")
    if path.exists() and not force and path.is_file():  # a device or a pipe: written into
        raise OutputError(f"{target}: already exists; use --force to overwrite it")
    if not path.parent.is_dir() and str(path.parent) not in ("", "."):
        raise OutputError(f"{target}: no such folder {str(path.parent)!r}")


def write_output(target: str, write: Callable[[TextIO], None], *, force: bool = False) -> None:
    """Run ``write`` into standard output (``-``) or atomically into the file ``target``."""
    if target == STDOUT:
        _write_stdout(write)
    else:
        atomic_write(Path(target), write, force=force)


def _write_stdout(write: Callable[[TextIO], None]) -> None:
    """UTF-8 and untranslated line ends on standard output, whatever the locale says."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a test's StringIO, or an embedding application
        write(sys.stdout)
        return
    sys.stdout.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        write(wrapper)
        wrapper.flush()
    finally:
        wrapper.detach()


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Read once, at import: reading it means setting it, and the explorer exports from a
# thread, where a moment of umask 0 could leave another thread's new file world-writable.
_UMASK = _read_umask()


def atomic_write(path: Path, write: Callable[[TextIO], None], *, force: bool = False) -> None:
    """Write via a temporary file in ``path``'s folder, fsync it, then move it into place.

    Without ``force`` the move is a hard link, which fails if ``path`` appeared meanwhile,
    so a file is never silently replaced. The temporary file is removed on any failure.
    A symbolic link is followed (its target is replaced, the link kept); a replaced file
    keeps its permissions. What is no regular file (``/dev/null``, a FIFO, a terminal) has
    no content to lose and cannot be replaced: it is written straight into.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file() and not path.is_dir():
        _write_through(path, write)
        return
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; use --force to overwrite it")
    mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else 0o666 & ~_UMASK
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except FileNotFoundError:
        raise OutputError(f"{path}: no such folder {str(folder)!r}") from None
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror or error})") from None
    temporary = Path(name)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            _move_no_clobber(temporary, path)
        _fsync_folder(folder)
    except OSError as error:  # the disk filled up, the folder went away: the user's to fix
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _write_through(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write into a device or a pipe as it is (no temporary file can replace one)."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    except OSError as error:
        raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None


def _move_no_clobber(temporary: Path, path: Path) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise OutputError(f"{path}: already exists; use --force to overwrite it") from None
    except OSError:
        # A file system without hard links: check, then rename (a tiny race, documented).
        if path.exists():
            raise OutputError(f"{path}: already exists; use --force to overwrite it") from None
        os.replace(temporary, path)
        return
    temporary.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- readers ----------------------------------------------------------------------------
_PRECISIONS = {str(p): p for p in Precision}
# Every field the writer puts in a record, fetched in one C call; a record lacking any of
# them (an older or hand-made export) is read field by field with defaults instead.
_RECORD_FIELDS = operator.itemgetter(
    "id",
    "date",
    "start",
    "end",
    "precision",
    "date_text",
    "explanation",
    "kind",
    "actor_details",
    "summary",
    "sentence",
    "source",
    "title",
    "offset",
    "date_start",
    "date_end",
    "inferred",
)


class _RecordReader:
    """Builds Events from export records, sharing what repeats between them.

    A 100,000-event export names the same few hundred actors, days, kinds and sources over
    and over; building each once and sharing it keeps reading fast and memory small. Each
    field is coerced exactly as :meth:`_event_by_field` does, so the quick path and the
    careful one always give equal events.
    """

    def __init__(self) -> None:
        self._actors: dict[Any, Actor] = {}
        self._actor_tuples: dict[Any, tuple[Actor, ...]] = {}
        self._days: dict[str, date] = {}
        self._strings: dict[str, str] = {}

    def _day(self, text: str) -> date:
        day = self._days.get(text)
        if day is None:
            day = self._days[text] = date.fromisoformat(text)
        return day

    def _shared(self, value: Any) -> str:
        text = str(value)
        return self._strings.setdefault(text, text)

    def _actor(self, name: Any, type: Any = "", aliases: Any = ()) -> Actor:
        key = (name, type, tuple(aliases))
        actor = self._actors.get(key)
        if actor is None:
            actor = Actor(str(name), str(type), tuple(map(str, aliases)))
            self._actors[key] = actor
        return actor

    def actors(self, record: dict[str, Any]) -> tuple[Actor, ...]:
        details = record.get("actor_details")
        if isinstance(details, list) and details:
            return tuple(
                self._actor(d["name"], d.get("type", ""), d.get("aliases", ())) for d in details
            )
        return tuple(self._actor(name) for name in record.get("actors", ()))

    def _detailed_actors(self, details: list[Any]) -> tuple[Actor, ...]:
        """The actors of a complete ``actor_details`` list, one shared tuple per cast."""
        key = tuple([(d["name"], d["type"], tuple(d["aliases"])) for d in details])
        actors = self._actor_tuples.get(key)
        if actors is None:
            known = self._actors.get
            actors = tuple([known(k) or self._actor(*k) for k in key])
            self._actor_tuples[key] = actors
        return actors

    def event(self, record: dict[str, Any]) -> Event:
        """An Event from a JSON record (KeyError/ValueError/TypeError when malformed)."""
        try:
            (
                id,
                value,
                start,
                end,
                precision,
                date_text,
                explanation,
                kind,
                details,
                summary,
                sentence,
                source,
                title,
                offset,
                date_start,
                date_end,
                inferred,
            ) = _RECORD_FIELDS(record)
            if type(details) is not list or not details:
                return self._event_by_field(record)
            days = self._days
            # Positional, in the order of Event's fields (round-trip tests hold them together);
            # intern() takes only a str, so any other type goes the careful way.
            return Event(
                str(id),
                intern(value),
                days.get(start) or self._day(start),
                days.get(end) or self._day(end),
                _PRECISIONS[precision],
                str(date_text),
                str(explanation),
                intern(kind),
                self._detailed_actors(details),
                str(summary),
                str(sentence),
                intern(source),
                intern(title),
                int(offset),
                int(date_start),
                int(date_end),
                bool(inferred),
            )
        except _MALFORMED:
            return self._event_by_field(record)  # says what is wrong, or reads what is odd

    def _event_by_field(self, record: dict[str, Any]) -> Event:
        get = record.get
        return Event(
            id=str(record["id"]),
            date=self._shared(record["date"]),
            first=self._day(record["start"]),
            last=self._day(record["end"]),
            precision=Precision(record["precision"]),
            date_text=str(get("date_text", "")),
            explanation=str(get("explanation", "")),
            kind=self._shared(get("kind", "other")),
            actors=self.actors(record),
            summary=str(get("summary", "")),
            sentence=str(get("sentence", "")),
            source=self._shared(get("source", "")),
            title=self._shared(get("title", "")),
            offset=int(get("offset", 0)),
            date_start=int(get("date_start", 0)),
            date_end=int(get("date_end", 0)),
            inferred=bool(get("inferred", False)),
        )


def event_from_record(record: dict[str, Any]) -> Event:
    """An Event from a JSON export record (KeyError/ValueError/TypeError when malformed)."""
    return _RecordReader().event(record)


def document_from_record(record: dict[str, Any]) -> Document:
    """A Document (metadata only, empty text) from a JSON export record."""
    published = record.get("published")
    return Document(
        text="",
        path=str(record.get("path", "")),
        title=str(record.get("title", "")),
        source=str(record.get("source", "")),
        author=str(record.get("author", "")),
        published=date.fromisoformat(published) if published else None,
        date_status=DateStatus(record.get("date_status", DateStatus.MISSING)),
        format=str(record.get("format", "text")),
        extra=tuple((str(k), str(v)) for k, v in dict(record.get("extra") or {}).items()),
    )


_MALFORMED = (KeyError, ValueError, TypeError, AttributeError)


def _events_from_records(path: Path, records: Iterable[Any], reader: _RecordReader) -> list[Event]:
    events = []
    for number, record in enumerate(records, 1):
        try:
            events.append(reader.event(record))
        except _MALFORMED as error:
            raise InputError(f"{path}: event {number} is malformed ({error!r})") from None
    return events


def _documents_from_records(path: Path, records: Iterable[Any]) -> list[Document]:
    try:
        return [document_from_record(r) for r in records]
    except _MALFORMED as error:
        raise InputError(f"{path}: a document record is malformed ({error!r})") from None


# The C scanner behind json.loads, called directly: one value from a position, so records
# are decoded one at a time and the whole parse tree is never in memory at once.
_SCAN_VALUE = json.JSONDecoder().scan_once
_SKIP_SPACE = re.compile(r"[ \t\n\r]*").match
_LISTS = ("documents", "events")


class _NotStreamable(Exception):
    """The text is not a well-formed export; the general reader says what is wrong."""


class _CallerFailed(Exception):
    """A callback of the caller's raised (its error, the ``__cause__``, is the caller's own,
    not to be taken for a malformed record)."""


# Our own layout: one event per line, its keys in the writer's order. What a sort key needs
# ("start" and "precision" come first; "source" and "offset" after the free text) is found
# with two patterns: a quote before a key is never escaped, so inside a string (where every
# quote is) neither can match.
_LINE_START = re.compile(
    r'\n  \{"date": "[^"\\]*", "start": "([^"\\]*)", "end": "[^"\\]*", "precision": "([a-z]*)"'
)
_LINE_SOURCE = re.compile(r'", "source": "([^"\\]*(?:\\.[^"\\]*)*)", "offset": (-?\d+), "id"')
_NEGATED_RANKS = {str(precision): -precision.rank for precision in Precision}


def _json_string(escaped: str) -> str:
    """The string a JSON string literal's inside (between its quotes) stands for."""
    return json.loads(f'"{escaped}"') if "\\" in escaped else escaped


def _earliest_events(text: str, position: int, reader: _RecordReader) -> list[Event] | None:
    """The first :data:`HEAD_EVENTS` events of the timeline of an export not in timeline
    order, from the events list starting at ``position``, or None when they cannot be
    told without reading everything (another layout, a malformed line).

    Every line's day is read by the two patterns (a few tenths of a second for 100,000
    events, in C); only lines up to the day of the :data:`HEAD_EVENTS`-th earliest get a
    whole sort key, and only the earliest are decoded, each checked against the key it
    was chosen by. Equal keys keep the file's order, as the timeline's stable sort does.
    """
    starts = list(_LINE_START.finditer(text, position))
    sources = list(_LINE_SOURCE.finditer(text, position))
    if len(starts) != len(sources) or len(starts) <= HEAD_EVENTS:
        return None
    begin, middle = list(map(re.Match.start, starts)), list(map(re.Match.start, sources))
    # Each line has its own match of each pattern, in order: start < source < next start.
    if not (all(map(operator.lt, begin, middle)) and all(map(operator.lt, middle, begin[1:]))):
        return None
    days = list(map(operator.itemgetter(1), starts))
    last_day = heapq.nsmallest(HEAD_EVENTS, days)[-1]  # later lines cannot be among them
    try:
        keys = sorted(
            (
                day,
                _NEGATED_RANKS[starts[n][2]],
                _json_string(sources[n][1]),
                int(sources[n][2]),
                n,
            )
            for n, day in enumerate(days)
            if day <= last_day
        )
        events = []
        for day, rank, source, offset, n in keys[:HEAD_EVENTS]:
            event = reader.event(_SCAN_VALUE(text, begin[n] + 3)[0])  # past "\n  "
            if event.sort_key != (date.fromisoformat(day), rank, source, offset):
                return None
            events.append(event)
    except (StopIteration, RecursionError, *_MALFORMED):
        return None
    return events


Head = Callable[[list[Document], list[Event]], None]
"""``head(documents, first_events)``: see :func:`read_json_export`."""
Progress = Callable[[int, int], None]
"""``progress(characters_read, characters)``: see :func:`read_json_export`."""


def _stream_export(
    text: str,
    head: Callable[[list[Any], list[Event]], None] | None = None,
    progress: Progress | None = None,
) -> tuple[list[Any], list[Event]]:
    """The document records and the events of an export's text, one record at a time.

    Any JSON layout is accepted (ours, pretty-printed, minified): the top-level object is
    walked key by key, and each element of its "documents" and "events" lists is decoded
    by the C scanner and, for events, turned into an Event at once. Anything unexpected
    (invalid JSON, a malformed record, a repeated key) raises :class:`_NotStreamable`, so
    that the general reader produces the same result or error as ``json.loads`` would.

    ``head`` is called once with the document records and the first :data:`HEAD_EVENTS`
    events when the file said, before its events and after its documents, that they are
    in timeline order; ``progress`` every :data:`PROGRESS_EVENTS` events.
    """
    scan, skip, reader = _SCAN_VALUE, _SKIP_SPACE, _RecordReader()
    found: dict[str, list[Any]] = {}
    order: str | None = None
    try:
        position = skip(text, 0).end()
        if not text.startswith("{", position):
            raise _NotStreamable
        position = skip(text, position + 1).end()
        while True:
            key, position = scan(text, position)
            position = skip(text, position).end()
            if type(key) is not str or key in found or not text.startswith(":", position):
                raise _NotStreamable
            position = skip(text, position + 1).end()
            if key in _LISTS and text.startswith("[", position):
                records = found[key] = []
                convert = reader.event if key == "events" else None
                if convert and head and order != TIMELINE_ORDER and "documents" in found:
                    earliest = _earliest_events(text, position, reader)
                    if earliest is not None:
                        head(found["documents"], earliest)
                # One int comparison per record for each: -1 is never a length.
                head_at = (
                    HEAD_EVENTS
                    if convert and head and order == TIMELINE_ORDER and "documents" in found
                    else -1
                )
                report_at = PROGRESS_EVENTS if convert and progress else -1
                position = skip(text, position + 1).end()
                if text.startswith("]", position):
                    position = skip(text, position + 1).end()
                else:
                    while True:
                        record, position = scan(text, position)
                        records.append(convert(record) if convert else record)
                        if len(records) == head_at:
                            head(found["documents"], records[:])  # type: ignore[misc]
                        if len(records) == report_at:
                            progress(position, len(text))  # type: ignore[misc]
                            report_at += PROGRESS_EVENTS
                        if text.startswith(",\n  ", position):  # our own layout
                            position += 4
                            continue
                        position = skip(text, position).end()
                        mark = text[position : position + 1]
                        position = skip(text, position + 1).end()
                        if mark == "]":
                            break
                        if mark != ",":
                            raise _NotStreamable
            elif key == ORDER_KEY and order is None:
                order, position = scan(text, position)
                position = skip(text, position).end()
            else:
                # Another key (or "order" again): ignored, as json.loads does. A repeated
                # "order" may take back what the first said; the head was given by then.
                _, position = scan(text, position)
                position = skip(text, position).end()
            mark = text[position : position + 1]
            position = skip(text, position + 1).end()
            if mark == "}":
                break
            if mark != ",":
                raise _NotStreamable
    except (StopIteration, RecursionError, *_MALFORMED):
        raise _NotStreamable from None
    if position < len(text) or set(found) != set(_LISTS):
        raise _NotStreamable
    return found["documents"], found["events"]


def read_json_export(
    path: Path,
    *,
    max_size: int | None = None,
    head: Head | None = None,
    progress: Progress | None = None,
) -> tuple[list[Document], list[Event]]:
    """The documents and events of a JSON export, without re-parsing any article.

    Exports are held to their own size limit (:data:`EXPORT_MAX_SIZE`, not the articles'),
    checked before the file is read.

    ``head``, when given, is called (once, from this thread, while the rest is read) with
    the documents and the first :data:`HEAD_EVENTS` events of an export that declares its
    events in timeline order, so a caller can show them early. They are exactly what this
    function then returns first, unless the file turns out broken (InputError, as without
    ``head``) or does not keep its word (a caller should check before trusting the head;
    ``timeline.model.timeline.in_timeline_order`` does). A small or unordered export gives
    no head.

    ``progress(characters_read, characters)`` is called every :data:`PROGRESS_EVENTS`
    events; it may raise to stop the reading (its exception goes to the caller as it is).
    Both are called from this thread, while reading.
    """
    from timeline.io.loaders import decode, read_limited

    text = decode(read_limited(path, max_size or EXPORT_MAX_SIZE), str(path))
    documents: list[Document] | None = None

    def first_events(records: list[Any], events: list[Event]) -> None:
        nonlocal documents
        documents = _documents_from_records(path, records)
        try:
            head(list(documents), events)  # type: ignore[misc]
        except Exception as error:
            raise _CallerFailed from error

    def report(done: int, total: int) -> None:
        try:
            progress(done, total)  # type: ignore[misc]
        except Exception as error:
            raise _CallerFailed from error

    try:
        with collector_paused():
            document_records, events = _stream_export(
                text, first_events if head else None, report if progress else None
            )
    except _NotStreamable:
        pass
    except _CallerFailed as failure:
        raise failure.__cause__ from None  # type: ignore[misc]
    else:
        if documents is None:
            documents = _documents_from_records(path, document_records)
        return documents, events
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not valid JSON (line {error.lineno}: {error.msg})") from None
    except RecursionError:
        raise InputError(f"{path}: not a timeline export (nested too deeply)") from None
    del text
    if not (
        isinstance(content, dict)
        and isinstance(content.get("documents"), list)
        and isinstance(content.get("events"), list)
    ):
        raise InputError(
            f'{path}: not a timeline export (expected {{"documents": [...], "events": [...]}})'
        )
    documents = _documents_from_records(path, content["documents"])
    return documents, _events_from_records(path, content["events"], _RecordReader())


def read_csv_events(handle: TextIO) -> list[Event]:
    """Events from a CSV export (aliases are not in the CSV; types are)."""
    reader = csv.reader(handle)
    header = next(reader)
    events = []
    for raw in reader:
        row = dict(zip(header, (unguard_cell(c) for c in raw), strict=True))
        names = row["actors"].split(ACTOR_SEPARATOR) if row["actors"] else []
        types = row.get("actor_types", "").split(ACTOR_SEPARATOR) if names else []
        types += [""] * (len(names) - len(types))
        events.append(
            Event(
                id=row.get("id", ""),
                date=row["date"],
                first=date.fromisoformat(row["start"]),
                last=date.fromisoformat(row["end"]),
                precision=Precision(row["precision"]),
                date_text=row["date_text"],
                explanation=row.get("explanation", ""),
                kind=row["kind"],
                actors=tuple(Actor(n, t) for n, t in zip(names, types, strict=True)),
                summary=row["summary"],
                sentence=row["sentence"],
                source=row["source"],
                title=row.get("title", ""),
                offset=int(row["offset"]),
                date_start=int(row.get("date_start") or 0),
                date_end=int(row.get("date_end") or 0),
                inferred=row.get("inferred") == "true",
            )
        )
    return events
