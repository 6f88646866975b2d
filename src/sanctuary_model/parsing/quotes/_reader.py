"""Reading quotes and speakers out of an article's paragraphs, one paragraph at a time.

>>> from sanctuary_model.model.documents import Article
>>> quotes, people = read_article(Article("“No,” said Jane Doe."))
>>> quotes[0].speaker == people[0]
True
"""

from __future__ import annotations

import bisect
import re

import attrs

from ...model.documents import Article
from ...model.legal import Statute
from ...model.people import Person
from ...model.quotes import Attribution, Quote, QuoteKind
from ...model.span import Span
from .._memo import per_article
from .._quote_marks import MASK, Segment
from .._quote_running import Paragraph, running_paragraphs
from ._context import Event, Timeline
from ._mentions import Mention, find_people
from ._speech import (
    ADVERBS,
    CHANNEL,
    CLAUSE_VERBS,
    TIME,
    TOLD_OBJECT,
    VERB_PATTERN,
)
from ._statutes import statute_for

__all__ = ["read_article"]


_WINDOW = 400
_MAX_CLAUSE = 1000
# A whole word (or "according to", "pointed out") that is one of SPEECH_WORDS.
_SPEECH_WORD = re.compile(r"(?<![\w\-])" + VERB_PATTERN + r"(?![\w\-])")
_VERB_AT = re.compile(VERB_PATTERN + r"(?![\w\-])")
_PRONOUN_AT = re.compile(r"(?:he|she|He|She)(?!\w)")
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:he|she|He|She)$")
_DESCRIBED = (
    r"(?:attorney general|city attorney|district attorney|judge|mayor|governor|senator|sheriff|"
    r"president|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|commissioner|"
    r"secretary|councilman|councilwoman|professor|superintendent|prosecutor|police chief)"
)
_DESCRIPTION_AT = re.compile(r"(?:the|The) (?P<noun>" + _DESCRIBED + r")(?!\w)")
_DESCRIPTION_BEFORE = re.compile(r"(?<!\w)(?:the|The) (?P<noun>" + _DESCRIBED + r")$")
_ADVERBS_BEFORE = re.compile(r"(?: " + ADVERBS.replace(" ){0,2}", "){0,2}") + r")?\s*$")
_RELATIVE_CLAUSE = re.compile(r",[^,;\x1f]{1,150},$")
_SUBJECT_TO_VERB = re.compile(
    r"(?:,[^,;\x1f]{1,150}?,)? " + ADVERBS + r"(?P<verb>" + VERB_PATTERN + r")(?![\w\-])"
)
_GENERIC_SUBJECT = re.compile(r"(?:[\w.’'\-]+ ){1,10}?(?P<verb>" + VERB_PATTERN + r")(?![\w\-])")
_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.$")
_HANDING_OVER = frozenset(",?!—–-…")
_HANDOVER = re.compile(r"\s*[,:]\s*$")
_THAT = re.compile(r",? that ")
_SCARE_LEAD = re.compile(r"(?:so-called|dubbed|titled|entitled|headlined|termed)\s*$", re.I)
_LOWER_CLAUSE_START = frozenset("in at on during by to for with from of as".split())
_CONJUNCTIONS = [[word] for word in "But And So Then Still Yet Now Later Meanwhile".split()]
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to".split())


@attrs.frozen
class _Subject:
    name: str | None
    span: Span
    how: Attribution | None
    end: int


@attrs.frozen
class _Said:
    """An attribution: who, the verb as written, the channel, and where the verb is."""

    subject: _Subject | None
    verb: str
    channel: str | None
    verb_at: int
    handover: bool = True


