"""Dates people can read in every view: decades and centuries in words, ISO values as they are."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from timeline.cli.main import main
from timeline.dates.mention import Precision
from timeline.io.export import CSV_COLUMNS, dump_csv, read_csv_events, read_json_export
from timeline.model.event import Event
from timeline.model.labels import date_label

BASE = Event(
    id="x",
    date="2025",
    first=date(2025, 1, 1),
    last=date(2025, 12, 31),
    precision=Precision.YEAR,
    date_text="2025",
    explanation="",
    kind="other",
    actors=(),
    summary="s",
    sentence="s",
    source="a.txt",
    title="A",
    offset=0,
)


@pytest.mark.parametrize(
    ("value", "first", "last", "precision", "label"),
    [
        ("2025-04-08", date(2025, 4, 8), date(2025, 4, 8), Precision.DAY, "2025-04-08"),
        ("2025-04", date(2025, 4, 1), date(2025, 4, 30), Precision.MONTH, "2025-04"),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), Precision.YEAR, "2025"),
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), Precision.QUARTER, "2025-Q1"),
        ("2011-SU", date(2011, 6, 1), date(2011, 8, 31), Precision.SEASON, "2011-SU"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), Precision.DECADE, "1990s"),
        ("200", date(2000, 1, 1), date(2003, 12, 31), Precision.DECADE, "early 2000s"),
        ("199", date(1994, 1, 1), date(1996, 12, 31), Precision.DECADE, "mid-1990s"),
        ("198", date(1987, 1, 1), date(1989, 12, 31), Precision.DECADE, "late 1980s"),
        ("19", date(1900, 1, 1), date(1999, 12, 31), Precision.CENTURY, "20th century"),
        ("20", date(2000, 1, 1), date(2099, 12, 31), Precision.CENTURY, "21st century"),
        ("18", date(1800, 1, 1), date(1832, 12, 31), Precision.CENTURY, "early 19th century"),
        ("199/200", date(1990, 1, 1), date(2009, 12, 31), Precision.SPAN, "1990s/2000s"),
        (
            "2024-10-01/2025-09-30",
            date(2024, 10, 1),
            date(2025, 9, 30),
            Precision.SPAN,
            "2024-10-01/2025-09-30",
        ),
    ],
)
def test_date_label(value, first, last, precision, label) -> None:
    event = replace(BASE, date=value, first=first, last=last, precision=precision)
    assert date_label(event) == label


ARTICLE = (
    "---\ntitle: Decades\npublished: 2025-04-16\n---\n"
    "In the 1990s, the cartel grew. In the early 2000s, the cartel split. "
    "In the 20th century, trade boomed. On April 8, 2025, the Senate met.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "decades.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_list_says_decades_and_centuries_in_words(capsys, article) -> None:
    assert main(["list", str(article)]) == 0
    dates = [line.split("  ")[0] for line in capsys.readouterr().out.splitlines()]
    assert dates == ["20th century", "1990s", "early 2000s", "2025-04-08"]


def test_csv_keeps_the_value_in_date_and_adds_the_label(capsys, article) -> None:
    assert main(["export", str(article)]) == 0
    text = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0])[: len(CSV_COLUMNS)] == list(CSV_COLUMNS)
    assert [r["date"] for r in rows] == ["19", "199", "200", "2025-04-08"]
    assert [r["date_label"] for r in rows] == [
        "20th century",
        "1990s",
        "early 2000s",
        "2025-04-08",
    ]
    events = read_csv_events(io.StringIO(text, newline=""))
    assert [e.date for e in events] == ["19", "199", "200", "2025-04-08"]
    again = io.StringIO(newline="")
    dump_csv(events, again)
    assert again.getvalue() == text


def test_a_csv_without_the_label_column_still_reads(capsys, article) -> None:
    assert main(["export", str(article)]) == 0
    text = capsys.readouterr().out
    header, *rows = list(csv.reader(io.StringIO(text, newline="")))
    at = header.index("date_label")
    old = io.StringIO(newline="")
    writer = csv.writer(old)
    writer.writerow(header[:at] + header[at + 1 :])
    writer.writerows(row[:at] + row[at + 1 :] for row in rows)
    events = read_csv_events(io.StringIO(old.getvalue(), newline=""))
    assert events == read_csv_events(io.StringIO(text, newline=""))


def test_json_keeps_the_value_adds_the_label_and_reads_old_and_new(capsys, article, tmp_path):
    out = tmp_path / "events.json"
    assert main(["export", str(article), "--format", "json", "-o", str(out)]) == 0
    content = json.loads(out.read_text(encoding="utf-8"))
    assert [e["date"] for e in content["events"]] == ["19", "199", "200", "2025-04-08"]
    assert [e["date_label"] for e in content["events"]] == [
        "20th century",
        "1990s",
        "early 2000s",
        "2025-04-08",
    ]
    _, new_events = read_json_export(out)
    for record in content["events"]:
        del record["date_label"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(content), encoding="utf-8")
    _, old_events = read_json_export(old)
    assert old_events == new_events
    assert [e.date for e in new_events] == ["19", "199", "200", "2025-04-08"]
