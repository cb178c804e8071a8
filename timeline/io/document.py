"""A document: the analysed text of one input plus its metadata."""

from __future__ import annotations

import enum
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
    differs from the file, offsets index ``text`` and ``body_offset`` is 0.
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

    @property
    def label(self) -> str:
        """A short human name for lists and exports."""
        return self.title or self.path
