"""Attribution by the sentence: the speaker a sentence is about (``Judge Rendell acknowledged
the case was … “…”``) and the statement a paragraph introduces with a colon for the next.

>>> from sanctuary_model.model.documents import Article
>>> from sanctuary_model.parsing.quotes._reader import read_article
>>> text = "Mayor Jane Doe issued the following statement:\\n\\n“We will not comply with it.”"
>>> [q.speaker_name for q in read_article(Article(text))[0]]
['Jane Doe']
"""

from __future__ import annotations

import re

from .._regex import alternation
from ..text import Paragraph
from ._attribution import Attributions, Said
from ._speech import VERB_PATTERN
from ._subjects import Subject

__all__ = ["introduction", "opens_sentence", "scare_quoted", "sentence_speaker"]

_REPORTING = re.compile(
    r"(?<![\w\-])(?:"
    + VERB_PATTERN
    + "|"
    + alternation(
        sorted(
            """saying stating calling arguing writing noting adding warning urging insisting
            claiming asserting describing found finds ruled rules held holds blasted slammed
            criticized praised welcomed hailed responded alleged alleges threatened threatens
            threaten demanded demands accused labeled branded pledged acknowledging states
            state reads""".split(),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w\-])"
)
# Words that hand a statement to the next paragraph: "issued the following statement:".
_ISSUING = re.compile(
    r"(?<![\w\-])(?:" + VERB_PATTERN + r"|issued|issues|released|releases|emailed|sent|"
    r"provided|put out|offered|published)(?![\w\-])"
)
_ACCORDING_TO = re.compile(r"(?:[Aa]ccording to|[Ii]n the words of) ")
_INTRODUCTORY = re.compile(r"[^,\x1f]{1,120}?, ")
_CONJUNCTION = re.compile(r"(?:But|And|So|Then|Still|Yet|Now|Later|Meanwhile|Also) ")
_SCARE_LEAD = re.compile(r"(?:so-called|dubbed|titled|entitled|headlined|termed)\s*$", re.I)
_PLACEHOLDER = re.compile(r"\{\w+\}")


def scare_quoted(prefix: str) -> bool:
    """Whether the words before a quote mark it as a name, not speech: ``so-called “…”``."""
    return _SCARE_LEAD.search(prefix[-20:]) is not None


def opens_sentence(opening: str) -> bool:
    """Whether a name after ``opening`` (the sentence so far) is the sentence's subject:
    nothing, a conjunction or a short introductory phrase with its comma comes before it."""
    words = _PLACEHOLDER.sub("", opening).split()
    return (
        not words
        or (words[-1].endswith(",") and len(words) <= 8)
        or (len(words) == 1 and _CONJUNCTION.fullmatch(words[0] + " ") is not None)
    )


def _sentence_subject(reading: Attributions, para: Paragraph, start: int) -> Subject | None:
    """The subject opening the sentence at ``start``: after a short introductory phrase or
    ``According to``, if any."""
    subjects = reading.subjects
    local = start - para.offset
    masked = para.masked
    placeholder = _PLACEHOLDER.match(masked, local)
    if placeholder is not None:
        local = placeholder.end()
    positions = [local]
    lead = _ACCORDING_TO.match(masked, local) or _CONJUNCTION.match(masked, local)
    if lead is not None:
        positions.append(lead.end())
    intro = _INTRODUCTORY.match(masked, local)
    if intro is not None and len(intro.group(0).split()) <= 14:
        positions.append(intro.end())
    for position in positions:
        subject = subjects.at(para, position + para.offset)
        if subject is not None and (subject.known or subject.unnamed is not None):
            return subject
    return None


def sentence_speaker(reading: Attributions, para: Paragraph, quote_open: int) -> Said | None:
    """The sentence's subject as speaker of a quote inside it, when a reporting word stands
    between them: ``Sheriff Stan Sniff called the bill “bad law”``."""
    start = reading.subjects.sentence_of(quote_open)
    subject = _sentence_subject(reading, para, start)
    if subject is None:
        return None
    colon = para.masked[: quote_open - para.offset].rstrip().endswith((":", ","))
    if _ACCORDING_TO.match(para.masked, start - para.offset):
        # "According to a county press release, it sent letters “…”": the source speaks.
        return Said(subject, "according to", None, start, colon)
    words = list(
        _REPORTING.finditer(para.masked, subject.end - para.offset, quote_open - para.offset)
    )
    if not words:
        return None
    word = words[-1]
    verb = word.group(0)
    at = word.start() + para.offset
    channel = reading.channel(para, verb, word.end() + para.offset)
    return Said(subject, verb, channel, at, colon)


def introduction(reading: Attributions, para: Paragraph) -> Said | None:
    """Who a paragraph ending in a colon hands the next paragraph's quotation to:
    ``King County Executive Jane Roe issued the following statement:``."""
    masked = para.masked.rstrip()
    if not masked.endswith(":") or masked.endswith("\x1f:"):
        return None
    subjects = reading.subjects
    end = para.offset + len(masked) - 1
    start = subjects.sentence_of(end)
    for word in reversed(list(_ISSUING.finditer(masked, start - para.offset, len(masked)))):
        at = word.start() + para.offset
        subject = subjects.before(para, at, start)
        if subject is not None and (subject.known or subject.unnamed is not None):
            verb = word.group(0)
            channel = reading.channel(para, verb, word.end() + para.offset)
            return Said(subject, verb, channel, at)
    subject = _sentence_subject(reading, para, start)
    if subject is None:
        return None
    return Said(subject, None, None, subject.span.start)
