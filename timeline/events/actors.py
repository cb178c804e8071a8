"""Who is in a sentence: people, organizations, places and named groups, by rule.

No model: capitalised word runs (with the connectors names use: "of", "for", "the",
"and", "de", "del", ...) are cut out of each sentence, cleaned and typed:

* titles and roles are stripped ("President Donald Trump" -> "Donald Trump", "Sinaloa state
  Gov. Rubén Rocha" -> "Rubén Rocha"); a position without a name ("Assistant Secretary of
  Defense for Special Operations") is not an actor;
* months, weekdays, the date phrases themselves and capitalised sentence openers never are;
* types come from the gazetteer (places, named groups, known bodies), organisation words
  ("Agency", "Court", "Inc."), acronyms, titles, given names and speech patterns
  ("..., Chavarria said", "Her lawyer, Thomas Brandt");
* a demonym before a noun for people is a group: "Mexican lawmakers", "Iranian leaders".
  A demonym before anything else ("Mexican bell peppers") only describes, and is dropped;
  the issue's example keeps "Mexican lawmakers" as the actor, not "Mexico".

Aliases are merged per document by :class:`DocumentActors` (a surname to the one full name
that ends with it, a company's first word to its full name, an acronym to the long name it
abbreviates or is paired with in parentheses) and across documents by :func:`merge_actors`.
An organisation known by an acronym is named by the acronym ("DEA"), with its long name
as an alias, because that is how analysts type and read it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from timeline.events import gazetteer as gz
from timeline.events.gazetteer import word_list
from timeline.events.sentences import DATELINE
from timeline.model.event import Actor, Event

PERSON, ORGANIZATION, PLACE, GROUP = "person", "organization", "place", "group"

CONNECTORS: frozenset[str] = frozenset(
    word_list("of for the and de del la las los da do dos du van von der den bin ibn al el es y &")
)
# Connectors that may stand between parts of one name, but not start or end it.
_NAME_PARTICLES = frozenset(
    word_list("de del la las los da do dos du van von der den bin ibn al el es y")
)

_TITLE_WORDS = frozenset(
    w.rstrip(".") for t in gz.TITLES for w in t.split() if w.rstrip(".") not in gz.TITLE_MODIFIERS
)
# How far a title may run on to its head word: "Chief [Financial] Officer".
_TITLE_REACH = 3
_ROLE_OR_TITLE = "|".join(sorted(gz.ROLE_NOUNS | _TITLE_WORDS, key=len, reverse=True))
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:Gen|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Mx|St|Lt|Col|Maj|Capt|Sgt|Adm|Prof"
    r"|Rev|Inc|Corp|Ltd|Jr|Sr|Co|Bros|Mt|Ft)\.|[A-Z]\.(?=\s+[A-Z])"
)
_TOKEN = re.compile(_ABBREVIATION.pattern + r"|[^\W\d_][\w'’&-]*|\d[\w-]*|&")
_GLUED = re.compile(r"^([a-z]{2,}|[A-Z][a-z]+)([A-Z][a-z]\w*)$")
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|ben|abu|de|di|da|van|von)-[A-Z]")
_STATE_OR_COUNTRY_AFTER = re.compile(
    r",\s+(?:" + "|".join(sorted(gz.US_STATES | gz.COUNTRIES, key=len, reverse=True)) + r")\b"
)
_ROLE_BEFORE = re.compile(r"\b([a-z]+),\s*$")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\s+$")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told)\s*$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_POSSESSIVE = re.compile(r"['’]+s?$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")


@dataclass(frozen=True, slots=True)
class _Token:
    """A word of a sentence, with what every rule reads computed once.

    ``key`` is the word case-folded without a final period; ``name_like`` says it may be
    part of a name (capitalised, or "al-Awlaki"; never a month or weekday).
    """

    text: str
    start: int
    end: int
    possessive: bool
    key: str
    name_like: bool


def _token(text: str, start: int, possessive: bool = False) -> _Token:
    key = text.casefold().rstrip(".").replace("’", "'")
    first = text[:1]
    if "-" in text:
        particle = _PARTICLE_NAME.match(text) is not None
        name_like = (first.isupper() or particle) and not text.rsplit("-", 1)[-1].islower()
    else:
        name_like = first.isupper()
    name_like = name_like and key not in gz.MONTHS_AND_DAYS
    return _Token(text, start, start + len(text), possessive, key, name_like)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A name found in one sentence, before aliases are merged."""

    name: str
    type: str
    start: int
    end: int
    surface: str
    sentence_initial: bool = False


