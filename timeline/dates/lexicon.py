"""The words of time, as data: every table the patterns and resolvers read.

Nothing here is code that decides anything; adding a word (a month abbreviation, a number
word, a fiscal term) is a one-line change to a table. :mod:`timeline.dates.patterns` turns
these tables into regular-expression alternations, :mod:`timeline.dates.resolve` looks the
matched words up here.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from timeline.dates.mention import Precision

MONTHS: Final = MappingProxyType(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    }
)
"""Full month names."""

RELATIVE_YEARS: Final = MappingProxyType({"this": 0, "last": -1, "next": 1})
"""Years told relative to the publication's: "June last year", "Sept. 12 next year"."""

MONTH_ABBREVIATIONS: Final = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
"""Abbreviations; only read as months with a trailing period or a day number after them."""

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)
"""Weekday names, Monday = 0 as in :meth:`datetime.date.weekday`."""

SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
)
"""Season names and their TIMEX3 codes."""

SEASON_FIRST_MONTH: Final = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})
"""Meteorological (northern) seasons: each lasts three months from this one."""

NUMBER_WORDS: Final = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a hundred": 100,
        "a couple of": 2,
        "a couple": 2,
        "couple of": 2,
        "a dozen": 12,
        "dozen": 12,
        "half a": 0.5,
    }
)
"""Cardinal words; compounds such as "twenty-five" are summed by the resolver."""

VAGUE_NUMBERS: Final = frozenset(
    {"several", "a few", "few", "some", "many", "the", "a number of", "numerous"}
)
"""Quantities TIMEX3 writes as X: "several years" is PXY."""

ORDINALS: Final = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
        "final": 4,
    }
)
"""Ordinal words (quarters, halves, centuries, days)."""

UNITS: Final = MappingProxyType(
    {
        # unit word: (TIMEX3 duration letter, is a time-of-day unit, count multiplier)
        "second": ("S", True, 1),
        "minute": ("M", True, 1),
        "hour": ("H", True, 1),
        "day": ("D", False, 1),
        "night": ("D", False, 1),
        "week": ("W", False, 1),
        "weekend": ("D", False, 2),
        "fortnight": ("W", False, 2),
        "month": ("M", False, 1),
        "quarter": ("Q", False, 1),
        "year": ("Y", False, 1),
        "decade": ("Y", False, 10),
        "century": ("Y", False, 100),
        "centurie": ("Y", False, 100),
        "millennium": ("Y", False, 1000),
    }
)
"""Duration units: "two decades" is P20Y, "two-hour" PT2H."""

CALENDAR_UNITS: Final = MappingProxyType(
    {
        "day": Precision.DAY,
        "week": Precision.WEEK,
        "month": Precision.MONTH,
        "quarter": Precision.QUARTER,
        "year": Precision.YEAR,
        "decade": Precision.DECADE,
        "century": Precision.CENTURY,
    }
)
"""Units that name a stretch of the calendar ("last month", "the following year")."""

PARTS_OF_DAY: Final = MappingProxyType(
    {
        "morning": "MO",
        "afternoon": "AF",
        "evening": "EV",
        "night": "NI",
        "overnight": "NI",
    }
)
"""Parts of the day and their TIMEX3 codes (1998-02-06TMO)."""

POSITION_MODS: Final = MappingProxyType(
    {
        "early": "START",
        "the early": "START",
        "earlier": "START",
        "beginning": "START",
        "start": "START",
        "mid": "MID",
        "middle": "MID",
        "late": "END",
        "later": "END",
        "end": "END",
        "close": "END",
    }
)
"""Position modifiers ("early December", "the end of 1990") and their TIMEX3 mod."""

QUANTITY_MODS: Final = MappingProxyType(
    {
        "about": "APPROX",
        "around": "APPROX",
        "roughly": "APPROX",
        "approximately": "APPROX",
        "some": "APPROX",
        "nearly": "APPROX",
        "almost": "LESS_THAN",
        "less than": "LESS_THAN",
        "more than": "MORE_THAN",
        "over": "MORE_THAN",
        "at least": "EQUAL_OR_MORE",
        "up to": "EQUAL_OR_LESS",
        "no more than": "EQUAL_OR_LESS",
        "at most": "EQUAL_OR_LESS",
    }
)
"""Quantity modifiers of durations ("more than four hours" is PT4H MORE_THAN)."""

