"""Finding the people a text names: introductions by title, by appositive, as speakers, and
later references by surname.

>>> found = find_people(["Attorney General Jeff Sessions spoke. Sessions left."])
>>> [p.name for p in found.people], [m.kind.value for m in found.mentions]
(['Jeff Sessions'], ['name', 'surname'])
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from ...model.people import Person
from ...model.quotes import Attribution
from ..jurisdictions._gazetteer import find_places
from ._first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from ._people_words import (
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    NAME_STOPS,
    ROLE_NOUNS,
    STATE_NAMES,
    TITLE_PATTERN,
)
from ._speech import ADVERBS, VERB_PATTERN, verb_reach, verb_starts

__all__ = ["Mention", "PeopleFound", "find_people"]

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPITAL = rf"[{_UP}]"
# A name word after its capital: ``ohn`` of ``John``, ``cDonald``, ``'Neil``, ``.`` of ``J.``
_TOKEN_REST = rf"(?:\.(?= )|[{_LOW}]*(?:[{_UP}][{_LOW}]+)?(?:[’'\-][{_UP}{_LOW}][{_LOW}]*)*(?!\w))"
_TOKEN = _CAPITAL + _TOKEN_REST
# Lower-case particles inside a name: "Bill de Blasio", "Ludwig van Beethoven".
_PARTICLE = r"(?:de|del|della|van|von|der|da|di|du|le|la|dos|das|bin|al) "
_NAME_REST = (
    r"(?: (?:"
    + _PARTICLE
    + r")?(?!(?:Jr|Sr)\.)"
    + _TOKEN
    + r"){0,3}(?:,? (?:Jr\.|Sr\.|II|III|IV)(?!\w))?"
)
_NAME = _TOKEN + _NAME_REST
# Not glued to a word, dot or hyphen before it. The lookbehind, spanning the capital, comes
# after it so that a search skips straight from capital to capital.
_UNGLUED = r"(?<![\w.\-].)"
_FREE_NAME = _CAPITAL + _UNGLUED + _TOKEN_REST + _NAME_REST
_TITLED = re.compile(r"(?<![\w.\-])(?P<title>" + TITLE_PATTERN + r") (?P<name>" + _NAME + ")")
# The appositive is read ahead, so that a name inside one (", Jane Doe,") is still seen.
_APPOSITIVE = re.compile(
    r"(?P<name>" + _FREE_NAME + r")(?=, (?P<appos>[^,.;:!?“”\"\x1f\n]{2,150})(?P<close>[,.;:!?]|$))"
)
_BEFORE_VERB = re.compile(
    r"(?P<name>"
    + _FREE_NAME
    + r")(?=(?:, [^,;:\x1f\n]{1,80},|,)? "
    + ADVERBS
    + VERB_PATTERN
    + r"(?!\w))"
)
_AFTER_VERB = re.compile(r"(?<!\w)" + VERB_PATTERN + r" (?P<name>" + _NAME + ")")
# A bare surname where an attribution goes, right after a quote: "”, Barr said" or "”, said
# Feuer as he". Not followed by another capitalised word (that would be a full name).
_SURNAME_SPEAKER = re.compile(
    r"\x1f,? (?:(?P<before>" + _TOKEN + r")(?= " + ADVERBS + VERB_PATTERN + r"(?!\w))"
    r"|" + VERB_PATTERN + r" (?P<after>" + _TOKEN + r")(?![ ,]+[A-Z]))"
)
# A bare surname opening a sentence (or following an introductory phrase) as the subject of a
# speech verb: "Abbott told Fox News …", "On Tuesday, Hernandez last night responded …".
_SURNAME_SUBJECT = re.compile(
    r"(?="
    + _CAPITAL
    + r")(?:^|(?<=[.!?] )|(?<=[.!?]\x1f )|(?<=, ))(?P<before>"
    + _TOKEN
    + r")(?= "
    + ADVERBS
    + r"(?:(?:last night|last week|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|"
    r"today|this week) )?" + VERB_PATTERN + r"(?!\w))"
)
_SPEECH_IN = re.compile(r"(?<!\w)" + VERB_PATTERN + r"(?!\w)")
# Capitalised words that start sentences as the subject of a verb but name no one person.
_GROUP_WORDS = frozenset(
    """Officials Critics Supporters Opponents Lawmakers Advocates Prosecutors Authorities
    Residents Experts Others Many Some Both Neither Few Police Republicans Democrats Immigrants
    Sheriffs Mayors Cities Counties States Officers Lawyers Attorneys Judges Leaders Activists
    Everyone Nobody Someone Observers Analysts Organizers Protesters Voters""".split()
)
# Title words a name never starts with ("General Landry" is Landry).
_TITLE_WORDS = frozenset(
    """general gen. judge mayor attorney governor gov. sheriff senator sen. president chief
    justice secretary director commissioner supervisor councilman councilwoman rep.
    representative spokesman spokeswoman officer detective professor prof. dr. mr. ms. mrs.
    rev. lt. sgt. capt. chairman chairwoman executive counsel congressman congresswoman
    assemblyman assemblywoman superintendent""".split()
)
_CAPITALISED = re.compile(_CAPITAL + _UNGLUED + r"[\w’'\-]*")
_PREFIX = re.compile(rf"(?:[{_UP}][\w.’'&\-]*,? ){{1,5}}$")
_ORG_SPLIT = re.compile(r" (?:at|of|for|with) (?:the )?(?=[A-Z])")
_TRAILING_PLACE = re.compile(r" in [A-Z][^,]*$")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the) ", re.IGNORECASE)
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,}|St\.")
_POSSESSIVE = ("’s", "'s")
_SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV"})
_PREFIX_STOPS = frozenset(
    """The A An But And Or So Yet In On At For From By With Of To As If When While Since After
    Before Until Although Because Meanwhile However Still Also Even Last Next Then Now Today
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Former Acting""".split()
)
_NOT_APPOSITIVE = frozenset("who which where when whose said says told and or but".split())


@attrs.frozen
class Mention:
    """Where the text names a person: ``start:end`` covers title and name, ``tail`` the end of
    an appositive after the name (past its closing comma), ``key`` the person's name."""

    start: int
    end: int
    key: str
    kind: Attribution  # NAME (the full name) or SURNAME
    possessive: bool = False
    tail: int | None = None