def _tokens(sentence: str) -> list[_Token]:
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(sentence):
        text, start = m.group(), m.start()
        if not text[1:].islower():
            glued = _GLUED.match(text)
            if glued and (
                glued.group(1).casefold() in gz.NON_ACTOR_WORDS
                or glued.group(1).casefold() in _TITLE_WORDS
            ):
                # "theWall Street Journal", "PresidentAndrés": a lost space, not a name.
                split = start + len(glued.group(1))
                tokens.append(_token(glued.group(1), start))
                text, start = glued.group(2), split
        possessive = len(text) > 2 and text[-1] in "s'’" and _POSSESSIVE.search(text) is not None
        if possessive:
            text = _POSSESSIVE.sub("", text)
        tokens.append(_token(text, start, possessive))
    return tokens


def _is_name_token(token: _Token) -> bool:
    return token.name_like


def _runs(
    sentence: str, tokens: Sequence[_Token], blocked: Sequence[tuple[int, int]]
) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens joined by connectors and single spaces."""

    def usable(t: _Token) -> bool:
        return not any(s < t.end and t.start < e for s, e in blocked)

    runs: list[list[_Token]] = []
    current: list[_Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        joined = (
            current and sentence[current[-1].end : tok.start] == " " and not current[-1].possessive
        )
        if _is_name_token(tok) and usable(tok):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(tok)
            i += 1
            continue
        if (
            current
            and joined
            and tok.key in CONNECTORS
            and i + 1 < len(tokens)
            and _is_name_token(tokens[i + 1])
            and usable(tokens[i + 1])
            and sentence[tok.end : tokens[i + 1].start] == " "
        ):
            current.append(tok)
            i += 1
            continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return [part for run in runs for part in _split_lists(run)]


# Known names with an "and" inside ("Customs and Border Protection", "Trinidad and
# Tobago"), folded, as (what comes before the "and", what comes after).
_NAMES_WITH_AND: tuple[tuple[str, str], ...] = tuple(
    tuple(name.split(" and ", 1))  # type: ignore[misc]
    for name in sorted(
        {n.casefold() for n in (*gz.ACRONYMS.values(), *gz.KNOWN_ORGANIZATIONS, *gz.COUNTRIES)}
    )
    if " and " in name
)


def _split_lists(run: list[_Token]) -> list[list[_Token]]:
    """Split "Ghana and Bangladesh" but keep "Department of Health and Human Services".

    "&" always joins one name ("Johnson & Johnson"); "and" joins one when the run is an
    organisation's name around it, or when the words on each side of it end and begin a
    known name with an "and" in it: "the Associated Press and Stars and Stripes" is two
    names, "U.S. Immigration and Customs Enforcement" one. Otherwise two single words
    around "and" are read as two names ("Ciba-Geigy and Chiron").
    """
    parts: list[list[_Token]] = [[]]
    for tok in run:
        if tok.key == "and":
            parts.append([])
        else:
            parts[-1].append(tok)
    if len(parts) == 1:
        return parts
    keep_whole = (
        (parts[0] and parts[0][0].key in gz.ORG_WORDS)
        or (
            parts[0]
            and parts[-1]
            and parts[-1][-1].key in gz.ORG_WORDS
            and parts[0][-1].key not in gz.ORG_WORDS
        )
        or _is_position(run)
    )
    if keep_whole:
        return [run]
    names: list[list[_Token]] = []
    for part, conjunction in zip(parts, [t for t in run if t.key == "and"] + [None], strict=True):
        if names and names[-1][-1].key == "and" and _name_across_and(names[-1][:-1], part):
            names[-1].extend(part)
        else:
            names.append(part)
        if conjunction is not None:
            names[-1].append(conjunction)
    return [name[:-1] if name[-1:] and name[-1].key == "and" else name for name in names if name]


def _name_across_and(before: Sequence[_Token], after: Sequence[_Token]) -> bool:
    """Whether ``before`` ends and ``after`` begins one known name with "and" between."""
    head = " " + " ".join(t.text for t in before).casefold()
    tail = " ".join(t.text for t in after).casefold() + " "
    return any(head.endswith(f" {a}") and tail.startswith(f"{b} ") for a, b in _NAMES_WITH_AND)


def _is_position(run: Sequence[_Token]) -> bool:
    """An office's name: "Assistant Secretary of Defense for Special Operations and ..."."""
    return (
        any(_is_title(t.key) for t in run[:3])
        and any(t.key in ("of", "for") for t in run)
        and not any(t.key in gz.GIVEN_NAMES for t in run)
    )


