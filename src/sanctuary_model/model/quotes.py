"""Quotations and who said them."""

from __future__ import annotations

import enum

import attrs

from .legal import Statute
from .people import Person
from .span import Span

__all__ = ["Quote", "QuoteKind"]


class QuoteKind(enum.Enum):
    """Direct speech, a quoted fragment inside a sentence, or reported speech."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


@attrs.frozen
class Quote:
    """What someone (or a statute) said, as the article quotes it.

    ``text`` is the quoted words without the quote marks; ``span`` covers them in the
    article. ``verb`` is the speech verb as written (``said``, ``predicted``); ``channel``
    how it was said when the text says (``in a statement``, ``told KRIO 7``).
    """

    text: str
    speaker: Person | Statute | None
    kind: QuoteKind
    verb: str | None
    channel: str | None
    span: Span | None
