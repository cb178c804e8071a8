"""A one-line summary of an event for the list view: the sentence's main clause, <= 100 chars.

News sentences open with what a list row does not need: a dateline ("SEATTLE — "), the
date itself ("On April 8,"), attributions ("according to the AP and Stars and Stripes,")
and sentence adverbs ("Famously,"). Those are trimmed from the front, repeatedly; a
sentence that opens with a quotation and closes with its speaker ("“...,” Rocha told
reporters") is turned round so the speaker comes first. The rest is cut at a word
boundary with an ellipsis.
"""

from __future__ import annotations

import re

from timeline.events.gazetteer import word_list
from timeline.events.sentences import DATELINE, clause_bounds

MAX_SUMMARY = 100

_ATTRIBUTION = re.compile(r"^(?:according to|as reported by|citing)\b[^,]{0,120},\s+", re.I)
_ADVERB = re.compile(r"^[A-Z][a-z]+ly,\s+")
# A long subordinate opening ("After the DEA's arrest of ..., ") hides the main clause.
_SUBORDINATE_OPENING = re.compile(
    r"^(?i:after|before|following|despite|amid|although|though|while|because|since|once)"
    r"\s[^,]{15,160},\s+(?=[A-Za-z])"
)
# What may stand before a date in an opening date phrase: "On", "In the", "As of", "Since".
_DATE_LEAD = re.compile(
    r"(?i:(?:on|in|at|by|since|during|until|from|between|as of|for|over|the|early|late|"
    r"mid|so far|this|that|of|back|through)\s+){0,3}"
)
_VERB = re.compile(r"\b(?:said|told|says|reported|announced|wrote|is|was|were|are|has|have)\b")
# Words glued by a lost space: "theWall Street Journal", "PresidentAndrés".
_GLUED = re.compile(r"\b(the|a|an|of|and|in|on|to|President|Gen|Gov|Sen)([A-Z][a-z])")
_CONNECTIVE = re.compile(
    r"^(?:Meanwhile|However|Then|Yet|Still|Also|Now|Later|Earlier|Finally|Ultimately"
    r"|In addition|For one thing|Separately),?\s+"
)
_QUOTE_THEN_SPEAKER = re.compile(
    r"^[“\"](?P<quote>.+?)[,.?!]?[”\"],?\s+(?P<speaker>[^“\"]{2,80}?)\.?$"
)


def summarize(sentence: str, date_start: int = -1, date_end: int = -1) -> str:
    """A readable line of at most 100 characters from ``sentence``'s main clause.

    ``date_start``/``date_end`` locate the event's date phrase in ``sentence``; an opening
    phrase that holds it ("On April 8, ", "Last year, ", "In the second quarter, ") goes.
    """
    text, removed = _strip_dateline(sentence)
    date_start -= removed
    date_end -= removed
    if len(text) > MAX_SUMMARY and date_start >= 0:
        # A long sentence of several clauses: the date's own clause says what happened then.
        left, right = clause_bounds(text, date_start, date_end)
        clause = text[left:right].strip(" ,;")
        if (left, right) != (0, len(text)) and len(clause.split()) >= 6 and _has_subject(clause):
            shift = text.index(clause, left)
            text, date_start, date_end = clause, date_start - shift, date_end - shift
    for _ in range(4):
        before = text
        text, cut = _strip_opening(text, date_start, date_end)
        date_start -= cut
        date_end -= cut
        if text == before:
            break
    text = _GLUED.sub(r"\1 \2", " ".join(text.split()))
    text = _drop_subject_appositive(text)
    text = _speaker_first(text)
    text = text[:1].upper() + text[1:]
    return _shorten(text)


_SUBJECT_STARTERS = frozenset(
    word_list(
        "the a an his her their its he she they we i it this that these those there some many "
        "most all both each every no"
    )
)


def _has_subject(clause: str) -> bool:
    """Whether a clause opens with its own subject ("Spain sent ...", "the agency said ..."),
    not with a verb that shares the sentence's ("..., and was found abandoned ...")."""
    first = clause.split()[0].strip("“\"'‘(")
    return first[:1].isupper() or first.casefold() in _SUBJECT_STARTERS


def _strip_dateline(text: str) -> tuple[str, int]:
    m = DATELINE.match(text)
    return (text[m.end() :], m.end()) if m else (text, 0)


def _strip_opening(text: str, date_start: int, date_end: int) -> tuple[str, int]:
    """Remove one opening phrase: the date's own, an attribution, or a sentence adverb."""
    for pattern in (_ATTRIBUTION, _ADVERB, _CONNECTIVE, _SUBORDINATE_OPENING):
        m = pattern.match(text)
        if m and m.end() < len(text) - 20:
            return text[m.end() :], m.end()
    lead = text[: max(date_start, 0)]
    if date_start >= 0 and _DATE_LEAD.fullmatch(lead):
        comma = text.find(", ", max(date_end - 1, 0))
        between = text[date_end:comma] if comma > 0 else ""
        # Only the date's own phrase ("On April 8", "Between 2016 and 2021", "In the
        # second quarter of 2024"), never a clause that merely ends with a date.
        if comma > 0 and len(between.split()) <= 4 and not _VERB.search(between):
            rest = text[comma + 2 :]
            # The date's own appositive: "On January 20, the first day of his term, ..."
            appositive = re.match(r"^(?:the|a|an)\s[^,]{3,60},\s+(?=[A-Z])", rest)
            if appositive:
                rest = rest[appositive.end() :]
            return rest, len(text) - len(rest)
    return text, 0


_SUBJECT_APPOSITIVE = re.compile(
    r"^(?P<subject>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}), "
    r"(?P<appositive>(?:a|an|the|former|formerly|acting|then|\d+|[A-Z][a-z]+ [A-Z])[^,]{0,110}), "
    r"(?P<rest>[a-z].*)$"
)


def _drop_subject_appositive(text: str) -> str:
    """Drop a subject's appositive: "Colby Jenkins, acting ..., testified" -> "... testified"."""
    m = _SUBJECT_APPOSITIVE.match(text)
    return f"{m.group('subject')} {m.group('rest')}" if m else text


def _speaker_first(text: str) -> str:
    m = _QUOTE_THEN_SPEAKER.match(text)
    if not m or len(m.group("speaker").split()) > 12:
        return text
    speaker = m.group("speaker").rstrip(".")
    return f"{speaker[:1].upper()}{speaker[1:]}: “{m.group('quote').rstrip(',.')}”"


def _shorten(text: str) -> str:
    if len(text) <= MAX_SUMMARY:
        return text
    cut = text[: MAX_SUMMARY - 1]
    space = cut.rfind(" ")
    if space > MAX_SUMMARY // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"
