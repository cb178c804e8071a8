"""The engine: scan the text once, pick the longest reading at each place, resolve, explain.

One left-to-right pass over a lower-cased copy of the text (same offsets; Python's regular
expressions are much faster without IGNORECASE). :data:`~timeline.dates.patterns.HEAD`
finds the words every temporal expression contains (a month, a unit, a number...); the
places where an expression may start are that word and the modifiers just before it
("the past three years"). At each such place one regex (the rule set's ``probe``) tells
where every rule's match would end; the candidates are then resolved longest first, on
the text itself, until a resolver accepts. Resolution happens in text order so that the
:class:`~timeline.dates.narrative.Narrative` (the date the story is at) is known when
"two weeks later" is read. Every pattern is bounded and every place is read once, so the
time is linear in the length of the text.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates.context import Direction
from timeline.dates.lexicon import LEADING_WORDS
from timeline.dates.mention import Anchor, DateMention, Precision
from timeline.dates.narrative import Narrative
from timeline.dates.patterns import FIRST_TOKEN, HEAD, LOOK_BEHIND, lower_text
from timeline.dates.resolve import Context, Reading, fiscal_first_month, paragraph_starts
from timeline.dates.rules import RuleSet, ruleset_for


def extract_dates(
    text: str, reference: date | None = None, *, day_first: bool = False, inferred: bool = False
) -> tuple[DateMention, ...]:
    """Every temporal expression in ``text``, in text order, resolved against ``reference``.

    ``reference`` is the publication date; None means unknown (relative expressions are
    then resolved against a date inferred from the text and marked ``inferred``).
    ``inferred``: ``reference`` is already such a stand-in, :func:`infer_reference` of this
    very text (a caller that needed it first passes it on rather than scan the text twice).
    ``day_first`` reads 3/4/2020 as 3 April instead of the US March 4.
    """
    if reference is not None:
        return _scan(text, reference, day_first=day_first, inferred=inferred)
    unanchored = _scan(text, None, day_first=day_first, inferred=False)
    stand_in = _latest_full_date(unanchored)
    if stand_in is None:
        return unanchored  # what a scan with no reference reads: no need to read it twice
    return _scan(text, stand_in, day_first=day_first, inferred=True)


def infer_reference(text: str, *, day_first: bool = False) -> date | None:
    """A stand-in publication date: the latest fully written date (or month) in the text.

    News is written shortly after the latest event it dates in full, so the latest
    day-precise absolute date is the best guess; failing that, the end of the latest
    absolute month. None when the text dates nothing in full.
    """
    return _latest_full_date(_scan(text, None, day_first=day_first, inferred=False))


def _latest_full_date(mentions: tuple[DateMention, ...]) -> date | None:
    """The last day of the latest absolute day-precise mention, else of the latest month."""
    best_day: date | None = None
    best_month: date | None = None
    for mention in mentions:
        if mention.anchor is not Anchor.ABSOLUTE or mention.interval is None:
            continue
        if mention.precision is Precision.DAY:
            best_day = max(best_day or mention.interval.last, mention.interval.last)
        elif mention.precision is Precision.MONTH:
            best_month = max(best_month or mention.interval.last, mention.interval.last)
    return best_day or best_month


_SENTENCE_OPENING = re.compile(
    r"(?:^|[.!?][\"”’)]?\s+|\n\s*)(?:(?:in|on|during|by|until|through)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _frames_the_story(text: str, start: int, end: int, reading: Reading) -> bool:
    """Whether a date sets or carries on the year a story tells of (``Narrative.frame``).

    A date counted from the story carries it on. A date given with its year sets it only
    when it opens its sentence as a frame, "In 2019, ...", "On May 4, 2021, ...", and
    that year is not a guess ("By Christmas, ..." is only the nearest Christmas). A year
    met in passing ("profits doubled every year since 1980. In September, ...") frames
    nothing, and news gives the months after it from the publication date.
    """
    if reading.anchor is Anchor.NARRATIVE:
        return True
    if reading.anchor is Anchor.NONE or not reading.states_year or text[end : end + 1] != ",":
        return False
    return _SENTENCE_OPENING.search(text, max(0, start - 24), start) is not None


def _scan(
    text: str, reference: date | None, *, day_first: bool, inferred: bool
) -> tuple[DateMention, ...]:
    narrative = Narrative(reference)
    mentions: list[DateMention] = []
    lowered = lower_text(text)
    tried: set[int] = set()  # starts already looked at: each place is read once
    fiscal_start = fiscal_first_month(lowered)
    # the resolvers' view of the text; rebuilt only when the narrative moves
    directions: dict[tuple[str, str], Direction] = {}  # the tense memo, shared by contexts
    paragraphs = paragraph_starts(text)
    context = Context(text, narrative, day_first, lowered, fiscal_start, directions, paragraphs)
    pos = 0
    for head in HEAD.finditer(lowered):
        at = head.start()
        if at < pos:
            continue
        before = lowered[at - 1 : at]
        if before in _DASHES and _inside_number_code(lowered, at):
            continue
        # "19 19 19", a row of a table: no rule starts a date at such a number itself
        # (one may start before it: "AD 72 ..."), unless a number is before it too
        bare = (
            (before in _BLANKS or not before)  # not a range's end: "1502-63 1518"
            and _NUMBER_THEN_NUMBER.match(lowered, at) is not None
            and not _pair_opens_before(lowered, at)
        )
        if bare and lowered[at - 2 : at - 1].isdigit():
            continue
        for start in _starts(lowered, pos, at):
            if start < pos or start in tried or (bare and start == at):
                continue
            tried.add(start)
            chosen = _best_reading(text, lowered, start, context)
            if chosen is None:
                continue
            end, reading = chosen
            mentions.append(_mention(text, start + reading.skip, end, reading, inferred))
            if reading.moves_narrative:
                names_quarter = reading.anchor is not Anchor.NARRATIVE
                moved = narrative.advance(
                    reading.story_point or reading.point,
                    names_quarter=names_quarter,
                    said_at=end if _frames_the_story(text, start, end, reading) else None,
                    in_frame=reading.anchor is Anchor.NARRATIVE,
                )
                if moved is not narrative:
                    narrative = moved
                    context = Context(
                        text, narrative, day_first, lowered, fiscal_start, directions, paragraphs
                    )
            pos = end
            break
    return tuple(mentions)


def _starts(text: str, pos: int, at: int) -> list[int]:
    """Where an expression containing the head at ``at`` may start, earliest first.

    The start of the word the head is in ("FY2025", "Q2", "'80s", "mid-1990s"), then back
    over the words that may open an expression ("the past three years").
    """
    floor = max(pos, at - LOOK_BEHIND)
    behind = text[floor:at][::-1]  # read backwards with forward regexes: no char loop
    word_start = at - _WORD_RUN.match(behind).end()
    starts = [at] if word_start == at else [at, word_start]
    offset = at - word_start
    while True:
        found = _BLANKS_THEN_WORD.match(behind, offset)
        if found is None or found.group(2)[::-1] not in LEADING_WORDS:
            break
        offset = found.end()
        starts.append(at - offset)
    starts.reverse()
    return starts


_DASHES = frozenset("-–")
_BLANKS = frozenset(" \t")
_DASH_THEN_DIGIT = re.compile(r"[0-9]+[-–][0-9]")


def _inside_number_code(text: str, at: int) -> bool:
    """A number between dashes of other numbers ("1103-564-2001"): a code, no date's start.
    (The ends stay heads: "2019-2021", "June 3-7".)"""
    return at >= 2 and text[at - 2].isdigit() and _DASH_THEN_DIGIT.match(text, at) is not None


_NUMBER_THEN_NUMBER = re.compile(r"[0-9]{1,2}[ \t]+[0-9]+(?![0-9]*/)")
"""A number of one or two digits followed, on its line, by another that is no fraction's
("3 1/2 years"): no rule reads a date starting with the first but "the second day of a
pair" ("April 24 and 25 2019"), which needs "and", "or" or "&" before it. (A year can:
"in 1961 20 people died".) The same mentions on TempEval-3, the test articles and the
adversarial bench's texts; "19 19 19" is read at a fifth of the cost."""

