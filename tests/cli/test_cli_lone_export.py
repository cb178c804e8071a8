"""One JSON export alone is read back exactly as it was written; several are merged.

An export's actors were merged across its documents when it was made. Merging them again
could rename some, so ``list``/``explore``/``export`` of an export would not show what
was exported (and the explorer could not show a big export's first rows before the rest).
"""

from __future__ import annotations

from datetime import date

from timeline.cli.main import main
from timeline.dates.mention import Precision
from timeline.io.export import export, read_json_export
from timeline.model.event import Actor, Event


def event(n: int, actor: Actor) -> Event:
    return Event(
        id=f"e{n}",
        date=f"2020-01-0{n}",
        first=date(2020, 1, n),
        last=date(2020, 1, n),
        precision=Precision.DAY,
        date_text=f"January {n}",
        explanation="",
        kind="statement",
        actors=(actor,),
        summary=f"{actor.name} spoke",
        sentence=f"On January {n}, {actor.name} spoke.",
        source="a.txt",
        title="A",
        offset=n,
    )


# Separate in the file; merge_actors would make "Trump" an alias of "Donald Trump".
EVENTS = [event(1, Actor("Donald Trump", "person")), event(2, Actor("Trump", "person"))]


def test_one_export_alone_reads_back_as_written(tmp_path, capsys):
    source = tmp_path / "a.json"
    export([], EVENTS, source, format="json")
    copy = tmp_path / "copy.json"
    assert main(["export", str(source), "-o", str(copy)]) == 0
    assert read_json_export(copy)[1] == EVENTS
    assert main(["list", str(source), "--actor", "Donald Trump"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # "Trump" is not joined to him


def test_several_exports_are_merged_across(tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export([], EVENTS[:1], first, format="json")
    export([], EVENTS[1:], second, format="json")
    merged = tmp_path / "merged.json"
    assert main(["export", str(first), str(second), "-o", str(merged)]) == 0
    names = [e.actor_names for e in read_json_export(merged)[1]]
    assert names == [("Donald Trump",), ("Donald Trump",)]
