"""One reading of an article for the quote reader: its paragraphs, the people and bodies it
names, and the timeline pronouns are resolved against.

>>> from sanctuary_model.model.documents import Article
>>> paragraphs, reading, people = prepare(Article("Mayor Jane Doe spoke."))
>>> [p.name for p in people], len(paragraphs)
(['Jane Doe'], 1)
"""

from __future__ import annotations

import bisect

from ...model.documents import Article
from ...model.people import Organization, Person
from ..text import Paragraph, running_paragraphs
from ._attribution import Attributions
from ._context import Bodies, Event, Timeline
from ._mentions import Mention, find_people
from ._organizations import Body, BodyKind, find_bodies
from ._sentences import opens_sentence
from ._subjects import Subjects

__all__ = ["prepare"]


def prepare(article: Article) -> tuple[list[Paragraph], Attributions, tuple[Person, ...]]:
    paragraphs = running_paragraphs(article)
    found = find_people([p.masked for p in paragraphs], [p.offset for p in paragraphs])
    timeline = Timeline(
        genders=dict(found.genders),
        roles={p.name: p.role for p in found.people if p.role is not None},
    )
    bodies = [body for p in paragraphs for body in find_bodies(p.masked, p.offset)]
    sentence_starts = sorted({start for p in paragraphs for start in p.sentence_starts})
    starts = sorted({start for p in paragraphs for start in p.sentence_starts})
    paragraph_starts = [p.offset for p in paragraphs]
    subjects = Subjects(
        {m.start: m for m in found.mentions},
        _mentions_ending(found.mentions),
        {body.start: body for body in bodies},
        {body.end: body for body in bodies},
        timeline,
        starts,
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


def _mentions_ending(mentions: tuple[Mention, ...]) -> dict[int, Mention]:
    ending: dict[int, Mention] = {}
    for mention in mentions:
        ending[mention.end] = mention
        if mention.tail is not None:
            ending[mention.tail] = mention
    return ending


def _paragraph_of(starts: list[int], position: int) -> int:
    return max(bisect.bisect_right(starts, position) - 1, 0)
