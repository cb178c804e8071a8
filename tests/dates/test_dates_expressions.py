"""Every expression form the engine promises, as a reader would check it.

Each row: a sentence, its publication date, the words the mention must cover, and what a
reader must see: the TIMEX3 value, the first and last day covered, the precision.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import DateMention, Precision, TimexType, extract_dates

PUB = date(2025, 4, 16)  # a Wednesday
D = Precision.DAY
W = Precision.WEEK
M = Precision.MONTH
Y = Precision.YEAR


def mention(text: str, phrase: str, reference: date | None = PUB, **kw: bool) -> DateMention:
    """The mention of ``text`` that covers exactly ``phrase``."""
    found = [m for m in extract_dates(text, reference, **kw) if m.text == phrase]
    assert found, f"{phrase!r} not read in {text!r}: {extract_dates(text, reference, **kw)}"
    return found[0]


def check(
    text: str, phrase: str, value: str, first: date, last: date, precision: Precision
) -> None:
    m = mention(text, phrase)
    assert (m.value, m.first, m.last, m.precision) == (value, first, last, precision)


ABSOLUTE = [
    (
        "It began on September 30, 2011.",
        "September 30, 2011",
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        D,
    ),
    (
        "It began on 30 September 2011.",
        "30 September 2011",
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        D,
    ),
    (
        "The deal closed Sept. 30.",
        "Sept. 30",
        "2024-09-30",
        date(2024, 9, 30),
        date(2024, 9, 30),
        D,
    ),
    (
        "The deal closed Sep 30th.",
        "Sep 30th",
        "2024-09-30",
        date(2024, 9, 30),
        date(2024, 9, 30),
        D,
    ),
    (
        "Filed 2011-09-30 in court.",
        "2011-09-30",
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        D,
    ),
    (
        "Filed 9/30/2011 in court.",
        "9/30/2011",
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        D,
    ),
    (
        "On Tuesday, March 14 the vote failed.",
        "Tuesday, March 14",
        "2023-03-14",
        date(2023, 3, 14),
        date(2023, 3, 14),
        D,
    ),
    ("Sales fell in March 2019.", "March 2019", "2019-03", date(2019, 3, 1), date(2019, 3, 31), M),
    ("Sales fell in 2019.", "2019", "2019", date(2019, 1, 1), date(2019, 12, 31), Y),
    (
        "Music of the 1980s.",
        "the 1980s",
        "198",
        date(1980, 1, 1),
        date(1989, 12, 31),
        Precision.DECADE,
    ),
    (
        "Born in the 19th century.",
        "19th century",
        "18",
        date(1800, 1, 1),
        date(1899, 12, 31),
        Precision.CENTURY,
    ),
    ("Rates rose by mid-2019.", "mid-2019", "2019", date(2019, 5, 1), date(2019, 8, 31), Y),
    ("It ended in late 2020.", "late 2020", "2020", date(2020, 9, 1), date(2020, 12, 31), Y),
    (
        "In the spring of 2011 they met.",
        "the spring of 2011",
        "2011-SP",
        date(2011, 3, 1),
        date(2011, 5, 31),
        Precision.SEASON,
    ),
    (
        "Profit rose in the third quarter.",
        "the third quarter",
        "2024-Q3",
        date(2024, 7, 1),
        date(2024, 9, 30),
        Precision.QUARTER,
    ),
    (
        "Revenue in Q2 2023 was flat.",
        "Q2 2023",
        "2023-Q2",
        date(2023, 4, 1),
        date(2023, 6, 30),
        Precision.QUARTER,
    ),
    (
        "The budget for fiscal 2024 grew.",
        "fiscal 2024",
        "2024",
        date(2023, 10, 1),
        date(2024, 9, 30),
        Precision.SPAN,
    ),
    (
        "The FY2025 budget grew.",
        "FY2025",
        "2025",
        date(2024, 10, 1),
        date(2025, 9, 30),
        Precision.SPAN,
    ),
    ("Vesuvius erupted in AD 79.", "AD 79", "0079", date(79, 1, 1), date(79, 12, 31), Y),
]


@pytest.mark.parametrize(("text", "phrase", "value", "first", "last", "precision"), ABSOLUTE)
def test_absolute_dates(
    text: str, phrase: str, value: str, first: date, last: date, precision: Precision
) -> None:
    if phrase == "Tuesday, March 14":
        m = mention(text, phrase, date(2023, 3, 20))
        assert (m.value, m.first, m.last, m.precision) == (value, first, last, precision)
        return
    check(text, phrase, value, first, last, precision)


def test_the_early_1990s_are_1990_to_1993() -> None:
    m = mention("Growth slowed in the early 1990s.", "the early 1990s")
    assert (m.value, m.mod, m.first, m.last) == (
        "199",
        "START",
        date(1990, 1, 1),
        date(1993, 12, 31),
    )


def test_late_2020_is_marked_end() -> None:
    assert mention("It ended in late 2020.", "late 2020").mod == "END"


def test_480_bc_has_a_value_but_no_calendar_interval() -> None:
    m = mention("Thermopylae was fought in 480 BC.", "480 BC")
    assert (m.value, m.interval, m.precision) == ("BC0480", None, Precision.YEAR)


def test_day_first_switch_reads_3_4_2020_as_3_april() -> None:
    assert mention("Signed 3/4/2020.", "3/4/2020").value == "2020-03-04"
    assert mention("Signed 3/4/2020.", "3/4/2020", day_first=True).value == "2020-04-03"


def test_the_fiscal_year_that_began_october_1() -> None:
    m = mention(
        "Seizures in the fiscal year that began October 1 rose.",
        "the fiscal year that began October 1",
    )
    assert (m.first, m.last) == (date(2024, 10, 1), date(2025, 9, 30))


RELATIVE = [
    # a day of a month and the year told relative to the publication: one date
    (
        "It happened on Sept. 12 last year.",
        "Sept. 12 last year",
        "2024-09-12",
        date(2024, 9, 12),
        date(2024, 9, 12),
        D,
    ),
    (
        "The vote is set for March 3 next year.",
        "March 3 next year",
        "2026-03-03",
        date(2026, 3, 3),
        date(2026, 3, 3),
        D,
    ),
    (
        "It opened on Dec. 2 of last year.",
        "Dec. 2 of last year",
        "2024-12-02",
        date(2024, 12, 2),
        date(2024, 12, 2),
        D,
    ),
    (
        "Officials said today that it ended.",
        "today",
        "2025-04-16",
        date(2025, 4, 16),
        date(2025, 4, 16),
        D,
    ),
    (
        "Officials said yesterday that it ended.",
        "yesterday",
        "2025-04-15",
        date(2025, 4, 15),
        date(2025, 4, 15),
        D,
    ),
    ("The vote is tomorrow.", "tomorrow", "2025-04-17", date(2025, 4, 17), date(2025, 4, 17), D),
    (
        "The report came out Monday.",
        "Monday",
        "2025-04-14",
        date(2025, 4, 14),
        date(2025, 4, 14),
        D,
    ),
    ("They met last Friday.", "last Friday", "2025-04-11", date(2025, 4, 11), date(2025, 4, 11), D),
    (
        "They meet next Tuesday.",
        "next Tuesday",
        "2025-04-22",
        date(2025, 4, 22),
        date(2025, 4, 22),
        D,
    ),
    ("Talks resumed this week.", "this week", "2025-W16", date(2025, 4, 14), date(2025, 4, 20), W),
    ("Talks resumed last week.", "last week", "2025-W15", date(2025, 4, 7), date(2025, 4, 13), W),
    (
        "Last month, the agency acted.",
        "Last month",
        "2025-03",
        date(2025, 3, 1),
        date(2025, 3, 31),
        M,
    ),
    ("Prices rose last year.", "last year", "2024", date(2024, 1, 1), date(2024, 12, 31), Y),
    ("Prices rose this year.", "this year", "2025", date(2025, 1, 1), date(2025, 12, 31), Y),
    ("Prices rose so far this year.", "so far this year", "2025", date(2025, 1, 1), PUB, Y),
    (
        "It opened earlier this month.",
        "earlier this month",
        "2025-04",
        date(2025, 4, 1),
        date(2025, 4, 15),
        M,
    ),
    (
        "It opens later this year.",
        "later this year",
        "2025",
        date(2025, 4, 17),
        date(2025, 12, 31),
        Y,
    ),
    ("It began two years ago.", "two years ago", "2023", date(2023, 1, 1), date(2023, 12, 31), Y),
    ("It began a decade ago.", "a decade ago", "2015", date(2015, 1, 1), date(2015, 12, 31), Y),
    ("It opens next month.", "next month", "2025-05", date(2025, 5, 1), date(2025, 5, 31), M),
    (
        "He told reporters last October.",
        "last October",
        "2024-10",
        date(2024, 10, 1),
        date(2024, 10, 31),
        M,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "value", "first", "last", "precision"), RELATIVE)
def test_relative_to_publication(
    text: str, phrase: str, value: str, first: date, last: date, precision: Precision
) -> None:
    check(text, phrase, value, first, last, precision)


def test_earlier_this_month_says_start() -> None:
    assert mention("It opened earlier this month.", "earlier this month").mod == "START"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She recently resigned.", "recently", "PAST_REF"),
        ("Prices are now falling.", "now", "PRESENT_REF"),
        ("He is currently abroad.", "currently", "PRESENT_REF"),
        ("The labs were easy to spot decades ago.", "decades ago", "PAST_REF"),
    ],
)
def test_reference_words_have_no_interval(text: str, phrase: str, value: str) -> None:
    m = mention(text, phrase)
    assert (m.value, m.interval, m.precision) == (value, None, Precision.NONE)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He testified on May 3.", "May 3", "2024-05-03"),
        ("He will testify on May 3.", "May 3", "2025-05-03"),
        ("The hearing was held Friday.", "Friday", "2025-04-11"),
        ("The hearing is scheduled for Friday.", "Friday", "2025-04-18"),
        ("The plant closed in January.", "January", "2025-01"),
        ("The plant will close in June.", "June", "2025-06"),
        # irregular past forms are past: not the deadline "until" further back
        (
            "With two months until the vote, she spent the weekend in Ohio.",
            "the weekend",
            "2025-W15-WE",
        ),
        ("Until then, they fought in May.", "May", "2024-05"),
        # a word in -ed after a determiner or "only" is an adjective, no past verb
        ("They will meet in their only televised debate on May 3.", "May 3", "2025-05-03"),
        ("The suit filed on May 3 was dismissed.", "May 3", "2024-05-03"),
        # a timetable in the present speaks of what is ahead, even when the past is nearer
        ("The law takes effect Jan. 1.", "Jan. 1", "2026-01-01"),
        ("The committee meets Monday.", "Monday", "2025-04-21"),
        ("Congress returns Monday from its recess.", "Monday", "2025-04-21"),
        ("The law, which took effect Jan. 1, is popular.", "Jan. 1", "2025-01-01"),
        ("They filed their returns on Monday.", "Monday", "2025-04-14"),  # a noun
        # a verb of expecting or forecasting speaks of what is ahead, as "will" does
        ("Officials expect a rebound in the summer.", "the summer", "2025-SU"),
        ("Sales are forecast to grow in the autumn.", "the autumn", "2025-FA"),
        ("Sales were forecast to grow in the autumn.", "the autumn", "2024-FA"),
        ("Analysts anticipate a deal in June.", "June", "2025-06"),
        # a clause of contrast after the date has a verb of its own
        (
            "Deliveries are expected to begin in the third quarter, although officials"
            " cautioned that parts were short.",
            "the third quarter",
            "2025-Q3",
        ),
        (
            "Officials expect the wave to peak in the fall, but warned it was early.",
            "the fall",
            "2025-FA",
        ),
        # the past perfect is past, even after "been" and a deadline's "by"
        ("By the fall, she had been moved to another job.", "the fall", "2024-FA"),
        ("In 2016, the trial ended. By the fall, she had been moved.", "the fall", "2016-FA"),
        ("By the fall, the plant will have been closed.", "the fall", "2025-FA"),
        ("By Friday, the vote has been delayed.", "Friday", "2025-04-18"),
        # a reporting verb and where it was said date the saying: "said in a statement"
        (
            "The firm said in a statement Monday night that it would appeal.",
            "Monday night",
            "2025-04-14TNI",
        ),
        ("He told reporters at a news conference Monday that he will run.", "Monday", "2025-04-14"),
        # a relative clause has its own verb: the main clause's cue does not reach into it
        (
            "The spending plan, which the mayor first proposed in March, is larger.",
            "March",
            "2025-03",
        ),
        ("The tax plan, which the council adopted in June, will cost more.", "June", "2024-06"),
        # a participle after "if" or "unless" is a condition, no past
        ("She said she would repeal it if elected in November.", "November", "2025-11"),
        # a coordinated clause after the date does not outweigh the cue before it
        (
            "It approved a bonus, payable in the first week of August, and froze hiring.",
            "August",
            "2025-08",
        ),
        (
            "The deal was struck with the union in June, which will allow more flights.",
            "June",
            "2024-06",
        ),
    ],
)
def test_month_day_and_weekday_follow_the_tense(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # a day that names an event is that event's day, not the nearest such day
        ("The Sept. 11 attacks reshaped the agency.", "Sept. 11", PUB, "2001-09-11"),
        ("Since 9/11, the agency has grown.", "9/11", PUB, "2001-09-11"),
        ("It was the worst since the September 11 terrorist attacks.", "September 11", PUB,
         "2001-09-11"),
        ("The Jan. 6 committee subpoenaed him.", "Jan. 6", PUB, "2021-01-06"),
        ("He was charged over the Jan. 6 Capitol riot.", "Jan. 6", PUB, "2021-01-06"),
        ("Since the Oct. 7 Hamas attack, talks stalled.", "Oct. 7", PUB, "2023-10-07"),
        # any other day, a day with a preposition, or one read before the event: a day
        ("The April 8 strike killed two.", "April 8", PUB, "2025-04-08"),
        ("On Sept. 11, officials met.", "Sept. 11", PUB, "2024-09-11"),
        ("On Sept. 11 attacks resumed.", "Sept. 11", PUB, "2024-09-11"),
        ("The Sept. 11 attack on the base failed.", "Sept. 11", date(2000, 10, 1), "2000-09-11"),
    ],
)  # fmt: skip
def test_a_day_that_names_an_event_is_in_its_year(
    text: str, phrase: str, reference: date, value: str
) -> None:
    assert mention(text, phrase, reference).value == value


def test_a_day_that_names_an_event_does_not_move_the_story() -> None:
    text = "On March 3, 2019, a panel set up after the Sept. 11 attacks met. The next day it voted."
    assert mention(text, "Sept. 11").value == "2001-09-11"
    assert mention(text, "The next day").value == "2019-03-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The shelter closed at Christmas.", "Christmas", "2024-12-25"),
        ("Thanksgiving was quiet.", "Thanksgiving", "2024-11-28"),  # the 4th Thursday
        ("Memorial Day 2023 was wet.", "Memorial Day 2023", "2023-05-29"),  # the last Monday
        ("They met on Labor Day 2019.", "Labor Day 2019", "2019-09-02"),
        # the Tuesday after the first Monday of November: Nov. 2 to 8
        ("He won on Election Day.", "Election Day", "2024-11-05"),
        ("Election Day 2020 was calm.", "Election Day 2020", "2020-11-03"),
        ("Election Day 2022 was calm.", "Election Day 2022", "2022-11-08"),
        ("Voters will go to the polls on Election Day.", "Election Day", "2025-11-04"),
    ],
)
def test_holidays_fall_on_their_day(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase).value == value


NARRATIVE = "On March 3, 2020, the company sued. {} it settled."


def test_a_guessed_year_sets_no_year_for_the_story() -> None:
    """ "By Christmas" is the nearest Christmas, 2024: it must not put the months that
    follow in 2024 ("mid-January" was read as January 2024, eleven months before it)."""
    text = (
        "By Christmas, Denver led the division. The streak peaked in mid-January, "
        "ended by Boston on Jan. 22. In February, the team slumped."
    )
    assert mention(text, "Christmas").value == "2024-12-25"
    assert mention(text, "mid-January").value == "2025-01"
    assert mention(text, "Jan. 22").value == "2025-01-22"
    assert mention(text, "February").value == "2025-02"


def test_a_stated_year_still_frames_and_the_explanation_names_what_is_cut() -> None:
    m = mention("In 2019, the firm grew. In mid-March, it fell.", "mid-March")
    assert m.value == "2019-03"
    assert "the middle of the month, in 2019" in m.explanation


def test_a_model_year_does_not_move_the_story() -> None:
    text = (
        "Agents raided the home on May 4, 2021, seizing a 2019-model car. "
        "She resigned the following month."
    )
    assert mention(text, "the following month").value == "2021-06"


@pytest.mark.parametrize(
    ("phrase", "value", "first", "last"),
    [
        ("Two weeks later", "2020-03-17", date(2020, 3, 17), date(2020, 3, 17)),
        ("Three days earlier", "2020-02-29", date(2020, 2, 29), date(2020, 2, 29)),
        ("The following year", "2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("The next day", "2020-03-04", date(2020, 3, 4), date(2020, 3, 4)),
        ("That month", "2020-03", date(2020, 3, 1), date(2020, 3, 31)),
        ("The same day", "2020-03-03", date(2020, 3, 3), date(2020, 3, 3)),
        ("That night", "2020-03-03TNI", date(2020, 3, 3), date(2020, 3, 3)),
        ("Later that evening", "2020-03-03TEV", date(2020, 3, 3), date(2020, 3, 3)),
        # "the UNIT before/after" with nothing after it (the comma is not the mention's)
        ("The day before,", "2020-03-02", date(2020, 3, 2), date(2020, 3, 2)),
        ("The week after,", "2020-W11", date(2020, 3, 9), date(2020, 3, 15)),
        ("The month before,", "2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("The year after,", "2021", date(2021, 1, 1), date(2021, 12, 31)),
        # March 3, 2020 is a Tuesday: the next weekend is that week's, the last one before
        # it the week before's
        ("The following weekend,", "2020-W10-WE", date(2020, 3, 7), date(2020, 3, 8)),
        ("The weekend before,", "2020-W09-WE", date(2020, 2, 29), date(2020, 3, 1)),
    ],
)
def test_anchored_relatives_count_from_the_story_not_the_publication(
    phrase: str, value: str, first: date, last: date
) -> None:
    m = mention(NARRATIVE.format(phrase), phrase.rstrip(","))
    assert (m.value, m.first, m.last) == (value, first, last)
    assert m.anchor == "narrative"


@pytest.mark.parametrize("fiscal", ["fiscal 2023", "FY2023", "FY23"])
def test_a_fiscal_year_sets_the_story_in_the_year_it_is_named_by(fiscal: str) -> None:
    text = f"It grew after 2015. It got a grant in {fiscal} and asked for more the following year."
    m = mention(text, "the following year")
    assert (m.value, m.first, m.last) == ("2024", date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Sunday Times reported the deal.", []),
        ("He watched Monday Night Football with The Sunday Telegraph.", []),
        ("On Sunday Trump spoke; on Sunday, Times Square was empty.", ["Sunday", "Sunday"]),
    ],
)
def test_a_weekday_that_opens_a_title_is_no_day(text: str, days: list[str]) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == days


def test_a_unit_before_or_after_something_named_is_not_counted_from_the_story() -> None:
    found = extract_dates(NARRATIVE.format("The day before the vote,"), PUB)
    assert [m.text for m in found] == ["March 3, 2020"]  # the vote's day is not known


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("The year before last", "2023"), ("the week after next", "2025-W18")],
)
def test_two_units_from_the_publication_date(phrase: str, value: str) -> None:
    assert mention(f"{phrase}, it settled.", phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # later than an event the text never dates: not after publication, in the past tense
        ("Two weeks later, he resigned.", "Two weeks later", "XXXX-WXX"),
        ("A decade later, the town had recovered.", "A decade later", "XXXX"),
        # a sentence about the future may count from publication; so may "earlier"
        ("Two weeks later, he will resign.", "Two weeks later", "2025-W18"),
        ("Three days earlier, he had quit.", "Three days earlier", "2025-04-13"),
    ],
)
def test_later_than_no_date_is_not_after_publication(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase).value == value


@pytest.mark.parametrize(
    ("phrase", "unknown"),
    [
        ("The following month", "XXXX-XX"),
        ("The next day", "XXXX-XX-XX"),
        ("The day before", "XXXX-XX-XX"),
        ("The previous week", "XXXX-WXX"),
        ("The following weekend", "XXXX-WXX"),
    ],
)
def test_no_finer_date_is_invented_from_a_year(phrase: str, unknown: str) -> None:
    """After "In 2019, ..." the following month may be any month of 2019 or January 2020:
    the mention is read, and dates nothing."""
    m = mention(f"In 2019, the company sued. {phrase}, it settled.", phrase)
    assert (m.value, m.interval) == (unknown, None)
    assert "unknown" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "He said that night falls early there.",  # "that" opens what was said
        "That night was the coldest he remembers.",  # no day told yet to point back to
    ],
)
def test_that_night_needs_a_day_to_point_back_to(text: str) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "In 2019 the river flooded. Officials said that summer would be hotter.",
            "summer",
            "2025-SU",
        ),
        (
            "In 2019 the river flooded. Experts warned that spring break could spread it.",
            "spring",
            "2025-SP",
        ),
    ],
)
def test_that_after_a_verb_of_saying_is_no_season_of_the_story(
    text: str, phrase: str, value: str
) -> None:
    # "that" opens what was said: no season of 2019 is told, only the bare season
    assert [(m.text, m.value) for m in extract_dates(text, PUB)][1:] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 2015 to 2018", [("2015", "2015"), ("2018", "2018")]),
        ("between March and May 2020", [("March", "2020-03"), ("May 2020", "2020-05")]),
        ("2019-2021", [("2019", "2019"), ("2021", "2021")]),
        ("from June 3 to June 7", [("June 3", "2024-06-03"), ("June 7", "2024-06-07")]),
        # the year of the range's end, written as relative to the publication or with "of"
        (
            "from Sept. 12 to Nov. 16 last year",
            [("Sept. 12", "2024-09-12"), ("Nov. 16 last year", "2024-11-16")],
        ),
        ("from March to May last year", [("March", "2024-03"), ("May last year", "2024-05")]),
        ("from March to May of 2023", [("March", "2023-03"), ("May of 2023", "2023-05")]),
    ],
)
def test_ranges_read_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.value) for m in extract_dates(f"It ran {text}.", PUB)]
    assert found == expected


def test_a_range_of_days_is_one_span() -> None:
    m = mention("The festival ran June 3-7, 2019.", "June 3-7, 2019")
    assert (m.first, m.last, m.precision) == (date(2019, 6, 3), date(2019, 6, 7), Precision.SPAN)


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("He served for three years.", "three years", TimexType.DURATION, "P3Y"),
        ("After a two-hour meeting, they left.", "two-hour", TimexType.DURATION, "PT2H"),
        ("It lasted more than four hours.", "more than four hours", TimexType.DURATION, "PT4H"),
        ("The shop closes every Monday.", "every Monday", TimexType.SET, "XXXX-WXX-1"),
        ("The ferry sails daily.", "daily", TimexType.SET, "P1D"),
        ("Dividends are paid quarterly.", "quarterly", TimexType.SET, "P1Q"),
    ],
)
def test_durations_and_sets(text: str, phrase: str, type_: TimexType, value: str) -> None:
    m = mention(text, phrase)
    assert (m.type, m.value, m.interval, m.precision) == (type_, value, None, Precision.NONE)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The raid began at 9:30 a.m. Wednesday.", "9:30 a.m. Wednesday", "2025-04-16T09:30"),
        ("The fire broke out Saturday night.", "Saturday night", "2025-04-12TNI"),
        ("The minister resigned this morning.", "this morning", "2025-04-16TMO"),
        # a night is dated by its evening: overnight before the report, or ahead in a plan
        ("Units shot down 12 drones overnight.", "overnight", "2025-04-15TNI"),
        ("Rain will fall overnight.", "overnight", "2025-04-16TNI"),
    ],
)
def test_times_of_day(text: str, phrase: str, value: str) -> None:
    m = mention(text, phrase)
    assert m.value == value
    assert m.first == date.fromisoformat(value[:10])


@pytest.mark.parametrize(
    "text",
    [
        "Agents seized 2,132 pounds of fentanyl.",
        "The agency installed 309 large-scale systems.",
        "They found nearly 1,700 pounds of meth.",
        "The drugs were worth $14 million.",
        "Trucks made 6 million crossings.",
        "Turnout rose 12 percent, or 2020 votes.",
        "Inflation hit 4.5%.",
        "The Mets earned a 4-3 win.",
        "They drove along Route 66.",
        "She bought an iPhone 15.",
        "The court read Section 230 narrowly.",
        "Officials may be tempted to act.",
        "Their organizations will march on.",
        "Will Smith arrived.",
        "August Wilson wrote plays.",
        "April Ryan asked a question.",
        "June said the talks had failed.",
        "Asked about it, April told reporters she would stay.",
        "The team scored 1999 points.",
        "Agents seized a 2019-model Lexus.",
        "He restored a 1967 model of the car.",
    ],
)
def test_not_dates(text: str) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Talks in March, May and June failed.", ["2025-03", "2024-05", "2024-06"]),
        ("May or June would suit the board.", ["2025-05", "2025-06"]),
        ("Officials met in February and March.", ["2025-02", "2025-03"]),
        ("May the best team win.", []),
        ("Sales fell in June, April said.", ["2024-06"]),  # April, the person
        ("In March. May May May be late?", ["2025-03"]),  # one word repeated lists nothing
        ("Officials may or may not agree.", []),
    ],
)
def test_may_and_march_in_a_list_of_months_are_months(text: str, months: list[str]) -> None:
    """Capitalised "May"/"March" beside another month is the month, not the verb."""
    assert [m.value for m in extract_dates(text, PUB)] == months


def test_explanation_says_how_the_value_was_reached() -> None:
    m = mention("Last month, the agency acted.", "Last month")
    assert m.explanation == "'Last month' -> 2025-03: the month before published 2025-04-16"


def test_a_year_keeps_year_precision() -> None:
    m = mention("In 2020, the law passed.", "2020")
    assert (m.first, m.last, m.precision) == (date(2020, 1, 1), date(2020, 12, 31), Y)


def test_meteorological_northern_seasons() -> None:
    m = mention("The winter of 2024 was mild.", "The winter of 2024")
    assert (m.first, m.last) == (date(2024, 12, 1), date(2025, 2, 28))


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod", "first", "last"),
    [
        (
            "It began in early December.",
            "early December",
            "2024-12",
            "START",
            date(2024, 12, 1),
            date(2024, 12, 10),
        ),
        (
            "Growth stalled in late 2018.",
            "late 2018",
            "2018",
            "END",
            date(2018, 9, 1),
            date(2018, 12, 31),
        ),
        (
            "Prices peaked by the end of the year.",
            "the end of the year",
            "2025",
            "END",
            date(2025, 9, 1),
            date(2025, 12, 31),
        ),
    ],
)
def test_timeml_values_with_mods(
    text: str, phrase: str, value: str, mod: str, first: date, last: date
) -> None:
    m = mention(text, phrase)
    assert (m.value, m.mod, m.first, m.last) == (value, mod, first, last)


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        (
            "Sales rose over the past three years.",
            "the past three years",
            TimexType.DURATION,
            "P3Y",
        ),
        ("Prices are now falling.", "now", TimexType.DATE, "PRESENT_REF"),
        ("Revenue rose 5% from a year earlier.", "a year earlier", TimexType.DATE, "2024"),
    ],
)
def test_timeml_types_and_values(text: str, phrase: str, type_: TimexType, value: str) -> None:
    m = mention(text, phrase)
    assert (m.type, m.value) == (type_, value)


def test_a_year_earlier_than_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Profit rose in the third quarter. A year earlier, it fell."
    assert mention(text, "A year earlier", date(1989, 11, 2)).value == "1988-Q3"


def test_a_fiscal_quarter_that_ended_on_a_day_covers_the_months_before_it() -> None:
    m = mention(
        "Net rose in its fourth quarter ended Sept. 30.", "fourth quarter", date(1989, 11, 2)
    )
    assert (m.value, m.first, m.last) == ("1989-Q4", date(1989, 7, 1), date(1989, 9, 30))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a plan word takes the tense of its auxiliary (PUB is Wednesday 2025-04-16)
        ("The vote is scheduled for Friday.", "Friday", "2025-04-18"),
        ("She is planning to testify on Monday.", "Monday", "2025-04-21"),
        ("The talks are set for Monday.", "Monday", "2025-04-21"),
        ("He was planning to leave on Monday.", "Monday", "2025-04-14"),
        ("Officials were scheduled to meet Monday.", "Monday", "2025-04-14"),
        ("Police set up roadblocks on Monday.", "Monday", "2025-04-14"),
    ],
)
def test_plans_point_the_way_their_auxiliary_does(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase).value == value


def test_a_deadline_is_the_nearer_day_whatever_the_verb() -> None:
    """A past verb dates the decision, not the deadline "by Jan. 14"."""
    text = "The agency decided the boy should go home by Jan. 14."
    assert mention(text, "Jan. 14", date(2000, 1, 5)).value == "2000-01-14"
    assert mention(text, "Jan. 14", date(2000, 3, 5)).value == "2000-01-14"


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # the preposition of a deadline is no tense cue of its own: the verb before it decides
        ("Officials postponed until Tuesday morning any action.", "Tuesday morning",
         date(2000, 3, 30), "2000-04-04TMO"),
        ("He remained in custody until Monday.", "Monday", date(2025, 4, 16), "2025-04-14"),
        # a new date given to a deadline: the past tense of "was extended" does not decide
        ("The offer was extended to Nov. 16.", "Nov. 16", date(1989, 10, 30), "1989-11-16"),
        ("The vote was postponed to March 3.", "March 3", date(2025, 4, 16), "2025-03-03"),
        # a date something is set for: the nearer, even with past verbs either side
        ("The judge set sentencing for June 20 and allowed her to remain free.", "June 20",
         date(2024, 3, 15), "2024-06-20"),
        ("The council scheduled a vote for Feb. 2.", "Feb. 2", date(2025, 1, 20), "2025-02-02"),
        # "preferred shares" is no past tense
        ("It will redeem its Series H preferred shares on Oct. 31.", "Oct. 31",
         date(1989, 10, 27), "1989-10-31"),
    ],
)  # fmt: skip
def test_deadlines_and_new_dates(text: str, phrase: str, published: date, value: str) -> None:
    assert mention(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # a plan told in the past tense leaves the nearer reading: the plan may still be ahead
        ("The accession was planned for early March.", "early March", date(1999, 2, 10),
         "1999-03"),
        ("They did not plan to remove him on Thursday.", "Thursday", date(2000, 3, 29),
         "2000-03-30"),
        ("The talks are supposed to conclude by May.", "May", date(1998, 3, 22), "1998-05"),
        # "the plan" is a noun: no plan of the verb
        ("The thrift announced the plan Aug. 21.", "Aug. 21", date(1989, 10, 27), "1989-08-21"),
    ],
)  # fmt: skip
def test_plans_told_in_the_past(text: str, phrase: str, published: date, value: str) -> None:
    assert mention(text, phrase, published).value == value


def test_the_quarter_of_results_is_the_calendar_quarter_reported() -> None:
    """After "its fourth quarter ended Sept. 30" (fiscal), "the latest quarter" and "this
    quarter's loss" are the calendar quarter those results cover, not the one published in."""
    text = (
        "Oshkosh said earnings for its fourth quarter ended Sept. 30 fell 50%. "
        "Travelers lost money in the latest quarter. This quarter's loss includes charges."
    )
    published = date(1989, 11, 2)
    assert mention(text, "fourth quarter", published).value == "1989-Q4"
    assert mention(text, "the latest quarter", published).value == "1989-Q3"
    assert mention(text, "This quarter", published).value == "1989-Q3"
    assert mention("Sales should rise this quarter.", "this quarter", published).value == (
        "1989-Q4"
    )


