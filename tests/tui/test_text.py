"""Dates at the precision the text gave them, typed dates, and safe text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.dates.mention import Precision
from timeline.io.document import DateStatus, Document
from timeline.tui.sample import sample_events
from timeline.tui.text import describe_publication, fit, format_date, parse_day, safe
from timeline.tui.widgets.facet_panel import bar

EVENT = sample_events()[0]


@pytest.mark.parametrize(
    ("value", "precision", "shown"),
    [
        ("2025-04-08", Precision.DAY, "2025-04-08"),
        ("2025-04-08T14:30", Precision.TIME, "2025-04-08 14:30"),
        ("2025-03", Precision.MONTH, "Mar 2025"),
        ("2020", Precision.YEAR, "2020"),
        ("2025-Q1", Precision.QUARTER, "2025 Q1"),
        ("2024-H2", Precision.HALF, "2024 H2"),
        ("FY2025", Precision.YEAR, "FY2025"),
        ("2011-SU", Precision.SEASON, "Summer 2011"),
        ("2022-W14", Precision.WEEK, "2022 wk 14"),
        ("201", Precision.DECADE, "2010s"),
        ("19", Precision.CENTURY, "20th century"),
        ("199/200", Precision.SPAN, "1990s–2000s"),
        ("2015/2018", Precision.SPAN, "2015–2018"),
        ("2024-10-01/2025-09-30", Precision.SPAN, "Oct 2024–Sep 2025"),
        ("2024-10/2025-09", Precision.SPAN, "Oct 2024–Sep 2025"),
        ("2024-03-01/2024-06-30", Precision.SPAN, "Mar–Jun 2024"),
        ("2024-02-01/2024-02-29", Precision.SPAN, "Feb 2024"),
        ("2015-01-01/2018-12-31", Precision.SPAN, "2015–2018"),
        ("2019-06-03/2019-06-07", Precision.SPAN, "3–7 Jun 2019"),
        ("2019-09-30/2019-10-04", Precision.SPAN, "30 Sep–4 Oct 2019"),
        ("2024-10-01/2025-04-16", Precision.SPAN, "1 Oct 2024–16 Apr 2025"),
        ("2024-12-01/2025-01-15", Precision.SPAN, "1 Dec 2024–15 Jan 2025"),
        ("2020/2020-06-30", Precision.SPAN, "Jan–Jun 2020"),
        ("2011-SU/2012", Precision.SPAN, "Summer 2011–2012"),  # not plain days: as given
        ("2025-04-16/2024-01-01", Precision.SPAN, "2025-04-16–2024-01-01"),  # backwards
        ("2025-13", Precision.MONTH, "2025-13"),  # not a month: shown as given
        ("PAST_REF\x1b[31m", Precision.NONE, "PAST_REF␛[31m"),
    ],
)
def test_format_date_keeps_the_texts_precision(value, precision, shown):
    assert format_date(replace(EVENT, date=value, precision=precision)) == shown


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2020", date(2020, 1, 1)),
        ("2020-03", date(2020, 3, 1)),
        ("2020-03-05", date(2020, 3, 5)),
        ("Jan 3 2020", date(2020, 1, 3)),
        ("March 2011", date(2011, 3, 1)),
    ],
)
def test_parse_day_reads_what_people_type(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize("typed", ["soon", "", "2020-02-30"])
def test_parse_day_refuses_non_dates(typed):
    with pytest.raises(ValueError):
        parse_day(typed)


def test_publication_dates_that_are_not_given_are_marked():
    document = Document(text="", published=date(2025, 4, 16), date_status=DateStatus.ESTIMATED)
    assert describe_publication(document) == "published 2025-04-16 (estimated)"
    inferred = replace(document, date_status=DateStatus.INFERRED)
    assert describe_publication(inferred) == "published 2025-04-16 (inferred)"
    given = replace(document, date_status=DateStatus.GIVEN)
    assert describe_publication(given) == "published 2025-04-16"
    assert describe_publication(Document(text="")) == "publication date unknown"


def test_safe_keeps_length_and_printable_text():
    hostile = "x\x1b]8;;file:///etc/passwd\x07y\u202e\x9bz"
    assert len(safe(hostile)) == len(hostile)
    assert all(c.isprintable() for c in safe(hostile))
    assert safe("[bold]as is[/bold] – é 中文") == "[bold]as is[/bold] – é 中文"


def test_fit_and_bar_sizes():
    assert fit("abc", 5) == "abc  "
    assert fit("abcdef", 4) == "abc…"
    assert fit("中文中文", 5) == "中文…"
    assert bar(10, 10, 4) == "████"
    assert bar(1, 1000, 4) == "▏"  # a year with events never looks empty
    assert bar(0, 10, 4) == ""


@pytest.mark.parametrize(
    ("width", "shown"), [(80, "Oct 2024–Sep 2025"), (120, "1 Oct 2024–16 Apr 2025")]
)
async def test_spans_show_whole_in_the_timeline_rows(width, shown):
    from tui_helpers import settle, timeline_rows

    from timeline.model.timeline import Timeline
    from timeline.tui.app import TimelineApp
    from timeline.tui.sample import sample_documents

    fiscal = replace(
        EVENT,
        id="fiscal",
        date="2024-10-01/2025-09-30",
        first=date(2024, 10, 1),
        last=date(2025, 9, 30),
        precision=Precision.SPAN,
    )
    odd = replace(fiscal, id="odd", date="2024-10-01/2025-04-16", last=date(2025, 4, 16))
    app = TimelineApp(sample_documents(), Timeline([*sample_events()[:3], fiscal, odd]))
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        rows = timeline_rows(app)
        assert any(f" {shown} " in row for row in rows), rows
