"""Paragraphs, sentences, clauses and quoted passages of an article, as spans.

The finders for dates, rulings and notices read text a clause at a time; this module cuts
the text up for them, in one linear pass per level.

>>> text = "U.S. District Judge Jane Roe ruled Monday. She denied it, and he agreed."
>>> [text[s.start:s.end] for s in sentence_spans(text, Span(0, len(text)))]
['U.S. District Judge Jane Roe ruled Monday.', 'She denied it, and he agreed.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from ..model.documents import Article
from ..model.span import Span
from ._memo import per_article

T = TypeVar("T")

__all__ = [
    "SpanIndex",
    "article_quotes",
    "clause_spans",
    "in_quotes",
    "masked_text",
    "paragraph_sentences",
    "paragraph_spans",
    "quoted_spans",
    "sentence_clauses",
    "sentence_spans",
]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]{0,3}\s+")
_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|whereas)\s|;\s|\s[—–]\s")
_QUOTE = re.compile(r"[“\"][^“”\"\n]{0,2000}[”\"]")

# Words that end in a period without ending a sentence: titles, months, states, courts.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr sen rep gov gen lt col sgt st jr sr no nos inc co corp ltd vs v cf
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark cal calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore or pa tenn tex va vt wash wis wyo
    cir supp cty dist ct app pub dept
    """.split()
)


def paragraph_spans(article: Article) -> tuple[Span, ...]:
    """The article's paragraphs: ``article.paragraphs`` when parsed, else blank-line blocks.

    >>> paragraph_spans(Article("One.\\n\\nTwo."))
    (Span(start=0, end=4), Span(start=6, end=10))
    """
    if article.paragraphs:
        return tuple(paragraph.span for paragraph in article.paragraphs)
    spans: list[Span] = []
    start = 0
    text = article.text
    for match in _BLANK_LINE.finditer(text):
        spans.extend(_stripped(text, start, match.start()))
        start = match.end()
    spans.extend(_stripped(text, start, len(text)))
    return tuple(spans)


def _stripped(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if start < end else []


def sentence_spans(text: str, within: Span) -> list[Span]:
    """The sentences of ``text[within]``: split after ``.``, ``!`` or ``?`` and spaces,
    unless the word before the period is an abbreviation (``U.S.``, ``Pa.``, ``Nov.``)."""
    spans: list[Span] = []
    start = within.start
    for match in _BOUNDARY.finditer(text, within.start, within.end):
        if _is_abbreviation(text, match.start(), start):
            continue
        following = text[match.end() : match.end() + 1]
        if following and not (following.isupper() or following.isdigit() or following in '“"['):
            continue
        end = match.end()
        while end > match.start() + 1 and text[end - 1].isspace():
            end -= 1
        spans.extend(_stripped(text, start, end))
        start = match.end()
    spans.extend(_stripped(text, start, within.end))
    return spans


def _is_abbreviation(text: str, period: int, floor: int) -> bool:
    if text[period] != ".":
        return False
    start = period
    while start > floor and period - start < 16 and not text[start - 1].isspace():
        start -= 1
    word = text[start:period].lstrip('(“"[')
    if not word:
        return False
    return "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS


def clause_spans(text: str, sentence: Span) -> list[Span]:
    """The clauses of a sentence, cut at ``, and``, ``, but``, ``;`` and dashes.

    >>> text = "He ruled, and on the same day, she wrote."
    >>> [text[s.start:s.end] for s in clause_spans(text, Span(0, len(text)))]
    ['He ruled', 'on the same day, she wrote.']
    """
    spans: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        spans.extend(_stripped(text, start, match.start()))
        start = match.end()
    spans.extend(_stripped(text, start, sentence.end))
    return spans


@per_article
def paragraph_sentences(article: Article) -> tuple[tuple[Span, ...], ...]:
    """The sentences of each of the article's paragraphs, read once for all the finders.

    >>> paragraph_sentences(Article("One. Two.\\n\\nThree."))
    ((Span(start=0, end=4), Span(start=5, end=9)), (Span(start=11, end=17),))
    """
    text = article.text
    return tuple(tuple(sentence_spans(text, paragraph)) for paragraph in paragraph_spans(article))


@per_article
def sentence_clauses(article: Article) -> tuple[tuple[Span, tuple[Span, ...]], ...]:
    """Every sentence of the article, in order, with its clauses.

    >>> text = "He ruled, and she wrote. It ended."
    >>> [len(clauses) for _sentence, clauses in sentence_clauses(Article(text))]
    [2, 1]
    """
    text = article.text
    return tuple(
        (sentence, tuple(clause_spans(text, sentence)))
        for sentences in paragraph_sentences(article)
        for sentence in sentences
    )


def quoted_spans(text: str) -> list[Span]:
    """Passages inside quotation marks (curly or straight), marks included.

    >>> quoted_spans('He said “no” twice')
    [Span(start=8, end=12)]
    """
    return [Span(m.start(), m.end()) for m in _QUOTE.finditer(text)]


@per_article
def article_quotes(article: Article) -> tuple[Span, ...]:
    """``quoted_spans`` of the article's text, read once for all the finders.

    >>> article_quotes(Article('He said “no” twice'))
    (Span(start=8, end=12),)
    """
    return tuple(quoted_spans(article.text))


@per_article
def masked_text(article: Article) -> str:
    """The article's text with its quoted passages (marks included) blanked by spaces, so
    that a speaker's words are never read as the article's own; offsets are kept.

    >>> masked_text(Article('He said “no” twice'))
    'He said      twice'
    """
    text = article.text
    pieces: list[str] = []
    start = 0
    for quote in article_quotes(article):
        pieces.append(text[start : quote.start])
        pieces.append(" " * (quote.end - quote.start))
        start = quote.end
    pieces.append(text[start:])
    return "".join(pieces)


def in_quotes(position: int, quotes: Sequence[Span]) -> bool:
    """Whether ``position`` lies inside one of ``quotes`` (sorted, non-overlapping)."""
    low, high = 0, len(quotes)
    while low < high:
        middle = (low + high) // 2
        if quotes[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    return low < len(quotes) and quotes[low].start <= position < quotes[low].end


class SpanIndex(Generic[T]):
    """Items with spans, found by the span that holds them in logarithmic time.

    >>> index = SpanIndex([(Span(2, 4), "a"), (Span(8, 9), "b")])
    >>> index.within(Span(0, 5))
    ['a']
    """

    def __init__(self, items: Iterable[tuple[Span, T]]) -> None:
        self._items = sorted(items, key=lambda pair: (pair[0].start, pair[0].end))
        self._starts = [span.start for span, _ in self._items]

    def within(self, outer: Span) -> list[T]:
        """The items whose spans lie wholly inside ``outer``, in order."""
        found = []
        for index in range(bisect.bisect_left(self._starts, outer.start), len(self._items)):
            span, item = self._items[index]
            if span.start >= outer.end:
                break
            if span.end <= outer.end:
                found.append(item)
        return found
