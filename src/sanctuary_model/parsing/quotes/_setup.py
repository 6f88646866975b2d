"""One reading of an article for the quote reader: its paragraphs, the people and bodies it
names, and the timeline pronouns are resolved against.

>>> from sanctuary_model.model.documents import Article
>>> paragraphs, reading, people = prepare(Article("Mayor Jane Doe spoke."))
>>> [p.name for p in people], len(paragraphs)
(['Jane Doe'], 1)
"""

from __future__ import annotations

import bisect

import attrs

from ...model.documents import Article
from ...model.jurisdictions import Jurisdiction, JurisdictionKind, JurisdictionMention
from ...model.people import Organization, OrganizationKind, Person
from .._gate import Gated
from ..jurisdictions import extract_jurisdictions
from ..text import Paragraph, in_quotes, reading, running_paragraphs
from ._attribution import Attributions
from ._context import WINDOW_PARAGRAPHS, Bodies, Event, Timeline
from ._mentions import Mention, PeopleFound, find_people
from ._organizations import Body, BodyKind, find_bodies
from ._sentences import opens_sentence
from ._speech import ADVERBS, VERB_PATTERN, forget_verbs
from ._subjects import Subjects

__all__ = ["prepare"]

_K = JurisdictionKind
_GOVERNMENTS = frozenset({_K.CITY, _K.COUNTY, _K.CITY_COUNTY, _K.STATE, _K.DISTRICT})
_REFERRED_KINDS = {
    "city": frozenset({_K.CITY, _K.CITY_COUNTY}),
    "county": frozenset({_K.COUNTY, _K.CITY_COUNTY}),
    "state": frozenset({_K.STATE}),
}
# "the city said": the city named last, when the words are the whole subject: a speech verb,
# a time or place, or punctuation comes next, never more of a noun phrase ("the city council",
# "the state attorney general", "the state's lawyers"). The match starts at "he " (a literal,
# which re finds fast); the "T" or "t" is looked behind at.
_BACK_REFERENCE = Gated.compile(
    r"(?<=[Tt])(?<![\w\-][Tt])he (?P<noun>city|county|state)"
    r"(?=\s*(?:[,;:!?”)\x1f—–]|\.(?!\w)|$)"
    r"| " + ADVERBS + VERB_PATTERN + r"(?![\w\-])"
    r"| (?:on|in|last|this|late|early|which|who)(?![\w\-]))"
)


def prepare(article: Article) -> tuple[list[Paragraph], Attributions, tuple[Person, ...]]:
    paragraphs = running_paragraphs(article)
    forget_verbs()
    found = find_people([p.masked for p in paragraphs], [p.offset for p in paragraphs])
    places = _places(article, paragraphs)
    found = _without_places(found, places)
    timeline = Timeline(
        genders=dict(found.genders),
        roles={p.name: p.role for p in found.people if p.role is not None},
    )
    bodies = [body for p in paragraphs for body in find_bodies(p.masked, p.offset)]
    bodies = _with_governments(bodies, places, paragraphs)
    sentence_starts = sorted({start for p in paragraphs for start in p.sentence_starts})
    paragraph_starts = [p.offset for p in paragraphs]
    subjects = Subjects(
        {m.start: m for m in found.mentions},
        _mentions_ending(found.mentions),
        {body.start: body for body in bodies},
        {body.end: body for body in bodies},
        timeline,
        sentence_starts,
        Bodies(
            _organizations(paragraphs, bodies, paragraph_starts, sentence_starts),
            [body for body in bodies if body.kind is BodyKind.UNNAMED],
        ),
    )
    for mention in found.mentions:
        index = _paragraph_of(paragraph_starts, mention.start)
        sentence = subjects.sentence_of(mention.start)
        para = paragraphs[index]
        opening = para.masked[
            max(sentence, mention.start - 80) - para.offset : mention.start - para.offset
        ]
        subject = sentence >= mention.start - 80 and opens_sentence(opening)
        timeline.add(
            Event(mention.start, sentence, index, mention.key, subject, mention.possessive)
        )
    reading = Attributions(subjects, sorted(m.start for m in found.mentions))
    return paragraphs, reading, found.people


# Characters from a sentence's start to a subject, quoted passages included: more is no
# introductory phrase, and bounds the work on a "sentence" that never ends.
_LONGEST_OPENING = 5_000


