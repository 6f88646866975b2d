"""Who the words at a place in the text name: a person (by name, surname, pronoun or role), an
organisation, a document standing for whoever issued it, or an unnamed official.

>>> from sanctuary_model.model.documents import Article
>>> from sanctuary_model.parsing.quotes._reader import read_article
>>> quotes, _ = read_article(Article("“No,” the ACLU said."))
>>> quotes[0].speaker_name
'ACLU'
"""

from __future__ import annotations

import bisect
import re

import attrs

from ...model.people import Organization, UnnamedSpeaker
from ...model.quotes import Attribution
from ...model.span import Span
from ..text import Paragraph
from ._context import UNNAMED, Bodies, Event, Timeline
from ._mentions import Mention
from ._organizations import COURT_DOCUMENTS, Body, BodyKind
from ._speech import ADVERBS

__all__ = ["Subject", "Subjects"]

_PRONOUN_AT = re.compile(r"(?:he|she|He|She)(?!\w)")
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:he|she|He|She)$")
_IT_AT = re.compile(r"(?:it|It)(?!\w)")
_IT_BEFORE = re.compile(r"(?<!\w)(?:it|It)$")
_DESCRIBED = (
    r"(?:attorney general|city attorney|district attorney|judge|mayor|governor|senator|sheriff|"
    r"president|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|commissioner|"
    r"secretary|councilman|councilwoman|professor|superintendent|prosecutor|police chief)"
)
_DESCRIPTION_AT = re.compile(r"(?:the|The) (?P<noun>" + _DESCRIBED + r")(?!\w)")
_DESCRIPTION_BEFORE = re.compile(r"(?<!\w)(?:the|The) (?P<noun>" + _DESCRIBED + r")$")
_ADVERBS_BEFORE = re.compile(r"(?: " + ADVERBS.replace(" ){0,2}", "){0,2}") + r")?\s*$")
# A time between a subject and its verb: "Jane Roe on Monday issued", "Roe last week said".
_TIME_BEFORE = re.compile(
    r"(?: (?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?: night| morning| afternoon| evening)?| yesterday| today| last (?:week|month|"
    r"year|night)| this (?:week|month)| earlier)$"
)
_RELATIVE_CLAUSE = re.compile(r",[^,;\x1f]{1,150},$")
# "Jane Roe, who added that …": the relative pronoun stands for the name before it.
_WHO = re.compile(r",? who$")


@attrs.frozen
class Subject:
    """Who some words name: ``key`` is a person's name, else ``organization`` or ``unnamed``
    says who; all ``None`` when the words name someone the reader cannot tell."""

    key: str | None
    span: Span
    how: Attribution | None
    end: int
    organization: Organization | None = None
    unnamed: UnnamedSpeaker | None = None

    @property
    def known(self) -> bool:
        return self.key is not None or self.organization is not None