def test_the_day_before_a_weekday_or_a_date() -> None:
    assert mention("It began the day before last Tuesday.", "day before last Tuesday").value == (
        "2025-04-14"
    )
    assert mention("It rained the day after March 3.", "day after March 3").value == "2025-03-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on April 24 and 25.", [("April 24", "2024-04-24"), ("25", "2024-04-25")]),
        (
            "Talks on Sept. 3 and 4, 2019 failed.",
            [("Sept. 3", "2019-09-03"), ("4, 2019", "2019-09-04")],
        ),
        ("We saw 24 and 25 cars.", []),
    ],
)
def test_a_pair_of_days_gives_two_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in extract_dates(text, PUB)] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "first", "last"),
    [
        ("In fiscal 2024 sales rose.", "fiscal 2024", date(2023, 10, 1), date(2024, 9, 30)),
        (
            "The company's fiscal year ends Jan. 31. In fiscal 2024 sales rose.",
            "fiscal 2024",
            date(2023, 2, 1),
            date(2024, 1, 31),
        ),
        (
            "Sales in fiscal 2024 ended June 30 rose.",
            "fiscal 2024",
            date(2023, 7, 1),
            date(2024, 6, 30),
        ),
        (
            "Revenue fell in fiscal 2023, which ended Dec. 31. For fiscal 2024, it expects more.",
            "fiscal 2024",
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
        (
            "Its fiscal year begins July 1. FY25 was good.",
            "FY25",
            date(2024, 7, 1),
            date(2025, 6, 30),
        ),
    ],
)
def test_fiscal_years_end_where_the_text_says(
    text: str, phrase: str, first: date, last: date
) -> None:
    m = mention(text, phrase)
    assert (m.first, m.last) == (first, last)


