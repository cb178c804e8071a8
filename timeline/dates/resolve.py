"""Resolvers: small pure functions from a regex match (and context) to a :class:`Reading`.

Each rule of :mod:`timeline.dates.rules` pairs a pattern with one resolver here. A resolver
reads the match's named groups, looks words up in :mod:`timeline.dates.lexicon`, does the
calendar arithmetic with :mod:`timeline.dates.calendar`, and returns a Reading, or None to
say "this is not a date after all" (a guard: "may be", "August Wilson", "2,132 pounds").
The engine then tries the next, shorter candidate at the same place.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from timeline.dates import calendar as cal
from timeline.dates import lexicon as lx
from timeline.dates.calendar import Point
from timeline.dates.context import Direction, choose, direction, modifies_a_noun, window_of
from timeline.dates.mention import Anchor, Interval, Precision, TimexType
from timeline.dates.narrative import Narrative, same, shifted


class Context(NamedTuple):
    """What a resolver may look at besides its match.

    Context, :class:`Reading` and :class:`~timeline.dates.narrative.Narrative` are
    immutable named tuples rather than frozen dataclasses: the engine builds a few of them
    for every mention, and a frozen dataclass costs about five times as much to build.
    """

    text: str
    narrative: Narrative
    day_first: bool = False
    lowered: str | None = None  # the text in lower case, same offsets (the engine has it)
    fiscal_first_month: int = lx.FISCAL_YEAR_FIRST_MONTH  # see fiscal_first_month()
    directions: dict[tuple[str, str], Direction] | None = None  # one text's memo, see direction
    paragraphs: Sequence[int] = ()  # where each paragraph after the first starts

    def framed_year(self, m: re.Match[str]) -> int | None:
        """The past year the story is telling of at ``m`` (see ``Narrative.frame``): said in
        this paragraph, and the sentence is not about the future. None otherwise."""
        frame = self.narrative.frame
        if frame is None:
            return None
        if bisect.bisect_right(self.paragraphs, frame.at) != bisect.bisect_right(
            self.paragraphs, m.start()
        ):
            return None
        if self.direction(m) is Direction.FUTURE:
            return None
        return frame.year

    @property
    def reference(self) -> date | None:
        return self.narrative.reference

    def ref_label(self) -> str:
        return _ref_label(self.reference)

    def direction(self, m: re.Match[str]) -> Direction:
        """The tense direction around the match, remembered for this text by its exact input.

        :func:`~timeline.dates.context.direction` reads only the lower-cased window around
        the match, so that window is the whole key: text that repeats its dates ("May 19,
        May 19, ...", a weekday in every line of a schedule) reads each context once.
        """
        start, end = m.span()
        lowered, memo = self.lowered, self.directions
        if lowered is None or memo is None:
            return direction(self.text, start, end, lowered)
        key = window_of(lowered, start, end)
        found = memo.get(key)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()  # bounded memory on any text; repeats are usually close by
            found = memo[key] = direction(self.text, start, end, lowered)
        return found

    def direction_of_a_day_or_month(self, m: re.Match[str]) -> Direction:
        """As :meth:`direction`, except that a day or month modifying a noun ("gave no
        reason for the Jan. 14 deadline") reads as with no tense cue: the verb does not
        date the deadline, and the two readings lie a year apart, so the nearer is the
        safer. A weekday keeps the verb's tense ("attended a Sunday night memorial")."""
        if modifies_a_noun(self.text, m.start(), m.end()):
            return Direction.UNKNOWN
        return self.direction(m)

    def word_before(self, m: re.Match[str]) -> str:
        """The word before the match (within 30 characters, over blanks and commas)."""
        start = m.start()
        found = _WORD_BEFORE_REVERSED.match(self.text[max(0, start - 30) : start][::-1])
        return found.group(1)[::-1].lower() if found else ""


_MEMO_SIZE = 8192

_WORD_BEFORE_REVERSED = re.compile(r"[\s,]*([\w.'’]+)")


@functools.lru_cache(maxsize=1024)
def _ref_label(reference: date | None) -> str:
    return f"published {reference.isoformat()}" if reference else "no reference"


_NEXT_WORD = re.compile(r"\s*([\w'’.%-]+)")


class Reading(NamedTuple):
    """A resolved expression: TIMEX3 view, calendar view and the reason."""

    type: TimexType
    value: str
    why: str
    point: Point | None = None
    interval: Interval | None = None
    precision: Precision = Precision.NONE
    anchor: Anchor = Anchor.NONE
    mod: str | None = None
    moves_narrative: bool = True
    skip: int = 0  # characters of the match left out of the extent ("a [two-hour] meeting")
    story_point: Point | None = None
    """Where the story stands after this reading, when not at :attr:`point`: a fiscal
    year, a span of its own, sets the story in the year it is named by ("in fiscal 2023
    ... the following year" is 2024)."""
    states_year: bool = True
    """False when the year is a guess, the nearest such day, month, weekday, season or
    holiday: opening a sentence ("By Christmas, ...", "On Dec. 20, ..."), such a date sets
    no year for the story (see ``Narrative.frame``), or the months after it would be put
    in a year the text never named ("In mid-January" after Christmas of last year)."""


Resolver = Callable[[re.Match[str], Context], Reading | None]


def dated(
    point: Point,
    why: str,
    anchor: Anchor,
    *,
    mod: str | None = None,
    interval: Interval | None = None,
    type_: TimexType = TimexType.DATE,
    value: str | None = None,
    precision: Precision | None = None,
) -> Reading:
    return Reading(
        type=type_,
        value=value or point.value,
        why=why,
        point=point,
        interval=interval or point.interval,
        precision=precision or point.precision,
        anchor=anchor,
        mod=mod,
    )


def undated(type_: TimexType, value: str, why: str, mod: str | None = None) -> Reading:
    return Reading(type=type_, value=value, why=why, mod=mod, moves_narrative=False)


# ----------------------------------------------------------------------------- words


def month_of(word: str) -> int:
    key = word.lower().rstrip(".")
    return lx.MONTHS.get(key) or lx.MONTH_ABBREVIATIONS[key]


def number_of(words: str) -> float | None:
    """ "three" -> 3, "twenty-five" -> 25, "12" -> 12, "several" -> None (TIMEX3 X)."""
    key = re.sub(r"\s+", " ", words.lower()).strip()
    if key.endswith(" 1/2") and key[:-4].isdigit():
        return int(key[:-4]) + 0.5
    if key.replace(".", "", 1).isdigit():
        return float(key) if "." in key else int(key)
    if key in lx.NUMBER_WORDS:
        return lx.NUMBER_WORDS[key]
    parts = re.split(r"[\s-]+", key)
    if len(parts) > 1 and parts[-1] in ("hundred", "thousand"):
        head = number_of(" ".join(parts[:-1]))
        return None if head is None else head * (100 if parts[-1] == "hundred" else 1000)
    if parts and all(p in lx.NUMBER_WORDS for p in parts):
        if len(parts) == 2 and parts[1] == "hundred":
            return lx.NUMBER_WORDS[parts[0]] * 100
        return sum(lx.NUMBER_WORDS[p] for p in parts)
    return None


def unit_key(word: str) -> str:
    key = word.lower()
    if key in lx.UNITS:
        return key
    if key.endswith("ies") and key[:-3] + "y" in lx.UNITS:
        return key[:-3] + "y"
    for cut in (2, 1):
        if key[:-cut] in lx.UNITS:
            return key[:-cut]
    return key


def four_digit_year(short: str, reference: date | None) -> int:
    """'98 -> 1998 and '12 -> 2012, whichever is nearer the reference (or 20th c. without)."""
    n = int(short)
    base = reference.year if reference else 1999
    candidates = (1900 + n, 2000 + n)
    return min(candidates, key=lambda y: abs(y - base))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def ordinal_of(word: str) -> int | None:
    return lx.ORDINALS.get(word.lower())


# ---------------------------------------------------------------- calendar helpers


def nearest_day(month: int, day_: int, ref: date, toward: Direction) -> date | None:
    """The month/day on or before ``ref`` (past) or on or after it (future).

    February 29 is the nearest leap day on either side.
    """
    past = _first_valid(ref.year, -1, month, day_, lambda d: d <= ref)
    future = _first_valid(ref.year, +1, month, day_, lambda d: d >= ref)
    if past is None or future is None:
        return past or future
    side = choose((ref - past).days, (future - ref).days, toward)
    return past if side is Direction.PAST else future


def _first_valid(
    year: int, step: int, month: int, day_: int, wanted: Callable[[date], bool]
) -> date | None:
    """The first valid ``month``/``day_`` from ``year`` on, stepping by ``step`` years, that
    ``wanted`` accepts (within the 8 years that hold a leap day)."""
    for offset in range(9):
        found = cal.safe_date(year + step * offset, month, day_)
        if found is not None and wanted(found):
            return found
    return None


def nearest_month(month: int, ref: date, toward: Direction, strict: bool = False) -> Point:
    """The month on or before the reference month (past) or on or after it (future)."""
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12
    if strict:
        back, ahead = back or 12, ahead or 12
    side = choose(back, ahead, toward)
    if side is Direction.PAST:
        return cal.month(ref.year if month <= ref.month and back < 12 else ref.year - 1, month)
    return cal.month(ref.year if month >= ref.month and ahead < 12 else ref.year + 1, month)


def nearest_weekday(weekday: int, ref: date, toward: Direction, strict: bool = False) -> date:
    """The weekday on or before ``ref``, or after it when the sentence speaks of the future
    (without a tense cue: the nearer one, with a bias to the past; see ``choose``)."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if choose(back, ahead, toward) is Direction.PAST:
        return ref - timedelta(days=back)
    return ref + timedelta(days=ahead)


def side_of(first: date, ref: date) -> str:
    return "on or before" if first <= ref else "after"


_UNIT_STEPS = {
    # unit: (relativedelta field, how many of it per unit)
    "day": ("days", 1),
    "night": ("days", 1),
    "week": ("weeks", 1),
    "weekend": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "month": ("months", 1),
    "quarter": ("months", 3),
    "year": ("years", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
    "centurie": ("years", 100),
}


def unit_delta(unit: str, n: int) -> relativedelta:
    """``n`` calendar units as a relativedelta ("2 quarters" is 6 months)."""
    field, per = _UNIT_STEPS.get(unit, ("days", 0))
    return relativedelta(**{field: n * per})


def unit_precision(unit: str) -> Precision:
    if unit == "weekend":
        return Precision.WEEK
    if unit in ("fortnight",):
        return Precision.WEEK
    if unit in ("night",):
        return Precision.DAY
    if unit in ("centurie",):
        return Precision.CENTURY
    return lx.CALENDAR_UNITS.get(unit, Precision.DAY)


def position_mod(m: re.Match[str]) -> str | None:
    """TIMEX3 mod from a POS_MOD fragment ("early" -> START, "the end of" -> END)."""
    word = _group(m, "mod") or _group(m, "mod2")
    return lx.POSITION_MODS.get(word.lower()) if word else None


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def with_mod(reading: Reading, mod: str | None) -> Reading:
    """The reading cut to its START/MID/END third (or only marked APPROX), with the mod set."""
    if mod is None or reading.point is None:
        return reading
    if mod not in _MOD_WORDS:
        return reading._replace(mod=mod, why=f"about {reading.why}")
    why = reading.why
    if why.startswith("in "):  # "in 2019, the year the story tells of": name what is cut
        why = f"the {reading.point.precision.value}, {why}"
    return reading._replace(
        why=f"{_MOD_WORDS[mod]} {why}",
        interval=cal.part(reading.point, mod),
        mod=mod,
    )


_MOD_WORDS = {"START": "the start of", "MID": "the middle of", "END": "the end of"}


# ------------------------------------------------------------------ absolute dates


def iso_date(m: re.Match[str], ctx: Context) -> Reading | None:
    d = cal.safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return dated(cal.day(d), "an ISO date", Anchor.ABSOLUTE) if d else None


def numeric_date(m: re.Match[str], ctx: Context) -> Reading | None:
    """9/30/2011 (US month first unless day_first; an impossible month swaps the order)."""
    before = ctx.text[max(0, m.start() - 1) : m.start()]
    if before in ("/", "-", ".") or ctx.text[m.end() : m.end() + 1] in ("/", "-"):
        return None
    a, b, y = int(m["a"]), int(m["b"]), m["year"]
    year_number = int(y) if len(y) == 4 else four_digit_year(y, ctx.reference)
    month_number, day_number = (b, a) if ctx.day_first else (a, b)
    if month_number > 12 and day_number <= 12:
        month_number, day_number = day_number, month_number
    d = cal.safe_date(year_number, month_number, day_number)
    if d is None:
        return None
    order = "day first" if ctx.day_first else "month first"
    return dated(cal.day(d), f"a numeric date read {order}", Anchor.ABSOLUTE)


_MONTH_WORD = "|".join(
    sorted(
        {w.capitalize() for w in (*lx.MONTHS, *lx.MONTH_ABBREVIATIONS) if w.isalpha()},
        key=len,
        reverse=True,
    )
)
"""A month's name or abbreviation as a sentence writes it, longest first."""

_RANGE_TAIL = re.compile(
    r"\s*(?:-|–|to|through|until|till|and)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?"
    r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)"
    rf"|(?:{_MONTH_WORD})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?"
    rf"(?P<rel>{'|'.join(lx.RELATIVE_YEARS)})\s+year\b)"
)


def _range_year(m: re.Match[str], ctx: Context) -> tuple[int, Anchor] | None:
    """The year written at the end of a range that this mention opens, and what it rests on.

    "between March and May 2020", "from June 3 to June 7, 2019", "from March to May of
    2023": the first end takes the year of the second; "from Sept. 12 to Nov. 16 last
    year" takes the year before the publication's (a month must end such a range: "between
    March and next year" is no year for March).
    """
    tail = _RANGE_TAIL.match(ctx.text, m.end())
    if tail is None:
        return None
    if tail["year"]:
        return int(tail["year"]), Anchor.ABSOLUTE
    if ctx.reference is None:
        return None
    return ctx.reference.year + lx.RELATIVE_YEARS[tail["rel"].lower()], Anchor.PUBLISHED


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n|(?<=[.!?\"”’)])[ \t]*\r?\n")
"""A blank line, or a line break after the end of a sentence (one paragraph a line)."""


def paragraph_starts(text: str) -> tuple[int, ...]:
    """Where each paragraph of ``text`` after the first starts (one pass, for bisection)."""
    return tuple(m.end() for m in _PARAGRAPH_BREAK.finditer(text))


def month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "September 30, 2011", "30 September", "Sept. 30" (year from the reference if absent)."""
    if not is_capitalised(m["month"]):
        return None
    month_number = month_of(m["month"])
    day_number = int(m["day"]) if m["day"] else ordinal_of(m["dayword"] or "")
    if day_number is None:
        return None
    day2 = _group(m, "day2")
    if year_text := _group(m, "year"):
        d = cal.safe_date(int(year_text), month_number, day_number)
        if d is None:
            return None
        point, why, anchor = cal.day(d), "a full date", Anchor.ABSOLUTE
    elif rel := _group(m, "rel"):  # "Sept. 12 last year"
        if ctx.reference is None:
            return None
        year = ctx.reference.year + lx.RELATIVE_YEARS[rel.lower()]
        d = cal.safe_date(year, month_number, day_number)
        if d is None:
            return None
        why = f"{rel.lower()} year's day, {ctx.ref_label()}"
        point, anchor = cal.day(d), Anchor.PUBLISHED
    elif (range_year := _range_year(m, ctx)) is not None:
        year, anchor = range_year
        d = cal.safe_date(year, month_number, day_number)
        if d is None:
            return None
        point, why = cal.day(d), f"the year of the range's end, {year}"
    elif (year := ctx.framed_year(m)) is not None and not _group(m, "weekday"):
        d = cal.safe_date(year, month_number, day_number)
        if d is None:
            return None
        point, why, anchor = cal.day(d), f"in {year}, the year the story tells of", Anchor.NARRATIVE
    else:
        if ctx.reference is None:
            return None
        weekday_name = _group(m, "weekday")
        return _nearest_day_reading(
            month_number,
            day_number,
            ctx.reference,
            ctx.direction_of_a_day_or_month(m),
            lx.WEEKDAYS[weekday_name.lower()] if weekday_name else None,
            bool(_group(m, "approx")),
            day2,
        )
    return _day_reading(point, why, anchor, month_number, bool(_group(m, "approx")), day2)


@functools.lru_cache(maxsize=4096)
def _nearest_day_reading(
    month_number: int,
    day_number: int,
    ref: date,
    toward: Direction,
    wanted_weekday: int | None,
    approx: bool,
    day2: str | None,
) -> Reading | None:
    """A month and day without a year, once its context is read: a pure function of its
    arguments, remembered, since a text repeats its days ("May 19 ... May 19")."""
    d = nearest_day(month_number, day_number, ref, toward)
    if wanted_weekday is not None:  # "Saturday, April 25": the year April 25 is a Saturday
        fits = [
            c
            for y in (ref.year, ref.year + 1, ref.year - 1)
            if (c := cal.safe_date(y, month_number, day_number)) and c.weekday() == wanted_weekday
        ]
        d = fits[0] if fits else d
    if d is None:
        return None
    why = f"the nearest such day {side_of(d, ref)} {_ref_label(ref)}"
    reading = _day_reading(cal.day(d), why, Anchor.PUBLISHED, month_number, approx, day2)
    return reading._replace(states_year=False) if reading is not None else None


def _day_reading(
    point: Point, why: str, anchor: Anchor, month_number: int, approx: bool, day2: str | None
) -> Reading | None:
    if approx:
        return dated(point, f"about {why}", anchor, mod="APPROX")
    if day2:
        end = cal.safe_date(point.first.year, month_number, int(day2))
        if end is None or end <= point.first:
            return None
        return dated(cal.span(point, cal.day(end)), f"a range of days, {why}", anchor)
    return dated(point, why, anchor)


def month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    if not is_capitalised(m["month"]):
        return None
    point = cal.month(int(m["year"]), month_of(m["month"]))
    return with_mod(dated(point, "a month and year", Anchor.ABSOLUTE), position_mod(m))


def month_relative_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "January this year", "June last year"."""
    if not is_capitalised(m["month"]) or ctx.reference is None:
        return None
    offset = lx.RELATIVE_YEARS[m["rel"].lower()]
    point = cal.month(ctx.reference.year + offset, month_of(m["month"]))
    return dated(point, f"{m['rel'].lower()} year's month, {ctx.ref_label()}", Anchor.PUBLISHED)


def relative_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "last October" (the latest October before this month), "this May", "next March"."""
    if not is_capitalised(m["month"]) or ctx.reference is None:
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    month_number, ref = month_of(m["month"]), ctx.reference
    if rel in ("last", "this past", "past"):
        point = nearest_month(month_number, ref, Direction.PAST, strict=True)
        why = f"the latest such month before {ctx.ref_label()}"
    elif rel in ("next", "this coming", "coming"):
        point = nearest_month(month_number, ref, Direction.FUTURE, strict=True)
        why = f"the first such month after {ctx.ref_label()}"
    else:
        point = cal.month(ref.year, month_number)
        why = f"that month in the year of {ctx.ref_label()}"
    return with_mod(dated(point, why, Anchor.PUBLISHED), position_mod(m))


_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|[A-Z]\.)")


_SPEECH_VERB_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(lx.SPEECH_VERBS))})\b")

_MONTH_LISTED_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t](?:and|or|to|through)[ \t]+)"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _month_word_context(m: re.Match[str], ctx: Context) -> bool:
    """Whether "May" or "March" stands where a month does: after a time preposition ("in
    May", "since March") or in a list of months ("March, May and June", "May or June")."""
    before = ctx.word_before(m)
    if before in lx.MONTH_PREPOSITIONS:
        return True
    if before in lx.MONTHS and before != m["month"].lower():  # "May May slip" lists nothing
        return True
    return _MONTH_LISTED_AFTER.match(ctx.text, m.end()) is not None


def bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "in January": the nearest such month, past or future by the sentence's tense."""
    word = m["month"]
    if not is_capitalised(word) or ctx.reference is None:
        return None
    after = _NAME_AFTER.match(ctx.text, m.end())
    if after and after.group(0).strip().lower().rstrip(".") not in lx.MONTHS:
        return None  # a name: "August Wilson", "April Ryan"
    if word.lower() in ("may", "march") and not _month_word_context(m, ctx):
        return None  # "May" the modal, "March" the verb at a sentence start
    if _SPEECH_VERB_AFTER.match(ctx.text, m.end()) and ctx.word_before(m) not in (
        lx.MONTH_PREPOSITIONS
    ):
        return None  # a person: "June said", "..., April told reporters"
    if _ends_or_begins_fiscal_years(m, ctx):
        # "whose fiscal year ends in March": a month of every year, no date
        month_value = f"XXXX-{month_of(word):02d}"
        return undated(TimexType.DATE, month_value, "the month fiscal years end or begin")
    range_year = _range_year(m, ctx)
    if range_year is not None:
        year, anchor = range_year
        point = cal.month(year, month_of(word))
        reading = dated(point, f"the year of the range's end, {year}", anchor)
        return with_mod(reading, position_mod(m))
    if (year := ctx.framed_year(m)) is not None:
        point = cal.month(year, month_of(word))
        reading = dated(point, f"in {year}, the year the story tells of", Anchor.NARRATIVE)
        return with_mod(reading, position_mod(m))
    toward = ctx.direction_of_a_day_or_month(m)
    return _nearest_month_reading(month_of(word), ctx.reference, toward, position_mod(m))


@functools.lru_cache(maxsize=4096)
def _nearest_month_reading(
    month_number: int, ref: date, toward: Direction, mod: str | None
) -> Reading:
    """A bare month's reading once its context is read: a pure function of its arguments,
    remembered, since a text names the same months over and over."""
    point = nearest_month(month_number, ref, toward)
    side = side_of(point.first, ref)
    reading = dated(point, f"the nearest such month {side} {_ref_label(ref)}", Anchor.PUBLISHED)
    return with_mod(reading, mod)._replace(states_year=False)


_TWO_WORDS_AFTER = re.compile(r"[ \t]+([\w'’-]+)(?:[ \t]+([\w'’-]+))?")


def named_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the Sept. 11 attacks", "the Jan. 6 committee", "since 9/11": a day that names an
    event (:data:`~timeline.dates.lexicon.NAMED_DAYS`), in that event's year. Any other
    month and day, or one before the event, is left to the other rules (the nearest day)."""
    slash = m["slash"] is not None
    key = (9, 11) if slash else (month_of(m["month"]), int(m["day"]))
    known = lx.NAMED_DAYS.get(key)
    if known is None:
        return None
    if not slash and (
        not is_capitalised(m["month"]) or ctx.word_before(m) in lx.PLAIN_DAY_PREPOSITIONS
    ):
        return None  # "On Sept. 11 attacks resumed": a day, whatever follows
    year, nouns = known
    if ctx.reference is not None and ctx.reference.year <= year:
        return None  # written the year it happened, or before: not (yet) its name
    after = _TWO_WORDS_AFTER.match(ctx.text, m.end())
    first, second = (after.group(1).lower(), (after.group(2) or "").lower()) if after else ("", "")
    names = first in nouns or (first in lx.NAMED_DAY_MODIFIERS and second in nouns)
    if not names and not (slash and ctx.word_before(m) in lx.NAMED_DAY_PREPOSITIONS):
        return None
    point = cal.day(date(year, *key))
    reading = dated(point, f"the day of the {year} event it names", Anchor.ABSOLUTE)
    # a name, not where the story is: it frames no paragraph and moves no narrative
    return reading._replace(moves_narrative=False, states_year=False)


def holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name = re.sub(r"\s+", " ", m["holiday"].lower())
    if not is_capitalised(m["holiday"]):
        return None
    year_text = _group(m, "year")
    if year_text:
        target_year = int(year_text)
    elif ctx.reference is not None:
        target_year = ctx.reference.year
    else:
        return None

    def on(year_number: int) -> date:
        if name in lx.HOLIDAYS:
            mo, d = lx.HOLIDAYS[name]
            return date(year_number, mo, d)
        mo, wd, nth, days_after = lx.FLOATING_HOLIDAYS[name]
        first = date(year_number, mo, 1)
        if nth > 0:
            weekday_ = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = first + relativedelta(months=1, days=-1)
            weekday_ = last - timedelta(days=(last.weekday() - wd) % 7)
        return weekday_ + timedelta(days=days_after)

    d = on(target_year)
    rel = (_group(m, "rel") or "").lower()
    if not year_text and ctx.reference is not None:
        ref = ctx.reference
        toward = Direction.PAST if rel == "last" else ctx.direction(m)
        if rel == "next":
            toward = Direction.FUTURE
        past = d if d < ref or (d == ref and rel != "last") else on(target_year - 1)
        future = d if d >= ref else on(target_year + 1)
        side = choose((ref - past).days, (future - ref).days, toward)
        d = past if side is Direction.PAST else future
    if year_text:
        return dated(cal.day(d), "the holiday, in the year given", Anchor.ABSOLUTE)
    reading = dated(cal.day(d), f"the holiday, nearest to {ctx.ref_label()}", Anchor.PUBLISHED)
    return reading._replace(states_year=False)


# --------------------------------------------------------------------------- weekdays


_TITLE_AFTER_WEEKDAY = re.compile(
    r" (?:" + "|".join(sorted(lx.TITLES_AFTER_A_WEEKDAY, key=len, reverse=True)) + r")\b"
)


def weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "Friday", "last Friday", "next Tuesday", "Saturday night"."""
    if not is_capitalised(m["weekday"]) or ctx.reference is None:
        return None
    if _TITLE_AFTER_WEEKDAY.match(ctx.text, m.end()):
        return None  # "The Sunday Times reported": a newspaper
    ref, wd = ctx.reference, lx.WEEKDAYS[m["weekday"].lower()]
    rel = re.sub(r"\s+", " ", (_group(m, "rel") or "").lower())
    if rel in ("last", "this past", "past", "the previous", "previous", "the preceding"):
        if rel.startswith("the p"):
            anchor_point = ctx.narrative.anchor
            base = anchor_point.first if anchor_point else ref
            d = nearest_weekday(wd, base, Direction.PAST, strict=True)
            why, anchor = f"the {m['weekday']} before {base}", Anchor.NARRATIVE
        else:
            d = nearest_weekday(wd, ref, Direction.PAST, strict=True)
            why, anchor = f"the latest such weekday before {ctx.ref_label()}", Anchor.PUBLISHED
    elif rel in ("next", "this coming", "coming", "the following", "the next"):
        d = nearest_weekday(wd, ref, Direction.FUTURE, strict=True)
        why, anchor = f"the first such weekday after {ctx.ref_label()}", Anchor.PUBLISHED
    elif rel == "this":
        d = ref - timedelta(days=ref.weekday()) + timedelta(days=wd)
        why, anchor = f"that weekday in the week of {ctx.ref_label()}", Anchor.PUBLISHED
    else:
        pod = _group(m, "pod")
        return _nearest_weekday_reading(
            wd, ref, _weekday_direction(m, ctx), pod.lower() if pod else None, position_mod(m)
        )
    return _weekday_reading(d, why, anchor, _group(m, "pod"), position_mod(m))


_POSSESSIVE_THEN_WORD = re.compile(r"['’]s\s+(?:[\d–-]+\s+)?([a-z]+)")


def _weekday_direction(m: re.Match[str], ctx: Context) -> Direction:
    """The way a bare weekday points. A possessive one names a thing of that day, which the
    clause's tense does not date ("would get around Wednesday's ruling"): a happening only
    known once it is over ("Sunday's 3-1 win") is past, anything else the nearer day."""
    possessive = _POSSESSIVE_THEN_WORD.match(ctx.text, m.end())
    if possessive is None:
        return ctx.direction(m)
    return Direction.PAST if possessive.group(1) in lx.OUTCOME_NOUNS else Direction.UNKNOWN


@functools.lru_cache(maxsize=4096)
def _nearest_weekday_reading(
    wd: int, ref: date, toward: Direction, pod: str | None, mod: str | None
) -> Reading:
    """A bare weekday's reading once its context is read: a pure function of its arguments,
    remembered, since a text names the same weekdays over and over."""
    d = nearest_weekday(wd, ref, toward)
    why = f"the nearest such weekday {side_of(d, ref)} {_ref_label(ref)}"
    return _weekday_reading(d, why, Anchor.PUBLISHED, pod, mod)


def _weekday_reading(
    d: date, why: str, anchor: Anchor, pod: str | None, mod: str | None
) -> Reading:
    reading = _with_time_of_day(dated(cal.day(d), why, anchor), pod)._replace(
        states_year=anchor is not Anchor.PUBLISHED  # the week of publication, guessed
    )
    return reading._replace(mod=mod, why=f"{_MOD_WORDS[mod]} {why}") if mod else reading


def _with_time_of_day(reading: Reading, pod: str | None) -> Reading:
    if not pod or reading.point is None:
        return reading
    code = lx.PARTS_OF_DAY[pod.lower()]
    return reading._replace(
        type=TimexType.TIME,
        value=f"{reading.point.value}T{code}",
        why=f"{pod.lower()} of {reading.why}",
        precision=Precision.TIME,
    )


# ---------------------------------------------------------------------------- years


def _plausible_year(m: re.Match[str], ctx: Context, year_number: int) -> bool:
    """A bare number read as a year only where a year can stand."""
    before = ctx.word_before(m)
    if before in lx.NOT_YEAR_BEFORE:
        return False
    if _next_word(ctx, m) in lx.QUANTITY_NOUNS:  # "2,132 pounds", "a 2019-model Lexus"
        return False
    before_char = ctx.text[max(0, m.start() - 1) : m.start()]
    if before_char in ("-", "–", "/"):  # the end of "2009-2010"?
        first = _RANGE_START.search(ctx.text, max(0, m.start() - 6), m.start())
        return first is not None and int(first["year"]) < year_number <= int(first["year"]) + 100
    if before_char in (":", ".", ","):
        return False
    after = ctx.text[m.end() : m.end() + 1]
    if after in (":", "-", "–", "/") and ctx.text[m.end() + 1 : m.end() + 2].isdigit():
        end = _RANGE_END.match(ctx.text, m.end())  # the start of "2009-2010"?
        return after != ":" and end is not None
    if year_number < 1900 or year_number > 2099:
        return before in lx.YEAR_PREPOSITIONS
    return True


_RANGE_START = re.compile(r"(?<![\d-])(?P<year>(?:1[0-9]|20)\d\d)[-–/]\Z")
"""Before a year: the start of a range of years ("2009-")."""

_RANGE_END = re.compile(r"[-–/](?:(?:1[0-9]|20)\d\d|\d\d)(?![\d-])")
"""After a year: the end of a range of years ("-2010", "-58")."""


def range_short_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """The "58" of "1957-58": the year after the range's first, written short."""
    start = _RANGE_START.search(ctx.text, max(0, m.start() - 6), m.start())
    if start is None:
        return None
    first = int(start["year"])
    second = first - first % 100 + int(m["year2"])
    if not first < second < first + 100 or not 1000 <= first <= 2099:
        return None
    return dated(cal.year(second), f"the end of a range from {first}", Anchor.ABSOLUTE)


def year(m: re.Match[str], ctx: Context) -> Reading | None:
    year_number = int(m["year"])
    fiscal = _group(m, "fiscal")
    if not fiscal and not _plausible_year(m, ctx, year_number):
        return None
    if fiscal and not fiscal.lower().startswith("calendar"):
        reading = dated(*_fiscal(year_number, ctx), Anchor.ABSOLUTE)
        return with_mod(reading._replace(story_point=cal.year(year_number)), position_mod(m))
    return with_mod(dated(cal.year(year_number), "a year", Anchor.ABSOLUTE), position_mod(m))


def fiscal_short_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "FY25", "FY'25"."""
    year_number = four_digit_year(m["short"], ctx.reference)
    reading = dated(*_fiscal(year_number, ctx), Anchor.ABSOLUTE)
    return reading._replace(story_point=cal.year(year_number))


def _fiscal(year_number: int, ctx: Context) -> tuple[Point, str]:
    """The fiscal year named by the year it ends in, and why: the US federal one (October
    to September) unless the text says when its fiscal year ends or begins."""
    first_month = ctx.fiscal_first_month
    point = cal.fiscal_year(year_number, first_month)
    if first_month == lx.FISCAL_YEAR_FIRST_MONTH:
        return point, "a US federal fiscal year (October to September)"
    last_month = (first_month - 2) % 12 + 1
    name = next(word for word, number in lx.MONTHS.items() if number == last_month)
    return point, f"a fiscal year ending in {name.capitalize()}, as the text says"


_FISCAL_BOUNDARY = re.compile(
    r"fiscal\s+(?:year\s+)?(?:(?:19|20)\d\d\s*)?,?\s*(?:that\s+|which\s+)?(?:(?:will\s+)?(?:"
    r"(?P<end>ends|ended|ending|end|closes|closed|closing)|(?P<begin>begins|began|beginning"
    r"|starts|started|starting)))\s+(?:on\s+|in\s+)?(?P<month>[a-z]{3,9})\.?"
    r"(?:\s+(?P<day>\d{1,2})(?!\d))?"
)


def _ends_or_begins_fiscal_years(m: re.Match[str], ctx: Context) -> bool:
    """Whether the month ``m`` names is the one a statement of the text's fiscal years
    says they end or begin in (the statement :func:`fiscal_first_month` reads)."""
    start = m.start("month")
    floor = max(0, start - 48)
    lowered = ctx.lowered
    if lowered is None:
        lowered, start, floor = ctx.text[floor : m.end()].lower(), start - floor, 0
    if lowered.find("fiscal", floor, start) < 0:  # the usual case, at the cost of a find
        return False
    return any(
        found.start("month") == start
        for found in _FISCAL_BOUNDARY.finditer(lowered, floor, start + len(m["month"]))
    )


def fiscal_first_month(lowered: str) -> int:
    """The first month of the fiscal years a text speaks of: the month after the one it
    says they end in ("the company's fiscal year ends Jan. 31", "fiscal 2024 ended June
    30", "whose fiscal year ends in March"), or the one it says they begin in; the US
    federal October otherwise. One statement for the whole text, read before the scan (it
    often comes after the year)."""
    if "fiscal" not in lowered:
        return lx.FISCAL_YEAR_FIRST_MONTH
    for found in _FISCAL_BOUNDARY.finditer(lowered):
        key = found["month"]
        month_number = lx.MONTHS.get(key) or lx.MONTH_ABBREVIATIONS.get(key)
        if month_number is None:
            continue
        day_number = int(found["day"]) if found["day"] else None  # "ends in March"
        if found["end"] and (day_number is None or day_number >= 28):
            return month_number % 12 + 1
        if found["begin"] and day_number in (None, 1):
            return month_number
    return lx.FISCAL_YEAR_FIRST_MONTH


def fiscal_year_began(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the fiscal year that began October 1": twelve months from that day."""
    if not is_capitalised(m["month"]) or ctx.reference is None:
        return None
    month_number, day_number = month_of(m["month"]), int(m["day"])
    if m["year"]:
        start = cal.safe_date(int(m["year"]), month_number, day_number)
    else:
        future = m["verb"].lower().startswith(("begins", "will", "starts"))
        start = nearest_day(
            month_number,
            day_number,
            ctx.reference,
            Direction.FUTURE if future else Direction.PAST,
        )
    if start is None:
        return None
    end = start + relativedelta(years=1, days=-1)
    point = Point(f"{end.year:04d}", Interval(start, end), Precision.SPAN)
    why = f"twelve months from {start.isoformat()}, {ctx.ref_label()}"
    return dated(point, why, Anchor.PUBLISHED)


def era_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "AD 79" (0079), "480 BC" (BC0480: before year 1, no calendar interval)."""
    number = int(m["year"] or m["year2"])
    era_text = m["era"] or m["era2"]
    if not era_text.isupper():
        return None  # "ad", "bc" in running text
    era = era_text.lower()
    if lx.ERA_WORDS.get(era, 1) < 0:
        return Reading(
            TimexType.DATE,
            f"BC{number:04d}",
            "a year before the common era (no calendar interval)",
            precision=Precision.YEAR,
            anchor=Anchor.ABSOLUTE,
            moves_narrative=False,
        )
    if not 1 <= number <= cal.MAX_YEAR:
        return None
    return dated(cal.year(number), "a year of the common era", Anchor.ABSOLUTE)


def decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["cent"]:
        first_year = int(m["cent"]) * 100 + int(m["dec"]) * 10
    elif m["dec2"]:
        first_year = four_digit_year(m["dec2"] + "0", None)
    else:
        first_year = 1900 + 10 * lx.DECADE_WORDS[m["decword"].lower()]
    reading = dated(cal.decade(first_year), "a decade", Anchor.ABSOLUTE)
    return with_mod(reading, position_mod(m))


def century(m: re.Match[str], ctx: Context) -> Reading | None:
    number = int(m["cnum"]) if m["cnum"] else ordinal_of(m["cword"])
    if not number or number > 21:
        return None
    return with_mod(dated(cal.century(number), "a century", Anchor.ABSOLUTE), position_mod(m))


# ------------------------------------------------------------------ quarters, halves


def _reporting_quarter(ctx: Context) -> Point | None:
    """The quarter the story reports on: the one last named, else the last one completed."""
    if ctx.narrative.quarter is not None:
        return ctx.narrative.quarter
    if ctx.reference is None:
        return None
    return cal.at_precision(ctx.reference - relativedelta(months=3), Precision.QUARTER)


def looking_back(reading: Reading) -> Reading:
    """A comparison with an earlier time ("a year earlier"): it does not move the story."""
    return reading._replace(moves_narrative=False)


def ordinal_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the third quarter", "fourth-quarter", "the 1988 second quarter", "Q2 2023", "H1"."""
    unit = (_group(m, "unit") or "quarter").lower()
    n = int(m["qn"]) if _group(m, "qn") else ordinal_of(m["ord"])
    if n is None:
        return None
    reading = _ordinal_quarter(m, ctx, unit, n)
    if reading is not None and _group(m, "det") and "-" in (_group(m, "hyphen") or ""):
        return reading._replace(skip=m.start("det") + len(m["det"]) + 1 - m.start())
    return reading


def _ordinal_quarter(m: re.Match[str], ctx: Context, unit: str, n: int) -> Reading | None:
    make = cal.quarter if unit.startswith(("quarter", "q")) else cal.half
    unit = "quarter" if make is cal.quarter else "half"  # the word, not "q" or "h" of "Q1"
    if n > (4 if make is cal.quarter else 2):
        n = 4 if make is cal.quarter else 2
    year_text = _group(m, "year") or _group(m, "year1")
    if year_text:
        point = make(int(year_text), n)
        return dated(point, f"a {unit} of a given year", Anchor.ABSOLUTE)
    short = _group(m, "short")
    if short:
        point = make(four_digit_year(short, ctx.reference), n)
        return dated(point, f"a {unit} of a given year", Anchor.ABSOLUTE)
    if ctx.reference is None:
        return None
    rel = (_group(m, "relyear") or "").lower()
    if rel:
        offset = {"this": 0, "last": -1, "next": 1}[rel]
        point = make(ctx.reference.year + offset, n)
        return dated(point, f"{rel} year's {unit}, {ctx.ref_label()}", Anchor.PUBLISHED)
    if _group(m, "yago"):
        current = _reporting_quarter(ctx)
        base_year = current.first.year if current else ctx.reference.year
        point = make(base_year - 1, n)
        return looking_back(dated(point, "the same period a year before", Anchor.NARRATIVE))
    ended = _quarter_ended(m, ctx) if make is cal.quarter else None
    if ended is not None and ended.first.year in (ctx.reference.year, ctx.reference.year - 1):
        # "its fourth quarter ended Sept. 30": a fiscal quarter; TIMEX3 keeps its number,
        # the calendar days are the three months that ended on that day
        label = make(ended.first.year, n).value
        why = f"a {unit} that ended about {ended.last.isoformat()}"
        return dated(ended, why, Anchor.PUBLISHED, value=label)
    point = make(ctx.reference.year, n)
    if point.first > ctx.reference:
        reports_on_it = _next_word(ctx, m) in lx.RESULTS_NOUNS  # "fourth-quarter results"
        if not reports_on_it and ctx.direction(m) is Direction.FUTURE:
            # "expected to close in the fourth quarter"
            why = f"this year's {unit}, still ahead of {ctx.ref_label()}"
            return dated(point, why, Anchor.PUBLISHED)
        point = make(ctx.reference.year - 1, n)
    return dated(point, f"the latest such {unit} begun by {ctx.ref_label()}", Anchor.PUBLISHED)


def _next_word(ctx: Context, m: re.Match[str]) -> str:
    """The word right after the match, lower-cased, without the hyphen that joins it
    ("2019-model": "model") nor a closing period or comma ("" at other punctuation)."""
    found = _NEXT_WORD.match(ctx.text, m.end())
    return found.group(1).lower().strip(".,-") if found else ""


_ENDED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?"
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?!\d)"
)


def _quarter_ended(m: re.Match[str], ctx: Context) -> Point | None:
    """The quarter of "the quarter ended Sept. 30": the one that ends about that day."""
    found = _ENDED.match(ctx.text, m.end())
    if found is None or ctx.reference is None:
        return None
    key = found["month"].lower()
    if key not in lx.MONTHS and key not in lx.MONTH_ABBREVIATIONS:
        return None
    end = nearest_day(month_of(key), int(found["day"]), ctx.reference, Direction.PAST)
    if end is None:
        return None
    return cal.at_precision(end - timedelta(days=45), Precision.QUARTER)


def this_quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the quarter", "the latest quarter", "the year-ago quarter", "the 1988 period",
    "the same period of 2023" (the quarter reported on, in that year)."""
    rel = (_group(m, "rel") or "").lower()
    year_text = _group(m, "year") or _group(m, "ofyear")
    current = _reporting_quarter(ctx)
    if current is None:
        return None
    ended = _quarter_ended(m, ctx)
    if ended is not None and not year_text and not rel.startswith(("year", "comparable", "corr")):
        return dated(ended, "the quarter that ended on the day given", Anchor.PUBLISHED)
    if year_text:
        point = cal.quarter(int(year_text), (current.first.month - 1) // 3 + 1)
        return dated(point, "the reporting quarter in that year", Anchor.NARRATIVE)
    rel = re.sub(r"\s+", " ", rel)
    a_year_before = _group(m, "lastyears") or _group(m, "ayearago")
    if a_year_before or rel in (
        "year-ago",
        "year-earlier",
        "comparable",
        "comparable year-ago",
        "corresponding",
        "prior-year",
        "year-before",
    ):
        point = cal.shift(current, relativedelta(years=-1))
        why = f"the quarter a year before {current.value}"
        return looking_back(dated(point, why, Anchor.NARRATIVE))
    if (m["noun"] or "").lower() == "period" and not rel:
        return None
    if (
        m["det"]
        and m["det"].lower() == "this"
        and ctx.reference is not None
        and (ctx.narrative.quarter is None or ctx.direction(m) is Direction.FUTURE)
    ):
        # "this quarter" is the calendar's, unless results of a quarter are being told
        point = cal.at_precision(ctx.reference, Precision.QUARTER)
        return dated(point, f"the quarter of {ctx.ref_label()}", Anchor.PUBLISHED)
    if rel in ("previous", "prior", "preceding"):
        point = cal.shift(current, relativedelta(months=-3))
        return dated(point, f"the quarter before {current.value}", Anchor.NARRATIVE)
    if rel in ("current",) and ctx.reference is not None:
        point = cal.at_precision(ctx.reference, Precision.QUARTER)
        return dated(point, f"the quarter of {ctx.ref_label()}", Anchor.PUBLISHED)
    # a fiscal "fourth quarter ended Sept. 30" is named so once; "the quarter" after it is
    # the calendar quarter it covers
    calendar_quarter = cal.at_precision(current.first, Precision.QUARTER)
    return dated(calendar_quarter, "the quarter the story reports on", Anchor.NARRATIVE)


# --------------------------------------------------------------------------- seasons


_SEASON_PREPOSITIONS = frozenset(
    {
        "in",
        "during",
        "by",
        "since",
        "until",
        "through",
        "throughout",
        "the",
        "this",
        "of",
        "over",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "that",
    }
)
"""Words before a bare season name that make it a season ("to fall" is a verb)."""


_STORY_SEASON_STEPS = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


def _season_from_the_story(code: str, step: int, ctx: Context, mod: str | None) -> Reading | None:
    """ "the following spring": the first such season after the story's date ("In 1968,
    ... the following spring" is spring 1969); "the previous fall": the last before it."""
    story = ctx.narrative.point
    if story is None:
        return None  # no date told yet to count from
    if step > 0:
        point = cal.season(story.last.year, code)
        if point.first <= story.last:
            point = cal.season(story.last.year + 1, code)
        why = f"the first such season after {story.value}, where the story is"
    else:
        point = cal.season(story.first.year, code)
        if point.last >= story.first:
            point = cal.season(story.first.year - 1, code)
        why = f"the last such season before {story.value}, where the story is"
    return with_mod(dated(point, why, Anchor.NARRATIVE), mod)


def season(m: re.Match[str], ctx: Context) -> Reading | None:
    code = lx.SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (_group(m, "rel") or "").lower())
    year_text = _group(m, "year")
    mod = position_mod(m)
    if year_text:
        reading = dated(cal.season(int(year_text), code), "a season of a year", Anchor.ABSOLUTE)
        return with_mod(reading, mod)
    if ctx.reference is None:
        return None
    ref = ctx.reference
    if not rel and not mod and ctx.word_before(m) not in _SEASON_PREPOSITIONS:
        return None  # "prices fall", "spring water"
    if rel in _STORY_SEASON_STEPS:
        return _season_from_the_story(code, _STORY_SEASON_STEPS[rel], ctx, mod)
    if rel == "that" and ctx.word_before(m) in lx.COMPLEMENT_VERBS:
        return None  # "said that summer would be hotter": "that" opens what was said
    if rel == "that" or not rel:
        # "That spring", "by the fall": of the year the story tells of, when it tells of one
        year = ctx.framed_year(m)
        story = ctx.narrative.point
        if year is None and rel == "that" and story is not None:
            year = story.first.year if story.first.year == story.last.year else None
        if year is not None:
            point = cal.season(year, code)
            why = f"in {year}, the year the story tells of"
            return with_mod(dated(point, why, Anchor.NARRATIVE), mod)
        if rel == "that":
            return None  # no year told for "that" to point back to
    current = cal.season(ref.year, code)
    guessed = False  # a bare season's year is the engine's guess: it frames no story
    if rel in ("last", "this past", "past"):
        point = current if current.last < ref else cal.season(ref.year - 1, code)
        why = f"the latest such season before {ctx.ref_label()}"
    elif rel in ("next", "this coming", "coming"):
        point = current if current.first > ref else cal.season(ref.year + 1, code)
        why = f"the first such season after {ctx.ref_label()}"
    elif rel == "this":
        point = current if code != "WI" or ref.month == 12 else cal.season(ref.year - 1, code)
        if code == "WI" and ref.month >= 3:
            point = current
        why = f"that season in the year of {ctx.ref_label()}"
    else:
        past = current if current.first <= ref else cal.season(ref.year - 1, code)
        future = current if current.last >= ref else cal.season(ref.year + 1, code)
        back = max(0, (ref - past.last).days)
        ahead = max(0, (future.first - ref).days)
        side = choose(back, ahead, ctx.direction(m))
        point = past if side is Direction.PAST else future
        why = f"the nearest such season, {ctx.ref_label()}"
        guessed = True
    return with_mod(dated(point, why, Anchor.PUBLISHED), mod)._replace(states_year=not guessed)


# ----------------------------------------------------- relative to the publication date

_DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def relative_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """today, yesterday, tomorrow, tonight (+ "morning", "late yesterday")."""
    if ctx.reference is None:
        return None
    word = re.sub(r"\s+", " ", m["rel"].lower())
    d = ctx.reference + timedelta(days=_DAY_OFFSETS[word])
    why = f"{_DAY_OFFSETS[word]:+d} day from {ctx.ref_label()}".replace("+0 day from", "")
    if word == "today":
        why = ctx.ref_label()
    reading = dated(cal.day(d), why.strip(), Anchor.PUBLISHED)
    if word == "tonight":
        return dated(
            cal.day(d),
            f"tonight, {ctx.ref_label()}",
            Anchor.PUBLISHED,
            type_=TimexType.TIME,
            value=f"{d.isoformat()}TNI",
            precision=Precision.TIME,
        )
    mod = position_mod(m)
    if mod:
        return Reading(
            reading.type,
            reading.value,
            f"{_MOD_WORDS[mod]} {reading.why}",
            reading.point,
            reading.interval,
            reading.precision,
            reading.anchor,
            mod,
        )
    return _with_time_of_day(reading, _group(m, "pod"))


def part_of_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "this morning", "last night", "overnight", "the morning" (TIME with a day part)."""
    if ctx.reference is None:
        return None
    rel = (_group(m, "rel") or _group(m, "rel2") or "").lower()
    pod = m["pod"].lower()
    if not rel and pod != "overnight" and position_mod(m) is None:
        return None  # a bare "morning" is no date ("by mid afternoon" is)
    d = ctx.reference - timedelta(days=1) if rel in ("last", "yesterday") else ctx.reference
    why = f"{pod} of {d.isoformat()}"
    if rel in ("tomorrow",):
        d = ctx.reference + timedelta(days=1)
        why = f"{pod} of {d.isoformat()}"
    elif pod == "overnight" and not rel and ctx.direction(m) is not Direction.FUTURE:
        # a night is dated by its evening: "overnight" in Tuesday's report began on Monday
        d = ctx.reference - timedelta(days=1)
        why = f"the night before {ctx.ref_label()}, dated by its evening"
    code = lx.PARTS_OF_DAY[pod]
    mod = position_mod(m)
    return dated(
        cal.day(d),
        why,
        Anchor.PUBLISHED,
        type_=TimexType.TIME,
        value=f"{d.isoformat()}T{code}",
        precision=Precision.TIME,
        mod=mod,
    )


_PUBLISHED_OFFSETS = {
    "last": -1,
    "the last": -1,
    "the past": -1,
    "the latest": -1,
    "the full": 0,
    "past": -1,
    "this past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "this coming": 1,
    "coming": 1,
    "next": 1,
    "the coming": 1,
}
_NARRATIVE_OFFSETS = {
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
    "that": 0,
    "the same": 0,
    "the": 0,
}
_SO_FAR = frozenset({"so far this", "this", "so far"})


def relative_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "last month", "this week", "next year", "the following year", "that month"..."""
    unit = m["unit"].lower()
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    precision = unit_precision(unit)
    mod = position_mod(m)
    so_far = _group(m, "sofar")
    fiscal = (_group(m, "fiscal") or "").lower()
    if rel == "the" and not mod and not fiscal and unit not in ("weekend", "year"):
        return None  # "the month" alone is too vague to date
    if fiscal and unit != "year":
        return None
    if rel in ("the", "the full") and fiscal and _YEAR_AS_DURATION.match(ctx.text, m.end()):
        return undated(TimexType.DURATION, "P1Y", "a year-long period")
    if rel in ("the", "the full") and fiscal and ctx.reference is not None:
        point = cal.year(ctx.reference.year)
        reading = dated(point, f"the year of {ctx.ref_label()}", Anchor.PUBLISHED)
        return with_mod(reading, mod)
    if rel == "the latest" and unit == "year" and ctx.reference is not None:
        point = cal.year(ctx.reference.year - 1)
        return dated(point, f"the last full year before {ctx.ref_label()}", Anchor.PUBLISHED)
    if rel == "the" and unit == "weekend":
        if ctx.reference is None:
            return None
        point = _weekend_of(ctx.reference, ctx.direction(m))
        return dated(point, f"the weekend nearest {ctx.ref_label()}", Anchor.PUBLISHED)
    if rel == "the" and unit == "year" and not mod and ctx.reference is not None:
        return _the_year(m, ctx)
    if _group(m, "orso"):
        mod = "APPROX"
    if unit == "century" and rel in ("the past", "the last", "past", "last"):
        return undated(TimexType.DURATION, "P100Y", "the hundred years before publication")
    if unit in ("decade", "century") and ctx.word_before(m) in _SPAN_PREPOSITIONS and rel != "the":
        return undated(TimexType.DURATION, _duration_value(1, unit), f"a {unit}-long span")
    if rel in _NARRATIVE_OFFSETS:
        anchor_point = ctx.narrative.anchor
        if anchor_point is None:
            return None
        offset = _NARRATIVE_OFFSETS[rel]
        if offset == 0 and unit == "weekend":
            if anchor_point.precision.rank > Precision.WEEK.rank:
                return None
            point = cal.weekend(anchor_point.first)
            reading = dated(point, f"the weekend of {anchor_point.value}", Anchor.NARRATIVE)
        elif offset == 0:
            point = same(anchor_point, precision)
            if point is None:
                return None
            reading = dated(
                point, f"the {unit} the story is at ({anchor_point.value})", Anchor.NARRATIVE
            )
        else:
            reading = _units_from_the_story(unit, offset, anchor_point)
    else:
        if ctx.reference is None:
            return None
        offset = _PUBLISHED_OFFSETS[rel]
        ref = ctx.reference
        if unit == "weekend":
            base = ref + timedelta(weeks=offset)
            if offset < 0 and ref.weekday() == 6:
                base = ref
            point = cal.weekend(base)
        else:
            point = cal.at_precision(ref + unit_delta(unit, offset), precision)
        if offset == 0:
            why = f"the {unit} of {ctx.ref_label()}"
        else:
            why = f"the {unit} {'after' if offset > 0 else 'before'} {ctx.ref_label()}"
        reading = dated(point, why, Anchor.PUBLISHED)
        if so_far and offset == 0:
            return dated(
                point,
                f"{point.value} up to {ctx.ref_label()}",
                Anchor.PUBLISHED,
                interval=cal.up_to(point, ref),
            )
        earlier = (_group(m, "mod") or "").lower()
        if offset == 0 and earlier in ("earlier", "later"):
            if earlier == "earlier":
                interval = Interval(point.first, max(point.first, ref - timedelta(days=1)))
                mod_value = "START"
            else:
                interval = Interval(min(point.last, ref + timedelta(days=1)), point.last)
                mod_value = "END"
            return dated(
                point, f"{earlier} in {why}", Anchor.PUBLISHED, interval=interval, mod=mod_value
            )
    return with_mod(reading, mod)


_UNKNOWN_OF_PRECISION = {
    Precision.DAY: "XXXX-XX-XX",
    Precision.WEEK: "XXXX-WXX",
    Precision.MONTH: "XXXX-XX",
    Precision.QUARTER: "XXXX-QX",
    Precision.YEAR: "XXXX",
    Precision.DECADE: "XXX",
    Precision.CENTURY: "XX",
}
"""TIMEX3's value for a date whose unit is known but not which one it is."""


def unknown_unit(precision: Precision, why: str) -> Reading:
    """A date of a known unit but no known place ("XXXX-WXX"): read, dating no event."""
    return undated(TimexType.DATE, _UNKNOWN_OF_PRECISION.get(precision, "XXXX-XX-XX"), why)


def _units_from_the_story(unit: str, offset: int, anchor_point: Point) -> Reading:
    """``offset`` units after (before, when negative) the date the story is at: "the
    following month", "the week before".

    Only from a date at least as fine as the unit: after "In 2019, ...", "the following
    month" may be any month of 2019 or January 2020, and counting from 2019-01-01 would
    invent February. Such a mention keeps its place and type with an unknown value (TIMEX3
    "XXXX-XX"), so it dates no event, and its explanation says why.
    """
    precision = unit_precision(unit)
    side = "after" if offset > 0 else "before"
    if anchor_point.precision.rank > precision.rank:
        return unknown_unit(
            precision,
            f"the {unit} {side} {anchor_point.value}, where the story is: which {unit} is "
            f"unknown, the story's date gives no {precision.value}",
        )
    if unit == "weekend":  # the first weekend after the day (before: the last one before it)
        day_ = anchor_point.first
        later = offset > 0 and day_.weekday() < 5
        point = cal.weekend(day_ if later else day_ + timedelta(weeks=1 if offset > 0 else -1))
    else:
        point = cal.at_precision(anchor_point.first + unit_delta(unit, offset), precision)
    return dated(point, f"the {unit} {side} {anchor_point.value}", Anchor.NARRATIVE)


def unit_before_after(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the day before", "the week after", "the year before": "the previous day", "the
    following week" said the other way round, counted from the story's date.

    The rule only matches when nothing follows ("the day before the vote" counts from a
    vote the text may never date). "The year before last", "the week after next" count
    two units from the publication date.
    """
    unit, offset = m["unit"].lower(), -1 if m["dir"].lower() == "before" else 1
    if _group(m, "pair") is not None:
        if (
            ctx.reference is None
            or unit == "weekend"
            or (m["pair"].lower() == "last") != (offset < 0)
        ):
            return None  # "the year after last" says nothing clear
        precision = unit_precision(unit)
        point = cal.at_precision(ctx.reference + unit_delta(unit, 2 * offset), precision)
        side = "after" if offset > 0 else "before"
        why = f"two {unit}s {side} the {unit} of {ctx.ref_label()}"
        return dated(point, why, Anchor.PUBLISHED)
    anchor_point = ctx.narrative.anchor
    if anchor_point is None:
        return None
    return _units_from_the_story(unit, offset, anchor_point)


def _weekend_of(day_: date, toward: Direction) -> Point:
    """The weekend containing ``day_``, else the one before it or the one after it, as
    for a weekday (see ``choose``): on a Friday, with no tense cue, "ahead of the
    weekend" is the coming one."""
    if day_.weekday() >= 5:
        return cal.weekend(day_)
    since_sunday, to_saturday = day_.weekday() + 1, 5 - day_.weekday()
    if choose(since_sunday, to_saturday, toward) is Direction.FUTURE:
        return cal.weekend(day_)
    return cal.weekend(day_ - timedelta(days=7))


_SPAN_PREPOSITIONS = frozenset({"over", "during", "for", "throughout", "within"})
_YEAR_AS_DURATION = re.compile(r"\s+(?:ended|ending|ends|to|through)\b", re.IGNORECASE)


def _the_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the year": the year the story is in, or a year-long period ("the year ended June 30")."""
    if _YEAR_AS_DURATION.match(ctx.text, m.end()):
        return undated(TimexType.DURATION, "P1Y", "a year-long period")
    anchor_point = ctx.narrative.anchor
    if anchor_point is None:
        return None
    point = cal.at_precision(anchor_point.first, Precision.YEAR)
    return dated(point, f"the year the story is in ({anchor_point.value})", Anchor.NARRATIVE)


def ago(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "two years ago" (a year), "three weeks ago" (a week), "a year ago" (or the quarter)."""
    if ctx.reference is None:
        return None
    unit = unit_key(m["unit"])
    if m["num"] is None:  # "decades ago", "months ago"
        if ctx.text[m.end("unit") : m.end("unit") + 1].lower() not in ("s", "e"):
            return None  # "year ago" without a number is no expression
        return undated(TimexType.DATE, "PAST_REF", "an unspecified time ago")
    n = number_of(m["num"])
    qmod = lx.QUANTITY_MODS.get(re.sub(r"\s+", " ", (_group(m, "qmod") or "").lower()))
    if unit in ("hour", "minute", "second"):
        return None
    if n is None or n != int(n):
        return undated(TimexType.DATE, "PAST_REF", "an unspecified time ago", qmod)
    precision = unit_precision(unit)
    delta = unit_delta(unit, -int(n))
    if unit == "decade" or unit.startswith("centur"):
        precision = Precision.YEAR
    current = ctx.narrative.point
    if unit == "year" and current is not None and current.precision is Precision.QUARTER:
        point = cal.shift(current, delta)  # "a year ago" in quarterly results
        why = f"{current.value} a year before"
        return looking_back(dated(point, why, Anchor.NARRATIVE, mod=qmod))
    point = cal.at_precision(ctx.reference + delta, precision)
    return dated(point, f"{int(n)} {unit}(s) before {ctx.ref_label()}", Anchor.PUBLISHED, mod=qmod)


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


def earlier_later(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "two weeks later", "three days earlier", "a year before": from the narrative date."""
    anchor_point = ctx.narrative.anchor
    if anchor_point is None:
        return None
    unit = unit_key(m["unit"])
    n = number_of(m["num"])
    if unit in ("hour", "minute", "second") or n is None or n != int(n):
        return None
    if _THAN.match(ctx.text, m.end()):
        return None  # "a month earlier than usual" is a duration
    sign = 1 if m["dir"].lower() in ("later", "after", "afterward", "afterwards", "on") else -1
    delta = unit_delta(unit, sign * int(n))
    precision = unit_precision(unit)
    in_years = unit == "decade" or unit.startswith("centur")
    if in_years:
        precision = Precision.YEAR
    if ctx.narrative.point is None and sign > 0 and ctx.direction(m) is not Direction.FUTURE:
        # "Two weeks later, he resigned" before any date: later than something undated,
        # never after publication, where counting from it would put a past event
        why = f"{int(n)} {unit}(s) after a date the text does not give: which {unit} is unknown"
        return unknown_unit(precision, why)
    if ctx.narrative.point is None or in_years:
        # no date in the story yet: count from publication; "a decade earlier" than spring
        # 2016 is 2006, a year (no season or day a decade off is implied)
        point = cal.at_precision(anchor_point.first + delta, precision)
    elif precision.rank < anchor_point.precision.rank:
        return None  # "two weeks later" than "2019": which weeks, the text does not say
    else:
        point = shifted(anchor_point, delta, precision)
    side = "after" if sign > 0 else "before"
    qmod = lx.QUANTITY_MODS.get(re.sub(r"\s+", " ", (_group(m, "qmod") or "").lower()))
    why = f"{int(n)} {unit}(s) {side} {anchor_point.value}, where the story is"
    reading = dated(point, why, Anchor.NARRATIVE, mod=qmod)
    return reading if sign > 0 else looking_back(reading)


def year_ago_adjective(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "year-earlier", "year-ago": the reporting period a year before."""
    current = _reporting_quarter(ctx) if ctx.narrative.point is not None else None
    anchor_point = ctx.narrative.point or ctx.narrative.anchor
    if anchor_point is None:
        return None
    base = (
        current
        if current is not None and anchor_point.precision is Precision.QUARTER
        else anchor_point
    )
    if base.precision.rank < Precision.MONTH.rank:
        base = cal.at_precision(base.first, Precision.YEAR)
    point = cal.shift(base, relativedelta(years=-1))
    return looking_back(dated(point, f"a year before {base.value}", Anchor.NARRATIVE))


def anchored_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the next day", "the same day", "the following morning": from the narrative's day;
    "that night", "later that evening": the part of the narrative's day (2025-10-14TNI)."""
    anchor_point = ctx.narrative.anchor
    if anchor_point is None or anchor_point.precision.rank > Precision.DAY.rank:
        return None
    that_pod = m["that_pod"]
    if that_pod is not None:
        if ctx.narrative.point is None or ctx.word_before(m) in lx.COMPLEMENT_VERBS:
            return None  # no day told yet for "that" to point back to; "said that night ..."
        d = anchor_point.first
        why = f"that day, {anchor_point.value}, where the story is"
        return _with_time_of_day(dated(cal.day(d), why, Anchor.NARRATIVE), that_pod)
    word = m["rel"].lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[word]
    d = anchor_point.first + timedelta(days=offset)
    why = f"{offset:+d} day from {anchor_point.value}, where the story is"
    return dated(cal.day(d), why, Anchor.NARRATIVE)


def day_before_after(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the day before last Tuesday", "the day after March 3": that date, one day moved."""
    inner = weekday(m, ctx) if m["weekday"] else month_day(m, ctx)
    if inner is None or inner.point is None or inner.precision is not Precision.DAY:
        return None
    offset = -1 if m["dir"].lower() == "before" else 1
    d = inner.point.first + timedelta(days=offset)
    return dated(cal.day(d), f"the day {m['dir'].lower()} {inner.value}: {inner.why}", inner.anchor)


_PAIR_OPENING = re.compile(
    r"(?:^|[^\w.])(?P<month>[A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or|&)\s+$"
)


def paired_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "April 24 and 25": the second day of a pair takes the month (and year) of the first."""
    opening = _PAIR_OPENING.search(ctx.text, max(0, m.start() - 24), m.start())
    if opening is None:
        return None
    key = opening["month"].lower()
    if key not in lx.MONTHS and key not in lx.MONTH_ABBREVIATIONS:
        return None
    first = ctx.narrative.point
    if first is None or first.precision is not Precision.DAY:
        return None
    if first.first.month != month_of(opening["month"]):
        return None
    year_number = int(m["year"]) if m["year"] else first.first.year
    d = cal.safe_date(year_number, first.first.month, int(m["day"]))
    if d is None or d <= first.first:
        return None
    why = f"the second day of a pair, in the month of {first.value}"
    return dated(cal.day(d), why, Anchor.ABSOLUTE if m["year"] else Anchor.PUBLISHED)


# --------------------------------------------------------------------------- durations


_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}


def _duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT2H, PXM; a half goes to the next unit (P2Y6M, PT5H30M)."""
    letter, is_time, multiplier = lx.UNITS[unit]
    if n is None:
        if unit == "decade":
            return "PXE"
        if unit.startswith("centur"):
            return "PXC"
        return f"PTX{letter}" if is_time else f"PX{letter}"
    total = n * multiplier
    whole = int(total)
    if total == whole:
        return f"PT{whole}{letter}" if is_time else f"P{whole}{letter}"
    if is_time:
        small, per = {"H": ("M", 60), "M": ("S", 60)}.get(letter, ("S", 1))
        rest = round((total - whole) * per)
        return f"PT{whole}{letter}{rest}{small}" if whole else f"PT{rest}{small}"
    small, per = _SMALLER_UNIT.get(letter, (letter, 1))
    rest = round((total - whole) * per)
    if letter == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    return f"P{whole}{letter}{rest}{small}" if whole else f"P{rest}{small}"


_OF = re.compile(r"\s+of\b", re.IGNORECASE)


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _is_ordinal_second(m: re.Match[str], ctx: Context) -> bool:
    """ "a second" before a word that a duration is not followed by is the ordinal:
    "a second fab", "a second term" (but "wait a second.", "a second later", "a second
    or two"). Only "second" is both a unit and an ordinal."""
    if _group(m, "period"):
        return True  # "a second term"
    after = _WORD_AFTER.match(ctx.text, m.end())
    return after is not None and after.group(1).lower() not in lx.AFTER_A_DURATION


def duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "three years", "the past two months", "two-hour", "more than four hours"."""
    unit = unit_key(m["unit"])
    if unit not in lx.UNITS:
        return None
    num_text = m["num"]
    if ctx.word_before(m) in ("ages", "aged", "age"):
        return None  # "children ages 6 months and older"
    if unit == "quarter" and _OF.match(ctx.text, m.end()):
        return None  # "three-quarters of the vote"
    if unit == "second" and m["unit"].lower() == "second" and _is_ordinal_second(m, ctx):
        return None  # "a second fab", "a second term": the ordinal
    upto = _group(m, "upto")
    n = None if upto else number_of(num_text)  # "two to three weeks": no single count
    if (
        n is None
        and not upto
        and num_text.lower().strip()
        not in lx.VAGUE_NUMBERS
        | {
            "a few",
            "a couple",
        }
    ):
        return None
    if num_text.isdigit() and (ctx.text[max(0, m.start() - 1) : m.start()] in ("$", ".", ",")):
        return None
    if _group(m, "half") or _group(m, "half2"):
        n = (n or 0) + 0.5
    qmod_word = re.sub(r"\s+", " ", (_group(m, "qmod") or "").lower())
    mod = lx.QUANTITY_MODS.get(qmod_word)
    if _group(m, "orso"):
        mod = "APPROX"
    value = _duration_value(n, unit)
    words = re.sub(r"\s+", " ", m.group(0))
    reading = undated(TimexType.DURATION, value, f"a duration of {words}", mod)
    if _group(m, "period"):
        start = m.start("det") if _group(m, "det") else m.start("num")
        return reading._replace(skip=start - m.start())  # "a three-year period"
    if m.start("num") > m.start() and _is_adjective(m, n):
        return reading._replace(skip=m.start("num") - m.start())
    if qmod_word == "over" and _group(m, "det"):
        return reading._replace(mod=None, skip=m.start("det") - m.start())  # over the past year
    return reading


def _is_adjective(m: re.Match[str], n: float | None) -> bool:
    """ "a two-hour meeting", "a five year low": the expression qualifies a noun.

    Hyphenated ("two-hour"), or a singular unit after a plural number ("five year").
    """
    if "-" in (_group(m, "hyphen") or ""):
        return True
    plural = m.group(0)[m.end("unit") - m.start() :][:1].lower() in ("s", "e")
    return n is not None and n > 1 and not plural


def vague_duration(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "for years", "for decades": an unspecified number of units."""
    unit = unit_key(m["unit"])
    return undated(TimexType.DURATION, _duration_value(None, unit), "an unspecified duration")


# -------------------------------------------------------------------------- sets, refs


def set_word(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "daily", "quarterly" as adverbs; not the adjectives of "quarterly dividend"."""
    if ctx.word_before(m) in lx.SET_NOT_BEFORE:
        return None
    following = _NEXT_WORD.match(ctx.text, m.end())
    word = following.group(1) if following else ""
    if word.isalpha() and word.islower() and word not in lx.SET_FOLLOWERS:
        return None
    return undated(TimexType.SET, lx.SET_WORDS[m["setword"].lower()], "a frequency")


def rate(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "$500 million a year", "twice a year": a rate, TIMEX3 SET P1Y."""
    before = ctx.text[max(0, m.start() - 40) : m.start()].split()
    word = before[-1].lower() if before else ""
    counted = (
        word.endswith("s")
        and any(  # "four flights a week", "700 seats a week"
            w[:1].isdigit() or w.lower() in lx.NUMBER_WORDS for w in before[-4:-1]
        )
    )
    if word not in lx.PER_UNIT_BEFORE and not word[-1:].isdigit() and not counted:
        return None
    unit = m["unit"].lower()
    return undated(TimexType.SET, _duration_value(1, unit), f"once a {unit}")


def future_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "future quarters" (the future), "the coming years" (PXY, as TimeML has it)."""
    unit = unit_key(m["unit"])
    if m["which"].lower() == "future" or unit in ("month", "quarter"):
        return undated(TimexType.DATE, "FUTURE_REF", "the future")
    return undated(TimexType.DURATION, _duration_value(None, unit), "an unspecified coming span")


def year_end(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "year-end", "by year end": the end of the publication's year ("since": the last)."""
    if ctx.reference is None:
        return None
    since = ctx.word_before(m) == "since"
    point = cal.year(ctx.reference.year - 1 if since else ctx.reference.year)
    anchor_point = ctx.narrative.anchor
    if "of" in m.group(0).lower().split() and anchor_point is not None:
        point = cal.at_precision(anchor_point.first, Precision.YEAR)  # the story's year
    mod = "APPROX" if _group(m, "approx") else "END"
    reading = dated(point, f"the end of {point.value}, {ctx.ref_label()}", Anchor.PUBLISHED)
    return reading._replace(interval=cal.part(point, "END"), mod=mod)


_UNIT_AFTER = re.compile(r"\s+(?:years|people|men|dollars|miles|troops|times)\b", re.IGNORECASE)


def spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "nineteen ninety-six", "the year two thousand" (not "two thousand years")."""
    if _UNIT_AFTER.match(ctx.text, m.end()):
        return None
    if _group(m, "twothousand"):
        rest = _group(m, "rest2")
        number = 2000 + (int(number_of(rest) or 0) if rest else 0)
    else:
        hundreds = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m["century"].lower()]
        rest_value = number_of(m["rest"])
        if rest_value is None:
            return None
        number = hundreds + int(rest_value)
        if int(rest_value) < 10 and "hundred" not in m.group(0).lower():
            return None  # "twenty two" is a number
    return dated(cal.year(number), "a year written in words", Anchor.ABSOLUTE)


def month_of_spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "January nineteen ninety-seven", "the winter of nineteen ninety-four"."""
    year_reading = spelled_year(m, ctx)
    if year_reading is None or year_reading.point is None:
        return None
    year_number = year_reading.point.first.year
    if m["month"]:
        if not is_capitalised(m["month"]):
            return None
        point = cal.month(year_number, month_of(m["month"]))
        return dated(point, "a month of a year written in words", Anchor.ABSOLUTE)
    point = cal.season(year_number, lx.SEASONS[m["season"].lower()])
    return dated(point, "a season of a year written in words", Anchor.ABSOLUTE)


def week_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the week of March 6": the ISO week containing that day."""
    reading = month_day(m, ctx)
    if reading is None or reading.point is None:
        return None
    point = cal.week(reading.point.first)
    return dated(point, f"the week of {reading.point.value}", reading.anchor)


def every(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "every Monday", "each year", "every two weeks", "twice a year"."""
    if _group(m, "weekday"):
        wd = lx.WEEKDAYS[m["weekday"].lower()] + 1
        pod = _group(m, "pod")
        suffix = f"T{lx.PARTS_OF_DAY[pod.lower()]}" if pod else ""
        return undated(TimexType.SET, f"XXXX-WXX-{wd}{suffix}", "every such weekday")
    if _group(m, "month"):
        return undated(TimexType.SET, f"XXXX-{month_of(m['month']):02d}", "every such month")
    if _group(m, "pod2"):
        code = lx.PARTS_OF_DAY[m["pod2"].lower()]
        return undated(TimexType.SET, f"XXXX-XX-XXT{code}", "every such part of the day")
    if _group(m, "season"):
        return undated(TimexType.SET, "P1Y", "every season")
    unit = unit_key(m["unit"])
    if unit not in lx.UNITS:
        return None
    n = number_of(m["num"]) if _group(m, "num") else 1
    return undated(TimexType.SET, _duration_value(n, unit), "a frequency")


def reference_word(m: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    if word == "current" and not ctx.text[m.end() : m.end() + 2].startswith(" "):
        return None
    if word == "future" and ctx.word_before(m) not in ("in", "near", "for", "of", "foreseeable"):
        return None  # "future losses": an adjective
    value = lx.REFERENCE_WORDS[word]
    return undated(
        TimexType.DATE,
        value,
        {"PRESENT_REF": "the present", "PAST_REF": "the past"}.get(value, "the future"),
    )


def half_of_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "the first half of 1989", "the last half of the year"."""
    h = 1 if m["which"].lower() == "first" else 2
    if _group(m, "year"):
        return dated(cal.half(int(m["year"]), h), "a half of a given year", Anchor.ABSOLUTE)
    anchor_point = ctx.narrative.anchor
    if anchor_point is None:
        return None
    point = cal.half(anchor_point.first.year, h)
    return dated(
        point, f"a half of the year the story is in ({anchor_point.value})", Anchor.NARRATIVE
    )


def recent_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "recent years" (the recent past, as TimeML has it), "recent weeks" (PXW)."""
    unit = unit_key(m["unit"])
    if unit in ("year", "decade"):
        return undated(TimexType.DATE, "PAST_REF", "the recent past")
    return undated(TimexType.DURATION, _duration_value(None, unit), "an unspecified recent span")


# ------------------------------------------------------------------------------ times


def clock_time(m: re.Match[str], ctx: Context) -> Reading | None:
    """ "9:30 a.m. Wednesday", "10 p.m.", "noon Thursday", "5 p.m. EST Nov. 9"."""
    hour_text = _group(m, "hour")
    if hour_text is None:
        hour, minute = (12, 0) if m["named"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour = int(hour_text)
        minute = int(m["minute"]) if _group(m, "minute") else 0
        ampm = (_group(m, "ampm") or "").lower()
        if hour > 23 or minute > 59 or (ampm and not 1 <= hour <= 12):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    d: date | None = None
    anchor = Anchor.PUBLISHED
    if _group(m, "weekday") and ctx.reference is not None:
        toward = ctx.direction(m)
        d = nearest_weekday(lx.WEEKDAYS[m["weekday"].lower()], ctx.reference, toward)
    elif _group(m, "rel") and ctx.reference is not None:
        d = ctx.reference + timedelta(days=_DAY_OFFSETS[m["rel"].lower()])
    elif _group(m, "month"):
        if not is_capitalised(m["month"]) or ctx.reference is None:
            return None
        d = nearest_day(month_of(m["month"]), int(m["day"]), ctx.reference, ctx.direction(m))
    else:
        anchor_point = ctx.narrative.anchor
        if anchor_point is not None and anchor_point.precision.rank <= Precision.DAY.rank:
            d = anchor_point.first
            anchor = Anchor.NARRATIVE
        elif ctx.reference is not None:
            d = ctx.reference
    clock = f"{hour:02d}:{minute:02d}" if hour != 24 else "24"
    qmod = "APPROX" if (_group(m, "approx") or "").lower() in ("around", "about") else None
    if d is None:
        return undated(
            TimexType.TIME, f"XXXX-XX-XXT{clock}", "a time of day on an unknown day", qmod
        )
    return dated(
        cal.day(d),
        f"a time of day on {d.isoformat()}",
        anchor,
        type_=TimexType.TIME,
        value=f"{d.isoformat()}T{clock}",
        precision=Precision.TIME,
        mod=qmod,
    )
