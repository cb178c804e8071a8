"""What must hold for ANY input to the whole pipeline; shared by the property tests and the fuzzer.

One place states the invariants a user relies on: every event points into its file, its
date interval is a real interval, the timeline is sorted, and an export reads back as the
same events. ``run_text``/``run_file`` push one input through loader -> engine -> events ->
timeline; ``check_whole_pipeline`` asserts the invariants (an AssertionError names the one
that broke).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.io.document import Document
from timeline.io.errors import InputError
from timeline.io.export import dump_csv, dump_json, event_from_record, read_csv_events
from timeline.io.loaders import decode, make_document, read_document
from timeline.model.event import Actor, Event
from timeline.model.timeline import Timeline
from timeline.pipeline import process


@dataclass(frozen=True)
class Outcome:
    """A document and its events, or the loader's refusal message."""

    document: Document | None = None
    raw: str = ""
    events: tuple[Event, ...] = ()
    refusal: str | None = None


def run_text(raw: str, *, format: str = "text", path: str = "input.txt") -> Outcome:
    """Decoded file text through the rest of the pipeline."""
    document = make_document(raw, path=path, format=format)
    settled, events = process(document)
    return Outcome(settled, raw, events)


def run_file(path: Path) -> Outcome:
    """A file on disk through the whole pipeline, from its bytes."""
    try:
        document = read_document(path)
    except InputError as refusal:
        return Outcome(refusal=str(refusal) or "refused without a message")
    settled, events = process(document)
    return Outcome(settled, decode(path.read_bytes(), str(path)), events)


def check_whole_pipeline(document: Document, events: tuple[Event, ...], raw: str = "") -> None:
    """Assert every invariant for one document's events (``raw``: the file's decoded text)."""
    file_text = raw or document.text
    for event in events:
        assert event.first <= event.last, f"interval ends before it starts: {event}"
        assert 0 <= event.offset <= len(file_text), f"offset outside the file: {event.offset}"
        assert 0 <= event.date_start <= event.date_end <= len(event.sentence), (
            f"date span outside its sentence: {event.date_start}:{event.date_end}"
        )
        assert event.sentence[event.date_start : event.date_end] == event.date_text, (
            f"date span does not hold the date text {event.date_text!r}"
        )
        if raw and document.format == "text":
            # A sentence hard-wrapped over lines is shown on one line: compare modulo spacing.
            window = file_text[event.offset : event.offset + 2 * len(event.sentence) + 16]
            assert _squash(window).startswith(_squash(event.sentence)), (
                f"the file at offset {event.offset} does not start the sentence"
            )
    check_timeline(list(events), [document])


def check_timeline(events: list[Event], documents: list[Document]) -> None:
    """The timeline is sorted, and CSV and JSON exports read back as the same events."""
    ordered = list(Timeline(events))
    keys = [e.sort_key for e in ordered]
    assert keys == sorted(keys), "the timeline is not sorted"
    assert sorted(map(repr, ordered)) == sorted(map(repr, events)), "the timeline lost events"

    csv_text = io.StringIO(newline="")
    dump_csv(ordered, csv_text)
    from_csv = read_csv_events(io.StringIO(csv_text.getvalue(), newline=""))
    assert from_csv == [_without_aliases(e) for e in ordered], "CSV does not round-trip"

    json_text = io.StringIO()
    dump_json(documents, ordered, json_text)
    content = json.loads(json_text.getvalue())
    assert [event_from_record(r) for r in content["events"]] == ordered, "JSON does not round-trip"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _without_aliases(event: Event) -> Event:
    """The CSV carries actor names and types, not aliases (documented)."""
    return replace(event, actors=tuple(Actor(a.name, a.type) for a in event.actors))