def test_a_quarter_is_explained_in_words() -> None:
    assert mention("Results for Q1 2024 are due.", "Q1 2024").explanation.endswith(
        "a quarter of a given year"
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "January nineteen ninety-seven. Atlanta again.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "prices we saw in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
    ],
)
def test_months_and_seasons_of_years_in_words(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # an abbreviation's period ends no sentence: the past verb still counts
        ("Milley met Sen. Reed on Jan. 5.", "Jan. 5", date(2024, 12, 15), "2024-01-05"),
        ("He met U.S. officials on Jan. 5.", "Jan. 5", date(2024, 12, 15), "2024-01-05"),
        # hard-wrapped text: a single line break ends no sentence, a blank line does
        ("The judge, who had\nruled on Jan. 5, spoke.", "Jan. 5", date(2024, 12, 15),
         "2024-01-05"),
        ("The judge ruled.\n\nJan. 5 is the deadline.", "Jan. 5", date(2024, 12, 15),
         "2025-01-05"),
        # a reporting verb with "on" dates the report, whatever the quote says
        ('"We will win," he said on Nov. 1.', "Nov. 1", date(2024, 12, 15), "2024-11-01"),
        # a date that opens the sentence: its verb comes after an aside
        ("On March 3, the first day of the trial, the judge ruled against him.", "March 3",
         date(2024, 1, 5), "2023-03-03"),
        ("The merger is expected to close in the fourth quarter.", "the fourth quarter",
         date(2024, 4, 17), "2024-Q4"),
        ("The merger closed in the fourth quarter.", "the fourth quarter", date(2024, 4, 17),
         "2023-Q4"),
    ],
)  # fmt: skip
def test_the_tense_of_the_sentence_reaches_past_its_punctuation(
    text: str, phrase: str, published: date, value: str
) -> None:
    assert mention(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("published", "value"), [(date(2023, 3, 1), "2020-02-29"), (date(2025, 1, 1), "2024-02-29")]
)
def test_february_29_is_the_latest_leap_day(published: date, value: str) -> None:
    m = mention("The law took effect on February 29.", "February 29", published)
    assert (m.value, m.precision) == (value, Precision.DAY)