REFERENCE_WORDS: Final = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "just now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "current": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "more recently": "PAST_REF",
        "the recent past": "PAST_REF",
        "the past": "PAST_REF",
        "in the past": "PAST_REF",
        "the future": "FUTURE_REF",
        "future": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "the foreseeable future": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF",
        "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF",
    }
)
"""Words that point at the present, past or future without a calendar value."""

SET_WORDS: Final = MappingProxyType(
    {
        "hourly": "PT1H",
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "biweekly": "P2W",
        "monthly": "P1M",
        "quarterly": "P1Q",
        "annually": "P1Y",
        "yearly": "P1Y",
        "semiannually": "P6M",
    }
)
"""Frequency adverbs and adjectives (TIMEX3 SET)."""

SET_NOT_BEFORE: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "average", "initial", "first", "party"}
)
"""Words after which "daily", "quarterly"... is an adjective or a noun, not a frequency."""

SET_FOLLOWERS: Final = frozenset(
    {
        "and",
        "or",
        "but",
        "to",
        "in",
        "at",
        "on",
        "for",
        "from",
        "with",
        "by",
        "since",
        "until",
        "basis",
        "through",
        "during",
        "over",
        "as",
        "than",
        "instead",
        "thereafter",
        "throughout",
        "across",
        "around",
        "per",
        "after",
        "before",
        "within",
        "into",
        "under",
        "about",
        "against",
        "among",
        "between",
        "outside",
        "near",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
    }
)
"""Words that may follow a frequency adverb ("adjusted quarterly and ..."); any other
lower-case word after it makes it an adjective ("quarterly dividend")."""

PER_UNIT_BEFORE: Final = frozenset(
    {
        "million",
        "billion",
        "thousand",
        "percent",
        "cents",
        "dollars",
        "times",
        "twice",
        "once",
        "%",
        "hundred",
        "pounds",
        "tons",
        "barrels",
        "shares",
        "people",
    }
)
"""Words after which "a year" is a rate (SET P1Y): "$500 million a year", "twice a year"."""

FISCAL_WORDS: Final = frozenset({"fiscal", "fiscal year", "fy", "financial year"})
"""Words that turn a year into a fiscal year."""

FISCAL_YEAR_FIRST_MONTH: Final = 10
"""US federal fiscal year: FY2025 runs 2024-10-01 to 2025-09-30 (the default)."""

ERA_WORDS: Final = MappingProxyType({"ad": 1, "a.d.": 1, "ce": 1, "bc": -1, "b.c.": -1, "bce": -1})
"""Era markers: "480 BC" is the TIMEX3 year BC0480."""

DECADE_WORDS: Final = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)
"""Decade words of the 20th century ("the eighties" is 198)."""

NAMED_DAYS: Final = MappingProxyType(
    {
        # (month, day): (year, the words after the date that make it the event's name)
        (9, 11): (
            2001,
            frozenset(
                {
                    "attack", "attacks", "hijackers", "hijackings", "commission", "memorial",
                    "plot", "plotters", "mastermind", "victims", "era",
                }
            ),
        ),
        (1, 6): (
            2021,
            frozenset(
                {
                    "attack", "riot", "rioters", "insurrection", "committee", "defendants",
                    "pardons", "prosecutions",
                }
            ),
        ),
        (10, 7): (
            2023,
            frozenset({"attack", "attacks", "massacre", "assault", "hostages", "incursion"}),
        ),
    }
)  # fmt: skip
"""Days news names an event by, without its year: "the Sept. 11 attacks", "the Jan. 6
committee", "the Oct. 7 massacre". Read as the nearest such day, they would be dated in
the wrong year (an article of 2025 would put the Sept. 11 attacks in 2024); with one of
these words after them they are that day of the event's year. World knowledge, kept as
data like the holidays; a date with its year ("Sept. 11, 2001") needs none of it."""

