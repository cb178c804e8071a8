"""Issue 3, point 2, through the command: `timeline list` on the bundled article."""

from __future__ import annotations

import pytest

from timeline.cli.main import main


def list_lines(capsys: pytest.CaptureFixture[str], *flags: str) -> list[str]:
    assert main(["list", *flags]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_year_2020_shows_the_2020_events_only(capsys) -> None:
    lines = list_lines(capsys, "--year", "2020")
    assert [line.split()[0] for line in lines] == ["2020", "2020-01-03"]


def test_actor_dea_shows_the_dea_events(capsys) -> None:
    lines = list_lines(capsys, "--actor", "DEA")
    assert len(lines) >= 3
    assert all("DEA" in line for line in lines)
    assert {line.split()[0] for line in lines} >= {"2020", "2024", "2025"}


def test_actor_trump_finds_the_events_of_donald_trump(capsys) -> None:
    lines = list_lines(capsys, "--actor", "Trump")
    assert lines and all("Donald Trump" in line for line in lines)
    assert any(line.startswith("2025-01-20") and "designation" in line for line in lines)
