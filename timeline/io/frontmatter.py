"""Article metadata written at the top of a text or Markdown file.

Two forms are read, because both are what people actually paste into files:

* a front-matter block: a ``---`` line, ``key: value`` lines, a closing ``---`` line;
* leading header lines such as ``Title: ...`` / ``Published: ...`` / ``Author: ...`` /
  ``Source: ...`` (only these well-known keys, so a body that opens with "Note: ..." is
  not swallowed), ended by a blank line or the first other line.

Either way the result says where the body starts, so offsets can index the whole file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DELIMITER = re.compile(r"---[ \t]*(?:\r\n|\r|\n|$)")
# Keys are short; the value is stripped in Python (a lazy ".*?" before "[ \t]*$" would be
# quadratic on a long line of blanks).
_KEY_VALUE = re.compile(r"[ \t]*([A-Za-z][\w.-]{0,40}(?: [\w.-]{1,40}){0,3})[ \t]*:(.*)")
_MAX_LINE = 2000  # a longer line is prose, not a metadata line
# Header lines recognised without a --- block: the words news files actually use.
HEADER_KEYS = frozenset(
    {"title", "headline", "published", "date", "dateline", "author", "by", "byline", "source"}
)
# Aliases folded onto the names Document uses.
KEY_ALIASES = {
    "headline": "title",
    "date": "published",
    "published_at": "published",
    "publication_date": "published",
    "pubdate": "published",
    "dateline": "published",
    "by": "author",
    "byline": "author",
    "publisher": "source",
    "site": "source",
}
_MAX_BLOCK_LINES = 200  # a front matter longer than this is not front matter


@dataclass(frozen=True)
class FrontMatter:
    """Metadata found at the top of a text and where the body begins."""

    metadata: dict[str, str] = field(default_factory=dict)
    body_offset: int = 0
    unclosed: bool = False  # a ``---`` block of metadata lines that never ends: all body


def _normalise_key(key: str) -> str:
    key = key.strip().lower().replace(" ", "_").replace("-", "_")
    return KEY_ALIASES.get(key, key)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_front_matter(text: str) -> FrontMatter:
    """The metadata at the top of ``text`` (decoded, BOM removed) and the body's offset."""
    block = _read_block(text)
    return block if block is not None else _read_header_lines(text)


def _read_block(text: str) -> FrontMatter | None:
    opening = _DELIMITER.match(text)
    if not opening:
        return None
    metadata: dict[str, str] = {}
    position = opening.end()
    for _ in range(_MAX_BLOCK_LINES):
        if position >= len(text):
            break  # never closed
        closing = _DELIMITER.match(text, position)
        if closing:
            return FrontMatter(metadata, closing.end())
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline + 1
        line = text[position:line_end].rstrip("\r\n")
        match = _KEY_VALUE.match(line) if len(line) <= _MAX_LINE else None
        if match:
            metadata.setdefault(_normalise_key(match.group(1)), _unquote(match.group(2).strip()))
        elif line.strip() and not line.startswith((" ", "\t", "#", "-")):
            break  # prose before any closing ---
        position = line_end
    # Not front matter, so all of it is body; after metadata lines, a closing --- was
    # most likely forgotten, which the reader should hear of.
    return FrontMatter(unclosed=True) if metadata else None


def _read_header_lines(text: str) -> FrontMatter:
    metadata: dict[str, str] = {}
    position = 0
    body = 0
    while position < len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline < 0 else newline + 1
        line = text[position:line_end].rstrip("\r\n")
        match = _KEY_VALUE.match(line) if len(line) <= _MAX_LINE else None
        value = match.group(2).strip() if match else ""
        if not match or match.group(1).lower() not in HEADER_KEYS or not value:
            break
        metadata.setdefault(_normalise_key(match.group(1)), _unquote(value))
        position = body = line_end
    if not metadata:
        return FrontMatter()
    # The blank lines that separate the header from the body belong to the header.
    while body < len(text) and text[body] in "\r\n":
        body += 1
    return FrontMatter(metadata, body)
