"""The stages composed for one document: its reference date settled, then its events."""

from __future__ import annotations

from datetime import date

from timeline.io.document import DateStatus, Document
from timeline.pipeline import process


def test_a_document_without_date_gets_one_inferred_and_its_relative_dates_say_so() -> None:
    text = "On March 3, 2022, the mayor resigned. Last month the council had met."
    settled, events = process(Document(text=text, path="plain.txt"))
    assert (settled.published, settled.date_status) == (date(2022, 3, 3), DateStatus.INFERRED)
    by_date = {event.date_text: event for event in events}
    assert by_date["March 3, 2022"].inferred is False
    assert (by_date["Last month"].date, by_date["Last month"].inferred) == ("2022-02", True)


def test_a_given_publication_date_marks_nothing_inferred() -> None:
    text = "Last month the council met."
    document = Document(text=text, path="a.txt", published=date(2025, 4, 16))
    settled, events = process(document)
    assert settled is document
    assert [(e.date, e.inferred) for e in events] == [("2025-03", False)]
