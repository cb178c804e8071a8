"""Scoring extracted events against hand-written expectations (tests and bench/).

An expectations sidecar (``<article>.events.json``) lists, for one article, every event a
reader expects: its date value, its kind, one key actor (or null) and a fragment of its
sentence. An extracted event matches an expected one when the date values are equal and
the fragment occurs in the event's sentence; events are paired one to one. Recall is
matched / expected, precision matched / extracted. Kind and actor agreement are reported
over the matched pairs (an actor matches by name or alias, case-insensitively).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.model.event import Event


@dataclass(frozen=True, slots=True)
class ExpectedEvent:
    """One event a reader expects to find."""

    date: str
    kind: str
    actor: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class Score:
    """How a list of extracted events compares with the expected ones."""

    expected: int
    found: int
    matched: int
    kind_correct: int
    actors_expected: int
    actor_correct: int
    missed: tuple[ExpectedEvent, ...] = ()
    spurious: tuple[Event, ...] = ()

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.matched if self.matched else 0.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_correct / self.actors_expected if self.actors_expected else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.expected + other.expected,
            self.found + other.found,
            self.matched + other.matched,
            self.kind_correct + other.kind_correct,
            self.actors_expected + other.actors_expected,
            self.actor_correct + other.actor_correct,
            self.missed + other.missed,
            self.spurious + other.spurious,
        )


def articles_with_expectations(folder: Path) -> list[Path]:
    """Every article in ``folder`` (any input format) that has an ``.events.json`` sidecar,
    sorted by name."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and not path.name.endswith(".events.json")
        and expectations_path(path).is_file()
    )


def expectations_path(article: Path) -> Path:
    """``court-case.txt`` -> ``court-case.events.json``."""
    return article.with_name(article.stem + ".events.json")


def load_expected(path: Path) -> tuple[ExpectedEvent, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        ExpectedEvent(e["date"], e["kind"], e.get("actor"), e["sentence"]) for e in data["events"]
    )


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def has_actor(event: Event, name: str) -> bool:
    """Whether ``name`` is one of the event's actors (by name or alias, any case)."""
    wanted = name.casefold()
    return any(wanted in (n.casefold() for n in (a.name, *a.aliases)) for a in event.actors)


def score(events: Iterable[Event], expected: Sequence[ExpectedEvent]) -> Score:
    """Pair ``events`` with ``expected`` one to one on date value + sentence; count."""
    remaining = list(events)
    found = len(remaining)
    missed: list[ExpectedEvent] = []
    matched = kind_correct = actors_expected = actor_correct = 0
    for want in expected:
        fragment = _normal(want.sentence)
        hit = next(
            (e for e in remaining if e.date == want.date and fragment in _normal(e.sentence)),
            None,
        )
        if hit is None:
            missed.append(want)
            continue
        remaining.remove(hit)
        matched += 1
        kind_correct += hit.kind == want.kind
        if want.actor:
            actors_expected += 1
            actor_correct += has_actor(hit, want.actor)
    return Score(
        expected=len(expected),
        found=found,
        matched=matched,
        kind_correct=kind_correct,
        actors_expected=actors_expected,
        actor_correct=actor_correct,
        missed=tuple(missed),
        spurious=tuple(remaining),
    )
