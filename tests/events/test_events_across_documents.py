"""Aliases merged across documents when the pipeline builds one timeline."""

from __future__ import annotations

from datetime import date

from timeline.io.document import DateStatus, Document
from timeline.pipeline import build_timeline


def doc(name: str, text: str) -> Document:
    return Document(text=text, path=name, published=date(2025, 4, 16), date_status=DateStatus.GIVEN)


def test_one_name_for_one_actor_across_documents() -> None:
    timeline = build_timeline(
        [
            doc("a.txt", "On January 20, President Donald Trump designated the cartels."),
            doc("b.txt", "On April 8, Trump spoke about the Drug Enforcement Administration."),
            doc("c.txt", "On April 11, the DEA seized pills."),
        ]
    )
    by_source = {e.source: e for e in timeline}
    assert by_source["b.txt"].actor_names[0] == "Donald Trump"
    assert "Trump" in by_source["b.txt"].actors[0].aliases
    assert set(by_source["b.txt"].actor_names) == {"Donald Trump", "DEA"}
    assert by_source["c.txt"].actor_names == ("DEA",)
