"""Dates as an article mentions them: raw text, where, and what day they resolve to."""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from dateutil.relativedelta import relativedelta

from ._validators import non_blank
from .span import Span

__all__ = ["DateMention", "DatePrecision", "publication_date"]


def publication_date(value: object) -> dt.date | None:
    """``value`` as a publication date: a ``datetime`` counts as its day, ``None`` as unknown.

    >>> publication_date(dt.datetime(2017, 11, 20, 9, 30))
    datetime.date(2017, 11, 20)
    """
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"a publication date is a datetime.date or None, not {type(value).__name__}")


class DatePrecision(enum.Enum):
    """How finely a mention pins down its date.

    ``WEEK`` is for ``last week`` and its kin: the text names a Monday-to-Sunday week and
    no day inside it, so calling it a day would claim more than the text says.
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateMention:
    """A date written in a text (``Wednesday``, ``December 8``, ``fiscal year 2016``).

    ``date`` is ``None`` when the mention cannot be resolved (a relative or year-less
    mention without a publication date); it is never guessed. The date is the first day
    the mention covers: the Monday of a ``WEEK``, the first of a ``MONTH``, the first of
    January of a ``YEAR`` or, when ``fiscal`` is true, the 1 October that starts the
    federal fiscal year. ``note`` says how a date that the text does not spell out was
    worked out (``"the same day as 'On Wednesday'"``).

    >>> m = DateMention("in September", None, dt.date(2017, 9, 1), DatePrecision.MONTH)
    >>> m.first_day, m.last_day
    (datetime.date(2017, 9, 1), datetime.date(2017, 9, 30))
    """

    text: str = attrs.field(validator=non_blank)
    span: Span | None
    date: dt.date | None
    precision: DatePrecision
    fiscal: bool = False
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.span is not None and len(self.span) != len(self.text):
            raise ValueError(
                f"span {self.span.start}..{self.span.end} is {len(self.span)} characters "
                f"but the text {self.text!r} is {len(self.text)}"
            )
        if self.fiscal and self.precision is not DatePrecision.YEAR:
            raise ValueError("a fiscal-year mention must have YEAR precision")
        if self.date is not None:
            _check_first_day(self.date, self.precision, self.fiscal)

    @property
    def first_day(self) -> dt.date | None:
        """The first day the mention covers (``date`` itself)."""
        return self.date

    @property
    def last_day(self) -> dt.date | None:
        """The last day the mention covers, or ``None`` when unresolved.

        A mention reaching past 9999-12-31 (the last ``datetime.date``) ends there.

        >>> DateMention("December 9999", None, dt.date(9999, 12, 1), DatePrecision.MONTH).last_day
        datetime.date(9999, 12, 31)
        """
        if self.date is None:
            return None
        step = {
            DatePrecision.DAY: relativedelta(days=0),
            DatePrecision.WEEK: relativedelta(days=6),
            DatePrecision.MONTH: relativedelta(months=1, days=-1),
            DatePrecision.YEAR: relativedelta(years=1, days=-1),
        }[self.precision]
        try:
            last: dt.date = self.date + step
        except (ValueError, OverflowError):  # past year 9999
            return dt.date.max
        return last

    def covers(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the mention (``False`` when unresolved).

        >>> DateMention("last week", None, dt.date(2017, 11, 13), DatePrecision.WEEK).covers(
        ...     dt.date(2017, 11, 15))
        True
        """
        first, last = self.first_day, self.last_day
        return first is not None and last is not None and first <= day <= last


def _check_first_day(day: dt.date, precision: DatePrecision, fiscal: bool) -> None:
    if precision is DatePrecision.WEEK and day.weekday() != 0:
        raise ValueError(f"a WEEK mention's date must be a Monday, got {day}")
    if precision is DatePrecision.MONTH and day.day != 1:
        raise ValueError(f"a MONTH mention's date must be the first of the month, got {day}")
    if precision is DatePrecision.YEAR:
        expected = (10, 1) if fiscal else (1, 1)
        if (day.month, day.day) != expected:
            start = "1 October" if fiscal else "1 January"
            raise ValueError(f"a YEAR mention's date must be {start}, got {day}")
