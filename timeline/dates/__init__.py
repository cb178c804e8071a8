"""The date engine: find temporal expressions in prose and resolve them to TIMEX3 values.

Public entry point: :func:`extract_dates`, a pure function of (text, reference date).
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
