"""The CSV/JSON export contract: header, quoting, injection, atomic writes, round trips."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date

import pytest

from timeline.dates.mention import Precision
from timeline.io.document import DateStatus, Document
from timeline.io.errors import OutputError
from timeline.io.export import (
    CSV_COLUMNS,
    dump_csv,
    export,
    guard_cell,
    read_csv_events,
    read_json_export,
    unguard_cell,
)
from timeline.model.event import Actor, Event

HEADER_START = "date,start,end,precision,kind,actors,summary,sentence,date_text,source,offset"

DOCUMENT = Document(
    text="",
    path="seeds/a.txt",
    title="An article",
    source="The Source",
    author="A. Writer",
    published=date(2025, 4, 16),
    date_status=DateStatus.ESTIMATED,
    extra=(("note", "n"),),
)


def event(n: int, **changes) -> Event:
    fields = dict(
        id=f"id{n}",
        date="2025-04-08",
        first=date(2025, 4, 8),
        last=date(2025, 4, 8),
        precision=Precision.DAY,
        date_text="April 8",
        explanation="'April 8' -> 2025-04-08: the most recent April 8 before 2025-04-16",
        kind="testimony",
        actors=(
            Actor("Colby Jenkins", "person", ("Jenkins",)),
            Actor("Senate", "organization"),
        ),
        summary="Colby Jenkins testified before a Senate subcommittee",
        sentence='On April 8, Colby Jenkins testified, "we can\'t act alone," he said.',
        source="seeds/a.txt",
        title="An article",
        offset=1200 + n,
        date_start=3,
        date_end=10,
        inferred=False,
    )
    fields.update(changes)
    return Event(**fields)


TRICKY = [
    event(1),
    event(
        2,
        date="2020",
        first=date(2020, 1, 1),
        last=date(2020, 12, 31),
        precision=Precision.YEAR,
        summary="-5% drop, =SUM(A1:A9) and +1",
        sentence='@here a line\r\nwith a break, a comma and a "quote"; it\'s 2020.',
        actors=(),
        kind="statistic",
        inferred=True,
    ),
    event(
        3,
        date="2024-10-01/2025-04-16",
        first=date(2024, 10, 1),
        last=date(2025, 4, 16),
        precision=Precision.SPAN,
        summary="\tTabbed lead",
        date_text="=1+1",
        actors=(Actor("Andrés Manuel López Obrador", "person"),),
    ),
    event(4, summary="'=already quoted", sentence="'plain apostrophe"),
]


def csv_text(events) -> str:
    buffer = io.StringIO(newline="")
    dump_csv(events, buffer)
    return buffer.getvalue()


def test_header_starts_with_the_contract_columns():
    text = csv_text(TRICKY)
    assert text.split("\r\n", 1)[0].startswith(HEADER_START + ",")
    assert ",".join(CSV_COLUMNS) == HEADER_START


def test_rows_follow_rfc4180_and_the_contract():
    rows = list(csv.DictReader(io.StringIO(csv_text(TRICKY), newline="")))
    assert len(rows) == len(TRICKY)
    first = rows[0]
    assert first["date"] == "2025-04-08" and first["start"] == first["end"] == "2025-04-08"
    assert first["actors"] == "Colby Jenkins; Senate"
    assert first["precision"] == "day" and first["offset"] == "1201"
    span = rows[2]
    assert (span["date"], span["start"], span["end"]) == (
        "2024-10-01/2025-04-16",
        "2024-10-01",
        "2025-04-16",
    )
    assert rows[1]["sentence"].endswith('"quote"; it\'s 2020.')  # quotes survive
    assert "\r\n" in rows[1]["sentence"]  # an embedded line break stays inside its cell


def test_formula_cells_get_an_apostrophe():
    rows = list(csv.DictReader(io.StringIO(csv_text(TRICKY), newline="")))
    assert rows[1]["summary"] == "'-5% drop, =SUM(A1:A9) and +1"
    assert rows[1]["sentence"].startswith("'@here")
    assert rows[2]["summary"] == "'\tTabbed lead"
    assert rows[2]["date_text"] == "'=1+1"
    assert rows[3]["summary"] == "''=already quoted"  # reversible: one more apostrophe
    assert rows[3]["sentence"] == "'plain apostrophe"  # not a formula: left alone
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("value", ["=x", "'=x", "''@", "'", "-", "plain", "", "'hello", "\r"])
def test_guard_is_reversible(value):
    assert unguard_cell(guard_cell(value)) == value


def without_aliases(e: Event) -> Event:
    from dataclasses import replace

    return replace(e, actors=tuple(Actor(a.name, a.type) for a in e.actors))


def test_csv_round_trip(tmp_path):
    target = tmp_path / "events.csv"
    export([DOCUMENT], TRICKY, target, format="csv")
    with target.open(encoding="utf-8", newline="") as handle:
        back = read_csv_events(handle)
    assert back == [without_aliases(e) for e in TRICKY]


def test_json_shape_and_round_trip(tmp_path):
    target = tmp_path / "events.json"
    export([DOCUMENT], TRICKY, target, format="json")
    content = json.loads(target.read_text(encoding="utf-8"))
    assert set(content) == {"documents", "events"}
    assert content["documents"][0]["title"] == "An article"
    assert content["documents"][0]["published"] == "2025-04-16"
    assert content["documents"][0]["date_status"] == "estimated"
    first = content["events"][0]
    for column in CSV_COLUMNS:
        assert column in first
    assert first["actors"] == ["Colby Jenkins", "Senate"]
    assert content["events"][1]["summary"] == "-5% drop, =SUM(A1:A9) and +1"  # no guard
    documents, events = read_json_export(target)
    assert events == TRICKY  # aliases and types included
    assert documents[0].published == date(2025, 4, 16)
    assert documents[0].date_status is DateStatus.ESTIMATED


def test_utf8_without_bom(tmp_path):
    target = tmp_path / "e.csv"
    export([], TRICKY, target)
    raw = target.read_bytes()
    assert raw.startswith(b"date,") and "López".encode() in raw


def test_existing_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "e.csv"
    target.write_text("precious")
    with pytest.raises(OutputError, match="--force"):
        export([], TRICKY, target)
    assert target.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv"]  # no temporary left
    export([], TRICKY, target, force=True)
    assert target.read_text(encoding="utf-8").startswith(HEADER_START)


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "e.json"
    target.write_text("previous")

    class Boom(Exception):
        pass

    def events():
        yield TRICKY[0]
        raise Boom

    with pytest.raises(Boom):
        export([], events(), target, format="json", force=True)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["e.json"]


def test_missing_folder_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="no such folder"):
        export([], TRICKY, tmp_path / "nope" / "e.csv")


def test_dash_writes_to_stdout(capsysbinary):
    export([], TRICKY[:1], "-", format="csv")
    out = capsysbinary.readouterr().out
    assert out.startswith(HEADER_START.encode() + b",") and out.count(b"\r\n") == 2


def test_written_file_permissions_follow_umask_not_the_temporary_files(tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    target = tmp_path / "e.csv"
    export([], TRICKY, target)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # mkstemp alone leaves 0o600


def test_force_replaces_a_links_target_and_keeps_the_link_and_the_files_mode(tmp_path):
    target = tmp_path / "target.csv"
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(target.name)
    export([], TRICKY, link, force=True)
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith(HEADER_START)
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "target.csv"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_written_into_not_replaced(tmp_path):
    import threading

    pipe = tmp_path / "events.csv"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    export([], TRICKY, pipe)  # no --force needed: a pipe holds nothing to lose
    reader.join(timeout=10)
    assert received and received[0].decode("utf-8").startswith(HEADER_START)
    assert pipe.is_fifo()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_disk_is_an_output_error_not_a_crash():
    with pytest.raises(OutputError, match="No space left"):
        export([], TRICKY, "/dev/full")


def test_an_export_in_any_json_layout_reads_the_same(tmp_path):
    ours = tmp_path / "ours.json"
    export([DOCUMENT], TRICKY, ours, format="json")
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(ours.read_text(encoding="utf-8")), indent=2))
    assert read_json_export(pretty) == read_json_export(ours)


def test_exports_are_not_held_to_the_article_size_limit(tmp_path, capsys):
    from timeline.cli.main import main

    target = tmp_path / "e.json"
    export([DOCUMENT], TRICKY * 20, target, format="json")
    assert target.stat().st_size > 1024
    assert main(["list", str(target), "--max-size", "1KB"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(TRICKY) * 20


def test_a_hostile_json_file_is_refused_in_one_line(tmp_path):
    from timeline.io.errors import InputError

    deep = tmp_path / "deep.json"
    deep.write_text('{"documents": [], "events": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(InputError, match="nested too deeply"):
        read_json_export(deep)
    broken = tmp_path / "broken.json"
    broken.write_text('{"documents": [\n  {"path": "a"\n')
    with pytest.raises(InputError, match="not valid JSON"):
        read_json_export(broken)


def test_minified_reordered_and_extended_exports_read_the_same(tmp_path):
    ours = tmp_path / "ours.json"
    export([DOCUMENT], TRICKY, ours, format="json")
    content = json.loads(ours.read_text(encoding="utf-8"))
    variants = {
        "minified.json": json.dumps(content, separators=(",", ":")),
        "events-first.json": json.dumps(
            {
                "note": {"any": [1, 2]},
                "events": content["events"],
                "documents": content["documents"],
            }
        ),
        "crlf.json": json.dumps(content, indent=1).replace("\n", "\r\n"),
    }
    for name, text in variants.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert read_json_export(tmp_path / name) == read_json_export(ours), name


def test_an_older_export_without_optional_fields_still_reads(tmp_path):
    ours = tmp_path / "ours.json"
    export([DOCUMENT], TRICKY[:1], ours, format="json")
    content = json.loads(ours.read_text(encoding="utf-8"))
    record = content["events"][0]
    for key in ("actor_details", "date_start", "date_end", "inferred", "explanation"):
        del record[key]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(content), encoding="utf-8")
    (read,) = read_json_export(older)[1]
    assert read.actor_names == TRICKY[0].actor_names and read.explanation == ""
    assert (read.date_start, read.date_end, read.inferred) == (0, 0, False)
    assert (read.first, read.kind, read.sentence) == (
        TRICKY[0].first,
        "testimony",
        TRICKY[0].sentence,
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [("start", "2025-13-45"), ("precision", "fortnight"), ("offset", "twelve"), ("id", None)],
)
def test_a_malformed_event_is_named_by_its_number(tmp_path, field, value):
    from timeline.io.errors import InputError

    target = tmp_path / "e.json"
    export([DOCUMENT], TRICKY, target, format="json")
    content = json.loads(target.read_text(encoding="utf-8"))
    if value is None:
        del content["events"][2][field]
    else:
        content["events"][2][field] = value
    for layout in ({}, {"indent": 2}):
        target.write_text(json.dumps(content, **layout), encoding="utf-8")
        with pytest.raises(InputError, match="event 3 is malformed"):
            read_json_export(target)


def test_a_repeated_events_key_reads_as_json_does(tmp_path):
    ours = tmp_path / "ours.json"
    export([DOCUMENT], TRICKY, ours, format="json")
    text = ours.read_text(encoding="utf-8")
    repeated = tmp_path / "repeated.json"
    repeated.write_text(text.rstrip().removesuffix("}") + ', "events": []}', encoding="utf-8")
    assert read_json_export(repeated) == ([read_json_export(ours)[0][0]], [])


def test_an_export_over_its_own_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from timeline.io import export as export_module
    from timeline.io.errors import InputError

    target = tmp_path / "e.json"
    export([DOCUMENT], TRICKY * 20, target, format="json")
    monkeypatch.setattr(export_module, "EXPORT_MAX_SIZE", 1024)
    with pytest.raises(InputError, match="size limit"):
        read_json_export(target)
    with pytest.raises(InputError, match="size limit"):
        read_json_export(target, max_size=1024)
    assert read_json_export(target, max_size=1 << 20)[1] == TRICKY * 20