NAMED_DAY_MODIFIERS: Final = frozenset({"terror", "terrorist", "capitol", "hamas", "hamas-led"})
"""Words that may stand between a named day and its noun: "the Sept. 11 terrorist attacks",
"the Jan. 6 Capitol riot", "the Oct. 7 Hamas attack"."""

TITLES_AFTER_A_WEEKDAY: Final = frozenset(
    {
        *("Times", "Telegraph", "Mirror", "Express", "Herald", "Observer", "Independent"),
        *("Mail", "Tribune", "Post", "People", "Sport", "Star", "Night Football", "Football"),
    }
)
"""Capitalised words that make a weekday the first word of a title, no day: "The Sunday
Times reported", "Monday Night Football" (newspapers and programmes are named so)."""

NAMED_DAY_PREPOSITIONS: Final = frozenset({"since", "after", "before", "post", "pre"})
"""Before "9/11", which names the attacks with no noun after it: "since 9/11"."""

PLAIN_DAY_PREPOSITIONS: Final = frozenset({"on", "by", "until", "till", "through", "from", "to"})
"""Before a month and day, these make it a day, not a name: "On Sept. 11 attacks resumed"."""

HOLIDAYS: Final = MappingProxyType(
    {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
    }
)
"""Holidays on a fixed day of the year."""

FLOATING_HOLIDAYS: Final = MappingProxyType(
    {
        # name: (month, weekday, nth; -1 = last, days after that weekday)
        "thanksgiving": (11, 3, 4, 0),
        "thanksgiving day": (11, 3, 4, 0),
        "labor day": (9, 0, 1, 0),
        "memorial day": (5, 0, -1, 0),
        "martin luther king day": (1, 0, 3, 0),
        "election day": (11, 0, 1, 1),  # US: the Tuesday after the first Monday of November
    }
)
"""Holidays on the nth weekday of a month (or a few days after it)."""

SCHEDULE_VERBS: Final = frozenset(
    {
        "begins", "starts", "opens", "reopens", "resumes", "ends", "closes", "takes",
        "kicks", "arrives", "departs", "returns", "convenes", "reconvenes", "meets", "goes",
        "runs", "launches", "debuts", "premieres", "airs",
    }
)  # fmt: skip
"""Verbs of a timetable in the present: "the law takes effect Jan. 1", "the committee
meets Monday" (the third person only: "start", "end" are nouns as often as verbs). News
narrates the past in the past tense, so in the present these speak of what is ahead.
After a determiner they are nouns ("filed their returns by April 15"), no cue."""

FUTURE_CUES: Final = frozenset(
    {
        *SCHEDULE_VERBS,
        "will",
        "would",  # the future of reported speech: "said it would return in January"
        "'ll",
        "\u2019ll",
        "shall",
        "scheduled",
        "planned",
        "plans",
        "expected",
        "expects",
        "expect",
        "anticipate",
        "anticipates",
        "forecast",
        "forecasts",
        "projected",
        "upcoming",
        "slated",
        "going",
        "until",
        "till",
        "won't",
        "won\u2019t",
        "intends",
        "soon",
        "next",
        "coming",
        "tomorrow",
        # schedule words of business news: "payable Dec. 7", "effective June 1"
        "payable",
        "effective",
        "expire",
        "expires",
        "due",
        "planning",
        "poised",
        "set",
        "supposed",
        "plan",
    }
)
"""Words that make a sentence speak of the future (for bare "May 3" or "Friday")."""

PLAN_WORDS: Final = frozenset(
    {
        *SCHEDULE_VERBS,
        "scheduled",
        "planned",
        "planning",
        "plans",
        "expected",
        "expect",
        "anticipate",
        "anticipates",
        "forecast",
        "forecasts",
        "projected",
        "slated",
        "going",
        "intends",
        "due",
        "poised",
        "set",
        "supposed",
        "plan",
    }
)
"""Future cues that speak of a plan: they take the tense of the auxiliary before them
("is scheduled for Friday" is ahead, "was planning to leave on Monday" is past narration)."""

