"""Sentence splitting for news prose.

A period is far more often part of an abbreviation, an initial or a number than the end of
a sentence in news copy ("U.S. Attorney General", "Gen. Qassem Soleimani", "J. R. Smith",
"13.5 million", "9:30 a.m. Wednesday"), so a boundary is accepted only when the text after
it looks like a new sentence. The abbreviation lists are data, kept in one place below.

Rules, in order:

* A newline always ends a sentence (headlines, paragraphs, list items).
* ``.``, ``!``, ``?``, ``…`` or ``...`` followed by optional closing quotes/brackets and
  whitespace is a candidate; it is a boundary only when the next word starts with a capital,
  a digit or an opening quote/bracket ("“Why?” he asked" stays whole).
* Titles ("Gen.", "Sen.", "Dr.") and single-letter initials never end a sentence; month
  abbreviations do not before a number ("Sept. 30").
* Abbreviations that may also end a sentence ("U.S.", "Inc.", "a.m.", "Jr.") end one only
  when the next word is a typical sentence opener ("The", "Even", "Now", "He"), so
  "U.S. Attorney General" stays whole but "...into the U.S. Now Sinaloa..." splits.
* An ellipsis ends a sentence only when followed by whitespace and a capitalised opener.
* A run of more than ``MAX_SENTENCE`` characters without an end is cut at a clause or word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events.gazetteer import word_list

# Titles and other abbreviations that are always followed by the rest of the same sentence.
NEVER_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    word_list("""
    mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig
    gov sen rep reps sens pres supt insp det atty rev fr sr hon amb messrs mme mlle
    st ste mt ft no nos vol pp fig art sec ch approx dept est univ
    """)
)
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    word_list("jan feb mar apr jun jul aug sep sept oct nov dec")
)
# Abbreviations after which a sentence may end; one does only before a sentence opener.
MAYBE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    word_list("""
    u.s u.s.a u.k u.n e.u d.c a.m p.m b.c a.d n.y l.a ph.d m.d b.a m.a
    inc corp co ltd llc plc jr bros vs etc al cf
    """)
)
# Capitalised words that typically open a sentence rather than continue a name.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    word_list("""
    a an the this that these those there here it its he she they we i you his her their our
    my your in on at by for from with without after before during since until as if when
    while although though because but and or so yet still now then even also however
    meanwhile instead indeed moreover furthermore nevertheless ultimately finally later
    earlier today yesterday tomorrow last next some many most few all both each every no not
    what who why how where which one two three four five six seven eight nine ten
    according asked despite under over about among between against such only just
    """)
)

_CANDIDATE = re.compile(r"(?:\.\.\.|…|[.!?])+[\"'”’)\]»]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[«]?)([A-Za-z0-9][\w'’-]*)")


# A dateline or slug opening an article's first sentence: "SEATTLE — ", "COLUMBUS, Ohio — ",
# "MOSCOW (AP)_ ", "THE HAGUE, Netherlands (AP) -- ", "CIPHER BRIEF REPORTING — ".
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,}?(?:,\s*[A-Z][A-Za-z. ]+?)?\s*(?:\([A-Za-z .&-]{1,20}\))?\s*"
    r"(?:[—–_]|--?)\s*(?=[A-Z“\"'‘])"
)

# Longer "sentences" are not prose; they are cut so an event never carries a whole page.
MAX_SENTENCE = 1000


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence as [start, end) offsets into the text it was split from."""

    start: int
    end: int


def split_sentences(text: str) -> tuple[SentenceSpan, ...]:
    """The sentences of ``text`` as spans, whitespace trimmed, in text order."""
    spans: list[SentenceSpan] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for match in _CANDIDATE.finditer(line.group()):
            cut = line.start() + match.end()
            if _is_boundary(text, line.start() + match.start(), cut):
                _append(spans, text, start, cut)
                start = cut
        _append(spans, text, start, line.end())
    return tuple(spans)


def _append(spans: list[SentenceSpan], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # Not prose (a table, a log, a page without punctuation): cut at a clause or a word.
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < 0:
            cut = window.rfind(" ")
        cut = start + MAX_SENTENCE // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE
        _append(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(SentenceSpan(start, end))


def _is_boundary(text: str, punct_start: int, cut: int) -> bool:
    """Whether the punctuation at ``punct_start`` (ending at ``cut``) ends a sentence."""
    following = _NEXT_WORD.match(text, cut)
    if following is None:
        return False
    opening_quote, next_word = following.group(1), following.group(2)
    if not (next_word[0].isupper() or next_word[0].isdigit() or opening_quote):
        return False
    punct = text[punct_start:cut].rstrip("\"'”’)]»")
    opener = next_word.casefold() in SENTENCE_OPENERS or bool(opening_quote)
    if punct in ("...", "…") or punct.startswith(("..", "…")):
        return next_word[0].isupper() and opener
    if punct != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, punct_start - 40), punct_start)
    if before is None:
        return True
    word = before.group(1).casefold().rstrip(".")
    last_part = word.rsplit(".", 1)[-1]
    if "." not in word and last_part in NEVER_FINAL_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():
        # An initial ("J. R. Smith") or a one-letter abbreviation.
        return before.group(1).islower() and opener
    if word in MONTH_ABBREVIATIONS:
        return not next_word[0].isdigit() and opener
    if word in MAYBE_FINAL_ABBREVIATIONS or "." in word:
        return opener
    return True


def sentence_texts(text: str) -> list[str]:
    """The sentences themselves; a convenience for tests and debugging."""
    return [text[s.start : s.end] for s in split_sentences(text)]


_MIN_CLAUSE_WORDS = 4
_CLAUSE_BREAK = re.compile(r";|\s[–—]\s|\s--\s|,\s+(?:and|but|while|whereas)\s")


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding [start, end): cut at ';', dashes, ', and', ', but'.

    Coordinated main clauses often report different happenings with different dates
    ("X offered help on Sunday, and Spain sent planes that arrived on Monday"), so the
    kind and the summary of each date come from its own clause.
    """
    breaks = _clause_breaks(sentence)
    left, right = 0, len(sentence)
    for b_start, b_end in breaks:
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    return left, right


def _clause_breaks(sentence: str) -> list[tuple[int, int]]:
    """Clause breaks with a clause on both sides: "Soleimani's sedan, and his body, were
    cut" has none (a two-word subject is no clause), nor has "pills, cash, and guns"."""
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    kept: list[tuple[int, int]] = []
    previous = 0
    for i, (b_start, b_end) in enumerate(found):
        following = found[i + 1][0] if i + 1 < len(found) else len(sentence)
        before, after = sentence[previous:b_start], sentence[b_end:following]
        if len(before.split()) >= _MIN_CLAUSE_WORDS and len(after.split()) >= _MIN_CLAUSE_WORDS:
            kept.append((b_start, b_end))
            previous = b_end
    return kept
