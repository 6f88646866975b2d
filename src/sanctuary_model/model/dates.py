"""Dates as an article mentions them: raw text, where, and what day they resolve to."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .span import Span

__all__ = ["DateMention", "DatePrecision"]


class DatePrecision(enum.Enum):
    """How finely a mention pins down its date."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateMention:
    """A date written in a text (``Wednesday``, ``December 8``, ``fiscal year 2016``).

    ``date`` is ``None`` when the mention cannot be resolved without a publication date;
    it is never guessed. With ``MONTH`` precision ``date`` is the first of the month, with
    ``YEAR`` the first of January (for fiscal years, the first day of the fiscal year).
    """

    text: str
    span: Span | None
    date: dt.date | None
    precision: DatePrecision