PLAN_WORDS_NEEDING_AUXILIARY: Final = frozenset({"set", "poised", "going"})
"""Plan words only when an auxiliary stands before them ("is set to", not "they set up")."""

DETERMINERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
)
"""After these a plan word is a noun ("announced the plan Aug. 21"), no plan of the verb,
and a word in -ed an adjective ("the revised plan"), no past tense."""

FUNCTION_WORDS_AFTER_A_DATE: Final = frozenset(
    {
        *("and", "or", "but", "nor", "to", "through", "thru", "in", "of", "at", "on", "for"),
        *("by", "from", "until", "till", "with", "as", "after", "before", "since", "than"),
        *("when", "while", "that", "which", "who", "is", "was", "were", "are", "will"),
        *("would", "has", "had", "have", "be", "the", "a", "an"),
    }
)
"""After "the" and a date, these show the date heads a phrase of its own ("the Friday
before the vote", "the March 3 and March 5 sessions"); any other word is the noun the date
modifies ("the Jan. 14 deadline"), whose time the clause's verb does not tell."""

ADJECTIVE_OPENERS: Final = frozenset({"only", "my", "your", "newly", "first", "long"})
"""Besides determiners and possessives, words after which a word in -ed is an adjective
("their only televised debate", "a newly formed panel"), no verb in the past."""

PRESENT_AUXILIARIES: Final = frozenset({"is", "are", "am", "be", "been", "being", "'s", "\u2019s"})

PAST_AUXILIARIES: Final = frozenset({"was", "were", "had"})
"""Before a plan word, these put the plan in past narration."""

PLAN_ADVERBS: Final = frozenset(
    {"also", "still", "originally", "initially", "already", "now", "not", "n't", "never"}
)
"""Adverbs that may stand between an auxiliary and its plan word ("was originally set")."""

DEADLINE_WORDS: Final = frozenset({"by", "until", "till"})
"""Right before a date without a tense cue, these make it a deadline, in the future."""

RESCHEDULING_VERBS: Final = frozenset(
    {
        "extended",
        "extend",
        "extends",
        "postponed",
        "postpone",
        "delayed",
        "delay",
        "deferred",
        "rescheduled",
        "moved",
        "pushed",
        "back",
    }
)
"""Before "to" and a date, these give a new date ("extended to Nov. 16"): a deadline, whose
direction the past tense of the verb does not decide ("was extended" is said now of a date
ahead)."""

SCHEDULING_VERBS: Final = frozenset(
    {"set", "sets", "scheduled", "schedules", "slated", "fixed", "booked", "called", "calls"}
)
"""Before "for" and a date, a word or two on, these give the date something is set for
("set sentencing for June 20", "called an election for May 3"): a deadline, as above."""

PASSIVE_OR_MODAL: Final = frozenset(
    {
        "be",
        "been",
        "being",
        "is",
        "are",
        "am",
        "will",
        "would",
        "to",
        "should",
        "could",
        "can",
        "may",
        "might",
        "must",
        "shall",
    }
)
"""Before a past participle these make it no past tense ("will be paid", "to be held")."""

PAST_PERFECT_AUXILIARIES: Final = frozenset({"had", "hadn't", "hadn\u2019t"})
"""Before "been" and a participle these make it past after all: "had been moved" (where
"has been" may still look ahead: "has been delayed until Friday")."""

NOT_PAST_TENSE: Final = frozenset(
    {
        "indeed",
        "hundred",
        "proceed",
        "succeed",
        "exceed",
        "speed",
        "breed",
        "need",
        "seed",
        "planned",
        "scheduled",
        "expected",
        "proposed",
        "intended",
        "anticipated",
        "delayed",
        "postponed",
        "extended",
        "deferred",
        "related",
        "limited",
        "united",
        "based",
        "listed",
        "traded",
        "owned",
        "diversified",
        "preferred",
        "detailed",
        "unprecedented",
        "red",
        "bed",
        "embed",
    }
)
"""Words in -ed that are no past tense, or do not put the event in the past."""