@attrs.frozen
class PeopleFound:
    """The people introduced (in order of introduction) and every mention of them."""

    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    genders: tuple[tuple[str, str], ...] = ()


@attrs.define
class _Builder:
    name: str
    first: int
    role: str | None = None
    organization: str | None = None
    gender: str | None = None

    def merge(self, role: str | None, organization: str | None, gender: str | None) -> None:
        self.role = self.role or role
        self.organization = self.organization or organization
        self.gender = self.gender or gender


@attrs.frozen
class _Intro:
    start: int
    end: int
    name: str
    role: str | None
    organization: str | None
    gender: str | None
    possessive: bool
    tail: int | None
    priority: int


def find_people(texts: Sequence[str], offsets: Sequence[int] = ()) -> PeopleFound:
    """People named in ``texts`` (masked paragraphs), positions shifted by ``offsets``."""
    shifts = list(offsets) or [0] * len(texts)
    intros: list[_Intro] = []
    for text, shift in zip(texts, shifts, strict=True):
        intros.extend(_shifted(intro, shift) for intro in _intros(text))
    intros = _without_overlaps(intros)
    builders: dict[str, _Builder] = {}
    by_surname: dict[str, list[_Builder]] = {}
    mentions: list[Mention] = []
    for intro in intros:
        key = _register(intro, builders, by_surname)
        if key is None:
            continue
        kind = Attribution.NAME if key == intro.name else Attribution.SURNAME
        mentions.append(Mention(intro.start, intro.end, key, kind, intro.possessive, intro.tail))
    taken = sorted((m.start, m.end) for m in mentions)
    full_names: dict[str, list[_Builder]] = {}
    for builder in builders.values():
        full_names.setdefault(_surname(builder.name), []).append(builder)
    if full_names:
        for text, shift in zip(texts, shifts, strict=True):
            mentions.extend(_surname_mentions(text, shift, full_names, taken))
    mentions.sort(key=lambda m: m.start)
    ordered = sorted(builders.values(), key=lambda b: b.first)
    for builder in ordered:
        builder.gender = builder.gender or _first_name_gender(builder.name)
    people = tuple(Person(b.name, b.role, b.organization) for b in ordered)
    genders = tuple((b.name, b.gender) for b in ordered if b.gender is not None)
    return PeopleFound(people, tuple(mentions), genders)


def _shifted(intro: _Intro, shift: int) -> _Intro:
    if not shift:
        return intro
    tail = None if intro.tail is None else intro.tail + shift
    return _Intro(
        intro.start + shift,
        intro.end + shift,
        intro.name,
        intro.role,
        intro.organization,
        intro.gender,
        intro.possessive,
        tail,
        intro.priority,
    )


