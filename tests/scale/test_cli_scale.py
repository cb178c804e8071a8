"""Through the real command line: parallel runs write the same bytes, hostile files are handled.

Each pathological input gets either a correct result or one clear line on stderr, never a
traceback; sizes here are cut down where the full size would slow the suite (a 1 MB line here;
bench/scale.py runs the full sizes: a 10 MB line, and so on).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli.main import main

SENTENCE = "On March 3, 2019, the court ruled. "
FILLER = "The committee heard testimony from several witnesses. "


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """``timeline export ARGS`` in this process: (exit status, stderr)."""
    status = main(["export", *args])
    return status, capsys.readouterr().err


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_two_jobs_write_the_same_json_as_one(
    small_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert export(capsys, str(small_archive), "-o", str(one), "--jobs", "1")[0] == 0
    assert export(capsys, str(small_archive), "-o", str(two), "--jobs", "2")[0] == 0
    assert one.read_bytes() == two.read_bytes()
    sources = {event["source"] for event in json.loads(one.read_text())["events"]}
    assert len(sources) > 10  # many articles really contributed events


def test_separate_runs_with_one_and_two_jobs_write_the_same_bytes(
    medium_archive: Path, tmp_path: Path
) -> None:
    """As a user runs them: separate processes, so string hashing differs between the runs
    (and between pool workers); any output that leans on set or hash order shows here."""
    outputs = []
    for jobs, hash_seed in (("1", "1"), ("2", "2")):
        target = tmp_path / f"jobs{jobs}.csv"
        subprocess.run(
            [sys.executable, "-m", "timeline", "export", str(medium_archive), "-o", str(target),
             "--jobs", jobs],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )  # fmt: skip
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_a_bad_jobs_count_is_a_usage_error(
    small_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = export(capsys, str(small_archive), "-o", str(tmp_path / "x.csv"), "--jobs", "0")
    assert status == 2
    assert "--jobs" in err
    assert "Traceback" not in err


def test_a_long_single_line_is_analysed_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stretch = SENTENCE + FILLER * 4
    repeats = 1_000_000 // len(stretch)
    line = tmp_path / "line.txt"
    line.write_text(stretch * repeats, encoding="utf-8")  # 1 MB and not one line break
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(line), "-o", str(out), "--published", "2020-01-01")
    assert status == 0, err
    found = rows(out)
    assert len(found) == repeats  # every dated sentence, however far along the line
    assert {row["date"] for row in found} == {"2019-03-03"}
    assert int(found[-1]["offset"]) == (repeats - 1) * len(stretch)


def test_a_megabyte_of_digits_holds_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digits = tmp_path / "digits.txt"
    digits.write_text(("31415926535897932384626433832795" * 32_000)[:1_000_000], encoding="utf-8")
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(digits), "-o", str(out), "--published", "2020-01-01")
    assert status == 0, err
    assert rows(out) == []


def test_deeply_nested_html_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "nested.html"
    depth = 100_000
    page.write_text(
        "<html><body>" + "<div>" * depth + SENTENCE + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(page), "-o", str(out), "--published", "2020-01-01")
    assert status == 0, err
    assert [row["date"] for row in rows(out)] == ["2019-03-03"]


def test_invalid_utf8_is_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(SENTENCE.encode() + b"Caf\xe9 \xff\xfe\x80 closed.\n")
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(broken), "-o", str(out), "--published", "2020-01-01")
    assert status == 0, err
    assert "UTF-8" in err and str(broken) in err
    assert [row["date"] for row in rows(out)] == ["2019-03-03"]


def test_an_empty_file_gives_an_empty_export_and_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(empty), "-o", str(out))
    assert status == 0, err
    assert "empty" in err
    assert rows(out) == []


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # over the 50 MB default; sparse, so cheap
    opened: list[Path] = []
    real_open = Path.open

    def watching_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == huge.name:
            opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", watching_open)
    out = tmp_path / "out.csv"
    status, err = export(capsys, str(huge), "-o", str(out))
    assert status == 2
    assert "size limit" in err and str(huge) in err and "Traceback" not in err
    assert opened == [], "the file was opened although its size alone refuses it"
    assert not out.exists()

    small_limit = tmp_path / "small.txt"
    small_limit.write_text(SENTENCE * 100, encoding="utf-8")
    status, err = export(capsys, str(small_limit), "-o", str(out), "--max-size", "1KB")
    assert status == 2 and "size limit" in err
    status, err = export(capsys, str(small_limit), "-o", str(out), "--max-size", "1MB")
    assert status == 0, err
