"""The command line as a user meets it: exit codes, one-line errors, list and export output."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.cli.main import main
from timeline.dates.mention import Precision
from timeline.io.export import export
from timeline.model.event import Actor, Event

TRUMP = Actor("Donald Trump", "person", ("Trump", "President Donald Trump"))
DEA = Actor("DEA", "organization", ("Drug Enforcement Administration",))


def make(n: int, day: str, last: str, precision: Precision, kind: str, actors, summary: str):
    return Event(
        id=f"e{n}",
        date=day if precision is not Precision.YEAR else day[:4],
        first=date.fromisoformat(day),
        last=date.fromisoformat(last),
        precision=precision,
        date_text="x",
        explanation="",
        kind=kind,
        actors=actors,
        summary=summary,
        sentence=summary + ".",
        source="a.txt",
        title="A",
        offset=n * 10,
    )


EVENTS = [
    make(1, "2020-01-01", "2020-12-31", Precision.YEAR, "arrest", (DEA,), "DEA arrests a general"),
    make(
        2, "2020-01-03", "2020-01-03", Precision.DAY, "strike", (TRUMP,), "Strike kills Soleimani"
    ),
    make(3, "2025-01-20", "2025-01-20", Precision.DAY, "designation", (TRUMP,), "Cartels labeled"),
    make(
        4, "2025-04-08", "2025-04-08", Precision.DAY, "testimony", (), "-Jenkins \x1b[31mtestifies"
    ),
]


@pytest.fixture
def exported(tmp_path) -> Path:
    """A JSON export: list and export read it back without re-parsing any article."""
    path = tmp_path / "events.json"
    export([], EVENTS, path, format="json")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, needle: str) -> None:
    assert code == 2
    assert err.startswith("timeline: error: ") and err.count("\n") == 1, err
    assert needle in err and "Traceback" not in err


# -- list -------------------------------------------------------------------------------
def test_list_piped_is_plain_aligned_text(capsys, exported):
    code, out, err = run(capsys, "list", str(exported))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 4 and "\t" not in out and "\x1b" not in out
    assert lines[0].split()[:3] == ["2020", "arrest", "DEA"]
    assert "Strike kills Soleimani" in lines[1]
    assert len({line.index(line.split()[1]) for line in lines}) == 1  # kind column aligned


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--year", "2020"], ["e1", "e2"]),
        (["--year", "2019-2021"], ["e1", "e2"]),
        (["--year", "2020", "--year", "2025"], ["e1", "e2", "e3", "e4"]),
        (["--actor", "DEA"], ["e1"]),
        (["--actor", "trump"], ["e2", "e3"]),
        (["--actor", "Trump", "--year", "2025"], ["e3"]),
        (["--kind", "strike", "--kind", "testimony"], ["e2", "e4"]),
        (["--from", "2020-01-02", "--to", "2025-01"], ["e1", "e2", "e3"]),
        (["--from", "2025-02"], ["e4"]),
        (["--search", "soleimani"], ["e2"]),
    ],
)
def test_list_filters(capsys, exported, flags, expected):
    code, out, _ = run(capsys, "list", str(exported), *flags)
    summaries = {e.id: e.summary.split()[0] for e in EVENTS}
    assert code == 0
    assert [line.split("  ")[-1].split()[0] for line in out.splitlines()] == [
        summaries[i].replace("\x1b[31m", "") for i in expected
    ]


def test_an_unknown_kind_is_refused_with_the_valid_ones(capsys):
    from timeline.events.kinds import KINDS

    code, out, err = run(capsys, "list", "--kind", "strikes")
    assert_one_line_error(code, err, "expected one of: " + ", ".join(sorted(KINDS)))
    assert out == "" and "timeline list --help" in err


def test_a_kind_is_matched_whatever_its_case(capsys, exported):
    code, out, _ = run(capsys, "list", str(exported), "--kind", "Strike")
    assert code == 0 and len(out.splitlines()) == 1


def test_the_same_day_from_and_to_is_one_day(capsys, exported):
    code, out, _ = run(capsys, "list", str(exported), "--from", "2020-01-03", "--to", "2020-01-03")
    assert code == 0 and len(out.splitlines()) == 2  # the year 2020 and 3 January


def test_no_match_exits_0_with_a_note(capsys, exported):
    code, out, err = run(capsys, "list", str(exported), "--year", "1999")
    assert code == 0 and out == ""
    assert err.startswith("timeline: note: no events match") and err.count("\n") == 1


def test_an_input_without_dated_events_says_so(capsys, tmp_path):
    empty, undated = tmp_path / "empty.txt", tmp_path / "undated.txt"
    empty.write_bytes(b"")
    undated.write_text("Nothing here has a date.\n", encoding="utf-8")
    for path in (empty, undated):
        code, out, err = run(capsys, "list", str(path), "--published", "2020-01-01")
        assert code == 0 and out == ""
        assert err.splitlines()[-1] == "timeline: note: no dated events in the input"
        code, out, err = run(capsys, "export", str(path), "--published", "2020-01-01")
        assert code == 0 and out.count("\n") == 1  # the header row
        assert "timeline: note: no dated events in the input; the export has no rows" in err


def test_list_on_a_terminal_fits_the_width(capsys, exported, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "50")
    code, out, _ = run(capsys, "list", str(exported))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["DATE", "KIND", "ACTORS", "SUMMARY"]
    assert all(len(line) <= 50 for line in lines)
    assert any(line.endswith("…") for line in lines)


# -- export -----------------------------------------------------------------------------
def test_export_csv_to_stdout_by_default(capsysbinary, exported):
    code = main(["export", str(exported), "--year", "2020"])
    out = capsysbinary.readouterr().out.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and [r["id"] for r in rows] == ["e1", "e2"]


def test_export_to_a_file_then_refuses_to_overwrite_then_forces(capsys, exported, tmp_path):
    target = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", str(exported), "-o", str(target))
    assert code == 0 and "wrote 4 events" in err
    first = target.read_bytes()
    assert first.startswith(b"date,start,end,precision,kind,actors,summary,")
    assert b"'-Jenkins" in first  # formula guard in the file

    code, _, err = run(capsys, "export", str(exported), "--year", "2020", "-o", str(target))
    assert_one_line_error(code, err, "--force")
    assert target.read_bytes() == first

    code, _, _ = run(
        capsys, "export", str(exported), "--year", "2020", "-o", str(target), "--force"
    )
    assert code == 0 and target.read_bytes().count(b"\r\n") == 3


def test_export_json_by_suffix_and_it_opens_again(capsys, exported, tmp_path):
    target = tmp_path / "again.json"
    code, _, _ = run(capsys, "export", str(exported), "--actor", "Trump", "-o", str(target))
    assert code == 0
    content = json.loads(target.read_text(encoding="utf-8"))
    assert [e["id"] for e in content["events"]] == ["e2", "e3"]
    assert content["events"][0]["actors"] == ["Donald Trump"]
    code, out, _ = run(capsys, "list", str(target), "--actor", "President Donald Trump")
    assert code == 0 and len(out.splitlines()) == 2  # aliases survived the export


# -- errors -----------------------------------------------------------------------------
def test_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, "list", str(tmp_path / "nope.txt"))
    assert_one_line_error(code, err, "no such file")


def test_folder_with_nothing_readable(capsys, tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    code, _, err = run(capsys, "export", str(tmp_path))
    assert_one_line_error(code, err, "no readable article")


def test_binary_input(capsys, tmp_path):
    path = tmp_path / "img.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, _, err = run(capsys, "dates", str(path))
    assert_one_line_error(code, err, "NUL")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(capsys, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("On May 1.")
    path.chmod(0)
    code, _, err = run(capsys, "list", str(path))
    assert_one_line_error(code, err, "permission denied")


def test_unreadable_file_even_as_root(capsys, tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("On May 1.")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    code, _, err = run(capsys, "list", str(path))
    assert_one_line_error(code, err, "permission denied")


def test_a_directory_where_a_file_is_expected_is_unreadable(capsys, tmp_path):
    code, _, err = run(capsys, "export", "-o", str(tmp_path))
    assert_one_line_error(code, err, "is a folder")


def test_over_the_size_limit(capsys, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    code, _, err = run(capsys, "list", str(path), "--max-size", "1KB")
    assert_one_line_error(code, err, "size limit")


def test_list_sends_no_bidi_override_to_the_terminal(capsys, tmp_path):
    """U+202E would show the sentence reordered, unlike the file ("Trojan Source")."""
    article = tmp_path / "a.txt"
    article.write_text("On May 3, 2024, the agency said \u202edlrow\u202c it was done.\n")
    code, out, _ = run(capsys, "list", str(article), "--published", "2024-06-01")
    assert code == 0 and "dlrow" in out
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)


def test_a_size_limit_beyond_any_file_means_no_limit(capsys, exported):
    code, out, _ = run(capsys, "list", str(exported), "--max-size", "9" * 30 + "TB")
    assert code == 0 and out


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_standard_output_is_an_output_error(exported):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "timeline", "list", str(exported)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert_one_line_error(done.returncode, done.stderr, "No space left")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["list", "--published", "2025-13-01"], "bad date"),
        (["list", "--from", "last week"], "bad date"),
        (["list", "--to", "2025-02-30"], "no such day"),
        (["list", "--year", "twenty"], "bad year"),
        (["list", "--year", "2021-2019"], "bad year"),
        (["list", "--from", "2025", "--to", "2020"], "--from 2025-01-01 is after --to 2020-12-31"),
        (["export", "--to", "2020-03", "--from", "2020-04"], "is after --to 2020-03-31"),
        (["list", "--kind", "strikes"], "unknown kind 'strikes'"),
        (["export", "--kind", "strike", "--kind", "arest"], "unknown kind 'arest'"),
        (["export", "--format", "xml"], "invalid choice"),
        (["list", "--max-size", "lots"], "bad size"),
        (["list", "--frobnicate"], "unrecognized arguments"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_flags_and_dates(capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert_one_line_error(code, err, needle)
    assert out == ""


def test_malformed_export(capsys, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"documents": [], "events": [{"id": 1}]}')
    code, _, err = run(capsys, "list", str(path))
    assert_one_line_error(code, err, "event 1 is malformed")


def test_an_input_named_twice_gives_its_events_once(capsys, exported, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "d" / "a.txt"
    article.parent.mkdir()
    article.write_text("The court ruled on 3 March 2020 that the law stood.\n", encoding="utf-8")
    for names in (["d/a.txt", "./d/a.txt"], ["d", "d/a.txt"], ["d/a.txt", str(tmp_path / "d")]):
        code, out, _ = run(capsys, "list", *names, "--published", "2020-03-04")
        assert code == 0 and out.count("The court ruled") == 1, names
    code, out, _ = run(capsys, "list", str(exported), "events.json")
    assert code == 0 and len(out.splitlines()) == len(EVENTS)


def test_an_unclosed_front_matter_is_read_as_text_with_a_warning(capsys, tmp_path):
    path = tmp_path / "open.txt"
    path.write_text("---\ntitle: Flood\nThe river rose on 3 May 2020.\n", encoding="utf-8")
    code, out, err = run(capsys, "list", str(path), "--published", "2020-05-04")
    assert code == 0 and "The river rose" in out
    warning = f"{path}: its front matter (opened by '---') is never closed; read as text"
    assert err == f"timeline: warning: {warning}\n"


def test_explore_refuses_a_pipe(capsys, exported):
    code, _, err = run(capsys, str(exported))
    assert_one_line_error(code, err, "needs a terminal")


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "list" in out and "export" in out and "dates" in out


# -- the installed command --------------------------------------------------------------
def run_console(*argv: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *argv], capture_output=True, text=True, **kwargs
    )


def test_python_m_timeline_error_is_one_line(tmp_path):
    result = run_console("list", str(tmp_path / "missing.md"))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_console_script_lists_an_export(exported):
    script = Path(sys.executable).with_name("timeline")
    if not script.exists():
        pytest.skip("console script not installed beside this interpreter")
    result = subprocess.run(
        [str(script), "list", str(exported), "--actor", "DEA"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines()[0].split()[:3] == ["2020", "arrest", "DEA"]


def test_explore_opens_the_explorer_with_the_analysed_timeline(capsys, exported, monkeypatch):
    import timeline.tui.app as app

    opened = {}

    def fake_run_loading(loader):
        opened["documents"], opened["timeline"] = loader()
        return 0

    monkeypatch.setattr(app, "run_loading", fake_run_loading)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, _, err = run(capsys, str(exported))  # no command: explore
    assert code == 0, err
    assert [e.id for e in opened["timeline"]] == ["e1", "e2", "e3", "e4"]
    code, _, err = run(capsys, "explore", str(exported), "nope.txt")
    assert_one_line_error(code, err, "nope.txt")  # refused before the window opens


def test_interrupt_exits_130(capsys, monkeypatch):
    import timeline.cli.main as cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.COMMAND_FUNCTIONS, "list", interrupted)
    code, _, err = run(capsys, "list")
    assert code == 130 and "Traceback" not in err


def test_an_internal_error_is_one_line_exit_1(capsys, monkeypatch):
    import timeline.cli.main as cli

    def broken(args):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setitem(cli.COMMAND_FUNCTIONS, "list", broken)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    code, _, err = run(capsys, "list")
    assert code == 1 and err.count("\n") == 1 and "internal error" in err


def test_a_closed_pipe_is_not_an_error(tmp_path):
    many = tmp_path / "many.json"
    day = "2020-01-03"
    export(
        [],
        [make(n, day, day, Precision.DAY, "k", (DEA,), "x" * 80) for n in range(5000)],
        many,
        format="json",
    )
    result = subprocess.run(
        f"{sys.executable} -m timeline list {many} | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.count("\n") == 1 and result.stderr == ""


def test_explore_refuses_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, _, err = run(capsys, "explore", "-")
    assert_one_line_error(code, err, "standard input")


def test_published_with_an_export_warns_that_it_changes_nothing(capsys, exported):
    code, out, err = run(capsys, "list", str(exported), "--published", "2030-01-01")
    assert code == 0 and len(out.splitlines()) == 4
    assert "--published does not change" in err


def test_an_exports_inferred_dates_are_not_announced_again(capsys, tmp_path):
    from timeline.io.document import DateStatus, Document

    target = tmp_path / "e.json"
    old = Document(
        text="", path="old.txt", published=date(2020, 1, 1), date_status=DateStatus.INFERRED
    )
    export([old], EVENTS, target, format="json")
    code, _, err = run(capsys, "list", str(target))
    assert code == 0 and err == ""


def test_dates_refuses_an_export(capsys, exported):
    code, _, err = run(capsys, "dates", str(exported))
    assert_one_line_error(code, err, "timeline list")


def test_list_names_the_source_when_events_come_from_several_articles(capsys, tmp_path):
    from dataclasses import replace

    mixed = tmp_path / "mixed.json"
    other = replace(EVENTS[1], source="b/other.txt", title="", id="b1")
    export([], [EVENTS[0], other], mixed, format="json")
    _, out, _ = run(capsys, "list", str(mixed))
    first, second = out.splitlines()
    assert "  A  " in first and "  other.txt  " in second  # title, else the file's name
    _, single, _ = run(capsys, "list", str(mixed), "--actor", "DEA")
    assert "  A  " not in single