def test_a_finer_step_from_a_coarse_date_invents_no_date() -> None:
    """ "Two weeks later" than "2019": which weeks the text does not say."""
    found = extract_dates("The protests continued until 2019. Two weeks later, it voted.", PUB)
    assert [m.value for m in found if m.type is not TimexType.DURATION] == ["2019"]
    later = extract_dates("It began on March 3, 2019. Two weeks later, it voted.", PUB)
    assert [m.value for m in later] == ["2019-03-03", "2019-03-17"]


FRAMED = date(2025, 4, 16)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a sentence that opens on a past year frames the paragraph it is in
        ("In 2019, the firm grew. On May 3, it opened a plant.", "May 3", "2019-05-03"),
        ("In 2019, the firm grew. In June, it hired 50 people.", "June", "2019-06"),
        ("On March 12, 2021, agents raided it. On May 4 they left.", "May 4", "2021-05-04"),
        (
            "In 2019, the firm grew. Two weeks later it hired. On June 1 it fired.",
            "June 1",
            "2019-06-01",
        ),
        # a year met in passing frames nothing: news counts from the publication date
        ("Profits grew every year since 1980. In September, it bought a rival.", "September",
         "2024-09"),
        ("The firm was founded in 2019. On April 8, its chief testified.", "April 8",
         "2025-04-08"),
        # nor past the paragraph, nor in a sentence about the future
        ("In 2019, the firm grew.\n\nOn April 8, its chief testified.", "April 8", "2025-04-08"),
        ("In 2019, the firm grew. On May 3, it will open a plant.", "May 3", "2025-05-03"),
        # a date told from the publication date ends the frame
        ("In 2019, the firm grew. Last month it hired. On April 2 it fired.", "April 2",
         "2025-04-02"),
    ],
)  # fmt: skip
def test_a_past_year_frames_its_paragraph(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase, FRAMED).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a past date told from the publication date frames its paragraph as well
        ("In the second quarter, the firm cut jobs. Unions held a rally on May 18.", "May 18",
         "2024-05-18"),
        # a report on a quarter that has begun is of that quarter, though it comes later
        ("The company will report fourth-quarter results on Feb. 12.", "fourth-quarter",
         "2024-Q4"),
        ("The deal is expected to close in the fourth quarter.", "the fourth quarter",
         "2025-Q4"),
        ("Revenue rose in the third quarter, against a loss in the same period of 2023.",
         "the same period of 2023", "2023-Q3"),
    ],
)  # fmt: skip
def test_quarters_and_their_reports(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase, date(2025, 1, 28)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the future of reported speech
        ("The coach said the club would sign him on Monday.", "Monday", "2024-09-02"),
        # a possessive weekday names a thing of that day: the clause's tense does not date it
        ("He scored in the 87th minute of Sunday's 3-1 win.", "Sunday", "2024-08-25"),
        ("They said they would get around Wednesday's ruling.", "Wednesday", "2024-08-28"),
        ("Fans are waiting for Sunday's match.", "Sunday", "2024-09-01"),
    ],
)
def test_reported_futures_and_possessive_weekdays(text: str, phrase: str, value: str) -> None:
    assert mention(text, phrase, date(2024, 8, 30)).value == value


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("He left in March\n\n2019 was a hard year.", ["March", "2019"]),
        ("It closed on May\n\n5 people died.", ["May"]),
        ("It closed on May\r\n  \r\n5 people died.", ["May"]),
        ("On Sept.\n30, 2011, it ended.", ["Sept.\n30, 2011"]),  # a hard wrap is no break
    ],
)
def test_no_date_runs_across_a_blank_line(text: str, mentions: list[str]) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == mentions


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Her birthday was in August of last year.", "August of last year", "2024-08"),
        ("It opened in March of this year.", "March of this year", "2025-03"),
        (
            "In 1968, they met. Trials began the following spring.",
            "the following spring",
            "1969-SP",
        ),
        (
            "On March 3, 2020, it opened. The previous fall, it shut.",
            "The previous fall",
            "2019-FA",
        ),
        ("On July 3, 2020, it opened. The next winter was cold.", "The next winter", "2020-WI"),
    ],
)
def test_months_of_a_relative_year_and_seasons_from_the_story(
    text: str, phrase: str, value: str
) -> None:
    assert mention(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "durations"),
    [
        ("A second fab is due to open.", []),
        ("She won a second term.", []),
        ("He took a second look at it.", []),
        ("Wait a second.", ["a second"]),
        ("A second later, it blew.", ["A second"]),
        ("It took a second or two.", ["a second"]),
    ],
)
def test_a_second_before_a_noun_is_the_ordinal(text: str, durations: list[str]) -> None:
    found = [m.text for m in extract_dates(text, PUB) if m.type == "DURATION"]
    assert found == durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 19 19 19 19", []),
        ("Scores: 3 4 5 12 30", []),
        ("In 1961 20 people died.", ["1961"]),
        ("It ran on April 24 and 25 2019.", ["April 24", "25 2019"]),
        ("Rome fell in AD 72 12 times.", ["AD 72"]),
        ("The war of 1502-63 12 ships sailed.", ["1502", "63"]),
        ("It took 3 1/2 years.", ["3 1/2 years"]),
    ],
)
def test_numbers_in_a_row_start_no_date_but_what_they_end(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == expected


def test_a_fiscal_year_said_to_end_in_a_month_sets_the_fiscal_years_and_dates_nothing() -> None:
    text = "Helix, whose fiscal year ends in March, said fiscal 2026 revenue rose."
    fiscal = mention(text, "fiscal 2026")
    assert (fiscal.first, fiscal.last) == (date(2025, 4, 1), date(2026, 3, 31))
    march = mention(text, "March")
    assert (march.value, march.interval) == ("XXXX-03", None)


def test_the_end_of_a_fiscal_year_keeps_its_mod() -> None:
    m = mention("It should finish by the end of fiscal 2026.", "the end of fiscal 2026")
    assert (m.value, m.mod, m.first, m.last) == ("2026", "END", date(2026, 6, 1), date(2026, 9, 30))


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # "un...ed" is a negated participle, an adjective: no past verb
        ("The split would be paid on a still unspecified date in January.", "January",
         date(1989, 10, 26), "1990-01"),
        ("Holders of record Dec. 21 get a sum still undisclosed.", "Dec. 21",
         date(1989, 10, 26), "1989-12-21"),
        # ... but a verb that undoes is a past tense, and "under-" is no negation
        ("The police unveiled the plan Friday.", "Friday", date(2025, 4, 16), "2025-04-11"),
        ("The report understated losses Friday.", "Friday", date(2025, 4, 16), "2025-04-11"),
    ],
)  # fmt: skip
def test_negated_participles_tell_no_tense(
    text: str, phrase: str, published: date, value: str
) -> None:
    assert mention(text, phrase, published).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "published", "value"),
    [
        # a day or month modifying a noun: the verb dates the reason, not the deadline
        ("Meissner gave no reason for the Jan. 14 deadline.", "Jan. 14", date(2000, 1, 5),
         "2000-01-14"),
        ("By setting a Jan. 14 return date, the agency gave them time.", "Jan. 14",
         date(2000, 1, 6), "2000-01-14"),
        ("Critics attacked the March 3 vote.", "March 3", date(2025, 3, 10), "2025-03-03"),
        # a date heading its own phrase keeps the verb's tense
        ("They met on the Friday before the vote.", "Friday", date(2025, 4, 16), "2025-04-11"),
        ("Critics attacked the May 3 and May 5 votes.", "May 3", date(2025, 4, 16),
         "2024-05-03"),
        # a weekday keeps the verb's tense: the readings are days apart, not a year
        ("About 500 people attended a Sunday night memorial service.", "Sunday night",
         date(2025, 4, 19), "2025-04-13TNI"),
    ],
)  # fmt: skip
def test_a_date_modifying_a_noun_is_the_nearer_one(
    text: str, phrase: str, published: date, value: str
) -> None:
    assert mention(text, phrase, published).value == value


