"""Properties of reading and writing: any bytes are read or refused cleanly, offsets reach
the file, and any event survives a CSV or JSON round trip."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.dates.mention import Precision
from timeline.io.document import Document
from timeline.io.errors import InputError
from timeline.io.export import dump_csv, read_csv_events, read_json_export, write_json
from timeline.io.html_text import html_to_text
from timeline.io.loaders import read_document
from timeline.io.markdown_text import markdown_to_text
from timeline.model.event import Actor, Event

SETTINGS = settings(max_examples=80, deadline=None)
MARKUP = st.text(alphabet="ab1 .,\n\r\t*_`[]()!#>-|\\<>/:=~^&;xy", max_size=300)


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".html", ".csv"]))
def test_any_bytes_are_read_or_refused_with_one_line(data, suffix):
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(path, warn=lambda message: None)
        except InputError as error:
            assert "\n" not in str(error) and str(path) in str(error)
        else:
            assert isinstance(doc.text, str)


@SETTINGS
@given(source=MARKUP)
def test_markdown_keeps_every_visible_character_at_its_file_offset(source):
    text, offset_map = markdown_to_text(source)
    doc = Document(text=text, format="markdown", offset_map=offset_map)
    previous = -1
    for i, char in enumerate(text):
        at = doc.file_offset(i)
        assert 0 <= at <= len(source)
        if not char.isspace():
            assert source[at] == char, (i, char)
            assert at > previous  # text order is file order
            previous = at


@SETTINGS
@given(source=MARKUP.map(lambda s: s.replace("&", "")))
@example(source="<![1")  # html.parser raised AssertionError on it
def test_html_keeps_every_visible_character_at_its_file_offset(source):
    page = html_to_text(source)
    doc = Document(text=page.text, format="html", offset_map=page.offset_map)
    for i, char in enumerate(page.text):
        if not char.isspace():
            assert source[doc.file_offset(i)] == char, (i, char)


cells = st.text(max_size=40)
names = st.text(max_size=20).filter(lambda s: s and ";" not in s and s == s.strip())


@st.composite
def events(draw) -> Event:
    first = date(1900, 1, 1) + timedelta(days=draw(st.integers(0, 60_000)))
    last = first + timedelta(days=draw(st.integers(0, 400)))
    actors = draw(
        st.lists(st.builds(Actor, names, st.sampled_from(["", "person", "place"])), max_size=3)
    )
    return Event(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=12)),
        date=draw(cells),
        first=first,
        last=last,
        precision=draw(st.sampled_from(list(Precision))),
        date_text=draw(cells),
        explanation=draw(cells),
        kind=draw(cells),
        actors=tuple(actors),
        summary=draw(cells),
        sentence=draw(cells),
        source=draw(cells),
        title=draw(cells),
        offset=draw(st.integers(0, 10**9)),
        date_start=draw(st.integers(0, 1000)),
        date_end=draw(st.integers(0, 1000)),
        inferred=draw(st.booleans()),
    )


@SETTINGS
@given(batch=st.lists(events(), max_size=5))
def test_any_events_round_trip_through_csv(batch):
    buffer = io.StringIO(newline="")
    dump_csv(batch, buffer)
    buffer.seek(0)
    assert read_csv_events(buffer) == batch


@SETTINGS
@given(batch=st.lists(events(), max_size=5))
def test_any_events_round_trip_through_json(batch):
    with TemporaryDirectory() as folder:
        target = Path(folder) / "e.json"
        write_json([], batch, target)
        assert read_json_export(target) == ([], batch)