def _organizations(
    paragraphs: list[Paragraph],
    bodies: list[Body],
    paragraph_starts: list[int],
    sentence_starts: list[int],
) -> list[tuple[int, int, Organization]]:
    """The organisations a later ``the letter`` or ``it`` may stand for: those that act as a
    sentence's subject and those named as a document's issuer, not the objects of verbs
    (``the state sued the Justice Department``)."""
    named = []
    for body in bodies:
        if body.organization is None:
            continue
        index = _paragraph_of(paragraph_starts, body.start)
        para = paragraphs[index]
        sentence = sentence_starts[max(bisect.bisect_right(sentence_starts, body.start) - 1, 0)]
        start = max(sentence, para.offset)
        if body.kind is BodyKind.DOCUMENT or (
            body.start - start <= _LONGEST_OPENING
            and opens_sentence(para.masked[start - para.offset : body.start - para.offset])
        ):
            named.append((body.start, index, body.organization))
    return sorted(named, key=lambda entry: entry[0])


def _places(article: Article, paragraphs: list[Paragraph]) -> list[JurisdictionMention]:
    """The governments the running text names outside quotation marks, in order."""
    quotes = reading(article).quotes
    starts = [p.offset for p in paragraphs]
    ends = [p.offset + len(p.text) for p in paragraphs]
    found = []
    for mention in extract_jurisdictions(article):
        start = mention.span.start
        index = _paragraph_of(starts, start)
        inside = bool(paragraphs) and starts[index] <= start < ends[index]
        if inside and mention.jurisdiction.kind in _GOVERNMENTS and not in_quotes(start, quotes):
            found.append(mention)
    return found


def _without_places(found: PeopleFound, places: list[JurisdictionMention]) -> PeopleFound:
    """No person is named like a place the text names there: "Los Angeles alleged" is the
    city speaking, not someone called Los Angeles."""
    spans = {(m.span.start, m.span.end) for m in places}
    mentions = tuple(m for m in found.mentions if (m.start, m.end) not in spans)
    if len(mentions) == len(found.mentions):
        return found
    named = {m.key for m in mentions}
    people = tuple(person for person in found.people if person.name in named)
    return attrs.evolve(found, people=people, mentions=mentions)


def _with_governments(
    bodies: list[Body], places: list[JurisdictionMention], paragraphs: list[Paragraph]
) -> list[Body]:
    """The bodies, with the governments the text names (where no body stands already) and
    ``the city``, ``the county`` or ``the state`` standing for the one named last nearby."""
    taken = [(body.start, body.end) for body in bodies]
    added = []
    for mention in places:
        start, end = mention.span.start, mention.span.end
        if not any(s < end and start < e for s, e in taken):
            organization = _government(mention.jurisdiction)
            added.append(Body(start, end, mention.text, BodyKind.ORGANIZATION, organization))
    starts = [m.span.start for m in places]
    for index, para in enumerate(paragraphs):
        for match in _BACK_REFERENCE.finditer(para.masked):
            start, end = match.start() - 1 + para.offset, match.end() + para.offset
            if any(s < end and start < e for s, e in taken):
                continue
            referred = _named_last(places, starts, start, match["noun"], paragraphs, index)
            if referred is not None:
                organization = _government(referred)
                written = para.masked[start - para.offset : match.end()]
                added.append(Body(start, end, written, BodyKind.ORGANIZATION, organization))
    if not added:
        return bodies
    return sorted([*bodies, *added], key=lambda body: (body.start, body.kind is BodyKind.DOCUMENT))


def _government(place: Jurisdiction) -> Organization:
    """A government speaking, by the name its place goes by (``Texas``, not ``State of
    Texas``)."""
    name = place.state.name if place.kind is _K.STATE else place.name
    return Organization(name, OrganizationKind.GOVERNMENT)


def _named_last(
    places: list[JurisdictionMention],
    starts: list[int],
    position: int,
    noun: str,
    paragraphs: list[Paragraph],
    paragraph: int,
) -> Jurisdiction | None:
    """The government of kind ``noun`` named last before ``position``, within a few
    paragraphs."""
    kinds = _REFERRED_KINDS[noun]
    earliest = paragraphs[max(0, paragraph - WINDOW_PARAGRAPHS)].offset
    for mention in reversed(places[: bisect.bisect_left(starts, position)]):
        if mention.span.start < earliest:
            return None
        if mention.jurisdiction.kind in kinds:
            return mention.jurisdiction
    return None


def _mentions_ending(mentions: tuple[Mention, ...]) -> dict[int, Mention]:
    ending: dict[int, Mention] = {}
    for mention in mentions:
        ending[mention.end] = mention
        if mention.tail is not None:
            ending[mention.tail] = mention
    return ending


def _paragraph_of(starts: list[int], position: int) -> int:
    return max(bisect.bisect_right(starts, position) - 1, 0)