def _known_type(name: str) -> str:
    """The type the gazetteer gives ``name`` (already cleaned), or ''."""
    key = name.casefold()
    if key in gz.NAMED_GROUPS:
        return GROUP
    if (
        key in gz.PLACE_ALIASES
        or name in gz.COUNTRIES
        or name in gz.US_STATES
        or name in gz.CITIES
        or name in gz.REGIONS
    ):
        return PLACE
    if key in gz.KNOWN_ORGANIZATIONS or name in gz.ACRONYMS:
        return ORGANIZATION
    return ""


def canonical_place(name: str) -> str:
    """The usual name of a place: "U.S." -> "United States"; other names unchanged."""
    return gz.PLACE_ALIASES.get(name.casefold(), name)


def _strip_edges(run: list[_Token], sentence_initial: bool) -> list[_Token]:
    while run and (
        (run[0].key in CONNECTORS and not _opens_a_name(run))
        or (run[0].key in gz.NON_ACTOR_WORDS and not _ACRONYM.match(run[0].text))
    ):
        run = run[1:]
    while run and run[-1].key in CONNECTORS:
        run = run[:-1]
    return run


def _opens_a_name(run: Sequence[_Token]) -> bool:
    """A capitalised particle before more of the name is the name's first word: "El Niño",
    "Los Angeles", "Al Jazeera", "De Niro" (a lower-case one, "de la Cruz", and "The" are
    not)."""
    first = run[0]
    return len(run) > 1 and first.key in _NAME_PARTICLES and first.text[:1].isupper()


def _words(run: Sequence[_Token]) -> str:
    return " ".join(t.text for t in run)


def _person_after_title(run: list[_Token]) -> list[_Token] | None:
    """The name after the last title word of a run, or None when the run is a position.

    "Security Minister Genaro García Luna" -> "Genaro García Luna"; "Secretary of Defense
    Salvador Cienfuegos" -> "Salvador Cienfuegos" (the name outlasts the office);
    "Assistant Secretary of Defense for Special Operations" -> None; "Chief Financial
    Officer Tom Reyes" -> "Tom Reyes" (a title runs on to its head word: "Officer").
    """
    last_title = max(i for i, t in enumerate(run) if _is_title(t.key))
    for j in range(last_title + 1, min(last_title + 1 + _TITLE_REACH, len(run))):
        if run[j].key in gz.GIVEN_NAMES:
            break
        if run[j].key in gz.TITLE_HEADS:
            last_title = j
    rest = run[last_title + 1 :]
    if not rest:
        return None
    if rest[0].key not in CONNECTORS:
        # "Sen. Ann Lee of Maine": the name ends where a connector starts its home.
        cut = next(
            (i for i, t in enumerate(rest) if t.key in CONNECTORS and t.key not in _NAME_PARTICLES),
            len(rest),
        )
        name = rest[:cut]
        # A title vouches for the name after it: "Jane Park", "Ann Hill" are people.
        return name if _looks_like_name(name, titled=True) else None
    given = next((i for i, t in enumerate(rest) if t.key in gz.GIVEN_NAMES), None)
    if given is not None:
        return rest[given:]
    last_connector = max(i for i, t in enumerate(rest) if t.key in CONNECTORS)
    tail = rest[last_connector + 1 :]
    if len(tail) >= 3 and not any(t.key in gz.ORG_WORDS for t in tail[-2:]):
        return tail[-2:]
    return None


def _titled_person(sentence: str, run: list[_Token]) -> ActorMention | None:
    """The person a titled run names ("Gen. Qassem Soleimani"), or None (a position)."""
    person = _person_after_title(run)
    if person is None:
        return None
    return ActorMention(
        _words(person),
        PERSON,
        person[0].start,
        person[-1].end,
        sentence[run[0].start : run[-1].end],
    )


def _is_title(key: str) -> bool:
    """A title or role word, singular or plural ("President", "Presidents", "Correspondent")."""
    singular = key[:-1] if key.endswith("s") else key
    return key in _TITLE_WORDS or singular in _TITLE_WORDS or key in gz.ROLE_TITLES