def test_a_forecast_quarter_does_not_become_the_quarter_reported() -> None:
    """Results are told of a quarter that is over: a later quarter in a forecast does not
    change what "the year-ago period" and "the latest quarter" count from."""
    text = (
        "Bethlehem posted a 54% drop in third-quarter profit. Analysts think steelmakers "
        "will report losses through the third quarter of 1990. In the year-ago period, "
        "Bethlehem earned $101 million. In the latest quarter, sales fell."
    )
    published = date(1989, 10, 26)
    assert mention(text, "the third quarter of 1990", published).value == "1990-Q3"
    assert mention(text, "the year-ago period", published).value == "1988-Q3"
    assert mention(text, "the latest quarter", published).value == "1989-Q3"
    # a story's first quarter is its quarter though it is not over: a preview
    preview = "Sales should rise in the fourth quarter. In the quarter, prices will fall."
    assert mention(preview, "the quarter", published).value == "1989-Q4"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # on a Friday with no tense cue the coming weekend is the nearer
        ("Traders are squaring positions ahead of the weekend.", date(1989, 10, 27),
         "1989-W43-WE"),
        ("Traders had chosen to square positions ahead of the weekend.", date(1989, 10, 27),
         "1989-W43-WE"),
        # a past verb, or an early weekday, gives the weekend just gone
        ("Protesters gathered over the weekend.", date(1989, 10, 27), "1989-W42-WE"),
        ("Over the weekend, many traders waited.", date(1989, 10, 24), "1989-W42-WE"),
    ],
)  # fmt: skip
def test_the_weekend_is_the_nearer_one_without_a_tense(
    text: str, published: date, value: str
) -> None:
    assert mention(text, "the weekend", published).value == value


def test_the_weekend_is_read_from_the_publication_date_as_a_weekday_is() -> None:
    """ "Over the weekend" in a Monday story is the weekend just gone, not the one near the
    last date the story told ("Aug. 7"): as "Monday" or "Friday" are."""
    text = "The embassy was bombed on Aug. 7. Evidence arrived over the weekend at the lab."
    found = mention(text, "the weekend", date(1998, 8, 17))
    assert (found.value, found.first, found.last) == (
        "1998-W33-WE",
        date(1998, 8, 15),
        date(1998, 8, 16),
    )
