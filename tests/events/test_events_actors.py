"""Actors: names cut from sentences, titles stripped, typed, aliases merged."""

from datetime import date

import pytest

from timeline.dates.mention import Precision
from timeline.events.actors import DocumentActors, find_actor_mentions, merge_actors
from timeline.model.event import Actor, Event


def names(sentence: str) -> dict[str, str]:
    return {m.name: m.type for m in find_actor_mentions(sentence)}


CASES = [
    (
        "On January 20, President Donald Trump labeled the cartels terrorists.",
        {"Donald Trump": "person"},
    ),
    (
        "In 2020, after the DEA’s arrest of former Mexican Secretary of Defense Salvador "
        "Cienfuegos, Mexican lawmakers passed a law.",
        {"DEA": "organization", "Salvador Cienfuegos": "person", "Mexican lawmakers": "group"},
    ),
    (
        "Colby Jenkins, acting Assistant Secretary of Defense for Special Operations and "
        "Low-Intensity Conflict, testified before a Senate subcommittee.",
        {"Colby Jenkins": "person", "Senate": "organization"},
    ),
    ("Now Sinaloa state Gov. Rubén Rocha is under pressure.", {"Rubén Rocha": "person"}),
    (
        "It killed Gen. Qassem Soleimani, head of Iran’s elite Quds Force.",
        {"Qassem Soleimani": "person", "Iran": "place", "Quds Force": "organization"},
    ),
    (
        "The government of PresidentAndrés Manuel López Obrador took a hard line.",
        {"Andrés Manuel López Obrador": "person"},
    ),
    (
        "As theWall Street Journal reported Monday, it ended.",
        {"Wall Street Journal": "organization"},
    ),
    (
        "Officers at the Pharr International Bridge that connects McAllen, Texas, to Reynosa.",
        {"Pharr International Bridge": "place", "McAllen": "place", "Texas": "place"},
    ),
    ("Her lawyer, Thomas Brandt, argued at trial.", {"Thomas Brandt": "person"}),
    (
        "“We cannot act,” said Michael Chavarria, a former DEA agent.",
        {"Michael Chavarria": "person", "DEA": "organization"},
    ),
    (
        "The Drug Enforcement Administration seized pills in Ohio.",
        {"Drug Enforcement Administration": "organization", "Ohio": "place"},
    ),
    (
        "It was smuggled for the Sinaloa cartel and al-Qaeda.",
        {"Sinaloa cartel": "group", "al-Qaeda": "group"},
    ),
    (
        "Sen. Ann Lee of Maine met officials of the Department of Health and Human Services.",
        {"Ann Lee": "person", "Department of Health and Human Services": "organization"},
    ),
    (
        "It was reported by the Associated Press and Reuters.",
        {"Associated Press": "organization", "Reuters": "organization"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_names_types_and_titles(sentence: str, expected: dict[str, str]) -> None:
    found = names(sentence)
    for name, kind in expected.items():
        assert found.get(name) == kind, (name, found)


NEVER = [
    (
        "Famously, on Monday in January, Experts said Mexican bell peppers were cheap.",
        {"Famously", "Monday", "January", "Experts", "Mexican"},
    ),
    ("Underneath a load of Mexican bell peppers were drugs.", {"Underneath", "Mexican"}),
    (
        "The Assistant Secretary of Defense for Special Operations spoke.",
        {"Assistant Secretary of Defense for Special Operations", "Special Operations", "Defense"},
    ),
    ("Prosecutors said the scheme began in the spring.", {"Prosecutors"}),
]


@pytest.mark.parametrize(("sentence", "absent"), NEVER)
def test_openers_months_demonyms_and_positions_are_not_actors(
    sentence: str, absent: set[str]
) -> None:
    assert not absent & set(names(sentence))


def test_date_phrases_are_never_names() -> None:
    sentence = "Since Christmas Day, the Red Cross has helped."
    start = sentence.index("Christmas Day")
    found = {m.name for m in find_actor_mentions(sentence, [(start, start + 13)])}
    assert "Christmas Day" not in found and "Red Cross" in found


def test_aliases_merge_within_a_document() -> None:
    doc = DocumentActors(
        [
            "President Donald Trump formally labeled the cartels.",
            "Mexican president Claudia Sheinbaum objected.",
            "Sheinbaum vowed that Mexico would resist, and Trump replied.",
            "The Drug Enforcement Administration (DEA) said so.",
            "Later the DEA seized pills.",
            "Northwind Robotics recalled arms, and Northwind's shares fell.",
        ]
    )
    third = {a.name: a for a in doc.actors(2)}
    assert set(third) == {"Claudia Sheinbaum", "Mexico", "Donald Trump"}
    assert "Trump" in third["Donald Trump"].aliases
    assert third["Claudia Sheinbaum"].type == "person"
    dea = {a.name: a for a in doc.actors(4)}["DEA"]
    assert "Drug Enforcement Administration" in dea.aliases and dea.type == "organization"
    assert [a.name for a in doc.actors(3)] == ["DEA"]
    assert [a.name for a in doc.actors(5)] == ["Northwind Robotics"]


def test_an_acronym_spelling_a_long_name_is_merged_with_it() -> None:
    doc = DocumentActors(
        ["The World Health Organization began tests.", "By 1990, according to the WHO, it spread."]
    )
    assert [a.name for a in doc.actors(0)] == ["WHO"]
    assert "World Health Organization" in doc.actors(1)[0].aliases


def test_capitalised_opener_kept_only_when_the_document_uses_it_as_a_name() -> None:
    doc = DocumentActors(["Donovan believes it.", "Pinpointing it is hard.", "It was Donovan."])
    assert [a.name for a in doc.actors(0)] == ["Donovan"]
    assert doc.actors(1) == ()


def _event(n: int, *actors: Actor) -> Event:
    day = date(2020, 1, n)
    return Event(
        id=str(n), date=day.isoformat(), first=day, last=day, precision=Precision.DAY,
        date_text="x", explanation="", kind="other", actors=actors, summary="s",
        sentence="s", source=f"doc{n}.txt", title="", offset=0,
    )  # fmt: skip


def test_merge_actors_across_documents() -> None:
    events = merge_actors(
        [
            _event(1, Actor("Trump", "person")),
            _event(2, Actor("Donald Trump", "person", ("President Donald Trump",))),
            _event(3, Actor("DEA", "organization", ("Drug Enforcement Administration",))),
            _event(4, Actor("Drug Enforcement Administration", "organization")),
        ]
    )
    assert [e.actor_names for e in events] == [
        ("Donald Trump",), ("Donald Trump",), ("DEA",), ("DEA",),
    ]  # fmt: skip
    assert {"Trump", "President Donald Trump"} <= set(events[0].actors[0].aliases)
    assert "Drug Enforcement Administration" in events[3].actors[0].aliases


def test_merge_keeps_ambiguous_surnames_apart() -> None:
    events = merge_actors(
        [
            _event(1, Actor("Smith", "person")),
            _event(2, Actor("Ann Smith", "person", ("Smith",))),
            _event(3, Actor("John Smith", "person", ("Smith", "Mr. John Smith"))),
        ]
    )
    assert [e.actor_names for e in events] == [("Smith",), ("Ann Smith",), ("John Smith",)]


MORE_CASES = [
    (
        "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed a pact.",
        {"Leonid Kuchma": "person", "Boris Yeltsin": "person"},
    ),
    (
        "He informed White House Chief of Staff John Sununu on Monday.",
        {"John Sununu": "person"},
    ),
    ("MOSCOW (AP)_ The mayor of Moscow said so.", {"Moscow": "place"}),
    ("Israeli and Palestinian negotiators met.", {}),
    (
        "Colby Jenkins, acting Assistant Secretary of Defense for Special Operations and "
        "Low-Intensity Conflict, testified.",
        {"Colby Jenkins": "person"},
    ),
    ("It listed Ciba-Geigy and Chiron as bidders.", {"Ciba-Geigy": "", "Chiron": ""}),
    ("Johnson & Johnson and Procter & Gamble Co. agreed.", {"Johnson & Johnson": ""}),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_CASES)
def test_more_names(sentence: str, expected: dict[str, str]) -> None:
    found = names(sentence)
    for name, kind in expected.items():
        assert found.get(name) == kind, (name, found)
    assert "Israeli and Palestinian" not in found and "MOSCOW" not in found
    assert "Low-Intensity Conflict" not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "U.S. Immigration and Customs Enforcement detained him.",
            ["U.S. Immigration and Customs Enforcement"],
        ),
        (
            "The Centers for Disease Control and Prevention warned doctors.",
            ["Centers for Disease Control and Prevention"],
        ),
        (
            "According to the Associated Press and Stars and Stripes, Jenkins testified.",
            ["Associated Press", "Stars and Stripes", "Jenkins"],
        ),
        (
            "Officials from Trinidad and Tobago met Procter and Gamble and Johnson and Johnson.",
            ["Trinidad and Tobago", "Procter and Gamble", "Johnson and Johnson"],
        ),
        ("Texas and Arizona sued the government.", ["Texas", "Arizona"]),
    ],
)
def test_a_known_name_with_and_inside_stays_one_name(sentence: str, expected: list[str]) -> None:
    """ "and" splits a list of names, but not a name known to hold one, even in a list."""
    assert [m.name for m in find_actor_mentions(sentence)] == expected


