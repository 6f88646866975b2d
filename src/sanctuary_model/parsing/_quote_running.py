"""The running text of an article, paragraph by paragraph, with its quotes masked out."""

from __future__ import annotations

import re

import attrs

from ..model.documents import Article
from ._quote_marks import Segment, find_segments, mask_segments, sentence_bounds

__all__ = ["Paragraph", "running_paragraphs"]

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# Same-length replacements keep offsets: names joined by a no-break space still read as names.
_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\t": " "})
_NOT_RUNNING = ("[", "|", "Related:")
# A line break after the end of a sentence ends a paragraph too: pages saved as text often
# keep one newline between paragraphs. A break in mid-sentence is a wrapped line.
_LINE_PARAGRAPH = re.compile(r"(?<=[.!?:”\"’)])[ \t]*\n\s*")


@attrs.frozen
class Paragraph:
    """A paragraph of running text: ``text`` starts at ``offset`` in the article; ``masked``
    is the same text with quotes blanked; sentence starts are absolute offsets."""

    index: int
    text: str
    offset: int
    segments: tuple[Segment, ...]
    masked: str
    sentence_starts: tuple[int, ...]

    @property
    def end(self) -> int:
        return self.offset + len(self.text)


def running_paragraphs(article: Article) -> list[Paragraph]:
    """The article's paragraphs (its own, or blank-line blocks of its text when it has none),
    leaving out shortcodes, table rows and related-article links.

    >>> [p.text for p in running_paragraphs(Article("One.\\n\\n[lz_ndn video=1]\\n\\nTwo."))]
    ['One.', 'Two.']
    """
    if article.paragraphs:
        blocks: list[tuple[str, int]] = [(p.text, p.span.start) for p in article.paragraphs]
    else:
        blocks = []
        for match in _BLOCK.finditer(article.text):
            raw = match.group(0)
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if text:
                blocks.append((text, match.start() + lead))
    paragraphs: list[Paragraph] = []
    for text, offset in _lines(blocks):
        if text.lstrip().startswith(_NOT_RUNNING):
            continue
        segments = find_segments(text, offset)
        masked = mask_segments(text, segments, offset).translate(_SPACES)
        starts = tuple(offset + s for s in sentence_bounds(masked, segments, text, offset))
        paragraphs.append(Paragraph(len(paragraphs), text, offset, segments, masked, starts))
    return paragraphs


def _lines(blocks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``blocks`` cut where a line ends a sentence."""
    cut: list[tuple[str, int]] = []
    for text, offset in blocks:
        if "\n" not in text:
            cut.append((text, offset))
            continue
        start = 0
        for match in _LINE_PARAGRAPH.finditer(text):
            cut.append((text[start : match.start()].rstrip(), offset + start))
            start = match.end()
        cut.append((text[start:], offset + start))
    return [(text, offset) for text, offset in cut if text.strip()]