@attrs.define
class _Reader:
    text: str
    paragraphs: list[Paragraph]
    mentions_at: dict[int, Mention]
    mentions_ending: dict[int, Mention]
    people: dict[str, Person]
    timeline: Timeline
    sentence_starts: list[int]
    verb_of: dict[int, int] = attrs.field(factory=dict)
    last_statute: Statute | None = None

    # -- speakers ---------------------------------------------------------------------------

    def subject_at(self, para: Paragraph, position: int) -> _Subject | None:
        """The person named starting at ``position`` (absolute), if any."""
        mention = self.mentions_at.get(position)
        if mention is not None and not mention.possessive:
            how = Attribution.NAME if mention.kind == "name" else Attribution.SURNAME
            end = mention.tail if mention.tail is not None else mention.end
            return _Subject(mention.key, Span(mention.start, mention.end), how, end)
        local = position - para.offset
        pronoun = _PRONOUN_AT.match(para.masked, local)
        if pronoun is not None:
            return self._pronoun(para, position, pronoun.group(0))
        described = _DESCRIPTION_AT.match(para.masked, local)
        if described is not None:
            span = Span(position, position + len(described.group(0)))
            name = self.timeline.description(position, para.index, described.group("noun"))
            return _Subject(name, span, _described(name), span.end)
        return None

    def subject_before(self, para: Paragraph, verb_at: int, floor: int) -> _Subject | None:
        """The person named just before the verb at ``verb_at`` (absolute), not before ``floor``."""
        local = verb_at - para.offset
        low = max(floor - para.offset, 0)
        adverbs = _ADVERBS_BEFORE.search(para.masked, max(low, local - 40), local)
        end_local = adverbs.start() if adverbs is not None else local
        end = end_local + para.offset
        candidates = [end]
        clause = _RELATIVE_CLAUSE.search(para.masked, max(low, end_local - 160), end_local)
        if clause is not None:
            candidates.append(clause.start() + para.offset)
        for candidate in candidates:
            mention = self.mentions_ending.get(candidate)
            if mention is not None and not mention.possessive and mention.start >= floor:
                how = Attribution.NAME if mention.kind == "name" else Attribution.SURNAME
                return _Subject(mention.key, Span(mention.start, mention.end), how, verb_at)
        pronoun = _PRONOUN_BEFORE.search(para.masked, max(low, end_local - 4), end_local)
        if pronoun is not None:
            subject = self._pronoun(para, pronoun.start() + para.offset, pronoun.group(0))
            return attrs.evolve(subject, end=verb_at)
        described = _DESCRIPTION_BEFORE.search(para.masked, max(low, end_local - 24), end_local)
        if described is not None:
            start = described.start() + para.offset
            name = self.timeline.description(start, para.index, described.group("noun"))
            return _Subject(name, Span(start, end), _described(name), verb_at)
        return None

    def _pronoun(self, para: Paragraph, position: int, word: str) -> _Subject:
        gender = "m" if word.lower() == "he" else "f"
        name = self.timeline.pronoun(self.sentence_of(position), para.index, gender)
        how = None if name is None else Attribution.PRONOUN
        span = Span(position, position + len(word))
        return _Subject(name, span, how, span.end)

    def sentence_of(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[max(index, 0)] if self.sentence_starts else 0

    def sentence_end(self, para: Paragraph, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position)
        if index < len(self.sentence_starts):
            return min(self.sentence_starts[index], para.end)
        return para.end

    # -- attributions -----------------------------------------------------------------------

    def said_after(self, para: Paragraph, segment: Segment) -> _Said | None:
        """An attribution right after a quote: ``predicted Chris Chmielenski``, ``he said``."""
        if not segment.closed:
            return None
        masked = para.masked
        local = segment.close - para.offset
        limit = min(len(masked), local + _WINDOW)
        following = masked.find(MASK, local, limit)
        limit = limit if following < 0 else following
        position = local
        while position < limit and masked[position] in " \t,":
            position += 1
        last_char = para.text[segment.start - para.offset : segment.end - para.offset].rstrip()[-1:]
        handed_over = last_char in _HANDING_OVER or masked.startswith(",", local)
        if not handed_over:
            return None
        verb = _VERB_AT.match(masked, position, limit)
        if verb is not None and position > local:
            subject_at = verb.end() + 1 + para.offset
            subject = self.subject_at(para, subject_at) if verb.end() < limit else None
            after = subject.end if subject is not None else verb.end() + para.offset
            return _Said(
                subject,
                verb.group(0),
                self._channel(para, verb.group(0), after),
                verb.start() + para.offset,
            )
        subject = self.subject_at(para, position + para.offset)
        if subject is not None:
            tail = _SUBJECT_TO_VERB.match(masked, subject.end - para.offset, limit)
            if tail is not None:
                verb_word = tail.group("verb")
                after = tail.end() + para.offset
                return _Said(
                    subject,
                    verb_word,
                    self._channel(para, verb_word, after),
                    tail.start("verb") + para.offset,
                )
        generic = _GENERIC_SUBJECT.match(masked, position, limit)
        if generic is not None:
            verb_word = generic.group("verb")
            after = generic.end() + para.offset
            at = generic.start("verb") + para.offset
            return _Said(None, verb_word, self._channel(para, verb_word, after), at)
        return None

    def said_before(
        self, para: Paragraph, segment: Segment, floor: int, last: Quote | None
    ) -> _Said | None:
        """An attribution before a quote in its sentence: ``Sessions said:``, ``Kenney said the
        policy was`` (the quote is then partial)."""
        low = max(floor, segment.open - _WINDOW) - para.offset
        prefix_end = segment.open - para.offset
        verbs = _speech_verbs(para.masked, low, prefix_end)
        for verb in reversed(verbs):
            verb_at = verb.start() + para.offset
            subject = self.subject_before(para, verb_at, floor)
            if subject is None:
                subject = _coordinated(para, verb.start(), last)
            if subject is None:
                continue
            after = verb.end() + para.offset
            channel = self._channel(para, verb.group(0), after)
            handover = self._handover(para, verb.group(0), after, segment.open)
            return _Said(subject, verb.group(0), channel, verb_at, handover)
        return None

    def _channel(self, para: Paragraph, verb: str, position: int) -> str | None:
        local = position - para.offset
        masked = para.masked
        time = TIME.match(masked, local)
        if time is not None:
            local = time.end()
        if masked.startswith(" ", local):
            local += 1
        if verb in ("told", "tells"):
            told = TOLD_OBJECT.match(masked, local, min(len(masked), local + 120))
            if told is not None and told.group(0) not in ("that", "the"):
                listener = told.group(0)
                if listener.endswith(".") and not _INITIAL_END.search(listener):
                    listener = listener[:-1]
                return f"{verb} {listener}"
            return None
        channel = CHANNEL.match(masked, local, min(len(masked), local + 120))
        return None if channel is None else channel.group(0)

    def _handover(self, para: Paragraph, verb: str, position: int, quote_open: int) -> bool:
        """Whether only time, channel and ``,`` or ``:`` stand between the verb and the quote."""
        local, stop = position - para.offset, quote_open - para.offset
        masked = para.masked
        time = TIME.match(masked, local, stop)
        if time is not None:
            local = time.end()
        channel = self._channel(para, verb, local + para.offset)
        if channel is not None:
            found = masked.find(channel, local, stop)
            if found >= 0:
                local = found + len(channel)
        return _HANDOVER.fullmatch(masked, local, stop) is not None or local == stop

    # -- quotes -----------------------------------------------------------------------------

    def read_paragraph(
        self, para: Paragraph, previous: list[Quote], unclosed: Quote | None
    ) -> list[Quote]:
        found: list[Quote] = []
        items = [(segment.open, index) for index, segment in enumerate(para.segments)]
        items.extend((position, -1) for position in self._indirect_positions(para))
        items.sort()
        for position, index in items:
            if index < 0:
                quote = self._indirect(para, position)
            else:
                quote = self._direct(para, index, found, previous, unclosed)
            if quote is not None:
                found.append(quote)
                self._record(para, quote)
        return found

    def _record(self, para: Paragraph, quote: Quote) -> None:
        if isinstance(quote.speaker, Person) and quote.speaker_span is not None:
            position = (
                quote.speaker_span.start
                if not quote.continued
                else quote.span.start
                if quote.span
                else 0
            )
            self.timeline.add(
                Event(position, self.sentence_of(position), para.index, quote.speaker.name, True)
            )

    def _quote(
        self,
        span: Span,
        kind: QuoteKind,
        said: _Said | None,
        *,
        continued: bool = False,
    ) -> Quote:
        text = self.text[span.start : span.end]
        speaker: Person | Statute | None = None
        how = None
        speaker_span = None
        if said is not None and said.subject is not None:
            speaker_span = said.subject.span
            if said.subject.name is not None:
                speaker = self.people.get(said.subject.name)
                how = said.subject.how if speaker is not None else None
        return Quote(
            text,
            speaker,
            kind,
            said.verb if said else None,
            said.channel if said else None,
            span,
            speaker_span=speaker_span,
            attribution=how,
            continued=continued,
        )

    def _direct(
        self,
        para: Paragraph,
        index: int,
        found: list[Quote],
        previous: list[Quote],
        unclosed: Quote | None,
    ) -> Quote | None:
        segment = para.segments[index]
        span = _inner_span(para, segment)
        if span is None:
            return None
        floor = max(self.sentence_of(segment.open), para.offset, segment.open - _WINDOW)
        if index > 0:
            floor = max(floor, para.segments[index - 1].close)
        prefix = para.masked[floor - para.offset : segment.open - para.offset]
        standalone = not prefix.strip()
        if _SCARE_LEAD.search(prefix[-20:]):
            return None
        text = self.text[span.start : span.end]
        kind = QuoteKind.DIRECT if standalone else QuoteKind.PARTIAL
        last = found[-1] if found and found[-1].kind is not QuoteKind.INDIRECT else None
        said = self.said_after(para, segment)
        if said is None:
            same_sentence = (
                last is not None
                and last.span is not None
                and (self.sentence_of(last.span.start) == self.sentence_of(segment.open))
            )
            said = self.said_before(para, segment, floor, last if same_sentence else None)
            if said is not None:
                kind = QuoteKind.DIRECT if said.handover else QuoteKind.PARTIAL
        if said is not None:
            continued = last is not None and self.verb_of.get(id(last)) == said.verb_at
            quote = self._quote(span, kind, said, continued=continued)
            self.verb_of[id(quote)] = said.verb_at
            return quote
        if last is not None and index > 0 and _interrupts(para, index, prefix):
            return attrs.evolve(last, text=text, span=span, kind=QuoteKind.DIRECT, continued=True)
        words = text.split()
        if len(words) <= 3 or _is_title(words):
            return None
        statute = statute_for(prefix, self.last_statute)
        if statute is not None:
            law, verb = statute
            how = None if law is None else Attribution.STATUTE
            return Quote(text, law, kind, verb, None, span, attribution=how)
        source = self._continued_from(para, segment, found, previous, unclosed, standalone)
        if source is not None:
            return attrs.evolve(source, text=text, span=span, kind=QuoteKind.DIRECT, continued=True)
        return Quote(text, None, kind, None, None, span)

    def _continued_from(
        self,
        para: Paragraph,
        segment: Segment,
        found: list[Quote],
        previous: list[Quote],
        unclosed: Quote | None,
        standalone: bool,
    ) -> Quote | None:
        if not standalone:
            return None
        if found:
            last = found[-1]
            return last if last.kind is not QuoteKind.INDIRECT and last.verb is not None else None
        if segment is not para.segments[0] or segment.open - para.offset > 0:
            return None
        if unclosed is not None:
            return unclosed if unclosed.verb is not None else None
        if not previous:
            return None
        last = previous[-1]
        if last.speaker is None or not isinstance(last.speaker, Person) or last.span is None:
            return None
        return last

    # -- reported speech --------------------------------------------------------------------

    def _indirect_positions(self, para: Paragraph) -> list[int]:
        return [
            match.start() + para.offset
            for match in _speech_verbs(para.masked, 0, len(para.masked))
            if match.group(0) != "according to"
        ]

    def _indirect(self, para: Paragraph, verb_at: int) -> Quote | None:
        floor = max(self.sentence_of(verb_at), para.offset, verb_at - _WINDOW)
        local = verb_at - para.offset
        masked = para.masked
        if (
            not masked[floor - para.offset : local].strip()
            or MASK in masked[floor - para.offset : local]
        ):
            return None
        verb = _VERB_AT.match(masked, local)
        if verb is None:
            return None
        subject = self.subject_before(para, verb_at, floor)
        if subject is None or subject.name is None:
            return None
        word = verb.group(0)
        position = verb.end()
        time = TIME.match(masked, position)
        if time is not None:
            position = time.end()
        channel = self._channel(para, word, position + para.offset)
        if channel is not None:
            found = masked.find(
                channel if not channel.startswith(word) else channel[len(word) + 1 :], position
            )
            if found >= 0:
                position = found + len(
                    channel if not channel.startswith(word) else channel[len(word) + 1 :]
                )
        time = TIME.match(masked, position)
        if time is not None:
            position = time.end()
        that = _THAT.match(masked, position)
        if that is not None:
            position = that.end()
        elif (
            word in CLAUSE_VERBS
            and word not in ("told", "tells")
            and masked.startswith(" ", position)
        ):
            position += 1
        else:
            return None
        end = self.sentence_end(para, verb_at) - para.offset
        if end - position > _MAX_CLAUSE:
            return None
        clause = masked[position:end].rstrip()
        clause = clause.rstrip(".!?;:").rstrip()
        words = clause.split()
        if len(words) < 3 or MASK in clause or not clause[:1].isalnum():
            return None
        if any(mark in clause for mark in _STRAY_MARKS):
            # An unclosed quotation (never masked) is not reported speech we can trust.
            return None
        if that is None and words[0].lower() in _LOWER_CLAUSE_START:
            return None
        span = Span(position + para.offset, position + para.offset + len(clause))
        said = _Said(subject, word, channel, verb_at)
        return self._quote(span, QuoteKind.INDIRECT, said)


_STRAY_MARKS = '“”"«»„'


def _speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_SPEECH_WORD.finditer(text, start, end))