def test_an_opener_the_document_also_writes_in_lower_case_is_not_a_name() -> None:
    doc = DocumentActors(
        [
            "JERUSALEM (AP)_ Taking the stand, a friend of Yitzhak Rabin spoke.",
            "Top Israeli officials said the talks were over.",
            "She was taking notes while top aides waited.",
        ]
    )
    assert [a.name for a in doc.actors(0)] == ["Yitzhak Rabin"]
    assert [a.name for a in doc.actors(1)] == ["Israeli officials"]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Prosecutors in Porto opened an inquiry.", "Porto", "place"),
        (
            "She led the Harmon Unified School District until 2021.",
            "Harmon Unified School District",
            "organization",
        ),
        ("Rain fell near Valdoura overnight.", "Valdoura", "place"),
    ],
)
def test_places_after_in_and_institutions_named_after_places(
    sentence: str, name: str, kind: str
) -> None:
    assert names(sentence).get(name) == kind


def test_a_role_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    assert names("Striker Tomas Reyes scored twice.") == {"Tomas Reyes": "person"}
    assert names("Their manager, Dean Holt, said so.") == {"Dean Holt": "person"}


@pytest.mark.parametrize(
    ("sentence", "absent", "kept"),
    [
        ("Hellfire missiles killed him.", {"Hellfire"}, set()),
        ("Ukraine fired Storm Shadow cruise missiles at Crimea.", {"Storm Shadow"}, {"Ukraine"}),
        ("Two Reaper drones flown by the CIA struck the camp.", {"Reaper"}, {"CIA"}),
        ("U.S. drones hit the compound.", set(), {"U.S."}),  # a known place stays one
    ],
)
def test_a_name_before_a_weapon_is_a_model_not_an_actor(
    sentence: str, absent: set[str], kept: set[str]
) -> None:
    found = names(sentence)
    assert not absent & set(found), found
    assert kept <= set(found), found


