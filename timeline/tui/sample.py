"""Sample events for the demo, the tests and the benchmark, built without the engine.

``sample_events()`` is a small, fixed, realistic timeline over two documents (dates at
every precision, several actors and kinds); ``synthetic_events(n)`` makes any number of
plausible events deterministically, to try the explorer at scale.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline.dates.mention import Precision
from timeline.io.document import DateStatus, Document
from timeline.model.event import Actor, Event

TRUMP = Actor("Donald Trump", "person", ("Trump", "President Donald Trump"))
DEA = Actor("DEA", "organization", ("Drug Enforcement Administration",))
CIA = Actor("CIA", "organization")
SHEINBAUM = Actor("Claudia Sheinbaum", "person", ("Sheinbaum",))
CIENFUEGOS = Actor("Salvador Cienfuegos", "person", ("Cienfuegos",))
JENKINS = Actor("Colby Jenkins", "person", ("Jenkins",))
OBAMA = Actor("Barack Obama", "person", ("Obama",))
SOLEIMANI = Actor("Qassem Soleimani", "person", ("Soleimani",))
AWLAKI = Actor("Anwar al-Awlaki", "person", ("al-Awlaki",))
CONGRESS = Actor("Congress", "organization")
MEXICO = Actor("Mexico", "place")

CARTELS = Document(
    text="",
    path="seeds/cipher-brief-cartels.txt",
    title="Can the CIA and U.S. military stop the Mexican cartels?",
    source="The Cipher Brief",
    published=date(2025, 4, 16),
    date_status=DateStatus.ESTIMATED,
)
BORDER = Document(
    text="",
    path="articles/border-policy.md",
    title="A decade of border policy",
    source="Example Review",
    published=date(2024, 11, 2),
    date_status=DateStatus.GIVEN,
)

# (date value, first, last, precision, date phrase, kind, actors, sentence, document)
_ROWS: tuple[tuple, ...] = (
    (
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        Precision.DAY,
        "September 30, 2011",
        "strike",
        (CIA, AWLAKI),
        "Famously, on September 30, 2011, U.S. drones controlled by the CIA killed Anwar "
        "al-Awlaki in Yemen's Jawf Province.",
        CARTELS,
    ),
    (
        "2011-09-30",
        date(2011, 9, 30),
        date(2011, 9, 30),
        Precision.DAY,
        "hours after",
        "statement",
        (OBAMA,),
        "President Barack Obama, speaking at a military ceremony hours after the strike, "
        "expressed no remorse.",
        CARTELS,
    ),
    (
        "2014",
        date(2014, 1, 1),
        date(2014, 12, 31),
        Precision.YEAR,
        "2014",
        "law",
        (CONGRESS,),
        "In 2014 Congress passed a border security bill that was never funded.",
        BORDER,
    ),
    (
        "2015/2018",
        date(2015, 1, 1),
        date(2018, 12, 31),
        Precision.SPAN,
        "from 2015 to 2018",
        "operation",
        (DEA, MEXICO),
        "Joint DEA operations in Mexico ran from 2015 to 2018 before they were suspended.",
        BORDER,
    ),
    (
        "2016-SU",
        date(2016, 6, 1),
        date(2016, 8, 31),
        Precision.SEASON,
        "summer of 2016",
        "seizure",
        (DEA,),
        "In the summer of 2016 agents seized four tonnes of methamphetamine near Tijuana.",
        BORDER,
    ),
    (
        "2018-Q3",
        date(2018, 7, 1),
        date(2018, 9, 30),
        Precision.QUARTER,
        "third quarter of 2018",
        "report",
        (DEA,),
        "Fentanyl seizures doubled in the third quarter of 2018, the DEA reported.",
        BORDER,
    ),
    (
        "FY2019",
        date(2018, 10, 1),
        date(2019, 9, 30),
        Precision.YEAR,
        "fiscal 2019",
        "budget",
        (CONGRESS,),
        "Congress set aside $1.4 billion for border barriers in fiscal 2019.",
        BORDER,
    ),
    (
        "2020-01-03",
        date(2020, 1, 3),
        date(2020, 1, 3),
        Precision.DAY,
        "January 3, 2020",
        "strike",
        (TRUMP, SOLEIMANI),
        "A Hellfire missile killed Qassem Soleimani at Baghdad International Airport on "
        "January 3, 2020, on the orders of President Donald Trump.",
        CARTELS,
    ),
    (
        "2020",
        date(2020, 1, 1),
        date(2020, 12, 31),
        Precision.YEAR,
        "In 2020",
        "arrest",
        (DEA, CIENFUEGOS),
        "In 2020, the DEA arrested former Mexican Secretary of Defense Salvador Cienfuegos.",
        CARTELS,
    ),
    (
        "2020",
        date(2020, 1, 1),
        date(2020, 12, 31),
        Precision.YEAR,
        "In 2020",
        "law",
        (MEXICO, DEA),
        "In 2020, Mexican lawmakers passed a law limiting intelligence sharing with the DEA.",
        CARTELS,
    ),
    (
        "2020-11",
        date(2020, 11, 1),
        date(2020, 11, 30),
        Precision.MONTH,
        "November 2020",
        "release",
        (CIENFUEGOS,),
        "Cienfuegos was released to Mexico in November 2020.",
        CARTELS,
    ),
    (
        "2022-W14",
        date(2022, 4, 4),
        date(2022, 4, 10),
        Precision.WEEK,
        "that week",
        "testimony",
        (DEA,),
        "DEA officials testified before the House that week about fentanyl deaths.",
        BORDER,
    ),
    (
        "2024-H1",
        date(2024, 1, 1),
        date(2024, 6, 30),
        Precision.HALF,
        "first half of 2024",
        "report",
        (MEXICO,),
        "Crossings fell sharply in the first half of 2024.",
        BORDER,
    ),
    (
        "2024-10",
        date(2024, 10, 1),
        date(2024, 10, 31),
        Precision.MONTH,
        "October 2024",
        "election",
        (SHEINBAUM,),
        "Claudia Sheinbaum took office in October 2024.",
        BORDER,
    ),
    (
        "2025-01-20",
        date(2025, 1, 20),
        date(2025, 1, 20),
        Precision.DAY,
        "January 20",
        "designation",
        (TRUMP,),
        "On January 20, the first day of his second term, President Donald Trump formally "
        "labeled Mexico's crime cartels as international terrorists.",
        CARTELS,
    ),
    (
        "2025-Q1",
        date(2025, 1, 1),
        date(2025, 3, 31),
        Precision.QUARTER,
        "early this year",
        "surveillance",
        (CIA,),
        "Early this year the CIA was stepping up surveillance drone flights over Mexico.",
        CARTELS,
    ),
    (
        "2025-03",
        date(2025, 3, 1),
        date(2025, 3, 31),
        Precision.MONTH,
        "Last month",
        "report",
        (),
        "Last month, the annual threat assessment put narcotrafficking at the top of the list.",
        CARTELS,
    ),
    (
        "2025-04-08",
        date(2025, 4, 8),
        date(2025, 4, 8),
        Precision.DAY,
        "April 8",
        "testimony",
        (JENKINS,),
        "On April 8, Colby Jenkins testified before a Senate armed services subcommittee.",
        CARTELS,
    ),
    (
        "2025-04-14",
        date(2025, 4, 14),
        date(2025, 4, 14),
        Precision.DAY,
        "Monday",
        "statement",
        (SHEINBAUM,),
        "Sheinbaum said Monday that Mexico would not accept intervention from abroad.",
        CARTELS,
    ),
)


def sample_documents() -> list[Document]:
    return [CARTELS, BORDER]


def _event(n: int, row: tuple, offset: int) -> Event:
    value, first, last, precision, phrase, kind, actors, sentence, document = row
    start = sentence.find(phrase)
    return Event(
        id=f"ev{n:03d}",
        date=value,
        first=first,
        last=last,
        precision=precision,
        date_text=phrase,
        explanation=f"{phrase!r} read as {value}",
        kind=kind,
        actors=actors,
        summary=sentence if len(sentence) < 90 else sentence[:88].rstrip() + "…",
        sentence=sentence,
        source=document.path,
        title=document.title,
        offset=offset,
        date_start=max(start, 0),
        date_end=max(start, 0) + len(phrase) if start >= 0 else 0,
    )


def sample_events() -> list[Event]:
    """Nineteen events over 2011–2025, two documents, every precision."""
    return [_event(n, row, offset=100 * n) for n, row in enumerate(_ROWS)]


_KINDS = (
    "arrest",
    "strike",
    "testimony",
    "law",
    "seizure",
    "designation",
    "report",
    "statement",
    "election",
    "operation",
)
_WORDS = (
    "border",
    "cartel",
    "agents",
    "officials",
    "seized",
    "announced",
    "fentanyl",
    "tariffs",
    "drone",
    "hearing",
    "extradition",
    "intelligence",
    "raid",
    "treaty",
)


def synthetic_events(count: int, *, seed: int = 7) -> tuple[list[Document], list[Event]]:
    """``count`` plausible events over 1990–2025 from 50 documents and 400 actors."""
    rng = random.Random(seed)
    documents = [
        Document(
            text="",
            path=f"archive/article-{i:03d}.txt",
            title=f"Archive article {i}",
            source="Synthetic Wire",
            published=date(2025, 1, 1),
            date_status=DateStatus.GIVEN,
        )
        for i in range(50)
    ]
    actors = [
        Actor(f"Actor {i:03d}", rng.choice(("person", "organization", "place"))) for i in range(400)
    ]
    events = []
    origin = date(1990, 1, 1)
    for n in range(count):
        first = origin + timedelta(days=rng.randrange(13000))
        document = documents[n % len(documents)]
        if n % 5 == 0:
            value, last, precision = f"{first:%Y-%m}", first, Precision.MONTH
            first = first.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            value, last, precision = first.isoformat(), first, Precision.DAY
        words = " ".join(rng.sample(_WORDS, 6))
        sentence = f"On {value}, {words} according to the report."
        events.append(
            Event(
                id=f"syn{n}",
                date=value,
                first=first,
                last=last,
                precision=precision,
                date_text=value,
                explanation="synthetic",
                kind=rng.choice(_KINDS),
                actors=tuple(rng.sample(actors, 2)),
                summary=sentence,
                sentence=sentence,
                source=document.path,
                title=document.title,
                offset=n * 80,
                date_start=3,
                date_end=3 + len(value),
            )
        )
    return documents, events
