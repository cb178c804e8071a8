"""From a document and its date mentions to events: one row per sentence and distinct date.

What becomes an event, and why:

* A date mention that places something on the calendar (``is_calendar_date``: a DATE or
  TIME with an interval). Durations and sets ("for three years", "every Monday") and the
  rhetorical references now/recently/soon (PRESENT_REF, PAST_REF, FUTURE_REF) have no
  interval: "Sheinbaum vowed recently" cannot be placed on a timeline, so it is not a row.
* Not a date that only describes a thing: "a 2019-vintage laptop", "1990s-style",
  "a 2019-model Lexus", "will report fourth-quarter results on Feb. 12" (beside another
  date), nor a baseline of a comparison: "the highest turnout since 1994".
* A range is one event over its span: the engine writes "between 2016 and 2021" as two
  TIMEX3 values (as TimeML does); the event's date is "2016/2021", covering both.
* One event per sentence and distinct value (the date value at the text's precision;
  a span is "START/END"); a mention nested in another (the engine
  may give "October 1" inside "the fiscal year that began October 1") adds nothing.
* Not a rhetorical "today" ("Today the cartels are richer than ever"): a present-tense
  clause that reports no happening; "The court ruled today" is an event.
* A sentence with no date of its own is an event only when it plainly continues the
  previous one: "hours after the strike", "that day", "moments later". It takes that
  event's date, and says so in the explanation.

Two small discourse rules use the neighbouring sentences of the same paragraph:

* a dateless sentence that reports the same kind of happening as the event just before or
  after it ("On September 30, 2011, U.S. drones ... zeroed in on ..." then "Hellfire
  missiles ... obliterated ... al-Awlaki") lends that event its actors;
* an event with no trigger word of its own takes its kind from a later back-reference
  ("On April 11, CBP officers ... inspect a tractor-trailer." ... "With that seizure, ...").
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.dates.mention import DateMention, Interval, Precision, TimexType
from timeline.events.actors import DocumentActors
from timeline.events.kinds import GENERIC_KINDS, choose_kind, referenced_kind, sentence_kind
from timeline.events.sentences import (
    FlatSentence,
    SentenceSpan,
    clause_bounds,
    hard_breaks,
    split_sentences,
)
from timeline.events.summary import summarize
from timeline.io.document import Document
from timeline.model.event import Actor, Event

# Words after a hyphen that turn a date into a description of a thing.
_DESCRIPTIVE_SUFFIX = re.compile(
    r"-(?:vintage|style|styled|era|model|type|like|built|made|issue|old|edition|series)\b", re.I
)
_CONTINUATION = re.compile(
    r"\b(?:(?:hours|minutes|moments|shortly|immediately|soon|just)\s+"
    r"(?:after\s+(?:the|that|this|his|her|its|their)\s+[\w-]+|later|afterwards?)"
    r"|(?:later\s+)?that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)"
    r"|the\s+same\s+(?:day|night|morning|afternoon|evening))\b",
    re.I,
)
_TIME_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_LOOKBACK_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class _Sentence:
    index: int
    span: SentenceSpan
    text: str
    paragraph: int
    flat: FlatSentence  # what kinds, actors and summaries read: wrapped lines joined


def extract_events(document: Document, mentions: tuple[DateMention, ...]) -> tuple[Event, ...]:
    """The events of ``document``, in document order, from the engine's ``mentions``.

    ``mentions`` and the events' ``offset`` both index ``document.text``: mapping a text
    offset to the file (past front matter, through Markdown/HTML markup) is the document's
    business (``Document.file_offset``), done once by the pipeline for every format.
    """
    text = document.text
    joined = [position for position, char in document.soft_breaks if char == "\n"]
    sentences = _sentences(text, every_newline_ends=document.format != "text", joined=joined)
    by_sentence = _assign(mentions, sentences)
    blocked = [
        [
            (s.flat.to_flat(m.start - s.span.start), s.flat.to_flat(m.end - s.span.start))
            for m in by_sentence[s.index]
        ]
        for s in sentences
    ]
    actors = DocumentActors([s.flat.text for s in sentences], blocked)
    events: list[Event] = []
    dated: dict[int, list[Event]] = {}
    for sentence in sentences:
        own = [
            _event(document, sentence, m, actors.actors(sentence.index))
            for m in _eventful(by_sentence[sentence.index], text, sentence.span.start)
            if not _rhetorical_today(sentence, m)
        ]
        if not own:
            own = _continuation(document, sentence, sentences, dated, actors)
        if own:
            dated[sentence.index] = own
            events.extend(own)
    events = _borrow_neighbour_actors(events, sentences, dated, actors)
    events = _kind_from_back_reference(events, sentences, dated)
    return tuple(events)


def _sentences(text: str, *, every_newline_ends: bool, joined: Sequence[int]) -> list[_Sentence]:
    """The sentences of ``text``, each with the number of the paragraph it is in.

    Markdown and HTML readers have already joined a paragraph's soft line breaks, so their
    every newline is meaningful; a plain text's may be a hard wrap inside a paragraph.
    """
    out: list[_Sentence] = []
    paragraph = 0
    previous_end = 0
    breaks = (
        [m.start() for m in re.finditer("\n", text)]
        if every_newline_ends
        else hard_breaks(text, joined)
    )
    spans = split_sentences(text, every_newline_ends=every_newline_ends, joined_lines=joined)
    for i, span in enumerate(spans):
        if bisect_left(breaks, previous_end) < bisect_left(breaks, span.start):
            paragraph += 1
        sentence = text[span.start : span.end]
        out.append(_Sentence(i, span, sentence, paragraph, FlatSentence.of(sentence)))
        previous_end = span.end
    return out


def _assign(
    mentions: Sequence[DateMention], sentences: Sequence[_Sentence]
) -> dict[int, list[DateMention]]:
    """Mentions grouped by the sentence that holds them."""
    grouped: dict[int, list[DateMention]] = {s.index: [] for s in sentences}
    starts = [s.span.start for s in sentences]
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    j = 0
    for mention in ordered:
        while j + 1 < len(starts) and starts[j + 1] <= mention.start:
            j += 1
        span = sentences[j].span if sentences else None
        # A mention across a sentence cut (only where a run-on line was cut) is dropped.
        if span and span.start <= mention.start and mention.end <= span.end:
            grouped[j].append(mention)
    return grouped


def _eventful(mentions: Sequence[DateMention], text: str, floor: int) -> list[DateMention]:
    """The mentions of one sentence (starting at ``floor``) that anchor an event, one per
    distinct value."""
    kept: list[DateMention] = []
    seen: set[str] = set()
    mentions = _join_ranges(mentions, text, floor)
    adjectives = [m for m in mentions if _is_date_adjective(m, text)]
    if len(adjectives) < len([m for m in mentions if m.is_calendar_date]):
        # "will report fourth-quarter results on Feb. 12": the quarter describes the results.
        mentions = [m for m in mentions if m not in adjectives]
    for mention in mentions:
        if not mention.is_calendar_date or mention.precision is Precision.NONE:
            continue
        if _DESCRIPTIVE_SUFFIX.match(text, mention.end) or _is_baseline(mention, text):
            continue
        if any(k.start <= mention.start and mention.end <= k.end for k in kept):
            continue
        value = event_date_value(mention)
        if value in seen:
            continue
        seen.add(value)
        kept.append(mention)
    return kept


_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.I)
_RANGE_OPENER = re.compile(r"\b(between|from)\s+$", re.I)
_DATE_ADJECTIVE = re.compile(r"[A-Za-z]+-(?:quarter|half|year|month|week|day)", re.I)


def _join_ranges(mentions: Sequence[DateMention], text: str, floor: int) -> list[DateMention]:
    """Two dates joined as a range ("between 2016 and 2021", "from May to July") as one span.

    The engine writes such ranges as two TIMEX3 values, as TimeML does; an event needs
    the stretch they bound. The opening word is looked for in the sentence alone (from
    ``floor``): a "From" that ends the paragraph before is not this range's.
    """
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if b is not None and a.interval and b.interval and a.interval.first <= b.interval.last:
            joiner = _RANGE_JOINER.fullmatch(text, a.end, b.start)
            opener = _RANGE_OPENER.search(text, max(floor, a.start - 12), a.start)
            word = joiner.group().strip().casefold() if joiner else ""
            if joiner and (word != "and" or (opener and opener.group(1).casefold() == "between")):
                start = opener.start() if opener else a.start
                phrase = text[start : b.end]
                value = f"{a.value}/{b.value}"
                out.append(
                    DateMention(
                        start=start,
                        end=b.end,
                        text=phrase,
                        type=TimexType.DATE,
                        value=value,
                        precision=Precision.SPAN,
                        interval=Interval(a.interval.first, b.interval.last),
                        explanation=(
                            f"'{phrase}' -> {value}: from '{a.text}' ({a.interval.first}) "
                            f"to '{b.text}' ({b.interval.last})"
                        ),
                        anchor=a.anchor,
                        inferred=a.inferred or b.inferred,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _is_date_adjective(mention: DateMention, text: str) -> bool:
    """A date written as an adjective before a noun: "fourth-quarter results"."""
    return bool(_DATE_ADJECTIVE.fullmatch(mention.text)) and bool(
        re.match(r" [a-z]", text[mention.end : mention.end + 2])
    )


_BASELINE = re.compile(
    r"\b(?:highest|lowest|most|least|best|worst|largest|biggest|smallest|strongest|weakest"
    r"|fastest|slowest|first|longest|deepest|sharpest|greatest|record)\b[^.;]{0,60}?\bsince\s+$",
    re.I,
)


_WHEN_AFTER = re.compile(r",?\s+when\s")


def _is_baseline(mention: DateMention, text: str) -> bool:
    """A date that only measures something against the past: "the highest since 1994";
    not when a clause tells what happened then ("since 2019, when Brennan bought it")."""
    if _WHEN_AFTER.match(text, mention.end):
        return False
    return bool(_BASELINE.search(text, max(0, mention.start - 80), mention.start))


_PRESENT_STATE = re.compile(
    r"\b(?:is|are|remains?|has|have|can|seems?|looks?|stands?|lives?)\b", re.I
)


def _rhetorical_today(sentence: _Sentence, mention: DateMention) -> bool:
    """A state of things, not a dated happening: "Today the cartels are richer than ever".

    Only "today" read as the publication day, in a present-tense clause that reports no
    happening (no trigger word); "The court ruled today" stays an event.
    """
    if mention.text.casefold() not in ("today", "today's"):
        return False
    flat = sentence.flat
    start = flat.to_flat(mention.start - sentence.span.start)
    end = flat.to_flat(mention.end - sentence.span.start)
    left, right = clause_bounds(flat.text, start, end)
    return choose_kind(flat.text, start, end) in ("other", "statistic") and bool(
        _PRESENT_STATE.search(flat.text, left, right)
    )


def event_date_value(mention: DateMention) -> str:
    """The event's date: the TIMEX3 value at the text's precision, START/END for a span."""
    value = mention.value
    if "/" in value:
        return value
    if mention.precision is Precision.SPAN and mention.interval is not None:
        return f"{mention.interval.first.isoformat()}/{mention.interval.last.isoformat()}"
    if mention.type is TimexType.TIME or "T" in value:
        return value if _TIME_VALUE.match(value) else value.split("T")[0]
    return value


def event_id(source: str, offset: int, date_value: str) -> str:
    """A stable id: the same source, sentence offset and date give the same id."""
    return hashlib.sha1(f"{source}\0{offset}\0{date_value}".encode()).hexdigest()[:12]


def _event(
    document: Document, sentence: _Sentence, mention: DateMention, actors: tuple[Actor, ...]
) -> Event:
    assert mention.interval is not None
    start = mention.start - sentence.span.start
    end = mention.end - sentence.span.start
    flat, flat_start, flat_end = (
        sentence.flat,
        sentence.flat.to_flat(start),
        sentence.flat.to_flat(end),
    )
    value = event_date_value(mention)
    offset = sentence.span.start
    return Event(
        id=event_id(document.path, offset, value),
        date=value,
        first=mention.interval.first,
        last=mention.interval.last,
        precision=mention.precision,
        date_text=mention.text,
        explanation=mention.explanation,
        kind=choose_kind(flat.text, flat_start, flat_end),
        actors=actors,
        summary=summarize(flat.text, flat_start, flat_end),
        sentence=sentence.text,
        source=document.path,
        title=document.title,
        offset=offset,
        date_start=start,
        date_end=end,
        inferred=mention.inferred,
    )


def _continuation(
    document: Document,
    sentence: _Sentence,
    sentences: Sequence[_Sentence],
    dated: dict[int, list[Event]],
    actors: DocumentActors,
) -> list[Event]:
    """A dateless sentence that plainly continues a recent event takes that event's date."""
    flat = sentence.flat
    cue = _CONTINUATION.search(flat.text)
    if cue is None:
        return []
    cue_start, cue_end = flat.to_original(cue.start()), flat.to_original(cue.end())
    for back in range(1, _LOOKBACK_SENTENCES + 1):
        j = sentence.index - back
        if j < 0 or sentences[j].paragraph != sentence.paragraph:
            break
        if j in dated:
            previous = dated[j][-1]
            offset = sentence.span.start
            return [
                replace(
                    previous,
                    id=event_id(document.path, offset, previous.date),
                    date_text=sentence.text[cue_start:cue_end],
                    explanation=(
                        f"'{cue.group()}' -> {previous.date}: continues the previous "
                        f"sentence's '{previous.date_text}'"
                    ),
                    kind=choose_kind(flat.text, cue.start(), cue.end()),
                    actors=actors.actors(sentence.index),
                    summary=summarize(flat.text, cue.start(), cue.end()),
                    sentence=sentence.text,
                    offset=offset,
                    date_start=cue_start,
                    date_end=cue_end,
                )
            ]
    return []