def _looks_like_name(run: Sequence[_Token], *, titled: bool = False) -> bool:
    """A person's name: at most five words, only name particles between them, no org word.

    Nor a place word ("Street", "Park"), unless a title stands before a given name and
    its surname: "Chief Executive Officer Jane Park".
    """
    place_word_allowed = titled and len(run) >= 2 and run[0].key in gz.GIVEN_NAMES
    return (
        len(run) <= 5
        and all(t.key not in CONNECTORS or t.key in _NAME_PARTICLES for t in run)
        and not any(t.key in gz.ORG_WORDS for t in run)
        and (place_word_allowed or not any(t.key in gz.PLACE_WORDS for t in run))
    )


def _appositive_person(sentence: str, start: int, end: int) -> bool:
    """A role beside the name: "Her lawyer, Thomas Brandt" / "Ray Donovan, formerly the..."."""
    before = sentence[max(0, start - 40) : start]
    after = sentence[end : end + 60]
    m = _ROLE_BEFORE.search(before)
    if m and m.group(1) in gz.ROLE_NOUNS:
        return True
    return (
        re.match(
            r",\s+(?:(?:a|an|the|his|her|their|formerly|former|acting|then)\s+)?"
            r"(?:(?!(?:and|or|but|in|on|at|to)\b)[\w.’'-]+\s+){0,4}?(?i:" + _ROLE_OR_TITLE + r")\b",
            after,
        )
        is not None
    )


