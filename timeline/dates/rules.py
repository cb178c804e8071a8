"""The rule table: (name, pattern, resolver), HeidelTime-style, as data.

Each rule is a regular expression built from :mod:`timeline.dates.patterns` fragments and
the resolver of :mod:`timeline.dates.resolve` that turns its match into a value. The
engine finds, at each place in the text, every rule that matches there, tries the longest
first (ties go to the rule listed first), and keeps the first one whose resolver accepts.

Patterns are matched case-insensitively; resolvers check capitalisation where it matters
("May" the month vs "may" the verb). Extents follow TempEval-3's gold: a leading "the" is
part of "the third quarter" and "the 1980s"; prepositions ("in 2020", "since May") are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates import resolve as r
from timeline.dates.patterns import (
    AMPM,
    CALENDAR_UNIT,
    CENTURY,
    DAY,
    DAY_WORD,
    DECADE,
    FISCAL,
    HOLIDAY,
    MONTH,
    MONTH_NAME,
    NUMBER,
    ORDINAL_Q,
    POD,
    POS_MOD,
    QUANT_MOD,
    REFERENCE,
    SEASON,
    SET_WORD,
    TIMEZONE,
    UNIT,
    WEEKDAY,
    YEAR,
    B,
    E,
    first_characters,
    first_tokens,
    lowercase_source,
    named,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern and the resolver that reads its matches."""

    name: str
    pattern: re.Pattern[str]  # on the text itself, case-insensitive: gives the resolver's match
    resolver: r.Resolver


_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELLED_YEAR = (
    rf"(?:(?P<century>nineteen|eighteen|twenty)[\s-]+(?:hundred\s+(?:and\s+)?)?"
    rf"(?P<rest>{_TENS_WORD}(?:[\s-]+{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD})"
    rf"|(?P<twothousand>two\s+thousand)(?:\s+and\s+(?P<rest2>{_TEEN_WORD}|{_UNIT_WORD}))?)"
)
"""A year in words, as transcripts write it: "nineteen ninety-four", "two thousand and one"."""
YEAR_START = r"(?P<year>1[0-9]\d\d|20\d\d)"
OPT_YEAR = rf"(?:(?:,\s*|\s+)(?:of\s+)?{YEAR})?"
OPT_YEAR_OR_REL = rf"(?:(?:,\s*|\s+)(?:of\s+)?(?:{YEAR}|(?P<rel>this|last|next)\s+year))?"
"""A day's year, written ("May 5, 2020") or told from the publication's ("May 5 last year")."""
DAY2 = r"(?:\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?!\d))?"