def _described(name: str | None) -> Attribution | None:
    return None if name is None else Attribution.DESCRIPTION


def _coordinated(para: Paragraph, verb_local: int, last: Quote | None) -> _Subject | None:
    """The speaker of the previous quote in the sentence when the verb is joined to it by
    ``and``: ``Sessions called them “dangerous” and said …``."""
    if (
        last is None
        or last.speaker_span is None
        or not para.masked.endswith(" and ", 0, verb_local)
    ):
        return None
    name = last.speaker.name if isinstance(last.speaker, Person) else None
    return _Subject(name, last.speaker_span, last.attribution, verb_local + para.offset)


def _interrupts(para: Paragraph, index: int, prefix: str) -> bool:
    """Whether the quote at ``index`` resumes the one before it in the same sentence, after
    its attribution: ``“…,” said Chief Charlie Beck, “and …”``."""
    before = para.text[para.segments[index - 1].end - para.offset - 1 :][:1]
    return before == "," and prefix.rstrip().endswith(",") and MASK not in prefix


def _inner_span(para: Paragraph, segment: Segment) -> Span | None:
    inner = para.text[segment.start - para.offset : segment.end - para.offset]
    stripped = inner.rstrip().rstrip(",").rstrip()
    lead = len(inner) - len(inner.lstrip())
    if not stripped[lead:].strip():
        return None
    return Span(segment.start + lead, segment.start + len(stripped))


