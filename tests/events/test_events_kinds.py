"""Kinds from the trigger table, chosen from the clause around the date."""

import pytest

from timeline.events.kinds import KIND_TRIGGERS, KINDS, choose_kind, find_triggers

CASES = [
    (
        "On January 20, President Trump formally designated the cartels as terrorists.",
        "January 20",
        "designation",
    ),
    (
        "On April 8, according to the AP, the official testified before a Senate panel.",
        "April 8",
        "testimony",
    ),
    ("On Sept. 30, 2011, a U.S. drone strike killed him in Yemen.", "Sept. 30, 2011", "strike"),
    ("On April 11, officers seized 1,700 pounds of meth at the bridge.", "April 11", "seizure"),
    (
        "In 2020, after the DEA's arrest of a general, lawmakers passed a law limiting sharing.",
        "In 2020",
        "law",
    ),
    ("As the Journal reported Monday, two governors have been extradited.", "Monday", "report"),
    (
        "Two governors were extradited to the U.S. on Monday, the Journal reported.",
        "on Monday",
        "extradition",
    ),
    ("“I’m not a criminal,” Rocha told reporters last October.", "last October", "statement"),
    ("A jury on Thursday convicted the former treasurer of fraud.", "on Thursday", "conviction"),
    ("The judge sentenced him on May 3 to 20 years in prison.", "on May 3", "sentencing"),
    ("The court ruled on Friday that the ban was unlawful.", "on Friday", "ruling"),
    ("The prisoner was released on March 2 after a pardon.", "on March 2", "release"),
    ("Police arrested the suspect on Tuesday in Houston.", "on Tuesday", "arrest"),
    ("The two leaders met in Geneva in June 1985.", "in June 1985", "meeting"),
    ("The countries signed a trade agreement in 1994.", "in 1994", "agreement"),
    ("Voters elected a new parliament in 2019.", "in 2019", "election"),
    ("The board appointed her chief executive in 2021.", "in 2021", "appointment"),
    ("He resigned on Monday amid the scandal.", "on Monday", "resignation"),
    ("She died on Sunday at her home.", "on Sunday", "death"),
    ("Gunmen attacked the convoy on Saturday.", "on Saturday", "attack"),
    ("The company launched the product in 2007.", "in 2007", "launch"),
    ("The ministry announced on Wednesday that prices would fall.", "on Wednesday", "announcement"),
    ("Last year, trucks made 6 million crossings from Mexico.", "Last year", "statistic"),
    ("In 2024, the agency seized 60 million pills; statistics show a rise.", "In 2024", "seizure"),
    ("On Monday, the weather was mild.", "On Monday", "other"),
    # A verb of saying frames the dated happening unless it is itself dated.
    ("Residents said the river had flooded the town in late May.", "late May", "other"),
    ("The agency closed the case in August, the company said.", "August", "other"),
    ("Brandt told jurors in his closing argument on Tuesday.", "on Tuesday", "statement"),
    ("The minister said on Monday that prices would fall.", "on Monday", "statement"),
    # a relative clause tells what happened on its date, not the main clause around it
    (
        "Halden Pay, which cut a third of its staff on Sept. 3, welcomed the ruling.",
        "on Sept. 3",
        "other",
    ),
    ("The firm, which was founded in 1990, welcomed the ruling.", "in 1990", "launch"),
    (
        "The regulator opened an inquiry and fined the firm on June 14, 2022.",
        "June 14, 2022",
        "ruling",
    ),
    ("The agency will publish its findings next month.", "next month", "report"),
    ("Mayor Okonjo took office in the winter of 2019.", "in the winter of 2019", "appointment"),
    ("Since 2005, the population has grown by almost half.", "Since 2005", "statistic"),
    # the word a date hangs on beats the rest of its segment
    ("Marsh said on Tuesday at the report's launch in Geneva.", "on Tuesday", "statement"),
    ("The club sacked its manager in March.", "in March", "resignation"),
    ("The observatory, set up in the 1980s, publishes data.", "in the 1980s", "launch"),
    ("Police set up roadblocks on Monday.", "on Monday", "other"),
    # look-alikes: no arrest, attack, launch, designation or meeting
    ("In 2019, he described three cases of cardiac arrest in athletes.", "In 2019", "other"),
    ("Two workers had been injured in December 2023.", "in December 2023", "other"),
    ("Shares closed at $47 on Monday, up from $31 at the start of 2024.", "on Monday", "statistic"),
    ("That August, the company added a line to the drug's label.", "That August", "other"),
    ("Keane told analysts on a conference call on Wednesday.", "on Wednesday", "statement"),
    ("Police labeled the group a gang in 2019.", "in 2019", "designation"),
    # a date that names the happening it modifies: its noun, over the main clause's verb
    ("The agency, created after the Sept. 11 attacks, said it grew.", "Sept. 11", "attack"),
    ("Officials said Monday's strike killed two.", "Monday", "strike"),
    ("Officials said Monday the strike killed two.", "Monday", "statement"),
    ("Officials said the strike on Monday killed two.", "on Monday", "strike"),  # no modifier
    (
        "Analysts polled by FactSet expect revenue of $640 million for the quarter.",
        "the quarter",
        "statistic",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "kind"), CASES)
def test_kind_of_the_dated_clause(sentence: str, date: str, kind: str) -> None:
    start = sentence.index(date)
    assert choose_kind(sentence, start, start + len(date)) == kind


def test_every_kind_of_the_issue_is_in_the_table() -> None:
    assert set(KIND_TRIGGERS) | {"other"} == set(KINDS)


def test_names_and_look_alike_words_are_not_triggers() -> None:
    sentence = "Attorney General Bill Barr spoke, according to the Supreme Court."
    assert [t.kind for t in find_triggers(sentence)] == ["statement"]