REVERSATIVE_UN_VERBS: Final = frozenset(
    {
        *("unveiled", "unleashed", "unloaded", "unlocked", "unsealed", "uncovered"),
        *("unearthed", "unfolded", "unraveled", "unravelled", "unpacked", "untied"),
        *("unwrapped", "unmasked", "unplugged", "unseated", "unfurled", "unblocked"),
        *("unnerved", "unsettled", "unhooked", "unzipped", "unburdened", "unbolted"),
        *("unclogged", "unchained", "unbuckled", "unlisted", "unfriended", "unfollowed"),
    }
)
"""Verbs that undo ("unveil", "unseal"): their -ed form is a past tense. Any other word
"un...ed" is a negated participle, an adjective that tells no tense: "on a still
unspecified date in January", "markets untouched by the crisis", "an unnamed official".
"""

PAST_CUES: Final = frozenset(
    {
        "was",
        "were",
        "did",
        "ago",
        "last",
        "earlier",
        "since",
        "met",
        "began",
        "took",
        "made",
        "came",
        "went",
        "left",
        "held",
        "rose",
        "fell",
        "won",
        "lost",
        "gave",
        "got",
        "became",
        "sent",
        # irregular past forms that are no present or noun form (not "set", "lay")
        "spent",
        "built",
        "kept",
        "fought",
        "drove",
        "broke",
        "chose",
        "wore",
        "ate",
        "stood",
        "sat",
        "caught",
        "taught",
        "sought",
        "meant",
        "felt",
        "dealt",
        "slept",
        "swept",
        "knew",
        "grew",
        "threw",
        "drew",
        "forgot",
        "froze",
        "stole",
        "rode",
        "woke",
        "slid",
        "spun",
        "sank",
        "sang",
        "rang",
        "swam",
        "overtook",
        "withdrew",
        "undertook",
        "arose",
        "forgave",
        "foresaw",
        "mistook",
        "overcame",
        "overthrew",
        "underwent",
        "upheld",
        "withheld",
        "sped",
        "swore",
        "tore",
        "dug",
        "hung",
        "shook",
        "stung",
        "swung",
        "ran",
        "saw",
        "found",
        "led",
        "paid",
        "sold",
        "bought",
        "brought",
        "struck",
        "fled",
        "flew",
        "spoke",
        "wrote",
        "yesterday",
        "killed",
        "died",
        "arrested",
        "signed",
        "testified",
        "approved",
        "agreed",
        "decided",
        "launched",
        "released",
        "ended",
    }
)
"""Words that put a sentence in past narration."""

REPORTING_CUES: Final = frozenset({"said", "told", "added", "noted", "had", "says", "say"})
"""Reporting verbs: past tense, but they date the report, not the event reported
("the offer, which expires Nov. 6, the company said"); they leave the direction open."""

SPEECH_VERBS: Final = frozenset(
    {
        *("said", "says", "told", "tells", "added", "adds", "noted", "notes", "wrote"),
        *("writes", "asked", "asks", "explained", "replied", "recalled", "insisted"),
    }
)
"""Verbs of saying: a bare month name right before one is a person ("June said",
"April told reporters"), not a month."""

RESULTS_NOUNS: Final = frozenset(
    {
        *("results", "earnings", "revenue", "revenues", "sales", "profit", "profits"),
        *("loss", "losses", "income", "figures", "numbers", "report", "dividend"),
    }
)
"""After a quarter ("fourth-quarter results"), a report on a quarter that has begun: "will
report fourth-quarter results" in January is of the quarter just ended, not the next."""

OUTCOME_NOUNS: Final = frozenset(
    {
        *("win", "victory", "defeat", "loss", "draw", "ruling", "verdict", "decision"),
        *("attack", "attacks", "bombing", "shooting", "crash", "explosion", "blast", "killing"),
        *("killings", "massacre", "raid", "fire", "earthquake", "collapse", "results"),
    }
)
"""After a possessive weekday, a happening only known once it is over: "Sunday's 3-1 win"
is past, "Saturday's match" may be ahead."""