def find_actor_mentions(
    sentence: str,
    blocked: Sequence[tuple[int, int]] = (),
    common_words: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    """The names in ``sentence``, typed where the text tells, in text order.

    ``blocked`` spans (the date phrases) are never part of a name. A capitalised single
    word at the start of the sentence is kept (untyped) only if something else says it is a
    name; :class:`DocumentActors` later keeps it when the document uses it mid-sentence.
    """
    dateline = DATELINE.match(sentence)
    cut = dateline.end() if dateline else 0
    tokens = [t for t in _tokens(sentence) if t.start >= cut]
    first_word_at = tokens[0].start if tokens else 0
    found: list[ActorMention] = []
    runs = _runs(sentence, tokens, blocked)
    for i, raw in enumerate(runs):
        if not raw:
            continue
        affiliate = _affiliate(sentence, raw, runs[i + 1] if i + 1 < len(runs) else None)
        if affiliate is not None:
            found.append(affiliate)
            runs[i + 1] = []
            continue
        at_start = raw[0].start == first_word_at
        if at_start and _is_common(raw[0], common_words):
            raw = raw[1:]  # "Taking the stand ...", "Top Israeli officials ..."
            at_start = False
        mention = _classify(sentence, raw, at_start=at_start) if raw else None
        if mention is not None:
            found.append(replace(mention, sentence_initial=at_start))
    return found


_IN_PLACE = re.compile(r" in (?:the )?")


def _affiliate(
    sentence: str, run: list[_Token], following: list[_Token] | None
) -> ActorMention | None:
    """A group's branch, named after where it acts: "Al-Qaeda in the Arabian Peninsula",
    "Islamic State in Iraq" are one group each, not a group and a place (only for the
    groups of :data:`~timeline.events.gazetteer.GROUPS_WITH_BRANCHES`)."""
    if not following or _words(run).casefold() not in gz.GROUPS_WITH_BRANCHES:
        return None
    between = _IN_PLACE.fullmatch(sentence, run[-1].end, following[0].start)
    if between is None or run[-1].possessive:
        return None
    start, end = run[0].start, following[-1].end
    name = sentence[start:end]
    return ActorMention(name, GROUP, start, end, name)


def _is_common(token: _Token, common_words: frozenset[str]) -> bool:
    """A capitalised opener that the document also writes in lower case: a common word."""
    key = token.key
    return (
        key in common_words
        and key not in gz.GIVEN_NAMES
        and not _known_type(token.text)
        and not _ACRONYM.match(token.text)
    )


def _classify(sentence: str, raw: list[_Token], *, at_start: bool) -> ActorMention | None:
    run = _strip_edges(raw, at_start)
    if not run:
        return None
    after_run = sentence[run[-1].end : run[-1].end + 30]
    next_word = _WORD_AFTER.match(after_run)
    next_lower = next_word.group(1) if next_word else ""
    before_run = sentence[max(0, run[0].start - 40) : run[0].start]
    prev_word = _WORD_BEFORE.search(before_run)
    prev_lower = prev_word.group(1) if prev_word and prev_word.group(1).islower() else ""

    # A demonym or a place before a noun for people: "Mexican lawmakers", "U.S. officials".
    head = run[0].key
    if (
        len(run) == 1
        and next_lower in gz.GROUP_NOUNS
        and _ACRONYM.match(run[0].text)
        and _known_type(run[0].text) != PLACE
    ):
        # "CBP officers", "DEA agents": people acting for the agency; the agency is the actor.
        return ActorMention(run[0].text, ORGANIZATION, run[0].start, run[0].end, run[0].text)
    if len(run) == 1 and next_lower in gz.GROUP_NOUNS and not run[0].possessive:
        name = f"{run[0].text} {next_lower}"
        return ActorMention(name, GROUP, run[0].start, run[0].end + 1 + len(next_lower), name)
    if len(run) > 1 and (head in gz.DEMONYMS or _known_type(run[0].text) == PLACE):
        rest_keys = [t.key for t in run[1:]]
        if any(k in _TITLE_WORDS for k in rest_keys):
            run = run[1:]  # "Mexican Secretary of ...", "U.S. Attorney General ..."
    if head in gz.DEMONYMS and len(run) == 1:
        return None  # "Mexican bell peppers": a description, not an actor.
    if len(run) == 1 and head.endswith("s") and head[:-1] in gz.DEMONYMS:
        return ActorMention(run[0].text, GROUP, run[0].start, run[0].end, run[0].text)

    name = _words(run)
    start, end = run[0].start, run[-1].end
    known = _known_type(name)
    if known:
        return ActorMention(name, known, start, end, sentence[start:end])
    keys = [t.key for t in run]
    if next_lower in gz.PRODUCT_NOUNS and not run[-1].possessive:
        return None  # "Hellfire missiles", "Reaper drones": a model of a thing, not an actor
    if len(run) == 1 and (keys[0] in gz.GROUP_NOUNS or keys[0] in gz.ROLE_NOUNS):
        return None  # "Prosecutors said ...": a common noun opening the sentence.
    if keys[-1] in gz.THING_WORDS:
        return ActorMention(name, "", start, end, sentence[start:end])
    if keys[-1] in gz.GROUP_HEADS:
        return ActorMention(name, GROUP, start, end, sentence[start:end])
    if (
        keys[-1] in gz.ORG_WORDS
        or keys[0] in gz.ORG_WORDS
        or next_lower == "agency"
        # "Harmon Unified School District": an institution named after its territory.
        or (keys[-1] in gz.PLACE_WORDS and any(k in gz.ORG_WORDS for k in keys))
    ):
        return ActorMention(name, ORGANIZATION, start, end, sentence[start:end])
    titled = _titled_person(sentence, run) if any(_is_title(k) for k in keys) else None
    if titled is not None:
        return titled  # "Chief Executive Officer Jane Park", though "Park" names places too
    if (keys[-1] in gz.PLACE_WORDS and len(run) > 1) or _STATE_OR_COUNTRY_AFTER.match(after_run):
        # A place word alone ("Park said") names no place: it may be a surname.
        return ActorMention(name, PLACE, start, end, sentence[start:end])
    if next_lower in gz.GROUP_HEADS:
        group = f"{name} {next_lower}"
        return ActorMention(group, GROUP, start, end + 1 + len(next_lower), group)
    if all(_is_title(k) or k in gz.TITLE_MODIFIERS or k in gz.TITLE_HEADS for k in keys):
        return None  # a position without a name: "the CEO", "the Chief Financial Officer"
    if len(run) == 1 and _ACRONYM.match(run[0].text):
        return ActorMention(name, ORGANIZATION, start, end, name)
    if any(_is_title(k) for k in keys):
        return None  # a position without a person's name after it
    given = next((i for i, k in enumerate(keys) if k in gz.GIVEN_NAMES), None)
    if at_start and given and given <= 2 and not any(k in CONNECTORS for k in keys[:given]):
        # "Striker Tomas Reyes scored": a role word opening the sentence, then the name.
        person = run[given:]
        if _looks_like_name(person) and len(person) >= 2:
            return ActorMention(
                _words(person), PERSON, person[0].start, person[-1].end, sentence[start:end]
            )
    of_place = next(
        (
            i
            for i, t in enumerate(run)
            if t.key == "of" and 1 < i < len(run) - 1 and _known_type(_words(run[i + 1 :])) == PLACE
        ),
        None,
    )
    if of_place is not None and keys[0] in gz.GIVEN_NAMES:
        run, keys = run[:of_place], keys[:of_place]  # "Boris Yeltsin of Russia"
        name, end = _words(run), run[-1].end
    is_person = (
        keys[0] in gz.GIVEN_NAMES
        or (prev_lower.rstrip(".") in _TITLE_WORDS | gz.ROLE_NOUNS)
        or (prev_lower.endswith("s") and prev_lower[:-1] in gz.ROLE_NOUNS)
        or next_lower in gz.SPEECH_VERBS
        or _SPEECH_BEFORE.search(before_run) is not None
        or _appositive_person(sentence, start, end)
    )
    if is_person and len(run) <= 5 and not any(k in ("of", "for", "the") for k in keys):
        return ActorMention(name, PERSON, start, end, sentence[start:end])
    if prev_lower in ("in", "near", "outside") and not any(k in ("of", "for") for k in keys):
        return ActorMention(name, PLACE, start, end, sentence[start:end])  # "in Riverton"
    if at_start and len(run) == 1:
        return ActorMention(name, "", start, end, sentence[start:end])  # kept if seen elsewhere
    if len(run) == 1 and len(name) < 2:
        return None
    return ActorMention(name, "", start, end, sentence[start:end])


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.casefold() not in CONNECTORS).upper()


