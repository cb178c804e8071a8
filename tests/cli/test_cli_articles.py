"""The command line on real articles: the bundled seed, a Markdown file and an HTML page."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from timeline.cli.main import main
from timeline.io.seeds import default_inputs

SEED = default_inputs()[0]

MARKDOWN = """---
title: Harbor Freight posts a record year
published: 2023-02-14
source: Example Business Wire
---
# Harbor Freight posts a *record* year

On **March 3, 2022**, the company [opened](https://example.org) its new plant in Ohio.
In _September 2022_, it announced a merger with Example Tools.

- Revenue rose in 2022.
"""

HTML = """<!doctype html><html><head>
<title>Court hears appeal</title>
<meta property="article:published_time" content="2021-06-02T09:00:00Z">
<script>var fake = "January 1, 1990";</script>
</head><body><nav>Home</nav>
<article><h1>Court hears appeal</h1>
<p>On <em>May 28, 2021</em>, the appeals court heard the case of
John Doe, who was convicted in 2019.</p>
<p>The ruling is expected in July.</p>
</article><footer>Copyright 2021</footer></body></html>
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def assert_offsets_index_the_file(records: list[dict], path: Path) -> None:
    file_text = path.read_text(encoding="utf-8")
    assert records, "no date found"
    for record in records:
        assert file_text[record["start"] : record["end"]] == record["text"], record


def test_dates_json_offsets_index_the_seed_file_front_matter_included(capsys):
    code, out, err = run(capsys, "dates", "--json")
    assert code == 0 and err == ""
    records = json_lines(out)
    assert_offsets_index_the_file(records, SEED)
    front_matter_end = SEED.read_text(encoding="utf-8").index("CIPHER BRIEF")
    assert all(r["start"] >= front_matter_end for r in records)
    for record in records:
        for key in ("start", "end", "text", "type", "value", "first", "last", "precision"):
            assert key in record
        assert record["explanation"]
    april_8 = next(r for r in records if r["text"] == "April 8")
    assert (april_8["value"], april_8["first"], april_8["precision"]) == (
        "2025-04-08",
        "2025-04-08",
        "day",
    )


def test_dates_human_listing(capsys):
    code, out, _ = run(capsys, "dates", str(SEED))
    lines = out.splitlines()
    assert code == 0 and "published 2025-04-16 (estimated)" in lines[0]
    assert any("April 8" in line and "2025-04-08" in line for line in lines[1:])


def test_published_flag_moves_relative_dates(capsys):
    _, out, _ = run(capsys, "dates", "--json", "--published", "2026-01-10")
    last_month = next(r for r in json_lines(out) if r["text"].lower() == "last month")
    assert last_month["value"] == "2025-12"


def test_markdown_file(capsys, tmp_path):
    path = tmp_path / "company.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    code, out, _ = run(capsys, "dates", "--json", str(path))
    records = json_lines(out)
    assert code == 0
    assert_offsets_index_the_file(records, path)
    assert {"2022-03-03", "2022-09"} <= {r["value"] for r in records}

    code, out, err = run(capsys, "export", str(path))
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and rows, err
    assert "2022-03-03" in {r["date"] for r in rows}
    for row in rows:
        assert "*" not in row["sentence"] and "](" not in row["sentence"]
        assert row["source"] == str(path)
        # The offset points at the sentence's first character in the file itself.
        assert MARKDOWN[int(row["offset"])] == row["sentence"][0]


def test_html_file(capsys, tmp_path):
    path = tmp_path / "court.html"
    path.write_text(HTML, encoding="utf-8")
    code, out, _ = run(capsys, "dates", "--json", str(path))
    records = json_lines(out)
    assert code == 0
    assert_offsets_index_the_file(records, path)
    values = {r["value"] for r in records}
    assert "2021-05-28" in values and "1990-01-01" not in values

    code, out, err = run(capsys, "list", str(path), "--year", "2021")
    assert code == 0, err
    assert out.splitlines() and all(line.startswith("2021") for line in out.splitlines())
    assert "Copyright" not in out


def test_a_file_without_date_says_once_what_was_inferred(capsys, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(
        "On March 3, 2022, the mayor resigned. Two days later the council met.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "list", str(path))
    notes = [line for line in err.splitlines() if "inferred" in line]
    assert code == 0 and len(notes) == 1
    assert str(path) in notes[0] and "--published" in notes[0]


@pytest.mark.parametrize(
    ("flags", "check"),
    [
        (["--year", "2020"], lambda row: row["start"][:4] <= "2020" <= row["end"][:4]),
        (["--actor", "DEA"], lambda row: "DEA" in row["actors"].split("; ")),
        (["--actor", "Trump"], lambda row: "Donald Trump" in row["actors"].split("; ")),
        (["--from", "2025-04-01"], lambda row: row["end"] >= "2025-04-01"),
    ],
)
def test_seed_filters_keep_only_matching_events(capsys, flags, check):
    code, out, err = run(capsys, "export", *flags)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and rows, err
    assert all(check(row) for row in rows)
    code, everything, _ = run(capsys, "export")
    assert len(rows) < len(list(csv.DictReader(io.StringIO(everything, newline=""))))


def test_seed_export_round_trips_through_json(capsys, tmp_path):
    target = tmp_path / "seed.json"
    assert main(["export", "-o", str(target)]) == 0
    capsys.readouterr()
    code, from_export, _ = run(capsys, "list", str(target))
    code_direct, direct, _ = run(capsys, "list")
    assert code == code_direct == 0 and from_export == direct
    content = json.loads(target.read_text(encoding="utf-8"))
    assert content["documents"][0]["published"] == date(2025, 4, 16).isoformat()
    assert content["documents"][0]["date_status"] == "estimated"


def test_stdin_is_read(capsys, monkeypatch):
    text = b"Title: Piped\nPublished: 2024-05-01\n\nOn April 30, the board met.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
    code, out, _ = run(capsys, "dates", "--json", "-")
    assert code == 0
    assert [r["value"] for r in json_lines(out) if r["text"] == "April 30"] == ["2024-04-30"]


@pytest.mark.parametrize(
    ("flags", "expected"), [([], "2020-03-04"), (["--day-first"], "2020-04-03")]
)
def test_day_first_reaches_the_engine_and_the_events(capsys, tmp_path, flags, expected):
    path = tmp_path / "deal.txt"
    path.write_text("Published: 2021-01-01\n\nThe deal closed on 3/4/2020 in Paris.\n")
    _, out, _ = run(capsys, "dates", "--json", str(path), *flags)
    assert [r["value"] for r in json_lines(out)] == [expected]
    _, out, _ = run(capsys, "export", str(path), *flags)
    assert [r["date"] for r in csv.DictReader(io.StringIO(out, newline=""))] == [expected]


def test_dates_json_text_is_the_files_own_across_a_wrapped_line(capsys, tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Published: 2023-06-15\n\nThe council, which met last\nmonth in the old hall, voted.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "dates", "--json", str(path))
    records = json_lines(out)
    assert code == 0
    assert_offsets_index_the_file(records, path)
    assert [r["value"] for r in records if r["text"] == "last\nmonth"] == ["2023-05"]


def test_day_first_also_shapes_the_inferred_publication_date(capsys, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("The deal closed on 3/4/2020. The next day, shares rose.\n")
    _, _, err = run(capsys, "list", str(path), "--day-first")
    assert "2020-04-03, inferred" in err
