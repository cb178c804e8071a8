"""The stages composed: a document in, its events out; many documents in, one timeline out.

Every function here is a plain function of immutable data. :func:`process` is the unit of
work for one document; it is top-level and picklable, so ``build_timeline`` can map it with
a process pool or a Dask bag (pass ``mapper``) and get the same result as the serial map.

Offsets: the events returned here index the *file's* decoded text (front matter included,
Markdown/HTML markup included), the way users see the file, because every view (list,
export, explorer) reports them as they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from timeline.dates import DateMention, extract_dates, infer_reference
from timeline.io.document import DateStatus, Document
from timeline.model.event import Event
from timeline.model.timeline import Timeline

Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]


def with_reference(document: Document, *, day_first: bool = False) -> Document:
    """``document`` with its reference date settled: inferred from the text when missing.

    ``day_first`` matters here too: "3/4/2020" may be the latest date the text writes.
    """
    if document.published is not None or document.date_status is not DateStatus.MISSING:
        return document
    inferred = infer_reference(document.text, day_first=day_first)
    if inferred is None:
        return document
    return dataclasses.replace(document, published=inferred, date_status=DateStatus.INFERRED)


def find_dates(document: Document, *, day_first: bool = False) -> tuple[DateMention, ...]:
    """Every date mention of ``document``; spans index ``document.text``.

    A reference inferred by :func:`with_reference` is handed on as such, so the values
    that depend on it are marked inferred and the text is not scanned again to infer it.
    """
    return extract_dates(
        document.text,
        document.published,  # None: the engine infers one, if the text allows
        day_first=day_first,
        inferred=document.date_status is DateStatus.INFERRED,
    )


def _to_file_offsets(document: Document, event: Event) -> Event:
    offset = document.file_offset(event.offset)
    return event if offset == event.offset else dataclasses.replace(event, offset=offset)


def analyse(document: Document, *, day_first: bool = False) -> tuple[Event, ...]:
    """The events of one document, with offsets into the file (see the module's note)."""
    from timeline.events import extract_events

    mentions = find_dates(document, day_first=day_first)
    return tuple(_to_file_offsets(document, e) for e in extract_events(document, mentions))


def process(document: Document, *, day_first: bool = False) -> tuple[Document, tuple[Event, ...]]:
    """One document's whole analysis: settle its reference date, then extract its events."""
    settled = with_reference(document, day_first=day_first)
    return settled, analyse(settled, day_first=day_first)


@dataclass(frozen=True)
class Analysis:
    """Documents (with settled reference dates) and the timeline of all their events."""

    documents: tuple[Document, ...]
    timeline: Timeline


def analyse_documents(
    documents: Iterable[Document],
    *,
    day_first: bool = False,
    mapper: Mapper = map,
    extra_events: Iterable[Event] = (),
) -> Analysis:
    """Analyse every document (via ``mapper``, e.g. a pool's ``imap``) into one timeline.

    ``extra_events`` are events already extracted elsewhere (a JSON export) to merge in.
    The result does not depend on ``mapper`` as long as it keeps the input order.
    """
    from timeline.events import merge_actors

    settled: list[Document] = []
    events: list[Event] = list(extra_events)
    for document, found in mapper(partial(process, day_first=day_first), documents):
        settled.append(document)
        events.extend(found)
    # One name for one actor across documents ("Trump" in one, "Donald Trump" in another).
    return Analysis(tuple(settled), Timeline(merge_actors(events)))


def build_timeline(
    documents: Iterable[Document], *, day_first: bool = False, mapper: Mapper = map
) -> Timeline:
    """The sorted timeline of every event in ``documents``."""
    return analyse_documents(documents, day_first=day_first, mapper=mapper).timeline