class DocumentActors:
    """Every name of one document, with its aliases merged into one canonical actor.

    Built once from all sentences (not only the dated ones), so that "Sheinbaum" in one
    sentence resolves to the "Claudia Sheinbaum" of another.
    """

    def __init__(self, sentences: Sequence[str], blocked: Sequence[Sequence[tuple[int, int]]] = ()):
        self.mentions: list[list[ActorMention]] = []
        mid_sentence: set[str] = set()
        common = frozenset(
            w for sentence in sentences for w in _LOWER_WORD.findall(sentence) if len(w) > 1
        )
        for i, sentence in enumerate(sentences):
            found = find_actor_mentions(sentence, blocked[i] if i < len(blocked) else (), common)
            self.mentions.append(found)
            mid_sentence.update(m.name for m in found if not m.sentence_initial)
        self._mid_sentence = mid_sentence
        self._paired = self._parenthesised_acronyms(sentences)
        self._build()
        self._sentences = sentences
        self._by_head = self._institutions_by_head()

    @staticmethod
    def _parenthesised_acronyms(sentences: Sequence[str]) -> dict[str, str]:
        """Acronyms the text spells out: "Drug Enforcement Administration (DEA)"."""
        pairs: dict[str, str] = {}
        for sentence in sentences:
            for m in re.finditer(
                r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|the|&)\s+)*){1,8})\(([A-Z]{2,6})\)",
                sentence,
            ):
                words = m.group(1).split()
                acronym = m.group(2)
                # Keep the shortest tail of the words whose initials spell the acronym.
                for k in range(len(words)):
                    tail = " ".join(words[k:])
                    if _initials(tail) == acronym and words[k][0].isupper():
                        pairs[acronym] = tail
                        break
                else:
                    pairs[acronym] = " ".join(words)
        return pairs

    def _build(self) -> None:
        types: dict[str, str] = {}
        for found in self.mentions:
            for m in found:
                if m.type and not types.get(m.name):
                    types[m.name] = m.type
                types.setdefault(m.name, m.type)
        # "Donald J. Trump" is the document's "Donald Trump" when it has both.
        people = {name for name, kind in types.items() if kind == PERSON}
        same_person = {
            name: bare for name in people if (bare := without_initials(name)) in people - {name}
        }
        # Indexes by last word (people) and first word (organisations), so that resolving
        # every name stays linear in the number of names.
        people_by_surname: dict[str, list[str]] = defaultdict(list)
        untyped_by_surname: dict[str, list[str]] = defaultdict(list)
        for name, kind in types.items():
            words = name.split()
            if kind == PERSON and len(words) > 1 and name not in same_person:
                people_by_surname[words[-1]].append(name)
            elif not kind and 2 <= len(words) <= 3 and "of" not in words:
                untyped_by_surname[words[-1]].append(name)
        # A surname used alone as a person makes the untyped full name it ends a person.
        for name, kind in list(types.items()):
            owners = untyped_by_surname.get(name, [])
            if kind == PERSON and len(owners) == 1 and not people_by_surname.get(name):
                types[owners[0]] = PERSON
                people_by_surname[name].append(owners[0])
        orgs_by_first_word: dict[str, list[str]] = defaultdict(list)
        for name, kind in types.items():
            if kind in (ORGANIZATION, "") and " " in name:
                orgs_by_first_word[name.split()[0]].append(name)
        acronyms = {a for a in types if _ACRONYM.match(a) and len(a) >= 3}
        long_to_acronym = {long: a for a, long in gz.ACRONYMS.items() if a in types}
        long_to_acronym.update({long: a for a, long in self._paired.items()})
        canonical: dict[str, str] = {}
        for name, kind in types.items():
            canonical[name] = same_person.get(name) or self._canonical(
                name, kind, people_by_surname, orgs_by_first_word, acronyms, long_to_acronym
            )
        self._canonical_of = canonical
        self._types = types
        aliases: dict[str, set[str]] = defaultdict(set)
        for found in self.mentions:
            for m in found:
                target = canonical[m.name]
                for form in (m.name, m.surface):
                    if form != target:
                        aliases[target].add(form)
        for acronym, long in self._paired.items():
            if acronym in types:
                aliases[acronym].add(long)
        self._aliases = aliases

    @staticmethod
    def _canonical(
        name: str,
        kind: str,
        people_by_surname: dict[str, list[str]],
        orgs_by_first_word: dict[str, list[str]],
        acronyms: set[str],
        long_to_acronym: dict[str, str],
    ) -> str:
        if kind == PLACE:
            return canonical_place(name)
        if name in long_to_acronym:
            return long_to_acronym[name]
        if _ACRONYM.match(name):
            return name
        if kind in (ORGANIZATION, "") and " " in name and _initials(name) in acronyms:
            return _initials(name)
        if " " not in name and kind in (PERSON, ""):
            owners = people_by_surname.get(name, [])
            if len(owners) == 1:
                return owners[0]
            companies = orgs_by_first_word.get(name, [])
            if len(companies) == 1 and not owners:
                return companies[0]
        return name

    def _institutions_by_head(self) -> dict[str, str]:
        """The document's organisations and groups by their head word, where only one has
        it: "the observatory" is the International Climate Observatory of the story (only
        for :data:`~timeline.events.gazetteer.INSTITUTION_HEADS`: "the house" is not the
        White House)."""
        heads: dict[str, set[str]] = defaultdict(set)
        for name, kind in self._types.items():
            words = name.split()
            head = words[-1].casefold()
            if (
                kind in (ORGANIZATION, GROUP, "")
                and len(words) > 1
                and head in gz.INSTITUTION_HEADS
            ):
                heads[head].add(self._canonical_of[name])
        return {head: next(iter(names)) for head, names in heads.items() if len(names) == 1}

    def actors(self, sentence_index: int) -> tuple[Actor, ...]:
        """The canonical actors of one sentence, in order of first mention, deduplicated;
        then those it names by their head word alone ("the ministry said")."""
        out: dict[str, Actor] = {}
        sentence_mentions = self.mentions[sentence_index]
        for m in sentence_mentions:
            name = self._canonical_of[m.name]
            kind = self._types.get(name) or self._types.get(m.name, "")
            opener = not kind and " " not in name and m.sentence_initial
            if opener and name not in self._mid_sentence:
                continue  # a capitalised opener ("Famously", "Pinpointing")
            if name not in out:
                out[name] = Actor(name, kind, tuple(sorted(self._aliases.get(name, ()))))
        if self._by_head and sentence_index < len(self._sentences):
            for head in _THE_HEAD.findall(self._sentences[sentence_index]):
                name = self._by_head.get(head)
                if name is not None and name not in out:
                    kind = self._types.get(name, "")
                    out[name] = Actor(name, kind, tuple(sorted(self._aliases.get(name, ()))))
        return tuple(out.values())


