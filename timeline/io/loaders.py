"""From what the user names on the command line to :class:`Document` objects.

``load_inputs`` accepts files, folders (their .txt, .md, .markdown, .html and .htm files,
recursively, sorted by path) and ``-`` for standard input; with no input it opens the
bundled article. Each file is refused *before* it is read when it is larger than
``max_size``, and refused when it holds NUL bytes (binary, or UTF-16). Text is UTF-8 with or
without a BOM; anything else is read as Windows-1252 with a warning. Markdown and HTML are
turned into prose with an offset map back into the file; metadata comes from a front
matter, leading ``Title:``/``Published:`` lines, or HTML ``<meta>`` tags.

Loading is pure apart from reading the files: warnings go to the ``warn`` callback, errors
are :class:`InputError` with a one-line message. A named file that cannot be read is an
error; inside a folder it is skipped with a warning (real archives hold broken files), and
a folder with nothing readable is an error.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from timeline.io.document import DateStatus, Document
from timeline.io.errors import InputError
from timeline.io.frontmatter import read_front_matter
from timeline.io.html_text import html_to_text, looks_like_html
from timeline.io.markdown_text import markdown_to_text
from timeline.io.seeds import default_inputs
from timeline.model.event import Event

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
EXPORT_SUFFIX = ".json"
STDIN = "-"
STDIN_LABEL = "<stdin>"

Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    """The default warning sink: callers that care pass their own."""


# -- dates in metadata ------------------------------------------------------------------
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


def parse_published(value: str) -> date:
    """A publication date from metadata or ``--published``: ISO first, then prose dates.

    Raises ValueError for anything that is not a full calendar date, because a reference
    date guessed from "2025" alone would silently shift every relative date.
    """
    text = value.strip()
    iso = _ISO_DAY.match(text)
    if iso:
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    from dateutil import parser as dateutil_parser

    sentinel_a, sentinel_b = datetime(1, 1, 1), datetime(2, 2, 2)
    try:
        first = dateutil_parser.parse(text, default=sentinel_a)
        second = dateutil_parser.parse(text, default=sentinel_b)
    except (ValueError, OverflowError) as error:
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)") from error
    if first.date() != second.date():  # some part (year, month or day) was missing
        raise ValueError(f"not a full date: {value!r} (expected YYYY-MM-DD)")
    return first.date()


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"true", "yes", "1", "y", "on"}


# -- bytes to text ----------------------------------------------------------------------
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` near its top, if Python knows it."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes, name: str, warn: Warn = _ignore, *, declared: str | None = None) -> str:
    """The text of ``data``: UTF-8 (BOM dropped); else the page's ``declared`` encoding;
    else cp1252 with a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name}: UTF-16 text is not supported; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: not a text file (it contains NUL bytes)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "cp1252"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            warn(f"{name}: not valid {declared} as its page declares; read as Windows-1252")
            return data.decode("cp1252", errors="replace")
    warn(f"{name}: not valid UTF-8; read as Windows-1252 (cp1252)")
    return data.decode("cp1252", errors="replace")


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes, read in pieces: one ``read(limit)`` would set aside all of a
    large limit at once, whatever the file holds."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = handle.read(min(1 << 24, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_limited(path: Path, max_size: int) -> bytes:
    """The bytes of ``path``, refusing a file larger than ``max_size`` before reading it."""
    name = str(path)
    try:
        info = path.stat()
        if path.is_dir():
            raise InputError(f"{name}: is a folder with no readable file")
        if info.st_size > max_size:
            raise InputError(
                f"{name}: {_size(info.st_size)} is over the size limit of {_size(max_size)}"
                " (see --max-size)"
            )
        with path.open("rb") as handle:
            data = _read_at_most(handle, max_size + 1)  # a pipe, a growing file
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or folder") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read it ({error.strerror or error})") from None
    if len(data) > max_size:
        raise InputError(f"{name}: over the size limit of {_size(max_size)} (see --max-size)")
    return data


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