def test_a_branch_named_after_its_region_is_one_group() -> None:
    found = names("Anwar al-Awlaki, the leader of Al-Qaeda in the Arabian Peninsula, died.")
    assert found.get("Al-Qaeda in the Arabian Peninsula") == "group"
    assert "Arabian Peninsula" not in found
    assert names("He joined Islamic State in Iraq in 2014.").get("Islamic State in Iraq") == "group"
    # other groups are only said to be somewhere
    hamas = names("Hamas in Gaza rejected the offer.")
    assert "Hamas in Gaza" not in hamas and hamas.get("Gaza") == "place", hamas


def test_a_capitalised_particle_opens_a_name() -> None:
    found = names("He met El Chapo in Los Angeles, Al Jazeera said, as El Niño began.")
    assert {"El Chapo", "Los Angeles", "Al Jazeera", "El Niño"} <= set(found), found
    assert {"Chapo", "Angeles", "Jazeera", "Niño"}.isdisjoint(found), found
    assert "Pentagon" in names("The Pentagon said so.")


def test_an_institution_named_by_its_head_word_alone() -> None:
    actors = DocumentActors(
        [
            "Last year was the warmest, the International Climate Observatory said.",
            "The observatory, set up in the 1980s, publishes data.",
            "Officials of the Defence Ministry and the Health Ministry met.",
            "The ministry said on Tuesday that talks would go on.",
        ]
    )
    assert [a.name for a in actors.actors(1)] == ["International Climate Observatory"]
    assert actors.actors(3) == ()  # two ministries: "the ministry" could be either


def test_a_head_word_with_other_senses_names_no_institution() -> None:
    actors = DocumentActors(
        ["The White House said so, and Islamic State fighters fled.", "The house was empty."]
    )
    assert actors.actors(1) == ()