_THE_HEAD = re.compile(r"\b[Tt]he ([a-z]+)\b(?![-'’])")
"""A definite description by a head word alone: "the ministry", "The observatory"."""


def merge_actors(events: Iterable[Event]) -> tuple[Event, ...]:
    """Merge actor aliases across documents: one name for one actor everywhere.

    Two actors are one when a name or alias of one is a name or alias of the other, when
    a one-word person name is the surname of exactly one multi-word person ("Trump" ->
    "Donald Trump"), or when an acronym spells (or is known to stand for) an organisation's
    long name ("DEA", "Drug Enforcement Administration"). The longest person name and an
    organisation's acronym become the canonical name; every other form becomes an alias.
    """
    events = tuple(events)
    # Events share actor tuples (an export's reader builds one per cast): each distinct
    # tuple is looked at once, in order of first appearance, which changes no result.
    casts = list({id(event.actors): event.actors for event in events}.values())
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    types: dict[str, str] = {}
    for cast in casts:
        for actor in cast:
            types.setdefault(actor.name, actor.type)
            for alias in actor.aliases:
                # A bare surname is shared by many people: it links nobody by itself.
                if actor.type != PERSON or " " in alias:
                    union(actor.name.casefold(), alias.casefold())
            find(actor.name.casefold())
    # Middle initials do not tell people apart: "Donald J. Trump" is "Donald Trump".
    people = {name.casefold(): name for name, kind in types.items() if kind == PERSON}
    for key, name in people.items():
        bare = without_initials(name).casefold()
        if bare != key and bare in people:
            union(bare, key)
    people_by_surname: dict[str, set[str]] = defaultdict(set)
    for name, kind in types.items():
        if kind == PERSON and " " in name:
            people_by_surname[name.split()[-1]].add(find(name.casefold()))
    for name, kind in types.items():
        owners = people_by_surname.get(name, set())
        if " " not in name and kind in (PERSON, "") and len(owners) == 1:
            union(next(iter(owners)), name.casefold())
    # An organisation's long name and its acronym ("Drug Enforcement Administration", "DEA").
    acronyms = {n for n in types if _ACRONYM.match(n)}
    long_forms = {long: a for a, long in gz.ACRONYMS.items()}
    for name, kind in types.items():
        if kind in (ORGANIZATION, "") and " " in name:
            acronym = long_forms.get(name) or _initials(name)
            if acronym in acronyms and len(acronym) >= 3:
                union(acronym.casefold(), name.casefold())
    groups: dict[str, set[str]] = defaultdict(set)
    for cast in casts:
        for actor in cast:
            root = find(actor.name.casefold())
            groups[root].update((actor.name, *actor.aliases))
    first_seen = {name: i for i, name in enumerate(types)}
    chosen: dict[str, Actor] = {}
    for root, names in groups.items():
        # In order of first appearance: a set's own order changes with the hash seed, and
        # with it the chosen type, from one run (or one worker process) to the next.
        members = sorted((n for n in names if n in types), key=first_seen.__getitem__)
        kind = next((types[n] for n in members if types[n]), "")
        name = _choose_name(members or sorted(names), kind)
        chosen[root] = Actor(name, kind, tuple(sorted(n for n in names if n != name)))
    recast: dict[int, tuple[Actor, ...] | None] = {}  # None: the cast is unchanged
    for cast in casts:
        actors: dict[str, Actor] = {}
        for actor in cast:
            new = chosen[find(actor.name.casefold())]
            actors.setdefault(new.name, new)
        merged_cast = tuple(actors.values())
        recast[id(cast)] = None if merged_cast == cast else merged_cast
    return tuple(
        event if (cast := recast[id(event.actors)]) is None else replace(event, actors=cast)
        for event in events
    )


def _choose_name(names: Sequence[str], kind: str) -> str:
    """An organisation's acronym; a person's fullest name, without middle initials if seen."""
    acronyms = sorted(n for n in names if _ACRONYM.match(n))
    if kind in (ORGANIZATION, "") and acronyms:
        return acronyms[0]
    if kind != PERSON:
        return max(sorted(names), key=lambda n: -len(n))
    return max(
        sorted(names),
        key=lambda n: (len(without_initials(n).split()), without_initials(n) == n, -len(n)),
    )


_INITIAL = re.compile(r"[A-Z]\.?")


def without_initials(name: str) -> str:
    """A person's name without its middle initials: "Donald J. Trump" -> "Donald Trump"."""
    words = name.split()
    if len(words) < 3:
        return name
    middle = [w for w in words[1:-1] if not _INITIAL.fullmatch(w)]
    return " ".join([words[0], *middle, words[-1]])
