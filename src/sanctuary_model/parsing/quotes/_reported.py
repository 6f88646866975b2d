"""Reported speech: ``McDermott told KRIO 7 that the county would not back down``.

>>> from sanctuary_model.model.documents import Article
>>> from sanctuary_model.parsing.quotes._reader import read_article
>>> quotes, _ = read_article(Article("Jane Doe said that the city would appeal."))
>>> quotes[0].kind.value, quotes[0].text
('indirect', 'the city would appeal')
"""

from __future__ import annotations

import re

from ...model.span import Span
from ..text import MASK, Paragraph
from ._attribution import WINDOW, Attributions, Said, speech_verbs
from ._speech import CLAUSE_VERBS, TIME, VERB_PATTERN

__all__ = ["reported_at", "reported_positions"]

_MAX_CLAUSE = 1000
_VERB_AT = re.compile(VERB_PATTERN + r"(?![\w\-])")
_THAT = re.compile(r",? that ")
_LOWER_CLAUSE_START = frozenset("in at on during by to for with from of as".split())
_STRAY_MARKS = '“”"«»„'


def reported_positions(para: Paragraph) -> list[int]:
    """Where a speech verb in ``para`` might introduce reported speech (absolute offsets)."""
    return [
        match.start() + para.offset
        for match in speech_verbs(para.masked, 0, len(para.masked))
        if match.group(0) != "according to"
    ]


def reported_at(reading: Attributions, para: Paragraph, verb_at: int) -> tuple[Span, Said] | None:
    """The reported clause after the verb at ``verb_at`` and its attribution, if the verb
    introduces one with a named speaker."""
    subjects = reading.subjects
    floor = max(subjects.sentence_of(verb_at), para.offset, verb_at - WINDOW)
    local = verb_at - para.offset
    masked = para.masked
    before = masked[floor - para.offset : local]
    if not before.strip() or MASK in before:
        return None
    verb = _VERB_AT.match(masked, local)
    if verb is None:
        return None
    subject = subjects.before(para, verb_at, floor)
    if subject is None or not subject.known:
        return None
    word = verb.group(0)
    position = _past_time(masked, verb.end())
    channel = reading.channel(para, word, position + para.offset)
    if channel is not None:
        written = channel[len(word) + 1 :] if channel.startswith(word) else channel
        found = masked.find(written, position)
        if found >= 0:
            position = found + len(written)
    position = _past_time(masked, position)
    that = _THAT.match(masked, position)
    if that is not None:
        position = that.end()
    elif (
        word in CLAUSE_VERBS and word not in ("told", "tells") and masked.startswith(" ", position)
    ):
        position += 1
    else:
        return None
    end = subjects.sentence_end(para, verb_at) - para.offset
    if end - position > _MAX_CLAUSE:
        return None
    # Not a bare rstrip(): the mask character counts as white space to str.strip.
    clause = masked[position:end].rstrip(" \t\n").rstrip(".!?;:").rstrip(" \t\n")
    words = clause.split()
    if len(words) < 3 or MASK in clause or not clause[:1].isalnum():
        return None
    if any(mark in clause for mark in _STRAY_MARKS):
        # An unclosed quotation (never masked) is not reported speech we can trust.
        return None
    if that is None and words[0].lower() in _LOWER_CLAUSE_START:
        return None
    span = Span(position + para.offset, position + para.offset + len(clause))
    return span, Said(subject, word, channel, verb_at)


def _past_time(masked: str, position: int) -> int:
    time = TIME.match(masked, position)
    return position if time is None else time.end()
