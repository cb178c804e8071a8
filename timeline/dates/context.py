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
    ABBREVIATIONS,
    ADJECTIVE_OPENERS,
    CLAUSE_OPENERS,
    CONDITIONALS,
    CONTRAST_WORDS,
    CUE_REACH,
    DEADLINE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS_AFTER_A_DATE,
    FUTURE_CUES,
    NOT_PAST_TENSE,
    PASSIVE_OR_MODAL,
    PAST_AUXILIARIES,
    PAST_CUES,
    PAST_PERFECT_AUXILIARIES,
    PLAN_ADVERBS,
    PLAN_WORDS,
    PLAN_WORDS_NEEDING_AUXILIARY,
    PRESENT_AUXILIARIES,
    RELATIVE_PRONOUNS,
    REPORT_AUDIENCES,
    REPORT_DATE_PREPOSITIONS,
    REPORT_SETTING_PREPOSITIONS,
    REPORT_SETTINGS,
    REPORTING_CUES,
    RESCHEDULING_VERBS,
    REVERSATIVE_UN_VERBS,
    SCHEDULING_VERBS,
    SPEECH_VERBS,
)

_WINDOW = 90  # enough for CUE_REACH words on each side
_TOKEN = re.compile(r"[a-z'\u2019]+|[.!?;](?=\s)|,|\n(?=[ \t\r]*\n)")
"""A word, a comma, or the end of a sentence (a blank line ends one; a single line break
of hard-wrapped text does not): one pass over each side of a mention."""
_ENDS = frozenset(".!?;\n")
_WORD = re.compile(r"[a-z'\u2019]+")
_DETERMINER_ENDINGS = frozenset(word[-1] for word in DETERMINERS)