def _register(
    intro: _Intro, builders: dict[str, _Builder], by_surname: dict[str, list[_Builder]]
) -> str | None:
    if " " not in intro.name:
        earlier = by_surname.get(intro.name, [])
        if len(earlier) > 1:
            return None
        if earlier:
            earlier[0].merge(intro.role, intro.organization, intro.gender)
            return earlier[0].name
    builder = builders.get(intro.name)
    if builder is None:
        builder = _Builder(intro.name, intro.start, intro.role, intro.organization, intro.gender)
        builders[intro.name] = builder
        by_surname.setdefault(_surname(intro.name), []).append(builder)
    else:
        builder.merge(intro.role, intro.organization, intro.gender)
    return intro.name


def _surname(name: str) -> str:
    words = name.replace(",", "").split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1]


def _without_overlaps(intros: list[_Intro]) -> list[_Intro]:
    kept: list[_Intro] = []
    starts: list[int] = []
    ends: list[int] = []
    for intro in sorted(intros, key=lambda i: (i.priority, i.start)):
        index = bisect.bisect_right(starts, intro.start)
        if index > 0 and ends[index - 1] > intro.start:
            continue
        if index < len(starts) and starts[index] < intro.end:
            continue
        starts.insert(index, intro.start)
        ends.insert(index, intro.end)
        kept.append(intro)
    return sorted(kept, key=lambda i: i.start)


def _intros(text: str) -> list[_Intro]:
    found: list[_Intro] = []
    for match in _TITLED.finditer(text):
        found.extend(_titled(text, match))
    for match in _APPOSITIVE.finditer(text):
        found.extend(_appositive(match))
    # Every pattern below holds a speech verb after no word character: none is searched in
    # a paragraph with no verb, and none past the last verb (``verb_reach``).
    reach = verb_reach(text)
    if not reach:
        return found
    speaking = [*_SURNAME_SPEAKER.finditer(text), *_SURNAME_SUBJECT.finditer(text, 0, reach)]
    for match in speaking:
        group = "before" if match.group("before") is not None else "after"
        name, possessive = _clean_name(match.group(group))
        if name is not None and not possessive and _could_be_surname(name):
            start = match.start(group)
            found.append(_Intro(start, start + len(name), name, None, None, None, False, None, 4))
    for match in (*_BEFORE_VERB.finditer(text, 0, reach), *_after_verb(text)):
        name, possessive = _clean_name(match.group("name"))
        if name is not None and not possessive and " " in name:
            start = match.start("name")
            found.append(_Intro(start, start + len(name), name, None, None, None, False, None, 3))
    return found


def _after_verb(text: str) -> list[re.Match[str]]:
    """What ``_AFTER_VERB.finditer(text)`` finds, tried only where a verb may start."""
    found = []
    position = 0
    for start in verb_starts(text):
        if start >= position:
            match = _AFTER_VERB.match(text, start)
            if match is not None:
                found.append(match)
                position = match.end()
    return found


_KNOWN_CITY = 100_000  # inhabitants


def _could_be_surname(word: str) -> bool:
    """Whether a lone capitalised word where a speaker goes may be a person's surname: not a
    title, a group of people, or a place (``“…,” Chicago said`` is the city speaking)."""
    if (
        word in STATE_NAMES
        or word in _GROUP_WORDS
        or word.lower() in _TITLE_WORDS
        or len(word) <= 2
        or word.endswith(".")
    ):
        return False
    return not _is_known_city(word)


@functools.lru_cache(maxsize=4096)
def _is_known_city(word: str) -> bool:
    """Whether ``word`` names a city readers know by its name alone: the national gazetteer
    has a town for nearly every surname (Barr, Pa.; Reese, Mich.)."""
    return any(place.population >= _KNOWN_CITY for place in find_places(word))


def _clean_name(raw: str) -> tuple[str | None, bool]:
    """The name in ``raw`` cut before any word that cannot be part of one, without a title
    word before it; and whether it ended in a possessive."""
    words: list[str] = []
    split = raw.split(" ")
    while len(split) > 1 and split[0].lower() in _TITLE_WORDS:
        split = split[1:]
    for word in split:
        bare = word.rstrip(",")
        initial = len(bare) == 2 and bare.endswith(".")
        acronym = len(bare) > 1 and bare.isupper() and bare not in _SUFFIXES and not initial
        if bare in NAME_STOPS or acronym:
            break
        if word.endswith(_POSSESSIVE):
            words.append(word[:-2])
            return _joined(words), True
        words.append(word)
    return _joined(words), False


def _joined(words: list[str]) -> str | None:
    while words and (words[-1].endswith(",") or (len(words[-1]) == 2 and words[-1][1] == ".")):
        words.pop()
    if not words or all(len(word) <= 2 for word in words):
        return None
    return " ".join(words)