RULE_SOURCES: tuple[tuple[str, str, r.Resolver], ...] = (
    # --- absolute days
    ("iso date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)", r.iso_date),
    ("numeric date", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)", r.numeric_date),
    # before "month day year": the same extent, so it is tried first and falls back to it
    ("named day", rf"(?:{MONTH}\s+{DAY}|(?P<slash>9/11))(?![\d/])", r.named_day),
    (
        "month day year",
        rf"(?:(?P<approx>around|about|approximately|roughly)\s+)?(?:{WEEKDAY},?\s+)?{MONTH}\s+"
        rf"(?:{DAY}|{DAY_WORD}){DAY2}{OPT_YEAR_OR_REL}",
        r.month_day,
    ),
    (
        "day month year",
        rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}{OPT_YEAR_OR_REL}",
        r.month_day,
    ),
    (
        "fiscal year that began",
        r"the\s+(?:current\s+)?(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?"
        r"(?P<verb>began|begins|started|starts|will\s+begin|beginning|starting)(?:\s+on)?\s+"
        rf"{MONTH}\s+{DAY}{OPT_YEAR}",
        r.fiscal_year_began,
    ),
    # --- months
    ("month year", rf"(?:{POS_MOD})?{MONTH},?\s+(?:of\s+)?{YEAR}", r.month_year),
    (
        "month this year",
        rf"{MONTH_NAME}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year",
        r.month_relative_year,
    ),
    (
        "last month name",
        rf"(?:{POS_MOD})?(?P<rel>last|this\s+past|this\s+coming|this|next|coming)\s+{MONTH_NAME}",
        r.relative_month,
    ),
    ("month name", rf"(?:{POS_MOD})?{MONTH_NAME}", r.bare_month),
    ("holiday", rf"(?:(?P<rel>last|next|this)\s+)?{HOLIDAY}{OPT_YEAR}", r.holiday),
    # --- weekdays
    (
        "weekday",
        r"(?:(?P<mod>early|earlier|late|later)\s+)?"
        r"(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|the\s+previous"
        rf"|the\s+following|the\s+preceding)\s+)?{WEEKDAY}(?:\s+{POD})?",
        r.weekday,
    ),
    # --- years, decades, centuries, eras
    (
        "year",
        rf"(?:(?:the\s+)?{POS_MOD})?(?:{FISCAL}[\s-]*|the\s+year\s+)?{YEAR}",
        r.year,
    ),
    ("fiscal short year", r"FY\s?'?(?P<short>\d\d)(?!\d)", r.fiscal_short_year),
    (
        "second year of a range",
        r"(?<=\d{4}[-–/])(?P<year2>\d\d)(?![\d-])",
        r.range_short_year,
    ),
    (
        "era year",
        r"(?:(?P<era>A\.D\.|AD)\s*(?P<year>\d{1,4})"
        r"|(?P<year2>\d{1,4})\s*(?P<era2>B\.C\.E?\.?|BCE|BC|A\.D\.|AD|CE)(?!\w))",
        r.era_year,
    ),
    ("decade", rf"(?:the\s+)?(?:{POS_MOD})?{DECADE}", r.decade),
    ("century", rf"(?:{POS_MOD})?(?:{CENTURY})[\s-]+century", r.century),
    # --- quarters and halves
    (
        "ordinal quarter",
        r"(?:(?P<det>the)\s+)?(?:(?P<year1>1[0-9]\d\d|20\d\d)\s+"
        r"|(?P<relyear>this|last|next)\s+year['’]s\s+"
        r"|(?P<yago>year-ago|year-earlier|year-before|prior-year)\s+)?"
        rf"(?:(?:fiscal|calendar)[\s-]+)?{ORDINAL_Q}(?P<hyphen>[\s-]+)(?:fiscal[\s-]+)?"
        r"(?P<unit>quarter|half)"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:the\s+year\s+)?{YEAR})?",
        r.ordinal_quarter,
    ),
    (
        "quarter code",
        rf"(?P<unit>Q|H)(?P<qn>[1-4])(?:\s*(?:{YEAR}|'(?P<short>\d\d)))?",
        r.ordinal_quarter,
    ),
    ("year quarter code", rf"{YEAR_START}\s*(?P<unit>Q|H)(?P<qn>[1-4])", r.ordinal_quarter),
    (
        "the quarter",
        r"(?:(?P<det>the|that|this|its)\s+|(?P<lastyears>last\s+year['’]s)\s+)"
        r"(?:(?P<rel>latest|current|recent|previous|prior|preceding|year-ago|year-earlier"
        r"|comparable\s+year-ago|comparable|corresponding|same|just-ended|just\s+ended"
        r"|most\s+recent)\s+)?(?:(?P<year>1[0-9]\d\d|20\d\d)\s+)?(?:fiscal\s+)?"
        r"(?P<noun>quarter|period)(?!-\w)"
        r"(?:(?P<ayearago>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))"
        r"|\s+(?:of|in)\s+(?P<ofyear>1[0-9]\d\d|20\d\d)(?!\d))?",
        r.this_quarter,
    ),
    # --- seasons
    (
        "season",
        rf"(?:(?:the\s+)?{POS_MOD})?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming"
        rf"|past|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+|the\s+)?"
        rf"{SEASON}(?:\s+(?:of\s+)?{YEAR})?",
        r.season,
    ),
    # --- relative to the publication date
    (
        "relative day",
        rf"(?:{POS_MOD})?(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        rf"|today|yesterday|tomorrow|tonight)(?:\s+{POD})?",
        r.relative_day,
    ),
    (
        "part of day",
        rf"(?:{POS_MOD})?(?:(?P<rel>this|last|yesterday|tomorrow)\s+)?{POD}"
        r"(?:\s+(?P<rel2>yesterday|today|tomorrow))?",
        r.part_of_day,
    ),
    (
        "relative unit",
        r"(?:sometime\s+)?(?:(?P<mod>early|earlier|late|later|mid)[\s-]+(?:in\s+)?|(?:the\s+)?"
        r"(?P<mod2>beginning|start|middle|end|close)\s+of\s+)?(?:(?P<sofar>so\s+far)\s+)?"
        r"(?P<rel>the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior"
        r"|the\s+same|the\s+current|the\s+coming|the\s+past|the\s+last|the\s+latest|the\s+full"
        r"|this\s+past|this\s+coming|last|this|next|past|current|previous|coming|that|the)\s+"
        rf"(?:(?P<fiscal>fiscal|financial|full|calendar)\s+)?{CALENDAR_UNIT}"
        r"(?:\s+(?P<orso>or\s+so))?(?!-\w)",
        r.relative_unit,
    ),
    (
        "unit before or after",
        rf"the\s+{CALENDAR_UNIT}\s+(?P<dir>before|after)(?:\s+(?P<pair>last|next))?"
        r"(?=\s*[,.;:!?)\n]|\s*$)",
        r.unit_before_after,
    ),
    ("ago", rf"(?:{QUANT_MOD}\s+)?(?:{NUMBER}[\s-]+)?{UNIT}\s+ago", r.ago),
    (
        "earlier or later",
        rf"(?:{QUANT_MOD}\s+)?{NUMBER}[\s-]+{UNIT}\s+(?P<dir>later|earlier|afterwards?"
        r"|(?:before|after)(?=\s*[,.;:!?)\n]))",
        r.earlier_later,
    ),
    ("year-ago", r"(?P<yago>year-ago|year-earlier|year-before)", r.year_ago_adjective),
    (
        "anchored day",
        r"(?:the|that)\s+(?P<rel>next|following|previous|preceding|same)\s+(?:day|(?P<pod>morning"
        r"|afternoon|evening|night))"
        r"|(?:(?:later|earlier)\s+)?that\s+(?P<that_pod>morning|afternoon|evening|night)",
        r.anchored_day,
    ),
    (
        "day before a date",
        r"day\s+(?P<dir>before|after)\s+(?:(?:(?P<rel>last|next|this)\s+)?{WEEKDAY}"
        r"|{MONTH}\s+(?:{DAY}|{DAY_WORD}){OPT_YEAR})".replace("{WEEKDAY}", WEEKDAY)
        .replace("{MONTH}", MONTH)
        .replace("{DAY}", DAY)
        .replace("{DAY_WORD}", DAY_WORD)
        .replace("{OPT_YEAR}", OPT_YEAR),
        r.day_before_after,
    ),
    (
        "second day of a pair",
        rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d){OPT_YEAR}",
        r.paired_day,
    ),
    # --- durations
    (
        "rate",
        r"(?:a|an|per)\s+(?P<unit>year|month|week|day|night|quarter|hour)(?!-\w)",
        r.rate,
    ),
    (
        "duration",
        rf"(?:{QUANT_MOD}\s+)?(?:(?P<det>the|a|an)\s+)?(?:(?P<which>past|last|next|first|coming"
        rf"|previous|latest|final|following|recent|initial|remaining)\s+)?{NUMBER}"
        rf"(?P<half>\s+and\s+a\s+half)?(?P<hyphen>[\s-]+)(?:(?:more|additional|full|straight"
        rf"|consecutive)\s+)?{UNIT}(?P<half2>\s+and\s+a\s+half)?(?:\s+(?P<orso>or\s+so))?"
        r"(?P<period>(?<=[a-z])\s+(?:period|term|span|stint))?(?![\s-]+old|-\w)",
        r.duration,
    ),
    (
        "vague duration",
        r"(?<=for\s)(?P<unit>years|months|decades|weeks|days|hours|centuries)",
        r.vague_duration,
    ),
    (
        "half of a year",
        rf"(?:the\s+)?(?P<which>first|second|last|latter)\s+half\s+of\s+(?:{YEAR}|(?P<thisyear>the\s+year))",
        r.half_of_year,
    ),
    (
        "recent units",
        r"recent\s+(?P<unit>years|months|weeks|days|decades|quarters)"
        r"(?:\s+and\s+(?:years|months|weeks))?",
        r.recent_units,
    ),
    (
        "future units",
        r"(?:the\s+)?(?P<which>future|coming)\s+(?P<unit>years|months|weeks|days|decades|quarters)",
        r.future_units,
    ),
    (
        "year end",
        r"(?P<approx>around\s+)?(?:the\s+)?(?:year[\s-]+end|year['’]s\s+end"
        r"|(?:fiscal\s+)?year-end|end\s+of\s+year)",
        r.year_end,
    ),
    (
        "spelled year",
        rf"(?:the\s+year\s+)?{_SPELLED_YEAR}",
        r.spelled_year,
    ),
    (
        "month or season of a spelled year",
        rf"(?:{MONTH_NAME}|(?:the\s+)?{SEASON}),?\s+(?:of\s+)?{_SPELLED_YEAR}",
        r.month_of_spelled_year,
    ),
    (
        "week of",
        rf"the\s+week\s+of\s+{MONTH}\s+{DAY}{OPT_YEAR}",
        r.week_of,
    ),
    # --- references, sets
    ("reference word", REFERENCE, r.reference_word),
    ("frequency word", SET_WORD, r.set_word),
    (
        "every",
        rf"(?:every|each)\s+(?:(?:{NUMBER})\s+)?(?:{UNIT}|{WEEKDAY}(?:\s+{POD})?|{MONTH_NAME}"
        rf"|{named(POD, '2')}|(?P<season>season))",
        r.every,
    ),
    (
        "times a",
        rf"(?:once|twice|(?:three|four|five|\d+)\s+times)\s+(?:a|an|per|each)\s+{UNIT}",
        r.every,
    ),
    ("weekday plural", rf"{WEEKDAY}s(?:\s+{POD}s?)?", r.every),
    # --- times of day
    (
        "clock time",
        rf"(?:(?P<approx>around|about)\s+)?(?:(?P<hour>\d{{1,2}})(?::(?P<minute>[0-5]\d))?"
        r"(?=\s*(?:[ap]\.?m\b|[ECMP][SD]?T\b|GMT\b|UTC\b))"
        rf"\s*(?:{AMPM})?(?:\s*{TIMEZONE})?|(?P<named>noon|midnight|midday))"
        rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|(?P<rel>today|yesterday|tomorrow)|{MONTH}\s+{DAY}))?",
        r.clock_time,
    ),
)


