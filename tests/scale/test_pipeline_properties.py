"""Hypothesis properties over the WHOLE pipeline: whatever comes in, nothing breaks.

Any text (plain, Markdown or HTML), any bytes through the loader: no exception but the
loader's clear refusal, every event inside its file, every interval valid, the timeline
sorted, and the CSV and JSON exports reading back as the same events.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from .pipeline_checks import check_timeline, check_whole_pipeline, run_file, run_text

PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Words that make the engine and the event extractor actually fire, mixed with anything.
NEWSY = st.sampled_from(
    [
        "On", "March", "May", "may", "3,", "2019", "1990s", "last", "month", "year", "Monday",
        "ago", "two", "weeks", "later", "the", "spring", "of", "fiscal", "Q3", "from", "to",
        "9/30/2011", "2011-09-30", "Sept.", "30th", "early", "mid-2019", "today", "arrested",
        "signed", "the", "FBI", "said", "President", "Smith", ".", ",", "\n", "\n\n", "–",
        "$14", "million", "2,132", "19", "BC", "AD", "79", "noon", "a.m.", "Tuesday,",
    ]
)  # fmt: skip
# Joined with nothing, a line break or punctuation too: "May\n19" and "2019,May" are where a
# date and a sentence boundary can disagree.
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". ", "\n\n"])
newsy_text = st.lists(
    st.tuples(st.one_of(NEWSY, st.text(max_size=6)), SEPARATORS), max_size=80
).map(lambda pairs: "".join(token + separator for token, separator in pairs))
front_matter = st.one_of(
    st.just(""),
    st.builds(
        "---\ntitle: {}\npublished: {}\n---\n".format,
        st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=20),
        st.one_of(st.dates().map(str), st.text(max_size=12)),
    ),
)
any_article = st.builds(str.__add__, front_matter, st.one_of(newsy_text, st.text()))


@PROPERTY
@given(raw=any_article)
# Inputs bench/fuzz.py once broke the pipeline with: a date read across a line break that
# the sentence splitter cut; an actor run that split into an empty part.
@example(raw="---\npublished: 2020-01-01\n---\nIt happened in May\n19 people came.")
@example(raw="On March\n3, 2019, it ended.")
@example(raw="i AND D TECHNOLOGies")
def test_any_text_gives_valid_events(raw: str) -> None:
    outcome = run_text(raw)
    assert outcome.document is not None
    check_whole_pipeline(outcome.document, outcome.events, raw)


@PROPERTY
@given(body=newsy_text, tags=st.lists(st.sampled_from(["div", "p", "b", "script", "li"])))
def test_any_html_gives_valid_events(body: str, tags: list[str]) -> None:
    raw = "".join(f"<{t}>" for t in tags) + body.replace("\n", "<br>") + "</div>"
    outcome = run_text(raw, format="html", path="page.html")
    assert outcome.document is not None
    check_whole_pipeline(outcome.document, outcome.events, raw)


@PROPERTY
@given(raw=st.one_of(newsy_text, st.text()).map(lambda t: "# Heading\n\n**" + t))
def test_any_markdown_gives_valid_events(raw: str) -> None:
    outcome = run_text(raw, format="markdown", path="notes.md")
    assert outcome.document is not None
    check_whole_pipeline(outcome.document, outcome.events, raw)


@PROPERTY
@given(
    data=st.one_of(st.binary(max_size=2000), newsy_text.map(lambda t: t.encode() + b"\xff\xfe")),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_bytes_are_read_or_refused_with_a_message(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    outcome = run_file(path)
    if outcome.refusal is not None:
        assert str(path) in outcome.refusal  # the message names the file
    else:
        assert outcome.document is not None
        check_whole_pipeline(outcome.document, outcome.events, outcome.raw)


@settings(max_examples=25, deadline=None)
@given(articles=st.lists(newsy_text, min_size=2, max_size=6))
def test_many_documents_make_one_sorted_round_tripping_timeline(articles: list[str]) -> None:
    outcomes = [run_text(a, path=f"doc{i}.txt") for i, a in enumerate(articles)]
    documents = [o.document for o in outcomes if o.document is not None]
    check_timeline([e for o in outcomes for e in o.events], documents)
