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


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, with spaces matching any blank run."""
    escaped = (
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    return "(?:" + "|".join(escaped) + ")"


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
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
DAY_WORD = rf"(?P<dayword>{alternation(k for k in lx.ORDINALS if k.isalpha() and k != 'last')})"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d{4}|\s*(?:%|percent\b))"
SHORT_YEAR = r"'(?P<short>\d\d)(?!\w)"
NUMBER_WORD = alternation(lx.NUMBER_WORDS)
NUMBER = (
    r"(?P<num>\d{1,4}(?:\.\d+)?(?![\d,])"
    rf"|{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})?"
    rf"|{alternation(lx.VAGUE_NUMBERS - {'the'})})"
)
UNIT = rf"(?P<unit>{alternation(lx.UNITS)})(?:e?s)?"
CALENDAR_UNIT = rf"(?P<unit>{alternation(lx.CALENDAR_UNITS)}|weekend)"
POD = rf"(?P<pod>{alternation(lx.PARTS_OF_DAY)})"
POS_MOD = (
    r"(?:(?P<mod>early|mid|late)[\s-]+"
    r"|(?:the\s+)?(?P<mod2>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)"
)
QUANT_MOD = rf"(?P<qmod>{alternation(lx.QUANTITY_MODS)})"
ORDINAL_Q = r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
FISCAL = r"(?P<fiscal>fiscal(?:\s+year)?|FY|financial\s+year|calendar(?:\s+year)?)"
AMPM = r"(?P<ampm>[ap]\.m\.?|[ap]m\b|[AP]M\b)"
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
