"""The one reading of an article's running text: paragraphs, sentences, clauses, quotes.

Every finder of running text (dates, statutes, notices, rulings, quotes, people) reads the
article through this module, so all of them agree on where a paragraph, a sentence or a
quotation starts and ends. The reading is computed once per article object.

* Paragraphs are the article's own (``article.paragraphs``) when it was parsed, else the
  blocks of its text between blank lines: one rule, for every finder.
* Quoted passages are found per paragraph by one rule (``find_segments``): a
  straight ``"`` opens a quotation only where one can start, so an inch mark (``a 12" screen``)
  never pairs with a later quote and hides the words between them.
* ``masked`` is the text with every quoted passage blanked by spaces (offsets kept), so that
  a speaker's words are never read as the article's own.
* Sentences end at ``.``, ``!`` or ``?`` before a capital, a digit or a quote, unless the dot
  ends an abbreviation or an initial, and after a quote that ends a sentence.

>>> text = 'The city bought a 12" screen. U.S. District Judge Jane Roe ruled Monday. "We won."'
>>> r = reading(Article(text))
>>> [text[s.start:s.end] for s in r.sentences[0]]
['The city bought a 12" screen.', 'U.S. District Judge Jane Roe ruled Monday.', '"We won."']
>>> [text[q.start:q.end] for q in r.quotes]
['"We won."']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

import attrs

from ...model.documents import Article
from ...model.span import Span
from .._memo import per_article
from ._marks import MASK, Segment, find_segments, mask_segments, sentence_bounds

T = TypeVar("T")

__all__ = [
    "MASK",
    "Paragraph",
    "Reading",
    "Segment",
    "SpanIndex",
    "blocks",
    "clause_breaks",
    "clause_spans",
    "in_quotes",
    "masked_text",
    "paragraph_sentences",
    "paragraph_spans",
    "reading",
    "running_paragraphs",
    "sentence_clauses",
]

# Where a clause ends: ", and ", "; ", " — ". Every branch starts with its rare mark, so that a
# search skips from mark to mark; a dash's break starts at the space before it (looked behind at).
_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|whereas)\s|;\s|—(?<=\s—)\s|–(?<=\s–)\s")
_DASHES = ("—", "–")


# Same-length replacements keep offsets: names joined by a no-break space still read as names.
_ODD_SPACES = "\xa0\u2007\u2009\u202f\t"
_SPACES = str.maketrans(_ODD_SPACES, " " * len(_ODD_SPACES))
# ``str.translate`` looks up every character of wide text in its table: tried only where needed.
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
# Blocks that are not running text: shortcodes, table rows, related-article links.
_NOT_RUNNING = ("[", "|", "Related:")
# A line break after the end of a sentence ends a paragraph too: pages saved as text often
# keep one newline between paragraphs. A break in mid-sentence is a wrapped line.
_LINE_PARAGRAPH = re.compile(r"(?<=[.!?:”\"’)])[ \t]*\n\s*")


@attrs.frozen
class Paragraph:
    """A paragraph: ``text`` starts at ``offset`` in the article; ``segments`` are its quoted
    passages; ``masked`` is its text with them blanked by ``MASK`` (and odd spaces made plain);
    sentence starts are absolute offsets. ``index`` counts the running paragraphs."""

    index: int
    text: str
    offset: int
    segments: tuple[Segment, ...]
    masked: str
    sentence_starts: tuple[int, ...]

    @property
    def end(self) -> int:
        return self.offset + len(self.text)

    @property
    def span(self) -> Span:
        return Span(self.offset, self.end)


@attrs.frozen
class Reading:
    """An article's running text, read once: offsets are absolute in ``text``.

    ``paragraphs`` are spans; ``quotes`` the quoted passages (marks included, in order,
    never overlapping); ``masked`` the text with those passages blanked by spaces;
    ``sentences`` the sentences of each paragraph; ``clauses`` every sentence with its clauses;
    ``running`` the paragraphs of running text (no shortcodes, table rows or link lists).
    """

    text: str
    paragraphs: tuple[Span, ...]
    quotes: tuple[Span, ...]
    masked: str
    sentences: tuple[tuple[Span, ...], ...]
    clauses: tuple[tuple[Span, tuple[Span, ...]], ...]
    running: tuple[Paragraph, ...]


@per_article
def reading(article: Article) -> Reading:
    """The article's one reading (see the module docstring), computed once per article."""
    text = article.text
    quotes: list[Span] = []
    pieces: list[str] = []
    sentences: list[tuple[Span, ...]] = []
    units: list[Span] = []
    running: list[Paragraph] = []
    position = 0
    for unit in _units(text, paragraph_spans(article)):
        block = text[unit.start : unit.end]
        segments = find_segments(block, unit.start)
        for segment in segments:
            quotes.append(Span(segment.open, segment.close))
            pieces.append(text[position : segment.open])
            pieces.append(" " * (segment.close - segment.open))
            position = segment.close
        masked = _plain_spaces(mask_segments(block, segments, unit.start))
        starts = sentence_bounds(masked, segments, block, unit.start)
        units.append(unit)
        sentences.append(
            tuple(
                span
                for start, end in itertools.pairwise([*starts, len(block)])
                for span in _stripped(text, unit.start + start, unit.start + end)
            )
        )
        if not block.startswith(_NOT_RUNNING):
            absolute = tuple(unit.start + start for start in starts)
            running.append(Paragraph(len(running), block, unit.start, segments, masked, absolute))
    pieces.append(text[position:])
    clauses = tuple(
        (sentence, tuple(clause_spans(text, sentence)))
        for in_paragraph in sentences
        for sentence in in_paragraph
    )
    return Reading(
        text,
        tuple(units),
        tuple(quotes),
        "".join(pieces),
        tuple(sentences),
        clauses,
        tuple(running),
    )


