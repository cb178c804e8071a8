"""Plain-text views for the terminal: the event table and the date-mention listing.

Article text is data, not terminal instructions: control characters (ANSI escapes,
carriage returns, bells) are replaced before anything is printed. On a terminal the table
fits its width (long cells end in "…"); piped, every cell is printed whole, columns
aligned with spaces (no tabs) as far as a cell fits its column, and there is no header,
so ``grep`` sees only rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import PurePath

from timeline.controls import BIDI_CONTROLS
from timeline.dates.mention import DateMention
from timeline.io.document import DateStatus, Document
from timeline.model.event import Event
from timeline.model.labels import date_label

_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(map(chr, sorted(BIDI_CONTROLS))) + "]"
)
GAP = "  "
MAX_ACTORS = 40
MAX_SOURCE = 30


def clean(text: str) -> str:
    """``text`` on one line with no control characters (so no escape sequence survives)."""
    return " ".join(_CONTROL.sub(" ", text).split())


def width_of(text: str) -> int:
    """Terminal cells ``text`` takes (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ending in "…" when it was cut."""
    if width_of(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        w = width_of(char)
        if used + w > width - 1:
            break
        kept.append(char)
        used += w
    return "".join(kept) + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - width_of(text))


def source_label(event: Event) -> str:
    """A short name for where an event comes from: the title, else the file's name."""
    return event.title or PurePath(event.source).name or event.source


def event_cells(event: Event, *, with_source: bool = False) -> tuple[str, ...]:
    cells = [clean(date_label(event)), clean(event.kind), clean(", ".join(event.actor_names))]
    if with_source:
        cells.append(clean(source_label(event)))
    cells.append(clean(event.summary or event.sentence))
    return tuple(cells)


def event_table(events: Sequence[Event], *, terminal_width: int | None) -> list[str]:
    """The lines of the event table; ``terminal_width`` None means piped (nothing cut).

    Columns: date, kind, actors, summary; and the source (title or file name) before the
    summary when the events come from more than one article.
    """
    with_source = len({e.source for e in events}) > 1
    rows = [event_cells(e, with_source=with_source) for e in events]
    if terminal_width is not None:
        header = ("DATE", "KIND", "ACTORS", *(("SOURCE",) if with_source else ()), "SUMMARY")
        rows.insert(0, header)
    if not rows:
        return []
    widths = [max(width_of(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    # Shrinkable columns (actors, source) with their caps; date and kind are never cut.
    caps = {2: MAX_ACTORS, 3: MAX_SOURCE} if with_source else {2: MAX_ACTORS}
    last_w = 0
    if terminal_width is not None:
        room = terminal_width - widths[0] - widths[1] - (len(widths)) * len(GAP)
        # Actors take at most a third of what is left, a source a fifth: the summary is
        # what people read.
        shares = {2: 3, 3: 5}
        for column, cap in caps.items():
            widths[column] = min(widths[column], cap, max(6, room // shares[column]))
        last_w = max(8, room - sum(widths[c] for c in caps))
    else:
        # Piped: nothing is cut; columns align up to a cap, and a longer cell pushes its
        # own row rather than padding every row to its width.
        for column, cap in caps.items():
            widths[column] = min(widths[column], cap)
    lines = []
    for row in rows:
        cells = list(row)
        if terminal_width is not None:
            for column in caps:
                cells[column] = fit(cells[column], widths[column])
            cells[-1] = fit(cells[-1], last_w)
        padded = [pad(cell, width) for cell, width in zip(cells, widths, strict=False)]
        lines.append(GAP.join([*padded, cells[-1]]).rstrip())
    return lines


def describe_document(document: Document) -> str:
    """ "path · title · published 2025-04-16 (estimated)"."""
    parts = [clean(document.path)]
    if document.title:
        parts.append(clean(document.title))
    if document.published:
        status = "" if document.date_status is DateStatus.GIVEN else f" ({document.date_status})"
        parts.append(f"published {document.published.isoformat()}{status}")
    else:
        parts.append("no publication date")
    return " · ".join(parts)


def mention_lines(document: Document, mentions: Sequence[DateMention]) -> list[str]:
    """One aligned line per mention: file offsets, text, type, value, interval, explanation."""
    rows = []
    for m in mentions:
        start, end = document.file_span(m.start, m.end)
        value = m.value + (f" ({m.mod})" if m.mod else "")
        interval = (
            f"{m.first.isoformat()}..{m.last.isoformat()} {m.precision}"
            if m.interval
            else str(m.precision)
        )
        if m.inferred:
            interval += " inferred"
        rows.append((f"{start}-{end}", clean(m.text), str(m.type), clean(value), interval))
    if not rows:
        return []
    widths = [max(width_of(r[i]) for r in rows) for i in range(5)]
    return [
        GAP.join(pad(cell, w) for cell, w in zip(row, widths, strict=True))
        + GAP
        + clean(m.explanation)
        for row, m in zip(rows, mentions, strict=True)
    ]


def mention_record(document: Document, mention: DateMention) -> dict[str, object]:
    """The ``dates --json`` object: offsets index the file's decoded text."""
    start, end = document.file_span(mention.start, mention.end)
    return {
        "file": document.path,
        "start": start,
        "end": end,
        "text": document.file_text(mention.start, mention.end)
        if document.format == "text"
        else mention.text,
        "type": str(mention.type),
        "value": mention.value,
        "mod": mention.mod,
        "first": mention.first.isoformat() if mention.first else None,
        "last": mention.last.isoformat() if mention.last else None,
        "precision": str(mention.precision),
        "anchor": str(mention.anchor),
        "inferred": mention.inferred,
        "explanation": mention.explanation,
    }
