"""DateMention: validation, the days a mention covers, and JSON round-trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from sanctuary_model import (
    DateMention,
    DatePrecision,
    DeserializationError,
    Span,
    from_json,
    to_json,
)
from tests.strategies.legal import date_mentions

DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)


@given(date_mentions())
def test_round_trip(mention: DateMention) -> None:
    assert from_json(to_json(mention), DateMention) == mention


@pytest.mark.parametrize(
    ("mention", "first", "last"),
    [
        (DateMention("Wednesday", None, dt.date(2017, 11, 15), DAY), "2017-11-15", "2017-11-15"),
        (DateMention("last week", None, dt.date(2017, 11, 13), WEEK), "2017-11-13", "2017-11-19"),
        (DateMention("in February", None, dt.date(2016, 2, 1), MONTH), "2016-02-01", "2016-02-29"),
        (DateMention("1996", None, dt.date(1996, 1, 1), YEAR), "1996-01-01", "1996-12-31"),
        (
            DateMention("fiscal year 2016", None, dt.date(2015, 10, 1), YEAR, fiscal=True),
            "2015-10-01",
            "2016-09-30",
        ),
    ],
    ids=["day", "week", "leap-february", "year", "fiscal-year"],
)
def test_first_and_last_day(mention: DateMention, first: str, last: str) -> None:
    assert (mention.first_day, mention.last_day) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )
    assert mention.covers(dt.date.fromisoformat(last))
    assert not mention.covers(dt.date.fromisoformat(last) + dt.timedelta(days=1))


def test_unresolved_mention_covers_nothing() -> None:
    mention = DateMention("Wednesday", None, None, DAY)
    assert mention.last_day is None
    assert not mention.covers(dt.date(2017, 11, 15))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("last week", None, dt.date(2017, 11, 15), WEEK), "must be a Monday"),
        (("in May", None, dt.date(2017, 5, 2), MONTH), "first of the month"),
        (("1996", None, dt.date(1996, 2, 1), YEAR), "1 January"),
        (("FY 2016", None, dt.date(2016, 1, 1), YEAR, True), "1 October"),
        (("FY 2016", None, None, MONTH, True), "YEAR precision"),
        (("Wednesday", Span(0, 3), None, DAY), "characters"),
        (("  ", None, None, DAY), "blank"),
    ],
    ids=["week-not-monday", "month-not-first", "year-not-january", "fiscal-not-october",
         "fiscal-not-year", "span-length", "blank-text"],
)  # fmt: skip
def test_invalid_mentions_are_refused(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DateMention(*args)  # type: ignore[arg-type]


def test_bad_json_names_the_field() -> None:
    with pytest.raises(DeserializationError, match="date"):
        from_json('{"text": "x", "span": null, "date": "2017-13-01", "precision": "day"}',
                  DateMention)  # fmt: skip