@attrs.define
class Subjects:
    """The mentions of one article, indexed by where they start and end."""

    mentions_at: dict[int, Mention]
    mentions_ending: dict[int, Mention]
    bodies_at: dict[int, Body]
    bodies_ending: dict[int, Body]
    timeline: Timeline
    sentence_starts: list[int]
    bodies: Bodies = attrs.field(factory=Bodies)

    def sentence_of(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[max(index, 0)] if self.sentence_starts else 0

    def sentence_end(self, para: Paragraph, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position)
        if index < len(self.sentence_starts):
            return min(self.sentence_starts[index], para.end)
        return para.end

    def person(self, mention: Mention, end: int) -> Subject:
        how = mention.kind
        return Subject(mention.key, Span(mention.start, mention.end), how, end)

    def at(self, para: Paragraph, position: int) -> Subject | None:
        """Who is named starting at ``position`` (absolute), if anyone."""
        mention = self.mentions_at.get(position)
        if mention is not None and not mention.possessive:
            return self.person(mention, mention.tail if mention.tail is not None else mention.end)
        local = position - para.offset
        pronoun = _PRONOUN_AT.match(para.masked, local)
        if pronoun is not None:
            return self.pronoun(para, position, pronoun.group(0))
        described = _DESCRIPTION_AT.match(para.masked, local)
        if described is not None:
            span = Span(position, position + len(described.group(0)))
            name = self.timeline.description(position, para.index, described.group("noun"))
            if name is not None:
                return Subject(name, span, Attribution.DESCRIPTION, span.end)
        body = self.bodies_at.get(position)
        if body is not None:
            return self.body(para, body, body.end)
        it = _IT_AT.match(para.masked, local)
        if it is not None:
            return self.it(para, position, position + 2)
        if described is not None:
            span = Span(position, position + len(described.group(0)))
            return Subject(None, span, None, span.end)
        return None

    def before(self, para: Paragraph, verb_at: int, floor: int) -> Subject | None:
        """Who is named just before the verb at ``verb_at`` (absolute), not before ``floor``."""
        local = verb_at - para.offset
        low = max(floor - para.offset, 0)
        adverbs = _ADVERBS_BEFORE.search(para.masked, max(low, local - 40), local)
        end_local = adverbs.start() if adverbs is not None else local
        time = _TIME_BEFORE.search(para.masked, max(low, end_local - 30), end_local)
        if time is not None:
            end_local = time.start()
        end = end_local + para.offset
        candidates = [end]
        clause = _RELATIVE_CLAUSE.search(para.masked, max(low, end_local - 160), end_local)
        if clause is not None:
            candidates.append(clause.start() + para.offset)
        if para.masked.endswith(",", 0, end_local):
            candidates.append(end - 1)  # "The county counsel, James Williams, said"
        who = _WHO.search(para.masked, max(0, end_local - 6), end_local)
        if who is not None:
            candidates.append(who.start() + para.offset)
        for candidate in candidates:
            mention = self.mentions_ending.get(candidate)
            if mention is not None and not mention.possessive and mention.start >= floor:
                return self.person(mention, verb_at)
        pronoun = _PRONOUN_BEFORE.search(para.masked, max(low, end_local - 4), end_local)
        if pronoun is not None:
            subject = self.pronoun(para, pronoun.start() + para.offset, pronoun.group(0))
            return attrs.evolve(subject, end=verb_at)
        described = _DESCRIPTION_BEFORE.search(para.masked, max(low, end_local - 24), end_local)
        if described is not None:
            start = described.start() + para.offset
            name = self.timeline.description(start, para.index, described.group("noun"))
            if name is not None:
                return Subject(name, Span(start, end), Attribution.DESCRIPTION, verb_at)
        for candidate in candidates:
            body = self.bodies_ending.get(candidate)
            if body is not None and body.start >= floor:
                return self.body(para, body, verb_at)
        it = _IT_BEFORE.search(para.masked, max(low, end_local - 3), end_local)
        if it is not None:
            return self.it(para, it.start() + para.offset, verb_at)
        if described is not None:
            return Subject(None, Span(described.start() + para.offset, end), None, verb_at)
        return None

    def pronoun(self, para: Paragraph, position: int, word: str) -> Subject:
        gender = "m" if word.lower() == "he" else "f"
        name = self.timeline.pronoun(self.sentence_of(position), para.index, gender)
        how = None if name is None else Attribution.PRONOUN
        span = Span(position, position + len(word))
        return Subject(name, span, how, span.end)

    def it(self, para: Paragraph, position: int, end: int) -> Subject | None:
        """``it states``: the organisation (or its document) named last, nearby."""
        found = self.bodies.latest(position, para.index)
        if found is None:
            return None
        return Subject(None, Span(position, position + 2), Attribution.PRONOUN, end, found)

    def body(self, para: Paragraph, body: Body, end: int) -> Subject:
        span = Span(body.start, body.end)
        if body.kind is BodyKind.UNNAMED:
            description = self.bodies.introduced(body)
            self.timeline.add(
                Event(body.start, self.sentence_of(body.start), para.index, UNNAMED, True)
            )
            return Subject(None, span, None, end, unnamed=UnnamedSpeaker(description))
        if body.kind is BodyKind.ORGANIZATION:
            organization = body.organization or self.bodies.referred(body, para.index)
            how = Attribution.NAME if body.organization is not None else Attribution.DESCRIPTION
            return Subject(None, span, how if organization else None, end, organization)
        return self.document(para, body, end)

    def document(self, para: Paragraph, body: Body, end: int) -> Subject:
        """A document speaking for whoever issued it: its owner when the words say, the judge
        for a court's ruling, else the organisation named last nearby."""
        span = Span(body.start, body.end)
        owner = self.mentions_at.get(body.start)
        if body.owner is not None and owner is not None:
            return Subject(owner.key, span, Attribution.DOCUMENT, end)
        if body.organization is not None:
            return Subject(None, span, Attribution.DOCUMENT, end, body.organization)
        if body.document in COURT_DOCUMENTS:
            judge = self.timeline.description(body.start, para.index, "judge")
            how = None if judge is None else Attribution.DOCUMENT
            return Subject(judge, span, how, end)
        last = body.text.split()[-1].lower()
        word = last if last in ("department", "administration") else None
        found = self.bodies.latest(body.start, para.index, word)
        return Subject(None, span, None if found is None else Attribution.DOCUMENT, end, found)
