"""Reading an article's quotes paragraph by paragraph: direct quotes with their attribution,
quotes that continue an earlier one, statements introduced by a colon, and reported speech.

>>> from sanctuary_model.model.documents import Article
>>> quotes, people = read_article(Article("“No,” said Jane Doe."))
>>> quotes[0].speaker == people[0]
True
"""

from __future__ import annotations

import attrs

from ...model.documents import Article
from ...model.legal import Statute
from ...model.people import Organization, Person
from ...model.quotes import Attribution, Quote, QuoteKind, Speaker
from ...model.span import Span
from .._memo import per_article
from ..text import Paragraph
from ._attribution import WINDOW, Attributions, Said
from ._context import Event
from ._reported import reported_at, reported_positions
from ._sentences import introduction, scare_quoted, sentence_speaker
from ._setup import prepare
from ._statutes import statute_for

__all__ = ["read_article"]

_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to".split())


@attrs.frozen
class _Found:
    """A quote read, with where its attribution's verb is (``-1`` for none), so that a later
    quote sharing that verb is known to continue it."""

    quote: Quote
    verb_at: int = -1


@attrs.define
class _QuoteReader:
    text: str
    reading: Attributions
    people: dict[str, Person]
    last_statute: Statute | None = None
    introduced: Said | None = None

    def read_paragraph(
        self, para: Paragraph, previous: list[_Found], unclosed: _Found | None
    ) -> list[_Found]:
        found: list[_Found] = []
        items = [(segment.open, index) for index, segment in enumerate(para.segments)]
        items.extend((position, -1) for position in reported_positions(para))
        items.sort()
        for position, index in items:
            if index < 0:
                reported = reported_at(self.reading, para, position)
                quote = None if reported is None else self._reported(*reported)
            else:
                quote = self._direct(para, index, found, previous, unclosed)
            if quote is not None:
                found.append(quote)
                self._record(para, quote.quote)
        self.introduced = introduction(self.reading, para)
        return found

    def _reported(self, span: Span, said: Said) -> _Found:
        return _Found(self._quote(span, QuoteKind.INDIRECT, said), said.verb_at)

    def _record(self, para: Paragraph, quote: Quote) -> None:
        position = quote.speaker_span.start if quote.speaker_span is not None else 0
        if quote.continued and quote.span is not None:
            position = quote.span.start
        subjects = self.reading.subjects
        if isinstance(quote.speaker, Person) and quote.speaker_span is not None:
            sentence = subjects.sentence_of(position)
            subjects.timeline.add(Event(position, sentence, para.index, quote.speaker.name, True))
        elif isinstance(quote.speaker, Organization):
            subjects.bodies.add(position, para.index, quote.speaker)

    def _quote(
        self, span: Span, kind: QuoteKind, said: Said | None, *, continued: bool = False
    ) -> Quote:
        text = self.text[span.start : span.end]
        speaker: Speaker | None = None
        subject = None if said is None else said.subject
        if subject is not None:
            if subject.key is not None:
                speaker = self.people.get(subject.key)
            elif subject.organization is not None:
                speaker = subject.organization
        return Quote(
            text,
            speaker,
            kind,
            said.verb if said else None,
            said.channel if said else None,
            span,
            speaker_span=None if subject is None else subject.span,
            attribution=None if speaker is None or subject is None else subject.how,
            continued=continued,
            unnamed=None if subject is None or speaker is not None else subject.unnamed,
        )

    def _direct(
        self,
        para: Paragraph,
        index: int,
        found: list[_Found],
        previous: list[_Found],
        unclosed: _Found | None,
    ) -> _Found | None:
        segment = para.segments[index]
        span = _inner_span(para, segment)
        if span is None:
            return None
        subjects = self.reading.subjects
        floor = max(subjects.sentence_of(segment.open), para.offset, segment.open - WINDOW)
        if index > 0:
            floor = max(floor, para.segments[index - 1].close)
        prefix = para.masked[floor - para.offset : segment.open - para.offset]
        standalone = not prefix.strip()
        if scare_quoted(prefix):
            return None
        text = self.text[span.start : span.end]
        kind = QuoteKind.DIRECT if standalone else QuoteKind.PARTIAL
        last = found[-1] if found and found[-1].quote.kind is not QuoteKind.INDIRECT else None
        said = self.reading.after(para, segment)
        if said is None:
            same_sentence = last is not None and subjects.sentence_of(
                last.quote.span.start if last.quote.span else 0
            ) == subjects.sentence_of(segment.open)
            said = self.reading.before(
                para, segment, floor, last.quote if last and same_sentence else None
            )
            if said is not None:
                kind = QuoteKind.DIRECT if said.handover else QuoteKind.PARTIAL
            if not standalone and (said is None or not said.handover):
                said = _sentence_first(said, sentence_speaker(self.reading, para, segment.open))
        if said is not None:
            continued = last is not None and last.verb_at == said.verb_at
            return _Found(self._quote(span, kind, said, continued=continued), said.verb_at)
        if last is not None and index > 0 and _interrupts(para, index, prefix):
            return attrs.evolve(last, quote=_continuing(last.quote, text, span))
        if standalone and self.introduced is not None and not found and index == 0:
            return _Found(self._quote(span, kind, self.introduced), self.introduced.verb_at)
        words = text.split()
        if len(words) <= 3 or _is_title(words):
            return None
        statute = statute_for(prefix, self.last_statute)
        if statute is not None:
            law, verb = statute
            how = None if law is None else Attribution.STATUTE
            return _Found(Quote(text, law, kind, verb, None, span, attribution=how))
        source = _continued_from(para, segment, found, previous, unclosed, standalone)
        if source is not None:
            return attrs.evolve(source, quote=_continuing(source.quote, text, span))
        return _Found(Quote(text, None, kind, None, None, span))


