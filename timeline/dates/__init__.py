"""The date engine: find temporal expressions in prose and resolve them to TIMEX3 values.

Public entry points: :func:`extract_dates`, a pure function of (text, reference date), and
:func:`infer_reference`, the stand-in reference it uses when none is given.

How it is built (rules as data, HeidelTime-style):

* :mod:`~timeline.dates.lexicon` - the words of time as tables (months, weekdays, seasons,
  number words, units, modifiers, fiscal words, tense cues, not-a-date guards);
* :mod:`~timeline.dates.patterns` - regex fragments built from those tables;
* :mod:`~timeline.dates.rules` - the rule table: (name, pattern, resolver);
* :mod:`~timeline.dates.resolve` - the resolvers, small pure functions match -> value;
* :mod:`~timeline.dates.calendar` - calendar points (value + first/last day + precision)
  and their arithmetic (``dateutil.relativedelta``); its docstring states the calendar
  conventions (meteorological seasons, thirds for early/mid/late, ISO weeks, US federal
  fiscal years), also written for users in README "How dates are read";
* :mod:`~timeline.dates.context` - past or future for "May 3" / "Friday" (tense cues);
* :mod:`~timeline.dates.narrative` - the date the story is at, for "two weeks later";
* :mod:`~timeline.dates.engine` - the single linear scan that ties them together.
"""

from timeline.dates.engine import extract_dates, infer_reference
from timeline.dates.mention import Anchor, DateMention, Interval, Precision, TimexType

__all__ = [
    "Anchor",
    "DateMention",
    "Interval",
    "Precision",
    "TimexType",
    "extract_dates",
    "infer_reference",
]