def _is_title(words: list[str]) -> bool:
    """Whether the words read as a title (``The Cost of Sanctuary``), not as speech."""
    if len(words) < 2 or words[-1].endswith(("!", "?")):
        return False
    return all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)


@per_article
def read_article(article: Article) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    paragraphs = running_paragraphs(article)
    found = find_people([p.masked for p in paragraphs], [p.offset for p in paragraphs])
    people = {person.name: person for person in found.people}
    timeline = Timeline(
        genders=dict(found.genders),
        roles={p.name: p.role for p in found.people if p.role is not None},
    )
    starts = sorted({start for p in paragraphs for start in p.sentence_starts})
    reader = _Reader(
        article.text,
        paragraphs,
        {m.start: m for m in found.mentions},
        _mentions_ending(found.mentions),
        people,
        timeline,
        starts,
    )
    paragraph_starts = [p.offset for p in paragraphs]
    for mention in found.mentions:
        paragraph = _paragraph_of(paragraph_starts, mention.start)
        sentence = reader.sentence_of(mention.start)
        para = paragraphs[paragraph]
        opening = para.masked[
            max(sentence, mention.start - 80) - para.offset : mention.start - para.offset
        ]
        subject = sentence >= mention.start - 80 and _opens_sentence(opening)
        timeline.add(
            Event(mention.start, sentence, paragraph, mention.key, subject, mention.possessive)
        )
    quotes: list[Quote] = []
    previous: list[Quote] = []
    unclosed: Quote | None = None
    for para in paragraphs:
        found_here = reader.read_paragraph(para, previous, unclosed)
        quotes.extend(found_here)
        previous = found_here
        unclosed = None
        if para.segments and not para.segments[-1].closed:
            unclosed = next(
                (q for q in reversed(found_here) if q.kind is not QuoteKind.INDIRECT), None
            )
        reader.last_statute = _latest_statute(para, reader.last_statute)
    quotes.sort(key=lambda q: q.span.start if q.span else 0)
    return tuple(quotes), found.people


def _opens_sentence(opening: str) -> bool:
    """Whether a name after ``opening`` (the sentence so far) is the sentence's subject:
    nothing, a conjunction or a short introductory phrase with its comma comes before it."""
    words = opening.split()
    return not words or (words[-1].endswith(",") and len(words) <= 8) or words in _CONJUNCTIONS


def _latest_statute(para: Paragraph, current: Statute | None) -> Statute | None:
    found = statute_for(para.masked, current, require_verb=False)
    if found is None or found[0] is None:
        return current
    return found[0]


def _mentions_ending(mentions: tuple[Mention, ...]) -> dict[int, Mention]:
    ending: dict[int, Mention] = {}
    for mention in mentions:
        ending[mention.end] = mention
        if mention.tail is not None:
            ending[mention.tail] = mention
    return ending


def _paragraph_of(starts: list[int], position: int) -> int:
    return max(bisect.bisect_right(starts, position) - 1, 0)