_PAIR_WORDS = ("and", "or", "&")


def _pair_opens_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` joins a pair of days ("24 and 25")."""
    return text[max(0, at - 4) : at].rstrip().endswith(_PAIR_WORDS)


_WORD_RUN = re.compile(r"[a-zA-Z0-9'’.-]*")
_BLANKS_THEN_WORD = re.compile(r"([ \t\n\r,]+)([a-zA-Z0-9'’.-]+)")


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

_RULESET_OF_WORD: dict[str, RuleSet | None] = {}
"""The rule set for each first word met (see :func:`~timeline.dates.rules.ruleset_for`)."""


def _best_reading(
    text: str, lowered: str, start: int, context: Context
) -> tuple[int, Reading] | None:
    """The longest candidate at ``start`` whose resolver accepts it.

    Candidates are found on the lower-cased text; the resolver gets the same rule's match
    on the text itself, so that it can see capitals ("May" the month, "may" the verb).
    """
    token = FIRST_TOKEN.match(lowered, start)
    if token is None:
        ruleset = ruleset_for(lowered[start], lowered[start])
    else:
        word = token.group()
        ruleset = _RULESET_OF_WORD.get(word)
        if ruleset is None and word not in _RULESET_OF_WORD:
            first = word[0]
            ruleset = ruleset_for(word if first > "9" else f"#{len(word)}", first)
            if first > "9" and len(_RULESET_OF_WORD) < 4096:  # words only: numbers vary
                _RULESET_OF_WORD[word] = ruleset
    if ruleset is None:
        return None
    probe = ruleset.probe.match(lowered, start)
    if probe is None or probe.lastindex is None:
        return None  # no rule matches here
    rules = ruleset.rules
    # (end, -order) of every rule that matches: the longest first, ties to the rule listed first
    candidates = [(end, -order) for order, (_, end) in enumerate(probe.regs[1:]) if end > start]
    if len(candidates) > 1:
        candidates.sort(reverse=True)
    for _, order in candidates:
        rule = rules[-order]
        m = rule.pattern.match(text, start)
        if m is None:
            continue
        if text.find("\n", start, m.end()) >= 0 and _BLANK_LINE.search(text, start, m.end()):
            continue  # no date runs across a blank line: "left in March\n\n2019 was..."
        try:
            reading = rule.resolver(m, context)
        except (ValueError, OverflowError):
            continue  # beyond the calendar: "2100 decades later" (year 22999) is no date
        if reading is not None:
            return m.end(), reading
    return None


def _mention(text: str, start: int, end: int, reading: Reading, inferred: bool) -> DateMention:
    snippet = text[start:end]
    depends = reading.anchor in (Anchor.PUBLISHED, Anchor.NARRATIVE)
    shown = " ".join(snippet.split())
    return DateMention(
        start=start,
        end=end,
        text=snippet,
        type=reading.type,
        value=reading.value,
        precision=reading.precision,
        interval=reading.interval,
        explanation=f"'{shown}' -> {reading.value}: {reading.why}",
        anchor=reading.anchor,
        mod=reading.mod,
        inferred=inferred and depends,
    )
