"""Regular-expression fragments built from the lexicon tables.

Every fragment is bounded (no nested unbounded repetition), so matching is linear in the
length of the text. Fragments carry *named groups* that the resolvers read; a rule pattern
may use a fragment once (Python forbids repeated group names), and the ``named`` helper
renames a fragment's groups when a rule needs it twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.dates import lexicon as lx


def trie_alternation(words: Iterable[str]) -> str:
    """A prefix-tree regex for many words: far faster to scan with than a flat alternation."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [_char(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of words as a prefix tree (spaces match any blank run).

    A tree ("jan(?:uary)?") is checked one character at a time, where a flat list of
    alternatives would be tried one after another: this keeps every rule fast to match.
    """
    return "(?:" + trie_alternation(w.lower() for w in words) + ")"


def named(fragment: str, suffix: str) -> str:
    """The fragment with every ``(?P<name>`` renamed to ``(?P<name{suffix}>``."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{suffix}>", fragment)


B = r"(?<![\w$#£€@])"  # word start, and not a currency or a label sign
E = r"(?![\w@])"  # word end

MONTH_FULL = alternation(lx.MONTHS)
MONTH_ABBR = alternation(lx.MONTH_ABBREVIATIONS)
MONTH = rf"(?P<month>{MONTH_FULL}|{MONTH_ABBR}\.|{MONTH_ABBR}(?=\s+\d))"
MONTH_NAME = rf"(?P<month>{MONTH_FULL})"
WEEKDAY = rf"(?P<weekday>{alternation(lx.WEEKDAYS)})"
SEASON = rf"(?P<season>{alternation(lx.SEASONS)})"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
DAY_WORD = rf"(?P<dayword>{alternation(k for k in lx.ORDINALS if k.isalpha() and k != 'last')})"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|\s*(?:%|percent\b))"
NUMBER_WORD = alternation(lx.NUMBER_WORDS)
_UNITS_DIGIT = alternation(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
_TENS = alternation(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
_ONE_NUMBER = (
    r"(?<![\d][,.])\d{1,4}(?:\s+1/2|\.\d+)?(?![\d,/])"
    rf"|(?:{_TENS}[\s-]+{_UNITS_DIGIT}|{NUMBER_WORD})(?:\s+(?:hundred|thousand)(?!\s+and\b))?"
)
NUMBER = (
    rf"(?P<num>(?:{_ONE_NUMBER})(?P<upto>\s*(?:-|–|to|or)\s*(?:{_ONE_NUMBER}))?"
    rf"|{alternation(lx.VAGUE_NUMBERS - {'the'})})"
)
"""A count: digits, words ("twenty-five", "two thousand"), a range ("12 to 18"), or vague."""
UNIT = rf"(?P<unit>{alternation(lx.UNITS)})(?:e?s)?"
CALENDAR_UNIT = rf"(?P<unit>{alternation(lx.CALENDAR_UNITS)}|weekend)"
POD = rf"(?P<pod>{alternation(lx.PARTS_OF_DAY)})"
POS_MOD = (
    r"(?:(?P<mod>early|earlier|mid|late|later)[\s-]+"
    r"|(?:the\s+)?(?P<mod2>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)"
)
QUANT_MOD = rf"(?P<qmod>{alternation(lx.QUANTITY_MODS)})"
ORDINAL_Q = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
FISCAL = rf"(?P<fiscal>{alternation(lx.FISCAL_WORDS | {'calendar', 'calendar year'})})"
AMPM = r"(?P<ampm>[ap]\.m\.?|[ap]m\b)"
TIMEZONE = r"(?P<tz>[ECMP][SD]?T|GMT|UTC)"
DECADE = (
    r"(?:(?P<cent>1\d|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0'?s"
    rf"|(?P<decword>{alternation(lx.DECADE_WORDS)}))"
)
CENTURY = (
    r"(?P<cnum>\d{1,2})(?:st|nd|rd|th)"
    rf"|(?P<cword>{alternation(k for k in lx.ORDINALS if k.isalpha() and k != 'last')})"
)
REFERENCE = rf"(?P<ref>{alternation(lx.REFERENCE_WORDS)})"
SET_WORD = rf"(?P<setword>{alternation(lx.SET_WORDS)})"
HOLIDAY = rf"(?P<holiday>{alternation(list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS))})"


HEAD_WORDS: frozenset[str] = frozenset(
    set(lx.MONTHS)
    | set(lx.MONTH_ABBREVIATIONS)
    | set(lx.WEEKDAYS)
    | set(lx.SEASONS)
    | set(lx.UNITS)
    | set(lx.PARTS_OF_DAY)
    | set(lx.SET_WORDS)
    | set(lx.DECADE_WORDS)
    | {w.split()[-1] for w in lx.REFERENCE_WORDS}
    | {w.split()[0] for w in list(lx.HOLIDAYS) + list(lx.FLOATING_HOLIDAYS)}
    | {"today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "midday"}
    | {"half", "period", "century", "year", "fy", "eighteen", "nineteen", "thousand"}
)
"""Words one of which every temporal expression contains (digits aside)."""

HEAD = re.compile(
    r"(?<![a-z0-9])(?<![0-9][,./:])"
    + trie_alternation(HEAD_WORDS | set("0123456789") | {"q1", "q2", "q3", "q4"})
)
"""Finds, in the lower-cased text, the places worth a closer look (a head word, or a number
that starts a word and does not continue one, as "700" in "1,700" or "30" in "10:30" do);
the engine runs
the rules only around them."""


def lowercase_source(source: str) -> str:
    """A pattern's source with its literal capitals lowered (escapes such as ``\\d`` kept).

    The engine matches a lower-cased copy of the text with these: Python's regular
    expressions are much faster without IGNORECASE.
    """
    return re.sub(r"(?<!\\)(?<!\(\?)[A-Z]", lambda m: m.group().lower(), source)


def lower_text(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return text.translate(_ASCII_LOWER)  # a few letters ("İ") lower to two characters


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}

LOOK_BEHIND = 48
"""How far before a head word an expression may start ("at least the past 18 months")."""


def first_characters(source: str) -> frozenset[str] | None:
    """The lower-case characters a match of ``source`` can start with (None: can't tell).

    Read from the parsed pattern, so the engine only tries, at a given place, the rules
    that can start with the character found there.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def of(items: list) -> tuple[set[str], bool] | None:
        """(first characters, whether the sequence can match the empty string)."""
        found: set[str] = set()
        for op, arg in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            if op is c.LITERAL:
                found.add(chr(arg).lower())
                return found, False
            if op is c.NOT_LITERAL or op is c.ANY:
                return None
            if op is c.IN:
                for kind, value in arg:
                    if kind is c.LITERAL:
                        found.add(chr(value).lower())
                    elif kind is c.RANGE:
                        found.update(chr(x).lower() for x in range(value[0], value[1] + 1))
                    elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                        found.update("0123456789")
                    else:
                        return None
                return found, False
            if op is c.SUBPATTERN:
                inner = of(list(arg[-1]))
            elif op is c.BRANCH:
                inner_sets = [of(list(branch)) for branch in arg[1]]
                if any(s is None for s in inner_sets):
                    return None
                inner = (
                    set().union(*(s[0] for s in inner_sets)),  # type: ignore[index]
                    any(s[1] for s in inner_sets),  # type: ignore[index]
                )
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, _, body = arg
                inner = of(list(body))
                if inner is not None and low == 0:
                    inner = (inner[0], True)
            else:
                return None
            if inner is None:
                return None
            found |= inner[0]
            if not inner[1]:
                return found, False
        return found, True

    result = of(list(_parser.parse(source, re.IGNORECASE)))
    if result is None or result[1]:
        return None
    return frozenset(result[0] | {ch.upper() for ch in result[0]})


DIGIT_RUN_CAP = 5
"""Digit runs of this length or longer count as one kind of first token ("#5")."""

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
FIRST_TOKEN = re.compile(rf"[a-z]+|[0-9]{{1,{DIGIT_RUN_CAP}}}")


def first_token(lowered: str, start: int) -> str:
    """The first token of the lower-cased text at ``start``, as :func:`first_tokens` names
    it: a run of ASCII letters ("may"), a digit run by its length ("#4"), or one character."""
    m = FIRST_TOKEN.match(lowered, start)
    if m is None:
        return lowered[start : start + 1]
    word = m.group()
    return word if word[0] in _LETTERS else f"#{len(word)}"


def first_tokens(source: str) -> frozenset[str] | None:
    """Every first token (see :func:`first_token`) a match of ``source`` can begin with.

    Read from the parsed pattern, like :func:`first_characters` but a word further: the
    engine then tries, at a place, only the rules that can start with the word found
    there ("may" tries the month rules, not the twenty-odd rules that start with "m").
    None when it cannot be told (a ``\\w`` class, an unbounded run of letters...), in which
    case the rule is tried wherever its first character allows. A superset is safe: the
    regex still decides.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    # An open state is the token read so far: ("", 0) nothing yet, ("w", "ma") letters,
    # ("d", 2) digits. A state is closed (its token final) by any other character.
    State = tuple[str, object]
    done: set[str] = set()

    class GiveUp(Exception):
        pass

    def close(state: State) -> None:
        kind, value = state
        if kind == "w":
            done.add(str(value))
        elif kind == "d":
            done.add(f"#{value}")

    def step(states: set[State], char: str) -> set[State]:
        out: set[State] = set()
        for state in states:
            kind, value = state
            if char in _LETTERS:
                if kind == "d":
                    close(state)
                    continue
                word = (str(value) if kind == "w" else "") + char
                if len(word) > 24:
                    raise GiveUp
                out.add(("w", word))
            elif char in _DIGITS:
                if kind == "w":
                    close(state)
                    continue
                out.add(("d", min(DIGIT_RUN_CAP, (int(value) if kind == "d" else 0) + 1)))
            elif kind == "":
                done.add(char)
            else:
                close(state)
        return out

    def chars_of(arg: list) -> list[str]:
        chars: list[str] = []
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.append(chr(value).lower())
            elif kind is c.RANGE:
                chars.extend(chr(x).lower() for x in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                chars.extend(_DIGITS)
            elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                chars.append(" ")
            else:
                raise GiveUp  # \w, negated classes: cannot tell where the word ends
        return chars

    def run(items: list, states: set[State]) -> set[State]:
        for op, arg in items:
            if not states:
                return states
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # a superset is safe
            if op is c.LITERAL:
                states = step(states, chr(arg).lower())
            elif op is c.IN:
                states = set().union(*(step(states, ch) for ch in set(chars_of(arg))))
            elif op is c.SUBPATTERN:
                states = run(list(arg[-1]), states)
            elif op is c.BRANCH:
                states = set().union(*(run(list(branch), states) for branch in arg[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, body = arg
                reached: set[State] = set(states) if low == 0 else set()
                current = states
                for count in range(1, min(high, 64) + 1):
                    current = run(list(body), current)
                    if count >= low:
                        if current <= reached:
                            break
                        reached |= current
                    if not current:
                        break
                else:
                    if high > 64:
                        raise GiveUp
                states = reached
            else:
                raise GiveUp
        return states

    try:
        remaining = run(list(_parser.parse(source, re.IGNORECASE)), {("", 0)})
    except GiveUp:
        return None
    if ("", 0) in remaining:
        return None  # can match the empty string
    for state in remaining:
        close(state)
    return frozenset(done)