class Direction(enum.Enum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"  # no tense cue: the nearer of the two, with a bias to the past


def window_of(lowered: str, start: int, end: int) -> tuple[str, str]:
    """All that :func:`direction` reads of a lower-cased text: a memo key for it."""
    return lowered[max(0, start - _WINDOW) : start], lowered[end : end + _WINDOW]


def direction(text: str, start: int, end: int, lowered: str | None = None) -> Direction:
    """The direction of the tense cue nearest to the mention in its sentence.

    Reporting verbs ("said") are skipped: they do not tell when the reported event is,
    unless they stand right beside the date ("said Monday"): then they date the saying.
    A deadline preposition right before the date ("by Jan. 14") points to the future.
    """
    if lowered is None:  # only the window is lowered: a call costs the same on any text
        lo = max(0, start - _WINDOW)
        lowered = text[lo : end + _WINDOW].lower()
        if len(lowered) != end + _WINDOW - lo and len(lowered) != len(text) - lo:
            lowered = text[lo : end + _WINDOW]  # a letter lowered to two: keep offsets
        start, end = start - lo, end - lo
    lo = max(0, start - _WINDOW)
    if _has_no_cue(lowered[lo:start], lowered[end : end + _WINDOW]):
        return Direction.UNKNOWN  # a list or a table of dates: the same answer, sooner
    tokens_before = _TOKEN.findall(lowered, lo, start)
    tokens_after = _TOKEN.findall(lowered, end, end + _WINDOW)
    return _read_tense(tokens_before, tokens_after)


def modifies_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the date stands between a determiner and its noun: "gave no reason for the
    Jan. 14 deadline", "by setting a Jan. 14 return date" (not "the Friday before the
    vote", nor "the March 3 and March 5 sessions"). Slices and one match: it is asked of
    every month in a run of them."""
    if (
        text[start - 1 : start] != " "
        or text[end : end + 1] != " "
        or text[start - 2 : start - 1].lower() not in _DETERMINER_ENDINGS  # "May June"
    ):
        return False
    before = text[max(0, start - 7) : start - 1].rsplit(maxsplit=1)  # a 5-letter word at most
    if not before or before[-1].lower() not in DETERMINERS:
        return False
    after = _WORD.match(text[end + 1 : end + 24].lower())
    return after is not None and after[0] not in FUNCTION_WORDS_AFTER_A_DATE


def _read_tense(tokens_before: list[str], tokens_after: list[str]) -> Direction:
    """:func:`direction`'s reading of the words (and sentence ends) on each side."""
    words_before = _words_before(tokens_before)
    # a date that opens its sentence ("On March 3, the first day of the trial, the judge
    # ruled") has its verb further on
    reach_after = CUE_REACH if len(words_before) > 1 else 2 * CUE_REACH
    words_after: list[str] = []
    previous = ""
    clause_end = reach_after  # where the date's clause ends after it: a comma, "and", "which"
    for token in tokens_after:
        if token in _ENDS:
            if token == "." and previous in ABBREVIATIONS:
                continue  # "met Sen. Reed"
            break
        if token == ",":
            clause_end = min(clause_end, len(words_after))
            continue
        if len(words_after) == reach_after or token in CONTRAST_WORDS:
            break
        if token in CLAUSE_OPENERS:
            clause_end = min(clause_end, len(words_after))
        words_after.append(token)
        previous = token
    if _reported_on_the_day(words_before) or (words_after and words_after[0] in REPORTING_CUES):
        return Direction.PAST  # "Paribas said Monday that it intends to bid"
    best_distance = reach_after
    best = Direction.UNKNOWN
    known = _KIND_OF_WORD.get
    unknown = Direction.UNKNOWN
    deadline = _is_deadline(words_before)
    kinds = [known(word) or _learn(word) for word in words_before]
    n = len(words_before)
    for distance in range(1 if deadline else 0, min(CUE_REACH, n)):
        if kinds[n - 1 - distance] is unknown:
            continue  # most words: one identity test, no call
        found = _cue_at(words_before, n - 1 - distance)
        if found is not None:
            best_distance, best = distance, found
            break
    # a cue before the date in its own clause holds against one of a clause after it: "was
    # struck in June, which will allow", "payable in August, and froze hiring"
    after = words_after[: best_distance if best is unknown else min(best_distance, clause_end)]
    for i, kind in enumerate([known(word) or _learn(word) for word in after]):
        if kind is not unknown and (found := _cue_at(after, i)) is not None:
            best = found
            break
    if deadline:
        # "decided the boy should go home by Jan. 14": the verb dates the decision, not
        # the deadline; with no cue a deadline is ahead, against a past verb the nearer wins
        return Direction.UNKNOWN if best is Direction.PAST else Direction.FUTURE
    return best


_CUE_WORDS = (
    FUTURE_CUES
    | PAST_CUES
    | REPORTING_CUES
    | DEADLINE_WORDS
    | SCHEDULING_VERBS
    | RESCHEDULING_VERBS
)
"""Every word that can give :func:`direction` a tense, alone or with its neighbour (the
rest do so by their endings: -ed, 'll)."""


_CUE_BYTES = frozenset(word.encode() for word in _CUE_WORDS if word.isascii())
_WORDS_ONLY = bytes(
    c if (chr(c).islower() and c < 128) or c == ord("'") else 32 for c in range(256)
)
"""Every ASCII character that is no letter of a word of ``_TOKEN`` to a blank: a window's
``split()`` then gives the words ``_TOKEN`` finds in it, at the speed of C."""


def _has_no_cue(before: str, after: str) -> bool:
    """Whether nothing in the windows around a date could be a tense cue: no word of
    ``_CUE_WORDS``, no "ed" or "ll" anywhere. Most dates in a list or a table ("January
    March May June", a row of figures) are so; :func:`_read_tense` would find them
    UNKNOWN too (every cue it weighs is such a word, or ends in -ed or 'll), at several
    times the cost. A window with other than ASCII gets the full reading: ``_TOKEN`` keeps
    "’" in a word ("won’t"), which bytes beyond ASCII, made blanks, would cut."""
    return (
        before.isascii()
        and after.isascii()
        and "ed" not in before
        and "ed" not in after
        and "ll" not in before
        and "ll" not in after
        and _CUE_BYTES.isdisjoint(before.encode().translate(_WORDS_ONLY).split())
        and _CUE_BYTES.isdisjoint(after.encode().translate(_WORDS_ONLY).split())
    )


def _words_before(tokens: list[str]) -> list[str]:
    """The words of the sentence before a mention, nearest last, at most ``CUE_REACH + 1``.

    The period of an abbreviation ("Sen. Reed", "U.S. officials", "Jan. 5") ends no sentence.
    A relative pronoun opens the date's clause: the words before it are another clause's.
    """
    words: list[str] = []
    i = len(tokens) - 1
    while i >= 0 and len(words) <= CUE_REACH:
        token = tokens[i]
        if token in _ENDS:
            if token != "." or i == 0 or tokens[i - 1] not in ABBREVIATIONS:
                break
        elif token in RELATIVE_PRONOUNS:
            break  # "the plan, which the mayor proposed in April": the clause has its verb
        elif token != ",":
            words.append(token)
        i -= 1
    words.reverse()
    return words


def _reported_on_the_day(words_before: list[str]) -> bool:
    """A reporting verb right before the date dates the report: "said Monday", "said on
    Nov. 1" (the quote before it, "we will win", does not make the date future), and so
    does one with where it was said between: "said in a statement Monday", "told reporters
    at a news conference Monday"."""
    if not words_before:
        return False
    if words_before[-1] in REPORTING_CUES:
        return True
    if (
        len(words_before) > 1
        and words_before[-1] in REPORT_DATE_PREPOSITIONS
        and words_before[-2] in REPORTING_CUES
    ):
        return True
    return _verb_before_report_setting(words_before)


def _verb_before_report_setting(words: list[str]) -> bool:
    """Whether the words end with a verb of saying, its audience or where it was said:
    "said in a statement", "told reporters", "told reporters at a news conference"."""
    i = len(words) - 1
    if i >= 0 and words[i] in REPORT_DATE_PREPOSITIONS:
        i -= 1  # "said in a statement on Monday"
    if i >= 2 and words[i] in REPORT_SETTINGS:
        # a preposition, a determiner, at most one word, the setting: "in a court filing"
        for size in (2, 3):
            j = i - size
            if j >= 1 and words[j] in REPORT_SETTING_PREPOSITIONS and words[j + 1] in DETERMINERS:
                i = j - 1
                break
        else:
            return False
    if i >= 0 and words[i] in REPORT_AUDIENCES:
        i -= 1
        if i >= 0 and words[i] in DETERMINERS:
            i -= 1
    return i >= 0 and i < len(words) - 1 and words[i] in SPEECH_VERBS


def _is_deadline(words_before: list[str]) -> bool:
    """Whether the date is a deadline or a new date: "by Jan. 14", "until Friday",
    "was extended to Nov. 16", "postponed to March", "set sentencing for June 20" (the
    preposition itself is no cue)."""
    if not words_before:
        return False
    last = words_before[-1]
    if last in DEADLINE_WORDS:
        return True
    if last == "for":  # "set sentencing for June 20", "scheduled a vote for Friday"
        return any(word in SCHEDULING_VERBS for word in words_before[-4:-1])
    return last == "to" and len(words_before) > 1 and words_before[-2] in RESCHEDULING_VERBS


def _cue_at(words: list[str], i: int) -> Direction | None:
    """The direction ``words[i]`` gives, read with the words before it.

    "be paid" is no past. A word of planning takes the tense of its auxiliary: "is
    scheduled for Friday", "are planning" speak of the future, "was planning", "were
    scheduled to meet Monday" narrate the past.
    """
    word = words[i]
    kind = _KIND_OF_WORD.get(word) or _learn(word)
    if kind is Direction.UNKNOWN:
        return None
    previous = words[i - 1] if i > 0 else ""
    if kind is Direction.FUTURE and word in PLAN_WORDS:
        if previous in DETERMINERS:
            return None
        if previous in PLAN_ADVERBS and i > 1:
            previous = words[i - 2]
        if previous in PAST_AUXILIARIES:
            return Direction.UNKNOWN
        if word in PLAN_WORDS_NEEDING_AUXILIARY and previous not in PRESENT_AUXILIARIES:
            return None  # "police set up roadblocks Monday" is no plan
        return Direction.FUTURE
    if kind is Direction.PAST and (previous in PASSIVE_OR_MODAL or previous in CONDITIONALS):
        if previous == "been" and i > 1 and words[i - 2] in PAST_PERFECT_AUXILIARIES:
            return Direction.PAST  # "had been moved": the past perfect, not "will be paid"
        return None  # "will be paid", "to be completed", "if elected"
    if kind is Direction.PAST and word not in PAST_CUES and _before_a_noun(previous):
        return None  # "their only televised debate", "a revised plan": an adjective
    return kind


def _before_a_noun(word: str) -> bool:
    """Whether a word ending in -ed after ``word`` stands where an adjective does: after a
    determiner, a possessive or "only" it qualifies a noun and tells no tense."""
    return word in DETERMINERS or word in ADJECTIVE_OPENERS or word.endswith(("'s", "\u2019s"))


def _learn(word: str) -> Direction:
    """The direction of a word on its own, remembered (a memo of a pure function, bounded)."""
    kind = _kind(word)
    if len(_KIND_OF_WORD) < 65536:
        _KIND_OF_WORD[word] = kind
    return kind


def _kind(word: str) -> Direction:
    """The direction a word gives on its own (UNKNOWN: none)."""
    if word in FUTURE_CUES or word.endswith(("'ll", "\u2019ll")):
        return Direction.FUTURE
    if word in PAST_CUES and word not in REPORTING_CUES:
        return Direction.PAST
    if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_TENSE:
        if _negated_participle(word):
            return Direction.UNKNOWN  # "a still unspecified date", "untouched by"
        return Direction.PAST  # "closed", "changed", "issued"
    return Direction.UNKNOWN


def _negated_participle(word: str) -> bool:
    """ "unspecified", "undisclosed": "un" and a participle, an adjective (not "understated",
    "united", nor a verb that undoes, "unveiled")."""
    return (
        word.startswith("un")
        and not word.startswith(("under", "uni"))
        and word not in REVERSATIVE_UN_VERBS
    )


_KIND_OF_WORD: dict[str, Direction] = {}


def choose(past_distance: int, future_distance: int, toward: Direction) -> Direction:
    """Past or future for an expression with both readings, given the sentence's tense.

    A tense cue decides. Without one (or with only a reporting verb) the past wins unless
    the future reading is less than half as far: "payable Jan. 2" in a November article is
    next January, "Aug. 6" in February is last August.
    """
    if toward is not Direction.UNKNOWN:
        return toward
    return Direction.FUTURE if 2 * future_distance < past_distance else Direction.PAST
