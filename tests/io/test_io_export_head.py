"""A JSON export in timeline order says so, and its first events can be had before the rest.

This is what lets ``timeline explore events.json`` show its first screen while a big file
is still being read; what is handed over early must be exactly what the reader returns.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from timeline.dates.mention import Precision
from timeline.io import export as export_module
from timeline.io.document import DateStatus, Document
from timeline.io.errors import InputError
from timeline.io.export import export, read_json_export
from timeline.model.event import Actor, Event
from timeline.model.timeline import Timeline, in_timeline_order

DOCUMENT = Document(
    text="",
    path="archive/a.txt",
    title="An article",
    source="The Source",
    published=date(2024, 1, 1),
    date_status=DateStatus.GIVEN,
)
HEAD = 5  # events in a head, instead of thousands, to keep the files small


def events(count: int) -> list[Event]:
    """``count`` events on days that go back and forth (not in timeline order)."""
    made = []
    for i in range(count):
        day = date(2000, 1, 1) + timedelta(days=(i * 37) % 101)
        made.append(
            Event(
                id=f"e{i}",
                date=day.isoformat(),
                first=day,
                last=day,
                precision=Precision.DAY,
                date_text=day.isoformat(),
                explanation="",
                kind="meeting" if i % 3 else "arrest",
                actors=(Actor(f"Actor {i % 4}", "person"),),
                summary=f"summary {i}",
                sentence=f"On {day.isoformat()}, something happened ({i}).",
                source="archive/a.txt",
                title="An article",
                offset=10 * i,
            )
        )
    return made


@pytest.fixture(autouse=True)
def small_head(monkeypatch):
    monkeypatch.setattr(export_module, "HEAD_EVENTS", HEAD)


def write(tmp_path, name: str, items: list[Event]):
    target = tmp_path / name
    export([DOCUMENT], items, target, format="json")
    return target


def test_an_export_in_timeline_order_says_so_and_any_json_reader_still_reads_it(tmp_path):
    ordered = Timeline(events(30)).events
    target = write(tmp_path, "ordered.json", list(ordered))
    content = json.loads(target.read_text(encoding="utf-8"))
    assert content["order"] == "timeline"
    assert [e["id"] for e in content["events"]] == [e.id for e in ordered]
    assert list(content)[-1] == "events"  # the claim comes before the events it is about

    unordered = events(30)
    assert not in_timeline_order(unordered)
    content = json.loads(write(tmp_path, "unordered.json", unordered).read_text("utf-8"))
    assert "order" not in content  # never claimed when it is not so


def test_the_head_is_the_first_events_of_what_is_returned(tmp_path):
    ordered = Timeline(events(30)).events
    target = write(tmp_path, "ordered.json", list(ordered))
    heads = []
    documents, read = read_json_export(target, head=lambda d, first: heads.append((d, first)))
    assert read == list(ordered)
    assert len(heads) == 1
    head_documents, head_events = heads[0]
    assert head_documents == documents == [DOCUMENT]
    assert head_events == read[:HEAD]
    assert Timeline(read).events[:HEAD] == tuple(head_events)


def test_an_unordered_export_of_ours_gives_the_timelines_first_events(tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "HEAD_EVENTS", 25)  # every source of the first day
    # Sources that sort differently escaped and not (a quote, a backslash, an accent),
    # and equal keys, which keep the file's order in the timeline.
    days = (date(2000, 1, 2), date(2000, 1, 1))
    made = [
        replace(
            e,
            first=days[i % 2],
            last=days[i % 2],
            source=("b\\", 'a"', "é", "a", "a\n")[i % 5],
            offset=e.offset % 3,
        )
        for i, e in enumerate(events(60))
    ]
    made += [replace(made[0], id="twin")]
    target = write(tmp_path, "unordered.json", made)
    heads = []
    documents, read = read_json_export(target, head=lambda d, first: heads.append((d, first)))
    assert read == made  # the file's order, as before
    assert len(heads) == 1
    assert heads[0][0] == documents
    assert heads[0][1] == list(Timeline(made).events[:25])


def test_no_head_when_the_earliest_events_cannot_be_told_without_reading_all(tmp_path):
    heads = []
    unordered = write(tmp_path, "unordered.json", events(30))
    pretty = tmp_path / "pretty.json"  # another layout: one value per line
    pretty.write_text(json.dumps(json.loads(unordered.read_text("utf-8")), indent=2), "utf-8")
    read_json_export(pretty, head=heads.append)
    small = events(HEAD)  # no more than a head: it is all read at once anyway
    read_json_export(write(tmp_path, "small.json", small), head=heads.append)
    assert heads == []


def test_a_hand_made_claim_after_the_events_gives_no_head(tmp_path):
    ordered = Timeline(events(30)).events
    content = json.loads(write(tmp_path, "ours.json", list(ordered)).read_text("utf-8"))
    late = tmp_path / "late.json"
    late.write_text(
        json.dumps({"documents": content["documents"], "events": content["events"]})[:-1]
        + ', "order": "timeline"}',
        encoding="utf-8",
    )
    heads = []
    assert read_json_export(late, head=lambda *a: heads.append(a))[1] == list(ordered)
    assert heads == []


def test_a_truncated_export_gives_its_head_then_a_clear_error(tmp_path):
    ordered = Timeline(events(30)).events
    text = write(tmp_path, "ordered.json", list(ordered)).read_text(encoding="utf-8")
    truncated = tmp_path / "truncated.json"
    truncated.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    heads = []
    with pytest.raises(InputError, match="not valid JSON"):
        read_json_export(truncated, head=lambda d, first: heads.append(first))
    assert heads == [list(ordered[:HEAD])]  # the caller must take back what it showed


def test_an_error_in_the_head_callback_is_the_callers_not_a_malformed_file(tmp_path):
    ordered = Timeline(events(30)).events
    target = write(tmp_path, "ordered.json", list(ordered))

    def refuse(documents, first):
        raise KeyError("the window closed")

    with pytest.raises(KeyError, match="the window closed"):
        read_json_export(target, head=refuse)


def test_progress_is_reported_as_the_events_are_read_and_may_stop_the_reading(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(export_module, "PROGRESS_EVENTS", 7)
    target = write(tmp_path, "events.json", events(30))
    size = len(target.read_text(encoding="utf-8"))
    reports = []
    read_json_export(target, progress=lambda done, total: reports.append((done, total)))
    assert len(reports) == 30 // 7
    assert all(total == size for _, total in reports)
    assert [done for done, _ in reports] == sorted({done for done, _ in reports})
    assert all(0 < done < size for done, _ in reports)

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        read_json_export(target, progress=stop)
