"""Child process for the kill test: write a big export of synthetic events with the real exporter.

Run as ``python export_child.py TARGET FORMAT COUNT``. The events are built in code (not
analysed from text) so that the write, not the analysis, is what the parent interrupts.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from timeline.dates.mention import Precision
from timeline.io.export import export
from timeline.model.event import Actor, Event


def synthetic_events(count: int) -> list[Event]:
    """``count`` distinct, valid events spread over the calendar."""
    start = date(1990, 1, 1)
    actors = (Actor("Federal Reserve", "organization"), Actor("Jane Roe", "person"))
    events = []
    for i in range(count):
        day = start + timedelta(days=i % 12_000)
        sentence = f"On {day:%B} {day.day}, {day.year}, the committee met for session {i}."
        events.append(
            Event(
                id=f"e{i:06d}",
                date=day.isoformat(),
                first=day,
                last=day,
                precision=Precision.DAY,
                date_text=f"{day:%B} {day.day}, {day.year}",
                explanation=f"absolute date {day.isoformat()}",
                kind="meeting",
                actors=actors[: 1 + i % 2],
                summary=f"the committee met for session {i}",
                sentence=sentence,
                source=f"archive/article-{i // 50:05d}.txt",
                title=f"Article {i // 50}",
                offset=(i % 50) * 120,
                date_start=3,
                date_end=3 + len(f"{day:%B} {day.day}, {day.year}"),
            )
        )
    return events


def main() -> None:
    target, form, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    events = synthetic_events(count)
    print("ready", flush=True)  # the parent starts watching for the temporary file now
    export([], events, target, format=form, force=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