def _whole(source: str) -> str:
    return B + "(?:" + source + ")" + E


RULES: tuple[Rule, ...] = tuple(
    Rule(
        name,
        re.compile(_whole(source), re.IGNORECASE),
        resolver,
    )
    for name, source, resolver in RULE_SOURCES
)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules that can start with one character, and one regex that tries them all.

    ``probe`` holds, for each rule, an optional look-ahead that captures the rule's match:
    a single call tells where every rule's match would end (group ``r<i>``, span (-1, -1)
    when it does not match), without leaving the regex engine between rules.
    """

    rules: tuple[Rule, ...]
    probe: re.Pattern[str]


def _probe(rules: tuple[Rule, ...]) -> re.Pattern[str]:
    sources = dict((name, source) for name, source, _ in RULE_SOURCES)
    parts = []
    for i, rule in enumerate(rules):
        body = lowercase_source(_whole(re.sub(r"\(\?P<\w+>", "(?:", sources[rule.name])))
        parts.append(f"(?:(?=(?P<r{i}>{body})))?")
    return re.compile("".join(parts))


_FIRST_CHARACTERS = tuple(first_characters(source) for _, source, _ in RULE_SOURCES)
_FIRST_TOKENS = tuple(first_tokens(source) for _, source, _ in RULE_SOURCES)
_RULESET_OF_TOKEN: dict[str, RuleSet | None] = {}
_RULESET_OF_RULES: dict[tuple[Rule, ...], RuleSet] = {}


def ruleset_for(token: str, first: str) -> RuleSet | None:
    """The rules that can start with ``token`` (see :func:`~timeline.dates.patterns.first_token`)
    whose first character is ``first``; None when no rule can.

    The finer pre-selection: a probe tries only these rules. Built on first use of a token
    and kept (a few hundred tokens at most, each set of rules compiled once).
    """
    key = token if token[0] != "#" else token + first
    try:
        return _RULESET_OF_TOKEN[key]
    except KeyError:
        pass
    rules = tuple(
        rule
        for rule, tokens, chars in zip(RULES, _FIRST_TOKENS, _FIRST_CHARACTERS, strict=True)
        if (token in tokens if tokens is not None else chars is None or first in chars)
    )
    ruleset = None
    if rules:
        ruleset = _RULESET_OF_RULES.get(rules)
        if ruleset is None:
            ruleset = _RULESET_OF_RULES[rules] = RuleSet(rules, _probe(rules))
    if len(_RULESET_OF_TOKEN) < 4096:  # bounded: odd tokens of odd texts are not kept
        _RULESET_OF_TOKEN[key] = ruleset
    return ruleset