def _plain_spaces(text: str) -> str:
    """``text`` with no-break, figure, thin spaces and tabs made plain spaces."""
    return text.translate(_SPACES) if _ODD_SPACE.search(text) else text


def _units(text: str, paragraphs: Iterable[Span]) -> Iterator[Span]:
    """``paragraphs`` cut where a line ends a sentence, each trimmed."""
    for paragraph in paragraphs:
        start = paragraph.start
        if "\n" in text[paragraph.start : paragraph.end]:
            for match in _LINE_PARAGRAPH.finditer(text, paragraph.start, paragraph.end):
                yield from _stripped(text, start, match.start())
                start = match.end()
        yield from _stripped(text, start, paragraph.end)


def running_paragraphs(article: Article) -> list[Paragraph]:
    """The article's paragraphs of running text, leaving out shortcodes, table rows and
    related-article links.

    >>> [p.text for p in running_paragraphs(Article("One.\\n\\n[lz_ndn video=1]\\n\\nTwo."))]
    ['One.', 'Two.']
    """
    return list(reading(article).running)


def paragraph_spans(article: Article) -> tuple[Span, ...]:
    """The article's paragraphs: ``article.paragraphs`` when parsed, else ``blocks`` of its
    text (the rule ``parse_article`` itself cuts paragraphs by).

    >>> paragraph_spans(Article("One.\\n\\nTwo."))
    (Span(start=0, end=4), Span(start=6, end=10))
    """
    if article.paragraphs:
        return tuple(paragraph.span for paragraph in article.paragraphs)
    return tuple(blocks(article.text))


def blocks(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The blocks of ``text[start:end]`` between blank lines (lines of spaces count as blank),
    each trimmed of surrounding white space.

    >>> [(s.start, s.end) for s in blocks(" One.\\n two\\n  \\n\\nThree. ")]
    [(1, 10), (15, 21)]
    """
    stop = len(text) if end is None else end
    block_start: int | None = None
    block_end = start
    line_start = start
    while line_start < stop:
        newline = text.find("\n", line_start, stop)
        line_end = stop if newline < 0 else newline
        line = text[line_start:line_end]
        if line.strip():
            if block_start is None:
                block_start = line_start + len(line) - len(line.lstrip())
            block_end = line_start + len(line.rstrip())
        elif block_start is not None:
            yield Span(block_start, block_end)
            block_start = None
        line_start = line_end + 1
    if block_start is not None:
        yield Span(block_start, block_end)


def _stripped(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if start < end else []


def clause_spans(text: str, sentence: Span) -> list[Span]:
    """The clauses of a sentence, cut at ``, and``, ``, but``, ``;`` and dashes.

    >>> text = "He ruled, and on the same day, she wrote."
    >>> [text[s.start:s.end] for s in clause_spans(text, Span(0, len(text)))]
    ['He ruled', 'on the same day, she wrote.']
    """
    spans: list[Span] = []
    start = sentence.start
    for begin, end in clause_breaks(text, sentence.start, sentence.end):
        spans.extend(_stripped(text, start, begin))
        start = end
    spans.extend(_stripped(text, start, sentence.end))
    return spans


def clause_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    r"""Where ``, and``, ``, but``, ``;`` and dashes break ``text[start:end]`` into clauses:
    the spans ``re.finditer(r",\s(?:and|but|while|whereas)\s|;\s|\s[—–]\s", ...)`` finds.

    >>> list(clause_breaks("a; b — c, and d", 0, 15))
    [(1, 3), (4, 7), (8, 14)]
    """
    position = start
    search_from = start
    while True:
        match = _CLAUSE_BREAK.search(text, search_from, end)
        if match is None:
            return
        begin = match.start()
        if text.startswith(_DASHES, begin):
            begin -= 1  # the space before the dash
            if begin < position:  # that space ends the break before: no break here
                search_from = match.start() + 1
                continue
        yield begin, match.end()
        position = search_from = match.end()


def paragraph_sentences(article: Article) -> tuple[tuple[Span, ...], ...]:
    """The sentences of each of the article's paragraphs.

    >>> paragraph_sentences(Article("One. Two.\\n\\nThree."))
    ((Span(start=0, end=4), Span(start=5, end=9)), (Span(start=11, end=17),))
    """
    return reading(article).sentences


def sentence_clauses(article: Article) -> tuple[tuple[Span, tuple[Span, ...]], ...]:
    """Every sentence of the article, in order, with its clauses.

    >>> text = "He ruled, and she wrote. It ended."
    >>> [len(clauses) for _sentence, clauses in sentence_clauses(Article(text))]
    [2, 1]
    """
    return reading(article).clauses


def masked_text(article: Article) -> str:
    """The article's text with its quoted passages (marks included) blanked by spaces.

    >>> masked_text(Article('He said “no” twice'))
    'He said      twice'
    """
    return reading(article).masked


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
