"""Sentence splitting for news prose.

A period is far more often part of an abbreviation, an initial or a number than the end of
a sentence in news copy ("U.S. Attorney General", "Gen. Qassem Soleimani", "J. R. Smith",
"13.5 million", "9:30 a.m. Wednesday"), so a boundary is accepted only when the text after
it looks like a new sentence. The abbreviation lists are data, kept in one place below.

Rules, in order:

* A blank line always ends a sentence, and so does a line break after a short line
  (a headline, a byline, a list item) or before a list marker. A line break inside a
  hard-wrapped paragraph does not: "the first day of his second\nterm, President Donald
  Trump" is one sentence (see :func:`hard_breaks`). Text read out of Markdown or HTML has
  had its soft breaks joined already, so there every newline ends a sentence.
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
from collections.abc import Sequence
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


def split_sentences(
    text: str, *, every_newline_ends: bool = False, joined_lines: Sequence[int] = ()
) -> tuple[SentenceSpan, ...]:
    """The sentences of ``text`` as spans, whitespace trimmed, in text order.

    ``every_newline_ends``: the text's single line breaks are meaningful (a reader of
    Markdown or HTML has already turned soft breaks into spaces). ``joined_lines``: where
    the file had line breaks that its reader already read as spaces (see
    :func:`hard_breaks`).
    """
    spans: list[SentenceSpan] = []
    segments = (
        [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        if every_newline_ends
        else _segments(text, joined_lines)
    )
    for seg_start, seg_end in segments:
        start = seg_start
        for match in _CANDIDATE.finditer(text, seg_start, seg_end):
            cut = match.end()
            if _is_boundary(text, match.start(), cut):
                _append(spans, text, start, cut)
                start = cut
        _append(spans, text, start, seg_end)
    return tuple(spans)


# A hard-wrapped paragraph's lines fill the width they were wrapped at: a line is "full"
# when it, a space and the next line's first word would pass FULL_LINE of that width. The
# width is read from the text itself (a high percentile of its line lengths, so that one
# long URL line does not move it); prose is never wrapped narrower than MIN_WRAP_WIDTH,
# and text whose lines run longer than MAX_WRAP_WIDTH has one paragraph per line.
FULL_LINE = 0.8
MIN_WRAP_WIDTH = 30
MAX_WRAP_WIDTH = 160
_LIST_MARKER = re.compile(r"\s*(?:[-*+•·▪◦–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_FIRST_WORD = re.compile(r"\s*(\S+)")


def hard_breaks(text: str, joined_lines: Sequence[int] = ()) -> list[int]:
    """Offsets of the newlines of ``text`` that end a block of running text.

    A blank line ends one; a single line break does when its line is short beside the
    text's wrap width (a headline, a byline, the last line of a paragraph), when the next
    line starts a list item, or when the text is not hard-wrapped at all (no wrap width
    between MIN_WRAP_WIDTH and MAX_WRAP_WIDTH). Any other line break joins two lines of
    one paragraph, where punctuation alone decides where sentences end.

    ``joined_lines`` are offsets where the file had a line break that its reader already
    read as a space: the wrap width is measured on the file's own lines.
    """
    lines: list[str] = []
    ends: list[int] = []
    position = 0
    for line in text.split("\n"):
        lines.append(line)
        position += len(line)
        ends.append(position)
        position += 1
    width = _wrap_width(text, joined_lines)
    wrapped = MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH
    breaks: list[int] = []
    for line, end, following in zip(lines, ends, lines[1:], strict=False):
        if not wrapped or not line.strip() or not following.strip():
            breaks.append(end)
            continue
        first_word = _FIRST_WORD.match(following)
        fits = len(line.rstrip()) + 1 + len(first_word.group(1) if first_word else "")
        if fits <= FULL_LINE * width or _LIST_MARKER.match(following):
            breaks.append(end)
    return breaks


def _wrap_width(text: str, joined_lines: Sequence[int] = ()) -> int:
    """The width ``text`` looks wrapped at: the 90th percentile of its lines' lengths."""
    cuts = sorted({m.start() for m in re.finditer("\n", text)}.union(joined_lines))
    lengths = sorted(
        len(text[start:end].rstrip())
        for start, end in zip([0, *(c + 1 for c in cuts)], [*cuts, len(text)], strict=True)
        if text[start:end].strip()
    )
    return lengths[(len(lengths) - 1) * 9 // 10] if lengths else 0


def _segments(text: str, joined_lines: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Runs of text between hard breaks: each is one paragraph or one headline."""
    segments: list[tuple[int, int]] = []
    start = 0
    for newline in hard_breaks(text, joined_lines):
        if text[start:newline].strip():
            segments.append((start, newline))
        start = newline + 1
    if text[start:].strip():
        segments.append((start, len(text)))
    return segments


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


_WRAPPED_BREAK = re.compile(r"[ \t]*\r?\n\s*")
_HYPHEN_AT_LINE_END = re.compile(r"(?<=[^\W\d_]-)\r?\n\s*(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class FlatSentence:
    """A sentence with each line break inside it (and the spaces around it) read as one space.

    Kinds, actors and summaries are read from ``text``, where a name or a phrase wrapped
    over two lines ("Colby\\nJenkins") reads as on one line; events keep the original
    sentence and its offsets, mapped back with :meth:`to_original`. A break after a hyphen
    ("al-\\nQaeda", "cartel-\\ndominated") joins the two halves of the compound.
    """

    text: str
    original: str
    # Each replaced run: (flat start, flat end, original start, original end).
    _runs: tuple[tuple[int, int, int, int], ...] = ()

    @classmethod
    def of(cls, sentence: str) -> FlatSentence:
        if "\n" not in sentence:
            return cls(sentence, sentence)
        runs: list[tuple[int, int, int, int]] = []
        parts: list[str] = []
        position = shift = 0
        for match in _WRAPPED_BREAK.finditer(sentence):
            start, end = match.span()
            space = "" if _HYPHEN_AT_LINE_END.match(sentence, start) else " "
            parts += (sentence[position:start], space)
            runs.append((start - shift, start - shift + len(space), start, end))
            shift += end - start - len(space)
            position = end
        parts.append(sentence[position:])
        return cls("".join(parts), sentence, tuple(runs))

    def to_flat(self, offset: int) -> int:
        """The position in ``text`` of ``offset`` in the original sentence."""
        shift = 0
        for _flat_start, flat_end, start, end in self._runs:
            if offset <= start:
                break
            if offset < end:
                return flat_end
            shift = end - flat_end
        return offset - shift

    def to_original(self, offset: int) -> int:
        """The position in the original sentence of ``offset`` in ``text``."""
        shift = 0
        for flat_start, flat_end, _start, end in self._runs:
            if offset <= flat_start:
                break
            shift = end - flat_end
        return offset + shift