# -- text to a Document -----------------------------------------------------------------
# A line break inside a sentence of hard-wrapped prose: the line before does not end a
# sentence and the next line goes on in lower case ("the mayor of the town\nresigned").
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;\"”’')\]])(\r?\n)(?=[ \t]*[^\W\d_])")


def unwrap_lines(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """``text`` with the line breaks of hard-wrapped sentences read as spaces.

    Sentences that an editor wrapped at 72 columns are still one sentence each; a break
    stays a break after a line that ends a sentence, before a capitalised line (a new
    paragraph, a heading, a name we cannot tell apart) and around blank lines. Each
    replaced character keeps its position, so offsets into the file do not move; the
    replaced characters are returned so the file's own text can be restored.
    """
    breaks: list[tuple[int, str]] = []
    chars: list[str] | None = None
    for match in _SOFT_BREAK.finditer(text):
        following = text[match.end() :].lstrip(" \t")[:1]
        if not following.islower():
            continue
        if chars is None:
            chars = list(text)
        for position in range(match.start(), match.end()):
            breaks.append((position, text[position]))
            chars[position] = " "
    return ("".join(chars) if chars is not None else text), tuple(breaks)


def make_document(
    raw: str,
    *,
    path: str,
    format: str = "text",
    published: date | None = None,
    warn: Warn = _ignore,
) -> Document:
    """A Document from a file's decoded text, read as ``format`` (text, markdown or html).

    ``published`` (the user's ``--published``) overrides whatever the file says.
    """
    offset_map: tuple[tuple[int, int], ...] = ()
    soft_breaks: tuple[tuple[int, str], ...] = ()
    body_offset = 0
    if format == "html":
        page = html_to_text(raw)
        text, offset_map, metadata = page.text, page.offset_map, dict(page.metadata)
    else:
        front = read_front_matter(raw)
        metadata, body_offset = dict(front.metadata), front.body_offset
        if front.unclosed:
            warn(f"{path}: its front matter (opened by '---') is never closed; read as text")
        if format == "markdown":
            text, offset_map = markdown_to_text(raw[body_offset:], base=body_offset)
            if "title" not in metadata:
                heading = re.match(r"\s*#[ \t]+(.+?)[ \t#]*$", raw[body_offset:], re.MULTILINE)
                if heading:
                    metadata["title"] = heading.group(1).replace("*", "").replace("_", " ")
        else:
            text, soft_breaks = unwrap_lines(raw[body_offset:])

    status, when = DateStatus.MISSING, None
    if published is not None:
        status, when = DateStatus.GIVEN, published
    elif metadata.get("published"):
        try:
            when = parse_published(metadata["published"])
        except ValueError:
            warn(f"{path}: cannot read its publication date {metadata['published']!r}; ignored")
        else:
            estimated = _truthy(metadata.get("published_estimated", ""))
            status = DateStatus.ESTIMATED if estimated else DateStatus.GIVEN

    known = {"title", "source", "author", "published", "published_estimated"}
    return Document(
        text=text,
        path=path,
        title=metadata.get("title", "").strip(),
        source=metadata.get("source", "").strip(),
        author=metadata.get("author", "").strip(),
        published=when,
        date_status=status,
        body_offset=body_offset,
        extra=tuple((k, v) for k, v in metadata.items() if k not in known),
        format=format,
        offset_map=offset_map,
        soft_breaks=soft_breaks,
    )


def read_document(
    path: Path,
    *,
    published: date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    warn: Warn = _ignore,
) -> Document:
    """One file as a Document; its suffix says how to read it (unknown suffixes: text)."""
    data = read_limited(path, max_size)
    form = FORMATS.get(path.suffix.lower(), "text")
    declared = declared_charset(data) if form == "html" else None
    raw = decode(data, str(path), warn, declared=declared)
    if not raw.strip():
        warn(f"{path}: empty file")
    return make_document(raw, path=str(path), format=form, published=published, warn=warn)


def read_stdin(
    stream: BinaryIO,
    *,
    published: date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    warn: Warn = _ignore,
) -> Document:
    """Standard input as a Document: HTML if it looks like a page, otherwise text."""
    data = _read_at_most(stream, max_size + 1)
    if len(data) > max_size:
        limit = _size(max_size)
        raise InputError(f"{STDIN_LABEL}: over the size limit of {limit} (see --max-size)")
    raw = decode(data, STDIN_LABEL, warn, declared=declared_charset(data))
    form = "html" if looks_like_html(raw) else "text"
    return make_document(raw, path=STDIN_LABEL, format=form, published=published, warn=warn)


# -- what the user named -----------------------------------------------------------------
def folder_files(folder: Path) -> list[Path]:
    """The article files under ``folder``, sorted by path; hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS
        )
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def load_inputs(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    warn: Warn = _ignore,
    stdin: BinaryIO | None = None,
) -> list[Document]:
    """Every document the user named, in the order named; none named: the bundled article.

    A file is read once, where it is first named: named twice, under two spellings, or
    named and inside a named folder (see :func:`distinct_inputs`).
    """
    names = distinct_inputs(inputs) or [str(p) for p in default_inputs()]
    documents: list[Document] = []
    seen: set[str] = set()
    for name in names:
        if name == STDIN:
            if stdin is None:
                stdin = sys.stdin.buffer
            documents.append(read_stdin(stdin, published=published, max_size=max_size, warn=warn))
            continue
        path = Path(name)
        if path.is_dir():
            documents.extend(_load_folder(path, published, max_size, warn, seen))
        elif _first_time(name, seen):
            documents.append(read_document(path, published=published, max_size=max_size, warn=warn))
    return documents


def _identity(name: str) -> str:
    """What tells two names of one file apart from two files: its resolved path."""
    return name if name == STDIN else os.path.normcase(os.path.realpath(name))


def _first_time(name: str | Path, seen: set[str]) -> bool:
    identity = _identity(str(name))
    if identity in seen:
        return False
    seen.add(identity)
    return True


def distinct_inputs(names: Iterable[str]) -> list[str]:
    """``names`` without the repeats of a file or folder (by resolved path), in order."""
    seen: set[str] = set()
    return [name for name in names if _first_time(name, seen)]


def _load_folder(
    folder: Path, published: date | None, max_size: int, warn: Warn, seen: set[str]
) -> list[Document]:
    documents = []
    files = folder_files(folder)
    unread = [path for path in files if _first_time(path, seen)]
    for path in unread:
        try:
            documents.append(read_document(path, published=published, max_size=max_size, warn=warn))
        except InputError as error:
            warn(f"skipped {error}")
    if not documents and len(unread) == len(files):  # nothing read here, nor before
        kinds = ", ".join(sorted(FORMATS))
        raise InputError(f"{folder}: no readable article in this folder (looked for {kinds})")
    return documents


# -- articles and exports together ----------------------------------------------------------
@dataclass(frozen=True)
class Sources:
    """What the inputs hold: articles still to analyse, and already analysed exports."""

    documents: list[Document] = field(default_factory=list)
    exported_documents: list[Document] = field(default_factory=list)
    exported_events: list[Event] = field(default_factory=list)
    exports: list[str] = field(default_factory=list)  # the exports' names, as given


def is_export_path(name: str) -> bool:
    return name != STDIN and name.lower().endswith(EXPORT_SUFFIX) and not Path(name).is_dir()


def load_sources(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    warn: Warn = _ignore,
    stdin: BinaryIO | None = None,
) -> Sources:
    """Articles (via :func:`load_inputs`) and JSON exports (read back, not re-parsed)."""
    from timeline.io.export import read_json_export

    names = distinct_inputs(inputs)
    articles = [n for n in names if not is_export_path(n)]
    sources = Sources()
    for name in names:
        if is_export_path(name):
            documents, events = read_json_export(Path(name))
            sources.exported_documents.extend(documents)
            sources.exported_events.extend(events)
            sources.exports.append(name)
    if articles or not names:
        sources.documents.extend(
            load_inputs(articles, published=published, max_size=max_size, warn=warn, stdin=stdin)
        )
    return sources
