"""Engine entry point (skeleton: the rules land in the next commits)."""

from __future__ import annotations

from datetime import date

from timeline.dates.mention import DateMention


def extract_dates(
    text: str, reference: date | None = None, *, day_first: bool = False
) -> tuple[DateMention, ...]:
    """Every temporal expression in ``text``, in text order, resolved against ``reference``.

    ``reference`` is the publication date; None means unknown (relative expressions are
    then resolved against a date inferred from the text and marked ``inferred``).
    ``day_first`` reads 3/4/2020 as 3 April instead of the US March 4.
    """
    return ()
