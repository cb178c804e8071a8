"""What kind of happening a dated clause reports, from one readable table of trigger words.

``KIND_TRIGGERS`` is the table: each kind lists base forms (verbs and nouns); inflections
("seize" -> "seized", "seizes", "seizing", "seizure" is listed itself) are generated, and
irregular forms are written out. Multi-word triggers ("step down", "sign into law") match
as phrases. A kind is chosen for one date mention of a sentence by :func:`choose_kind`:

1. The date's own phrase and comma segment first ("As the Journal *reported* Monday, ...",
   "an accountant who *died* in 2020", "her *retirement* in 2012", and the noun a date
   modifies: "the Sept. 11 *attacks*", "Monday's *vote*").
2. Then the main clause around the date (clauses end at ";", dashes and ", and"/", but"),
   preferring words outside subordinate phrases ("after the DEA's arrest of ...",
   "according to ...", "that ..."-complements, relative clauses) and outside quotations.
3. Generic kinds (statement, announcement, report) lose to specific ones at the same level:
   "Trump said the strike Monday killed..." is a strike more than a statement.
4. A verb of saying that only frames the dated happening is no trigger: "Residents said
   the river had flooded in late May" is not a statement of late May, nor is "The agency
   closed it in August, the company said."; "Rocha told reporters last October" is.
5. Nearer words win ties. With no trigger at all, a clause that reports a quantity
   ("6 million crossings", "14%") is a statistic; anything else is "other".

Capitalised words inside a sentence are names, never triggers ("Bill Barr", "Supreme
Court"); ``NOT_TRIGGERS`` and ``NOT_TRIGGER_PHRASES`` list look-alikes ("according",
"grew up").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from timeline.events.gazetteer import word_list
from timeline.events.sentences import clause_bounds

KINDS: tuple[str, ...] = (
    "designation", "testimony", "strike", "seizure", "arrest", "law", "ruling", "release",
    "extradition", "conviction", "sentencing", "statement", "report", "statistic", "meeting",
    "agreement", "election", "appointment", "resignation", "death", "attack", "launch",
    "announcement", "other",
)  # fmt: skip

# kind -> trigger words and phrases, comma-separated (base forms; irregular forms written out).
KIND_TRIGGERS: dict[str, str] = {
    "designation": (
        "designate, designation, labeled, labelled, blacklist, list as, declare a terrorist, "
        "sanction, sanctions"
    ),
    "testimony": (
        "testify, testimony, testified, depose, deposition, take the stand, took the stand"
    ),
    "strike": (
        "strike, struck, airstrike, air strike, drone strike, missile, bomb, bombing, "
        "bombard, shell, shelling, raid, drone, obliterate"
    ),
    "seizure": (
        "seize, seizure, confiscate, confiscation, intercept, impound, freeze, froze, "
        "frozen, forfeit, forfeiture, haul, bust"
    ),
    "arrest": (
        "arrest, detain, detention, capture, apprehend, indict, indictment, charged with, "
        "charges against, criminal charges, faces charges, pressed charges, custody"
    ),
    "law": (
        "pass a law, law, legislation, bill, enact, statute, decree, regulation, rules, "
        "amendment, sign into law, ratify, policy"
    ),
    "ruling": (
        "ruled, ruling, rule that, verdict, judgment, judge, court, overturn, uphold, fined, "
        "upheld, suspend, injunction, acquit, acquittal, dismiss, lawsuit, sue, cleared of, "
        "clear him, clear her, clear them"
    ),
    # people set free; "released" alone is too often a report, a film or heat
    "release": (
        "released from, release from, released on bail, was released, were released, "
        "been released, be released, free, freed, parole, pardon, acquitted, exonerate"
    ),
    "extradition": "extradite, extradition, deport, deportation, hand over",
    "conviction": "convict, conviction, plead guilty, pleaded guilty, found guilty",
    "sentencing": "sentence, sentencing, sent to prison, jail, imprison",
    "statement": (
        "say, said, tell, told, stated, statement, declare, vow, warn, claim, insist, "
        "deny, argue, interview, speech, remark, comment, write, wrote, express, speak, "
        "spoke"
    ),
    "report": (
        "report, briefing, assessment, study, paper, publish, article, investigation, "
        "inquiry, audit, document, reveal, disclose, findings"
    ),
    "statistic": (
        "statistics, data, figures, total, amount to, tally, revenue, income, profit, "
        "loss, rise, rose, fall, fell, grow, grew, grown, decline, percent"
    ),
    "meeting": (
        "meet, met, meeting, hearing, summit, talks, conference, visit, rally, ceremony, memorial, "
        "memorial service, funeral service, funeral, convene"
    ),
    "agreement": (
        "agree, agreement, deal, treaty, accord, contract, pact, settle, settlement, "
        "sign, signed, partnership"
    ),
    "election": (
        "elect, election, reelect, re-elect, vote, voted, ballot, referendum, poll, "
        "declared the winner, won the election, won the race, won the vote, defeat, concede"
    ),
    "appointment": (
        "appoint, appointment, name as, nominate, nomination, hire, join, take over, took "
        "over, sworn in, promote, inaugurate, inauguration, successor, take office, took "
        "office, taken office"
    ),
    "resignation": (
        "resign, resignation, step down, stepped down, quit, retire, retirement, oust, "
        "fire, dismissal, dismiss, sack, sacked"
    ),
    "death": (
        "die, died, death, dead, kill, killed, slain, assassinate, assassination, murder, "
        "execute, execution, pass away, passed away"
    ),
    "attack": (
        "attack, assault, ambush, shooting, shoot, shot, massacre, invade, invasion, plot, hijack"
    ),
    "launch": (
        "launch, founded, establish, open, opened, introduce, unveil, debut, go public, "
        "went public, ipo, roll out, set up in, was set up, were set up"
    ),
    "announcement": "announce, announcement, unveil, pledge, promise",
}

# Kinds a sentence often wraps around a more specific happening; they lose ties.
GENERIC_KINDS: frozenset[str] = frozenset({"statement", "announcement", "report", "statistic"})

# Words that open a subordinate phrase: its triggers describe background, not the event.
SUBORDINATORS: frozenset[str] = frozenset(
    word_list("""
    after before following amid despite since until unless because although though whereas
    if whether that which who whom whose where when while according including once
    """)
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_QUANTITY = re.compile(
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|tens)"
    r"\s*(?:%|percent|million|billion|trillion|thousand|pounds|tons|kilograms)"
    r"|\$\s?\d|\b\d{1,3}(?:,\d{3})+\b",
    re.IGNORECASE,
)


def _inflections(word: str) -> set[str]:
    """Regular English inflections of a verb or noun; enough for trigger matching."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "d"}
    if word.endswith("e"):
        forms |= {word[:-1] + "ing", word + "d", word + "s"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", word) and len(word) <= 4:
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


# Word forms that look like inflections of a trigger but are not ("according" != "accord").
NOT_TRIGGERS: frozenset[str] = frozenset(word_list("according accordingly lawful planned planning"))
# Phrases whose words would otherwise look like triggers ("grew up" is not a statistic).
NOT_TRIGGER_PHRASES: tuple[str, ...] = (
    "grow up", "grew up", "growing up", "grown up", "free of", "set up", "take part",
    "took part", "in charge", "at stake", "polled by", "cardiac arrest", "heart attack",
    "panic attack", "conference call", "meet the goal", "meet the goals", "meet the target",
    "meet the targets", "meet its target", "meet its targets", "meet demand", "meet the deadline",
    "meet expectations",
)  # fmt: skip


def _build_lexicon() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    single: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for phrase in NOT_TRIGGER_PHRASES:
        phrases[tuple(phrase.split())] = ""
    for kind, triggers in KIND_TRIGGERS.items():
        for trigger in triggers.split(","):
            words = tuple(trigger.split())
            if len(words) == 1:
                for form in _inflections(words[0]) - NOT_TRIGGERS:
                    single.setdefault(form, kind)
            else:
                for form in _inflections(words[0]):
                    phrases.setdefault((form, *words[1:]), kind)
    return single, phrases


_SINGLE, _PHRASES = _build_lexicon()
_MAX_PHRASE = max(len(p) for p in _PHRASES)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word found in a sentence: its kind and character span."""

    kind: str
    start: int
    end: int


@lru_cache(maxsize=256)
def find_triggers(sentence: str) -> tuple[Trigger, ...]:
    """Every trigger word or phrase of ``sentence``, in text order (phrases win).

    Cached: a sentence with several dates is asked once per date.
    """
    first_word = len(sentence) - len(sentence.lstrip(" “\"'‘("))
    words = [
        (m.group().casefold().replace("’", "'"), m.start(), m.end())
        for m in _WORD.finditer(sentence)
        # A capitalised word inside a sentence is a name ("Bill Barr", "Supreme Court").
        if m.group()[0].islower() or m.start() <= first_word
    ]
    found: list[Trigger] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_PHRASE, len(words) - i), 1, -1):
            key = tuple(w for w, _, _ in words[i : i + size])
            if key in _PHRASES:
                if _PHRASES[key]:  # "" marks a phrase that is no trigger at all
                    found.append(Trigger(_PHRASES[key], words[i][1], words[i + size - 1][2]))
                i += size
                break
        else:
            kind = _SINGLE.get(words[i][0])
            if kind:
                found.append(Trigger(kind, words[i][1], words[i][2]))
            i += 1
    return tuple(found)


def _comma_segments(sentence: str, left: int, right: int) -> list[tuple[int, int]]:
    inner = [left + m.end() for m in re.finditer(r",\s*", sentence[left:right])]
    return list(pairwise([left, *inner, right]))


def _quoted(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[“\"][^”\"]*[”\"]?", sentence)]


def _subordinate_from(sentence: str, seg_start: int, seg_end: int) -> int:
    """Where a subordinate phrase starts inside a comma segment (seg_end when none)."""
    for m in _WORD.finditer(sentence, seg_start, seg_end):
        if m.group().casefold() in SUBORDINATORS:
            return m.start()
    return seg_end


RELATIVE_PRONOUNS: frozenset[str] = frozenset(word_list("which who whom whose"))


def _relative_clause_of(
    sentence: str, segment: tuple[int, int], date_start: int
) -> tuple[int, int] | None:
    """The relative clause ("which ...", "who ...") of ``segment`` that holds the date, or
    None when the date is not in one."""
    opening = _subordinate_from(sentence, *segment)
    if opening > date_start:
        return None
    word = _WORD.match(sentence, opening)
    if word is None or word.group().casefold() not in RELATIVE_PRONOUNS:
        return None
    return opening, segment[1]


def choose_kind(sentence: str, date_start: int, date_end: int) -> str:
    """The kind of the happening the date at [date_start, date_end) of ``sentence`` anchors."""
    triggers = [t for t in find_triggers(sentence) if not (date_start <= t.start < date_end)]
    left, right = clause_bounds(sentence, date_start, date_end)
    quotes = _quoted(sentence)
    segments = _comma_segments(sentence, left, right)
    own = next(((s, e) for s, e in segments if s <= date_start < e), (left, right))
    relative = _relative_clause_of(sentence, own, date_start)
    if relative is not None:
        # "Halden Pay, which cut staff on Sept. 3, welcomed the ruling": the relative
        # clause tells what happened that day; the main clause's words do not.
        triggers = [t for t in triggers if relative[0] <= t.start < relative[1]]
    best: tuple[tuple[int, int, int], str] | None = None
    for trig in triggers:
        tier = _tier(sentence, trig, (date_start, date_end), own, (left, right), segments, quotes)
        if trig.kind == "statement" and _frames_the_date(sentence, trig, date_start, segments):
            continue  # "X said the reservoir was full in late May": the saying is not dated
        generic = 1 if trig.kind in GENERIC_KINDS else 0
        distance = min(abs(trig.start - date_end), abs(date_start - trig.end))
        key = (tier, generic, distance)
        if best is None or key < best[0]:
            best = (key, trig.kind)
    if best is not None and best[0][0] < 4:
        return best[1]
    if _QUANTITY.search(sentence, left, right):
        return "statistic"
    return best[1] if best is not None else "other"


# What may stand between a trigger and the date phrase it governs.
_ATTACHED = re.compile(
    r"\s+(?:(?:in|on|at|of|since|until|by|during|from|for|the|her|his|its|their|early|late)\s+)*"
)


# A date before the noun it modifies: "Monday's vote", "the Sept. 11 attacks" (the date
# after an article), with at most one adjective between ("the Oct. 7 deadly raid").
_POSSESSIVE_THEN_NOUN = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
_BLANK_THEN_NOUN = re.compile(r"\s+(?:[a-z-]+\s+)?")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)


def _modifies(sentence: str, date_span: tuple[int, int], noun_start: int) -> bool:
    """Whether the date stands before the word at ``noun_start`` as its modifier: then it
    dates that happening, not the verb of the clause ("said the Sept. 11 attacks...").
    Not a date in a phrase of its own: "the strike on Monday killed two"."""
    start, end = date_span
    if _POSSESSIVE_THEN_NOUN.fullmatch(sentence, end, noun_start):
        return True
    return (
        _BLANK_THEN_NOUN.fullmatch(sentence, end, noun_start) is not None
        and _ARTICLE_BEFORE.search(sentence, max(0, start - 5), start) is not None
    )


_CLAUSE_VERB = re.compile(
    r"\b(?:that|is|are|was|were|be|been|had|has|have|would|will|could|should|can|may|might"
    r"|did|does|do|[a-z]{3,}ed)\b"
)


def _frames_the_date(
    sentence: str, trig: Trigger, date_start: int, segments: Sequence[tuple[int, int]]
) -> bool:
    """A verb of saying that only reports the dated happening, not dated itself.

    "Residents said the reservoir had been full after rain in late May" (the date is deep
    in what was said) and "The agency closed it in August, Northwind said." (a closing
    attribution); but not "Rocha told reporters last October" nor "said Monday".
    """
    if trig.end <= date_start:
        # The date sits in a reported clause with its own verb: "said [the reservoir *had*
        # been full after rain in] late May", not "told [jurors in his closing argument on]".
        return _CLAUSE_VERB.search(sentence, trig.end, date_start) is not None
    last_start, last_end = segments[-1] if segments else (0, len(sentence))
    closing = (
        last_start <= trig.start < last_end and len(sentence[last_start:last_end].split()) <= 6
    )
    return closing and date_start < last_start


def _tier(
    sentence: str,
    trig: Trigger,
    own_date: tuple[int, int],
    own: tuple[int, int],
    clause: tuple[int, int],
    segments: Sequence[tuple[int, int]],
    quotes: Sequence[tuple[int, int]],
) -> int:
    """-1: the word the date phrase hangs on; 0: the date's own segment; 1: main clause;
    2: subordinate; 3: quoted; 4: else."""
    if any(s <= trig.start < e for s, e in quotes):
        return 3
    if trig.end <= own_date[0] and _ATTACHED.fullmatch(sentence, trig.end, own_date[0]):
        return -1  # "died in 2020", "her retirement in 2012", "said on Tuesday at the launch"
    if trig.start >= own_date[1] and _modifies(sentence, own_date, trig.start):
        return -1  # the date names the happening: "the Sept. 11 attacks", "Monday's vote"
    if not (clause[0] <= trig.start < clause[1]):
        return 4
    segment = next(((s, e) for s, e in segments if s <= trig.start < e), own)
    subordinate = trig.start >= _subordinate_from(sentence, *segment)
    if segment == own and not subordinate:
        return 0
    return 2 if subordinate else 1


def sentence_kind(sentence: str) -> str:
    """The kind a whole sentence reports, from its first specific trigger outside quotes."""
    quotes = _quoted(sentence)
    triggers = [t for t in find_triggers(sentence) if not any(s <= t.start < e for s, e in quotes)]
    specific = [t for t in triggers if t.kind not in GENERIC_KINDS]
    chosen = specific or triggers
    return chosen[0].kind if chosen else "other"


_BACK_REFERENCE = re.compile(r"\b(?:that|this|the|these|those)\s+([a-z]+)\b", re.I)


def referenced_kind(sentence: str) -> str | None:
    """The kind of a happening the sentence points back to: "With that seizure, ..."."""
    for m in _BACK_REFERENCE.finditer(sentence):
        kind = _SINGLE.get(m.group(1).casefold())
        if kind and kind not in GENERIC_KINDS and m.group(1).casefold() in _NOUN_TRIGGERS:
            return kind
    return None


# Trigger words that are nouns naming a happening ("that seizure", "the strike").
_NOUN_TRIGGERS: frozenset[str] = frozenset(
    word_list("""
    designation testimony hearing strike airstrike raid bombing seizure haul bust arrest
    detention capture indictment law legislation ruling verdict judgment release
    extradition deportation conviction sentence sentencing meeting summit agreement deal
    treaty election vote appointment resignation retirement death killing assassination
    attack assault shooting invasion launch recall
    """)
)