COMPLEMENT_VERBS: Final = frozenset(
    {
        *REPORTING_CUES,
        *("stated", "warned", "argued", "claimed", "insisted", "wrote", "believe", "believed"),
        *("think", "thought", "know", "knew", "feared", "hoped", "so", "such", "found"),
    }
)
"""Words after which "that" opens a clause, not "that night": "said that night fell"."""

REPORT_DATE_PREPOSITIONS: Final = frozenset({"on", "in", "late", "early"})
"""Between a reporting verb and a date they leave the date on the report: "said on Nov. 1"."""

REPORT_SETTINGS: Final = frozenset(
    {
        *("statement", "statements", "interview", "filing", "letter", "release", "post"),
        *("briefing", "conference", "call", "speech", "email", "memo", "address", "hearing"),
        *("appearance", "broadcast", "podcast", "video", "tweet", "message", "note", "report"),
    }
)
"""Where something was said: between a verb of saying and a date ("said in a statement
Monday", "told reporters at a news conference Monday") they leave the date on the saying."""

REPORT_SETTING_PREPOSITIONS: Final = frozenset({"in", "at", "on", "during"})
"""Before a determiner and a word of :data:`REPORT_SETTINGS`: "in a statement"."""

REPORT_AUDIENCES: Final = frozenset(
    {
        *("reporters", "journalists", "investors", "analysts", "lawmakers", "legislators"),
        *("senators", "parliament", "congress", "committee", "council", "court", "jurors"),
        *("jury", "supporters", "employees", "staff", "shareholders", "delegates", "residents"),
    }
)
"""Whom something was told: "told reporters Monday" dates the telling."""

ABBREVIATIONS: Final = frozenset(
    {
        *"abcdefghijklmnopqrstuvwxyz",  # initials, "U.S.", "a.m."
        *("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt"),
        *("sgt", "adm", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no"),
        *("vs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"),
        *("oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"),
    }
)
"""Words whose period ends no sentence for the tense cues ("Milley met Sen. Reed on Jan. 5")."""

CUE_REACH: Final = 8
"""How many words from the mention a tense cue may be ("..., the company said" is too far)."""

RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "whom", "whose"})
"""Before a date these open its clause: a tense cue before them is another clause's ("the
plan, which the mayor proposed in April, is larger" is no plan ahead)."""

CLAUSE_OPENERS: Final = frozenset({"and", "which", "who", "whom", "whose", "while", "where"})
"""After a date (as a comma does) these end its clause: a cue further on does not outweigh
the cue before the date ("was struck in June, which will allow", "payable in August, and
froze hiring")."""

CONDITIONALS: Final = frozenset({"if", "unless"})
"""Before a past participle these make it a condition, no past: "if elected in November"."""

CONTRAST_WORDS: Final = frozenset(
    {"although", "though", "but", "whereas", "yet", "however", "unless", "despite"}
)
"""After a date, these open a clause of its own whose verb does not date it: "Deliveries
are expected to begin in the third quarter, although officials cautioned that ..." is
the coming quarter. The words after the date are read up to the first of them."""

QUANTITY_NOUNS: Final = frozenset(
    {
        "model",  # "a 2019-model Lexus": a product's label, not when anything happened
        "vintage",
        "pounds",
        "people",
        "persons",
        "tons",
        "tonnes",
        "kilograms",
        "kilos",
        "pills",
        "dollars",
        "euros",
        "shares",
        "votes",
        "miles",
        "km",
        "feet",
        "meters",
        "metres",
        "acres",
        "units",
        "cases",
        "deaths",
        "troops",
        "soldiers",
        "employees",
        "workers",
        "jobs",
        "points",
        "percent",
        "per",
        "cents",
        "barrels",
        "cars",
        "vehicles",
        "homes",
        "students",
        "members",
        "copies",
        "rooms",
        "seats",
        "children",
        "residents",
        "systems",
        "crossings",
        "large-scale",
        "million",
        "billion",
        "thousand",
        "calories",
        "hp",
        "mph",
        "yards",
        "words",
        "pages",
    }
)
"""Nouns after a number that make it a quantity, not a year ("2,132 pounds")."""