def _sentence_first(said: Said | None, sentence: Said | None) -> Said | None:
    """The sentence's own speaker over the nearest verb's subject, when they differ: in
    ``Roe said that Smith had told him …, and “…”`` the words are Roe's."""
    if sentence is None or sentence.subject is None:
        return said
    if said is None or said.subject is None:
        return sentence
    same = (said.subject.key, said.subject.organization) == (
        sentence.subject.key,
        sentence.subject.organization,
    )
    return said if same else sentence


def _continuing(source: Quote, text: str, span: Span) -> Quote:
    return attrs.evolve(source, text=text, span=span, kind=QuoteKind.DIRECT, continued=True)


def _continued_from(
    para: Paragraph,
    segment: object,
    found: list[_Found],
    previous: list[_Found],
    unclosed: _Found | None,
    standalone: bool,
) -> _Found | None:
    """The quote a standalone quote with no attribution of its own goes on from, if any."""
    if not standalone:
        return None
    if found:
        last = found[-1]
        said = last.quote.verb is not None or last.quote.speaker is not None
        return last if last.quote.kind is not QuoteKind.INDIRECT and said else None
    if segment is not para.segments[0] or para.segments[0].open - para.offset > 0:
        return None
    if unclosed is not None:
        said = unclosed.quote.verb is not None or unclosed.quote.speaker is not None
        return unclosed if said else None
    if not previous:
        return None
    last = previous[-1]
    if not isinstance(last.quote.speaker, Person | Organization) or last.quote.span is None:
        return None
    return last


def _interrupts(para: Paragraph, index: int, prefix: str) -> bool:
    """Whether the quote at ``index`` resumes the one before it in the same sentence, after
    its attribution: ``“…,” said Chief Charlie Beck, “and …”``."""
    before = para.text[para.segments[index - 1].end - para.offset - 1 :][:1]
    return before == "," and prefix.rstrip().endswith(",") and "\x1f" not in prefix


def _inner_span(para: Paragraph, segment: object) -> Span | None:
    start, end = segment.start, segment.end  # type: ignore[attr-defined]
    inner = para.text[start - para.offset : end - para.offset]
    stripped = inner.rstrip().rstrip(",").rstrip()
    lead = len(inner) - len(inner.lstrip())
    if not stripped[lead:].strip():
        return None
    return Span(start + lead, start + len(stripped))


def _is_title(words: list[str]) -> bool:
    """Whether the words read as a title (``The Cost of Sanctuary``), not as speech."""
    if len(words) < 2 or words[-1].endswith(("!", "?")):
        return False
    return all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)


@per_article
def read_article(article: Article) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    paragraphs, reading, people = prepare(article)
    reader = _QuoteReader(article.text, reading, {person.name: person for person in people})
    quotes: list[Quote] = []
    previous: list[_Found] = []
    unclosed: _Found | None = None
    for para in paragraphs:
        found_here = reader.read_paragraph(para, previous, unclosed)
        quotes.extend(found.quote for found in found_here)
        previous = found_here
        unclosed = None
        if para.segments and not para.segments[-1].closed:
            direct = [f for f in found_here if f.quote.kind is not QuoteKind.INDIRECT]
            unclosed = direct[-1] if direct else None
        reader.last_statute = _latest_statute(para, reader.last_statute)
    quotes.sort(key=lambda q: q.span.start if q.span else 0)
    return tuple(quotes), people


def _latest_statute(para: Paragraph, current: Statute | None) -> Statute | None:
    found = statute_for(para.masked, current, require_verb=False)
    if found is None or found[0] is None:
        return current
    return found[0]
