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

from timeline.dates.mention import DateMention
from timeline.io.document import DateStatus, Document
from timeline.model.event import Event

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
GAP = "  "
MAX_ACTORS = 40


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


def event_cells(event: Event) -> tuple[str, str, str, str]:
    return (
        clean(event.date),
        clean(event.kind),
        clean(", ".join(event.actor_names)),
        clean(event.summary or event.sentence),
    )


def event_table(events: Sequence[Event], *, terminal_width: int | None) -> list[str]:
    """The lines of the event table; ``terminal_width`` None means piped (nothing cut)."""
    rows = [event_cells(e) for e in events]
    if terminal_width is not None:
        rows.insert(0, ("DATE", "KIND", "ACTORS", "SUMMARY"))
    if not rows:
        return []
    date_w = max(width_of(r[0]) for r in rows)
    kind_w = max(width_of(r[1]) for r in rows)
    actors_w = max(width_of(r[2]) for r in rows)
    if terminal_width is not None:
        room = terminal_width - date_w - kind_w - 3 * len(GAP)
        # Actors take at most a third of what is left: the summary is what people read.
        actors_w = min(actors_w, MAX_ACTORS, max(6, room // 3))
        summary_w = max(8, room - actors_w)
    else:
        # Piped: nothing is cut; columns align up to a cap, and a longer cell pushes its
        # own row rather than padding every row to its width.
        actors_w = min(actors_w, MAX_ACTORS)
    lines = []
    for date_cell, kind, actors, summary in rows:
        if terminal_width is not None:
            actors, summary = fit(actors, actors_w), fit(summary, summary_w)
        cells = [pad(date_cell, date_w), pad(kind, kind_w), pad(actors, actors_w), summary]
        lines.append(GAP.join(cells).rstrip())
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
        "text": mention.text,
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
