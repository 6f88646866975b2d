"""Character spans tying every extracted object back to the text it was read from."""

from __future__ import annotations

import attrs

from ._validators import whole_number

__all__ = ["Span"]

_NON_NEGATIVE = whole_number(0)


@attrs.frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into a source text.

    >>> text = "paid $37 509 in 2016"
    >>> span = Span(5, 12)
    >>> span.slice(text)
    '$37 509'
    >>> len(span)
    7
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # Parsers make hundreds of spans an article: the common case is one test, and the
        # field-by-field checks (with their messages) run only when it fails.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        fields = attrs.fields(Span)
        _NON_NEGATIVE(self, fields.start, start)
        _NON_NEGATIVE(self, fields.end, end)
        if start > end:
            raise ValueError(f"span start {start} is after its end {end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """The same span moved ``offset`` characters later (for text embedded at ``offset``).

        >>> Span(1, 3).shift(10)
        Span(start=11, end=13)
        """
        return Span(self.start + offset, self.end + offset)

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end