NOT_YEAR_BEFORE: Final = frozenset(
    {
        "route",
        "section",
        "no",
        "number",
        "rule",
        "article",
        "chapter",
        "room",
        "flight",
        "page",
        "pages",
        "iphone",
        "model",
        "boeing",
        "airbus",
        "windows",
        "interstate",
        "highway",
        "suite",
        "apartment",
        "box",
        "code",
        "form",
        "bill",
        "resolution",
        "h.r.",
        "s.",
        "rev",
        "version",
        "v",
        "exit",
        "street",
        "st",
        "avenue",
        "ave",
        "paragraph",
        "item",
        "cpt",
        "over",
        "nearly",
        "than",
        "some",
        "almost",
        "approximately",
        "roughly",
        "least",
    }
)
"""Words after which a number is a label or a quantity, not a year ("Route 66")."""

LEADING_WORDS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "that",
        "this",
        "these",
        "last",
        "next",
        "past",
        "coming",
        "previous",
        "preceding",
        "following",
        "prior",
        "same",
        "current",
        "latest",
        "recent",
        "most",
        "early",
        "earlier",
        "late",
        "later",
        "mid",
        "middle",
        "beginning",
        "start",
        "end",
        "close",
        "of",
        "so",
        "far",
        "more",
        "less",
        "than",
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
        "at",
        "least",
        "up",
        "to",
        "no",
        "under",
        "over",
        "within",
        "every",
        "each",
        "once",
        "twice",
        "times",
        "fiscal",
        "calendar",
        "financial",
        "year-ago",
        "year-earlier",
        "year-before",
        "prior-year",
        "comparable",
        "corresponding",
        "just",
        "ended",
        "just-ended",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "initial",
        "remaining",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "few",
        "several",
        "many",
        "couple",
        "dozen",
        "half",
        "hundred",
        "numerous",
        "number",
        "additional",
        "full",
        "straight",
        "consecutive",
        "ad",
        "a.d.",
        "fy",
        "year",
        "day",
        "after",
        "before",
        "per",
        "three",
        "four",
        "five",
        "right",
        "as",
        "then",
        "near",
        "sometime",
        "foreseeable",
    }
    | set(NUMBER_WORDS)
    | set(ORDINALS)
    | set(WEEKDAYS)
)
"""Words that may open an expression before its head word ("the past three", "more than")."""

# Words that, right before a month name or a bare four-digit number, make it a date.
_TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "of",
        "from",
        "to",
        "through",
        "during",
        "before",
        "after",
        "and",
        "between",
        "early",
        "late",
        "mid",
        "around",
        "the",
    }
)

# Before "May"/"March": the month, not the verb ("in May", "since March").
MONTH_PREPOSITIONS: frozenset[str] = _TIME_PREPOSITIONS | {
    "or",
    "last",
    "this",
    "next",
    "for",
    "on",
    "throughout",
}

# Before a bare four-digit number: a year ("in 2020", "since 1994", "fiscal 2024").
YEAR_PREPOSITIONS: frozenset[str] = _TIME_PREPOSITIONS | {
    "circa",
    "c.",
    "year",
    "fiscal",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
}

AFTER_A_DURATION: Final = frozenset(
    {
        "later", "earlier", "ago", "before", "after", "or", "and", "to", "of", "in", "for",
        "each", "per", "longer", "more", "at", "as", "than", "too", "the", "a", "an", "it",
        "is", "was", "when", "while", "that", "until", "then", "he", "she", "they", "we",
        "i", "you", "on", "into", "from", "with", "by", "so", "but",
    }
)  # fmt: skip
"""Words that may follow a duration of one ("a second later", "for a second, she"):
any other word after "a second" makes it the ordinal ("a second fab")."""