def _titled(text: str, match: re.Match[str]) -> list[_Intro]:
    name, possessive = _clean_name(match.group("name"))
    if name is None:
        return []
    title = match.group("title")
    if " " not in name and text.endswith("the ", 0, match.start("title")):
        return []  # "the Justice Debarment", "the Mayor Office": a thing, not a person
    lowered = title.lower()
    gender = "m" if lowered in MALE_WORDS else "f" if lowered in FEMALE_WORDS else None
    role = None if lowered in HONORIFICS else title
    start = match.start("title")
    organization = _organization_before(text, start)
    if organization is not None:
        start = text.rfind(organization.split(",")[0], 0, start)
    name_start = match.start("name")
    return [
        _Intro(start, name_start + len(name), name, role, organization, gender, possessive, None, 1)
    ]


def _organization_before(text: str, position: int) -> str | None:
    """``San Francisco`` in ``San Francisco city attorney``, ``Jackson, Mississippi`` in
    ``Jackson, Mississippi, Mayor``."""
    match = _PREFIX.search(text, max(0, position - 80), position)
    if match is None:
        return None
    words = match.group(0).split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index].rstrip(",")
        if word.endswith(".") and not _ABBREVIATED.fullmatch(word):
            words = words[index + 1 :]
            break
    while words and words[0].rstrip(",") in _PREFIX_STOPS:
        words = words[1:]
    if not words:
        return None
    phrase = " ".join(words)
    if phrase.endswith(","):
        parts = phrase[:-1].split(", ")
        if len(parts) == 2 and parts[1] in STATE_NAMES and parts[0]:
            return f"{parts[0]}, {parts[1]}"
        return None
    if "," in phrase:
        phrase = phrase.rsplit(", ", 1)[-1]
    return phrase or None


def _appositive(match: re.Match[str]) -> list[_Intro]:
    name, possessive = _clean_name(match.group("name"))
    if name is None or possessive or " " not in name or name != match.group("name"):
        return []
    appos = match.group("appos").strip()
    tail = match.end("appos")
    if match.group("close") == ",":
        tail = match.end("close")
    verb = _SPEECH_IN.search(appos)
    if verb is not None and verb.start() > 0:
        # "Alan Hanson, the acting assistant attorney general wrote to …": the role ends
        # where the speech verb begins.
        appos = appos[: verb.start()].rstrip()
        tail = match.start("appos") + len(appos)
    words = [word.strip("’'").lower() for word in appos.split()]
    if not words or words[0] in _NOT_APPOSITIVE:
        return []
    if not any(word in ROLE_NOUNS for word in words[:6] + words[-2:]):
        return []
    capitalised_role = any(word in ROLE_NOUNS for word in words[:2] + words[-2:])
    if not (appos[0].islower() or words[0] in ("a", "an", "the") or capitalised_role):
        return []
    role, organization = _role_and_organization(appos)
    gender = _gender_of(words)
    start = match.start("name")
    return [_Intro(start, start + len(name), name, role, organization, gender, False, tail, 2)]


def _first_name_gender(name: str) -> str | None:
    first = name.split()[0].lower() if " " in name else ""
    if first in MALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES:
        return "f"
    return None


def _gender_of(words: list[str]) -> str | None:
    if any(word in MALE_WORDS for word in words[:6]):
        return "m"
    if any(word in FEMALE_WORDS for word in words[:6]):
        return "f"
    return None


def _role_and_organization(appos: str) -> tuple[str | None, str | None]:
    """``("director of policy studies", "Center for Immigration Studies")`` from
    ``director of policy studies at the Center for Immigration Studies``."""
    split = _ORG_SPLIT.search(appos)
    role, organization = appos, None
    if split is not None:
        role, organization = appos[: split.start()], appos[split.end() :]
        organization = _TRAILING_PLACE.sub("", organization).strip() or None
    role = _LEADING_ARTICLE.sub("", _TRAILING_PLACE.sub("", role)).strip()
    return role or None, organization


def _surname_mentions(
    text: str, shift: int, by_surname: dict[str, list[_Builder]], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Later mentions in ``text`` of people by the surname of their full name."""
    found = []
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        possessive = word.endswith(_POSSESSIVE)
        if possessive:
            word = word[:-2]
        start = match.start() + shift
        candidates = by_surname.get(word)
        if not candidates or _inside(start, taken):
            continue
        # A bare surname read as a speaker ("Barr said") names that person everywhere.
        earlier = [b for b in candidates if b.first < start or " " not in b.name]
        if len(earlier) == 1:
            found.append(
                Mention(start, start + len(word), earlier[0].name, Attribution.SURNAME, possessive)
            )
    return found


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (position, len(spans) + position + 1))
    return index > 0 and spans[index - 1][1] > position