def _neighbours(sentence: _Sentence, sentences: Sequence[_Sentence]) -> list[_Sentence]:
    return [
        sentences[j]
        for j in (sentence.index + 1, sentence.index - 1)
        if 0 <= j < len(sentences) and sentences[j].paragraph == sentence.paragraph
    ]


def _borrow_neighbour_actors(
    events: list[Event],
    sentences: Sequence[_Sentence],
    dated: dict[int, list[Event]],
    actors: DocumentActors,
) -> list[Event]:
    index_of = {e.id: i for i, evs in dated.items() for e in evs}
    out: list[Event] = []
    for event in events:
        i = index_of.get(event.id)
        extra: list[Actor] = []
        if i is not None and event.kind not in GENERIC_KINDS and event.kind != "other":
            for neighbour in _neighbours(sentences[i], sentences):
                if neighbour.index in dated:
                    continue
                if sentence_kind(neighbour.flat.text) == event.kind:
                    extra.extend(actors.actors(neighbour.index))
        if extra:
            names = {a.name for a in event.actors}
            more = tuple(a for a in dict.fromkeys(extra) if a.name not in names)
            event = replace(event, actors=event.actors + more)
        out.append(event)
    return out


def _kind_from_back_reference(
    events: list[Event], sentences: Sequence[_Sentence], dated: dict[int, list[Event]]
) -> list[Event]:
    index_of = {e.id: i for i, evs in dated.items() for e in evs}
    out: list[Event] = []
    for event in events:
        i = index_of.get(event.id)
        if event.kind == "other" and i is not None:
            for j in range(i + 1, min(i + 3, len(sentences))):
                if sentences[j].paragraph != sentences[i].paragraph:
                    break
                kind = referenced_kind(sentences[j].flat.text)
                if kind:
                    event = replace(event, kind=kind)
                    break
        out.append(event)
    return out
