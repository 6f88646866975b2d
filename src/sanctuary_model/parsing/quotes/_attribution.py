"""Finding a quote's attribution: the words after it (``,” predicted Chris Chmielenski``,
``,” he said``) or before it in its sentence (``Sessions said in a statement: “``), with the
speech verb as written and the channel (``in a statement``; ``KRIO 7`` after ``told``).

>>> from sanctuary_model.model.documents import Article
>>> from sanctuary_model.parsing.quotes._reader import read_article
>>> quotes, _ = read_article(Article("“No,” said Jane Doe in an interview."))
>>> quotes[0].verb, quotes[0].channel
('said', 'in an interview')
"""

from __future__ import annotations

import bisect
import re

import attrs

from ...model.people import Organization, Person
from ...model.quotes import Quote
from ...model.span import Span
from ..text import MASK, Paragraph, Segment
from ._speech import ADVERBS, ATTRIBUTION_PATTERN, CHANNEL, TIME, TOLD_OBJECT, verb_starts
from ._subjects import Subject, Subjects

__all__ = ["Attributions", "Said", "speech_verbs"]

WINDOW = 400
_SPEECH_WORD = re.compile(r"(?<![\w\-])" + ATTRIBUTION_PATTERN + r"(?![\w\-])")
_VERB_AT = re.compile(ATTRIBUTION_PATTERN + r"(?![\w\-])")
_SUBJECT_TO_VERB = re.compile(
    r"(?:,[^,;\x1f]{1,150}?,?)? " + ADVERBS + r"(?P<verb>" + ATTRIBUTION_PATTERN + r")(?![\w\-])"
)
_GENERIC_SUBJECT = re.compile(
    r"(?:[\w.’'\-]+ ){1,10}?(?P<verb>" + ATTRIBUTION_PATTERN + r")(?![\w\-])"
)
# The capitalised words of a long title before a name: "Santa Clara County Board of Supervisors
# President" before "David Cortese".
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'&\-]*|of|for|the|and|on),? ){1,10}")
_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.$")
_HANDING_OVER = frozenset(",?!—–-…")
_HANDOVER = re.compile(r"\s*[,:]\s*$")


def speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of ``_SPEECH_WORD`` in ``text[start:end]``, tried only where a verb may
    start (verbs are whole words, so no match can overlap another)."""
    found = []
    for position in verb_starts(text):
        if start <= position < end:
            match = _SPEECH_WORD.match(text, position, end)
            if match is not None:
                found.append(match)
    return found


@attrs.frozen
class Said:
    """An attribution: who, the verb as written, the channel, and where the verb is."""

    subject: Subject | None
    verb: str | None
    channel: str | None
    verb_at: int
    handover: bool = True


@attrs.define
class Attributions:
    """Reads attributions around quotes, with the article's ``subjects``."""

    subjects: Subjects
    mention_starts: list[int]

    def after(self, para: Paragraph, segment: Segment) -> Said | None:
        """An attribution right after a quote: ``predicted Chris Chmielenski``, ``he said``."""
        if not segment.closed:
            return None
        masked = para.masked
        local = segment.close - para.offset
        limit = min(len(masked), local + WINDOW)
        following = masked.find(MASK, local, limit)
        limit = limit if following < 0 else following
        position = local
        while position < limit and masked[position] in " \t,—–":
            position += 1
        last_char = para.text[segment.start - para.offset : segment.end - para.offset].rstrip()[-1:]
        handed_over = last_char in _HANDING_OVER or masked.startswith((",", " —", "—"), local)
        if not handed_over:
            return None
        verb = _VERB_AT.match(masked, position, limit)
        if verb is not None and position > local:
            subject_at = verb.end() + 1 + para.offset
            subject = self.subject_at(para, subject_at) if verb.end() < limit else None
            after = subject.end if subject is not None else verb.end() + para.offset
            word = verb.group(0)
            return Said(subject, word, self.channel(para, word, after), verb.start() + para.offset)
        subject = self.subject_at(para, position + para.offset)
        if subject is not None:
            tail = _SUBJECT_TO_VERB.match(masked, subject.end - para.offset, limit)
            if tail is not None:
                word = tail.group("verb")
                after = tail.end() + para.offset
                at = tail.start("verb") + para.offset
                return Said(subject, word, self.channel(para, word, after), at)
        generic = _GENERIC_SUBJECT.match(masked, position, limit)
        if generic is not None:
            word = generic.group("verb")
            after = generic.end() + para.offset
            at = generic.start("verb") + para.offset
            return Said(None, word, self.channel(para, word, after), at)
        return None

    def subject_at(self, para: Paragraph, position: int) -> Subject | None:
        """Who is named at ``position``, or after a long title starting there."""
        subject = self.subjects.at(para, position)
        if subject is not None and subject.key is not None:
            return subject
        return self._titled_person(para, position) or subject

    def _titled_person(self, para: Paragraph, position: int) -> Subject | None:
        """``Santa Clara County Board of Supervisors President David Cortese``: the person
        after a run of capitalised title words starting at ``position``."""
        index = bisect.bisect_right(self.mention_starts, position)
        if index >= len(self.mention_starts):
            return None
        start = self.mention_starts[index]
        if start - position > 160 or start >= para.end:
            return None
        run = _TITLE_RUN.match(para.masked, position - para.offset, start - para.offset)
        if run is None or run.end() != start - para.offset:
            return None
        found = self.subjects.at(para, start)
        return None if found is None else attrs.evolve(found, span=Span(position, found.span.end))

    def before(
        self, para: Paragraph, segment: Segment, floor: int, last: Quote | None
    ) -> Said | None:
        """An attribution before a quote in its sentence: ``Sessions said:``, ``Kenney said the
        policy was`` (the quote is then partial)."""
        low = max(floor, segment.open - WINDOW) - para.offset
        prefix_end = segment.open - para.offset
        for verb in reversed(speech_verbs(para.masked, low, prefix_end)):
            verb_at = verb.start() + para.offset
            subject = self.subjects.before(para, verb_at, floor)
            if subject is None:
                subject = _coordinated(para, verb.start(), last)
            if subject is None:
                continue
            after = verb.end() + para.offset
            word = verb.group(0)
            channel = self.channel(para, word, after)
            handover = self.handover(para, word, after, segment.open)
            return Said(subject, word, channel, verb_at, handover)
        return None

    def channel(self, para: Paragraph, verb: str, position: int) -> str | None:
        local = position - para.offset
        masked = para.masked
        time = TIME.match(masked, local)
        if time is not None:
            local = time.end()
        if masked.startswith(" ", local):
            local += 1
        if verb in ("told", "tells"):
            stop = self.subjects.sentence_end(para, position) - para.offset
            told = TOLD_OBJECT.match(masked, local, min(len(masked), local + 120, stop))
            if told is not None and told.group(0) not in ("that", "the"):
                listener = told.group(0)
                if listener.endswith(".") and not _INITIAL_END.search(listener):
                    listener = listener[:-1]
                return listener
            return None
        channel = CHANNEL.match(masked, local, min(len(masked), local + 120))
        return None if channel is None else channel.group(0)

    def handover(self, para: Paragraph, verb: str, position: int, quote_open: int) -> bool:
        """Whether only time, channel and ``,`` or ``:`` stand between the verb and the quote."""
        local, stop = position - para.offset, quote_open - para.offset
        masked = para.masked
        time = TIME.match(masked, local, stop)
        if time is not None:
            local = time.end()
        channel = self.channel(para, verb, local + para.offset)
        if channel is not None:
            found = masked.find(channel, local, stop)
            if found >= 0:
                local = found + len(channel)
        return _HANDOVER.fullmatch(masked, local, stop) is not None or local == stop


def _coordinated(para: Paragraph, verb_local: int, last: Quote | None) -> Subject | None:
    """The speaker of the previous quote in the sentence when the verb is joined to it by
    ``and``: ``Sessions called them “dangerous” and said …``."""
    if (
        last is None
        or last.speaker_span is None
        or not para.masked.endswith(" and ", 0, verb_local)
    ):
        return None
    key = last.speaker.name if isinstance(last.speaker, Person) else None
    organization = last.speaker if isinstance(last.speaker, Organization) else None
    return Subject(key, last.speaker_span, last.attribution, verb_local + para.offset, organization)
