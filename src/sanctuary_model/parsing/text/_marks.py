"""Quote marks in a paragraph: the quoted segments, and the running text around them.

>>> [s.inner(t) for t in ['He said “yes, sir,” twice.'] for s in find_segments(t)]
['yes, sir,']
"""

from __future__ import annotations

import re

import attrs

__all__ = ["MASK", "Segment", "find_segments", "mask_segments", "sentence_bounds"]

MASK = "\x1f"
_OPENERS = frozenset('“"')
_CLOSERS = frozenset('”"')
# A straight quote opens only where a quotation can start: not glued to a word before it.
_CAN_OPEN_AFTER = frozenset(" \t\n([{—–-/:;,")
_ABBREVIATIONS = frozenset(
    "u.s mr ms mrs dr jr sr st gov sen rep lt gen col capt sgt rev prof dept no vs inc co corp"
    " jan feb aug sept sep oct nov dec ariz calif colo conn fla ga ill ind kan ky la md mass"
    " mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z.]{1,12})$")
# The only characters the scans below act on; every other character is skipped.
_MARKS = re.compile('[“”"]')
_STOPS = re.compile(r"[.!?]")


@attrs.frozen
class Segment:
    """A quoted passage: ``open`` is the opening mark, ``start:end`` the words inside,
    ``close`` the end of the closing mark (``end`` when the quote runs on unclosed)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool

    def inner(self, text: str) -> str:
        return text[self.start : self.end]


def find_segments(text: str, offset: int = 0) -> tuple[Segment, ...]:
    """The quoted passages of ``text``, positions shifted by ``offset``; linear time."""
    segments: list[Segment] = []
    opened: int | None = None
    for mark in _MARKS.finditer(text):
        index, char = mark.start(), mark.group()
        if opened is None:
            if char == "“" or (char == '"' and (index == 0 or text[index - 1] in _CAN_OPEN_AFTER)):
                opened = index
        elif char in _CLOSERS:
            segments.append(
                Segment(
                    opened + offset, opened + 1 + offset, index + offset, index + 1 + offset, True
                )
            )
            opened = None
    if opened is not None:
        end = len(text.rstrip())
        if end > opened + 1:
            segments.append(
                Segment(opened + offset, opened + 1 + offset, end + offset, end + offset, False)
            )
    return tuple(segments)


def mask_segments(text: str, segments: tuple[Segment, ...], offset: int = 0) -> str:
    """``text`` with every quoted passage (marks included) blanked out by ``MASK``."""
    pieces: list[str] = []
    position = 0
    for segment in segments:
        start, stop = segment.open - offset, segment.close - offset
        pieces.append(text[position:start])
        pieces.append(MASK * (stop - start))
        position = stop
    pieces.append(text[position:])
    return "".join(pieces)


def sentence_bounds(
    masked: str, segments: tuple[Segment, ...], text: str, offset: int = 0
) -> list[int]:
    """Start offsets (relative to ``masked``) of the sentences of a masked paragraph.

    A sentence ends at ``.``, ``!`` or ``?`` before a space and a capital, a quote or a mask,
    unless the dot ends an abbreviation or an initial; and where a quote ends in ``.`` ``!`` or
    ``?`` and the next words start with a capital.
    """
    starts = [0]
    quote_ends = {
        segment.close - offset
        for segment in segments
        if segment.closed
        and text[segment.end - offset - 1 : segment.end - offset] in (".", "!", "?")
    }
    length = len(masked)
    candidates = [stop.start() for stop in _STOPS.finditer(masked)]
    candidates.extend(
        end - 1 for end in quote_ends if 0 < end <= length and masked[end - 1] == MASK
    )
    for index in sorted(candidates):
        if masked[index] != MASK and not _ends_sentence(masked, index):
            continue
        following = index + 1
        while following < length and masked[following] in " \t\n":
            following += 1
        if following >= length or following == index + 1:
            continue
        if masked[following].isupper() or masked[following] in '“"' + MASK:
            starts.append(following)
    return starts


def _ends_sentence(masked: str, index: int) -> bool:
    if masked[index] != ".":
        return True
    match = _WORD_BEFORE_DOT.search(masked, max(0, index - 12), index)
    if match is None:
        return True
    word = match.group(1).strip(".").lower()
    if len(word) == 1:  # an initial, as in "J. Smith" or the "S" of "U.S"
        return False
    return word not in _ABBREVIATIONS
