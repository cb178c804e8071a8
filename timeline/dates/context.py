"""Which way a bare date points: past narration or a sentence about the future.

"May 3" and "Friday" carry no year or week. News narrates the past, so by default they
are the most recent such day on or before the reference date; when the sentence speaks of
the future ("will testify on May 3", "is scheduled for Friday", "next") they are the next
one on or after it. The test is the tense cue nearest to the mention within its sentence
(a future word, or a past one: "was", "began", a verb in -ed, but not a passive "be paid"
or a reporting verb "said"), within a few words. With no cue,
the nearer reading wins, with a bias to the past ("payable Jan. 2" in a November article
is next January). It only reads a bounded window around the mention, so the engine stays
linear.
"""

from __future__ import annotations

import enum
import re

from timeline.dates.lexicon import (
    CUE_REACH,
    DEADLINE_WORDS,
    FUTURE_CUES,
    NOT_PAST_TENSE,
    PASSIVE_OR_MODAL,
    PAST_CUES,
    REPORTING_CUES,
)

_WINDOW = 90  # enough for CUE_REACH words on each side
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_WORD = re.compile(r"[A-Za-z'\u2019]+")


class Direction(enum.Enum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"  # no tense cue: the nearer of the two, with a bias to the past


def sentence_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the mention's sentence before and after it (bounded)."""
    lo = max(0, start - _WINDOW)
    before = text[lo:start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[end : end + _WINDOW]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return before, after


def direction(text: str, start: int, end: int) -> Direction:
    """The direction of the tense cue nearest to the mention in its sentence.

    Reporting verbs ("said") are skipped: they do not tell when the reported event is,
    unless they stand right beside the date ("said Monday"): then they date the saying.
    A deadline preposition right before the date ("by Jan. 14") points to the future.
    """
    before, after = sentence_window(text, start, end)
    words_before = _WORD.findall(before.lower())[-CUE_REACH - 1 :]
    words_after = _WORD.findall(after.lower())[:CUE_REACH]
    beside = words_before[-1:] + words_after[:1]
    if any(word in REPORTING_CUES for word in beside):
        return Direction.PAST  # "Paribas said Monday that it intends to bid"
    best: tuple[int, Direction] | None = None
    for distance in range(min(CUE_REACH, len(words_before))):
        i = len(words_before) - 1 - distance
        found = _cue(words_before[i], words_before[i - 1] if i > 0 else "")
        if found is not None:
            best = (distance, found)
            break
    for distance, word in enumerate(words_after):
        if best is not None and distance >= best[0]:
            break
        found = _cue(word, words_after[distance - 1] if distance else "")
        if found is not None:
            best = (distance, found)
            break
    if best is None and words_before[-1:] and words_before[-1] in DEADLINE_WORDS:
        return Direction.FUTURE
    return best[1] if best else Direction.UNKNOWN


def _cue(word: str, previous: str) -> Direction | None:
    """The direction a word gives, given the word before it ("be paid" is no past)."""
    if word in FUTURE_CUES or word.endswith(("'ll", "\u2019ll")):
        return Direction.FUTURE
    if previous in PASSIVE_OR_MODAL:
        return None  # "will be paid", "to be completed"
    if word in PAST_CUES and word not in REPORTING_CUES:
        return Direction.PAST
    if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_TENSE:
        return Direction.PAST  # "closed", "changed", "issued"
    return None


def choose(past_distance: int, future_distance: int, toward: Direction) -> Direction:
    """Past or future for an expression with both readings, given the sentence's tense.

    A tense cue decides. Without one (or with only a reporting verb) the past wins unless
    the future reading is less than half as far: "payable Jan. 2" in a November article is
    next January, "Aug. 6" in February is last August.
    """
    if toward is not Direction.UNKNOWN:
        return toward
    return Direction.FUTURE if 2 * future_distance < past_distance else Direction.PAST
