"""A document: the analysed text of one input plus its metadata."""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date


class DateStatus(enum.StrEnum):
    """Where the publication date came from; the UI marks anything but GIVEN."""

    GIVEN = "given"  # the file's metadata or --published
    ESTIMATED = "estimated"  # metadata says it is an estimate (e.g. the bundled seed)
    INFERRED = "inferred"  # no metadata: inferred from the text's own dates
    MISSING = "missing"  # nothing to go on


@dataclass(frozen=True, slots=True)
class Document:
    """The text to analyse and what is known about it.

    ``text`` is the article body the engine reads. ``body_offset`` is where that body
    starts in the file's decoded text (after a front-matter block), so that offsets
    reported to users index the file itself. For HTML and Markdown, whose visible text
    differs from the file, ``offset_map`` records where each stretch of ``text`` came
    from; use :meth:`file_offset` rather than adding ``body_offset`` by hand.

    ``format`` is "text", "markdown" or "html": how ``text`` was read out of the file.
    """

    text: str
    path: str = "-"
    title: str = ""
    source: str = ""
    author: str = ""
    published: date | None = None
    date_status: DateStatus = DateStatus.MISSING
    body_offset: int = 0
    extra: tuple[tuple[str, str], ...] = field(default=())
    format: str = "text"
    # (text_start, file_start) pairs, sorted: from text_start on, text offsets map 1:1 to
    # file offsets starting at file_start, until the next pair. Empty: a plain shift by
    # body_offset.
    offset_map: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    # Positions in ``text`` where a hard-wrapped line's line break was read as a space
    # (same length, so offsets are unchanged); :meth:`file_text` puts them back.
    soft_breaks: tuple[tuple[int, str], ...] = field(default=(), repr=False, compare=False)

    def file_offset(self, text_offset: int) -> int:
        """Where ``text[text_offset]`` sits in the file's decoded text.

        Exact for plain text and for characters Markdown/HTML copied through; a character
        the conversion synthesised (a paragraph break, a decoded entity) maps to the
        nearest source position before it.
        """
        if not self.offset_map:
            return self.body_offset + text_offset
        i = bisect_right(self.offset_map, (text_offset, float("inf"))) - 1
        if i < 0:
            return self.body_offset + text_offset
        text_start, file_start = self.offset_map[i]
        return file_start + (text_offset - text_start)

    def file_text(self, start: int, end: int) -> str:
        """``text[start:end]`` as the file writes it (line breaks of wrapped lines restored).

        Only meaningful where text and file agree character for character (plain text).
        """
        piece = self.text[start:end]
        if not self.soft_breaks or not piece:
            return piece
        chars = list(piece)
        for position, original in self.soft_breaks:
            if start <= position < end:
                chars[position - start] = original
        return "".join(chars)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file's span for ``text[start:end]``; the end maps through its last character.

        Mapping ``end`` itself could land past markup that follows the span ("**April 8**"
        must end before the closing asterisks).
        """
        first = self.file_offset(start)
        return first, (self.file_offset(end - 1) + 1 if end > start else first)

    @property
    def label(self) -> str:
        """A short human name for lists and exports."""
        return self.title or self.path
