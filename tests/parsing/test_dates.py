"""resolve_date and extract_dates: a table of real forms, the seed, and robustness."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import DatePrecision, ParseError, parse_article, resolve_date, seed_text
from sanctuary_model.parsing.dates import extract_dates
from tests.linear import assert_linear
from tests.strategies.legal import legal_article

MONDAY = dt.date(2017, 11, 20)  # the seed's publication date
DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)

# text, published, expected date (None: unresolved), precision
CASES = [
    ("Wednesday", MONDAY, "2017-11-15", DAY),
    ("On Wednesday", MONDAY, "2017-11-15", DAY),
    ("Wednesday", dt.date(2017, 11, 15), "2017-11-15", DAY),
    ("last Wednesday", dt.date(2017, 11, 15), "2017-11-08", DAY),
    ("by Friday", MONDAY, "2017-11-24", DAY),
    ("next Monday", MONDAY, "2017-11-27", DAY),
    ("last week", MONDAY, "2017-11-13", WEEK),
    ("last week", dt.date(2017, 11, 26), "2017-11-13", WEEK),
    ("this week", MONDAY, "2017-11-20", WEEK),
    ("next week", MONDAY, "2017-11-27", WEEK),
    ("yesterday", MONDAY, "2017-11-19", DAY),
    ("today", MONDAY, "2017-11-20", DAY),
    ("tomorrow", MONDAY, "2017-11-21", DAY),
    ("last month", MONDAY, "2017-10-01", MONTH),
    ("last month", dt.date(2018, 1, 9), "2017-12-01", MONTH),
    ("last year", MONDAY, "2016-01-01", YEAR),
    ("on the same day", MONDAY, None, DAY),
    ("December 8", MONDAY, "2017-12-08", DAY),
    ("by December 8", MONDAY, "2017-12-08", DAY),
    ("December 8", dt.date(2018, 1, 9), "2017-12-08", DAY),
    ("Jan. 5", dt.date(2017, 12, 20), "2018-01-05", DAY),
    ("by Feb. 29", dt.date(2017, 3, 1), None, DAY),
    ("in September", MONDAY, "2017-09-01", MONTH),
    ("in November", MONDAY, "2017-11-01", MONTH),
    ("in December", MONDAY, "2016-12-01", MONTH),
    ("by December", MONDAY, "2017-12-01", MONTH),
    ("last September", dt.date(2017, 9, 12), "2016-09-01", MONTH),
    ("fiscal year 2016", None, "2015-10-01", YEAR),
    ("FY 2017", None, "2016-10-01", YEAR),
    ("FY2018", None, "2017-10-01", YEAR),
    ("1996", None, "1996-01-01", YEAR),
    ("in 1996", MONDAY, "1996-01-01", YEAR),
    ("Nov. 15, 2017", None, "2017-11-15", DAY),
    ("November 15, 2017", None, "2017-11-15", DAY),
    ("Sept. 5, 2017", None, "2017-09-05", DAY),
    ("November 15 2017", None, "2017-11-15", DAY),
    ("November 2017", None, "2017-11-01", MONTH),
    ("2017-11-15", None, "2017-11-15", DAY),
    ("  On Wednesday ", MONDAY, "2017-11-15", DAY),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "precision"),
    CASES,
    ids=[f"{text.strip()}@{published}" for text, published, *_ in CASES],
)
def test_resolve_date(
    text: str, published: dt.date | None, expected: str | None, precision: DatePrecision
) -> None:
    mention = resolve_date(text, published)
    assert mention.date == (None if expected is None else dt.date.fromisoformat(expected))
    assert mention.precision is precision
    assert mention.text == text.strip()


@pytest.mark.parametrize(
    "text",
    ["Wednesday", "On Wednesday", "last week", "December 8", "in September", "yesterday"],
)
def test_relative_forms_stay_unresolved_without_a_publication_date(text: str) -> None:
    assert resolve_date(text).date is None


def test_fiscal_year_covers_the_federal_fiscal_year() -> None:
    mention = resolve_date("fiscal year 2016")
    assert mention.fiscal
    assert (mention.first_day, mention.last_day) == (dt.date(2015, 10, 1), dt.date(2016, 9, 30))


@pytest.mark.parametrize(
    ("text", "position"),
    [("", 0), ("   ", 0), ("soon", 0), ("February 30, 2017", 0), ("2017-02-30", 0),
     ("April 31", 0), ("  Wednesday morning", 2)],
    ids=["empty", "blank", "word", "feb-30", "iso-feb-30", "april-31", "trailing-words"],
)  # fmt: skip
def test_bad_expressions_raise_parse_error(text: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        resolve_date(text, MONDAY)
    assert caught.value.position == position


SEED_DATES = [
    ("last week", "2017-11-13", WEEK),
    ("on the same day", None, DAY),
    ("On Wednesday", "2017-11-15", DAY),
    ("in fiscal year 2016", "2015-10-01", YEAR),
    ("by December 8", "2017-12-08", DAY),
    ("fiscal year 2017", "2016-10-01", YEAR),
    ("in 1996", "1996-01-01", YEAR),
    ("last week", "2017-11-13", WEEK),
    ("in September", "2017-09-01", MONTH),
    ("last week", "2017-11-13", WEEK),
]


def _summary(mentions: tuple[object, ...]) -> list[tuple[str, str | None, DatePrecision]]:
    return [
        (m.text, None if m.date is None else m.date.isoformat(), m.precision)  # type: ignore[attr-defined]
        for m in mentions
    ]


def test_seed_dates_via_parse_article() -> None:
    article = parse_article(seed_text(), published=MONDAY)
    mentions = extract_dates(article)
    assert _summary(mentions) == SEED_DATES
    for mention in mentions:
        assert mention.span is not None
        assert mention.span.slice(article.text) == mention.text


def test_seed_dates_without_publication_date_keep_only_absolute_ones() -> None:
    mentions = extract_dates(parse_article(seed_text()))
    resolved = {m.text for m in mentions if m.date is not None}
    assert resolved == {"in fiscal year 2016", "fiscal year 2017", "in 1996"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge ruled on Nov. 2, and on the same day the city sued.",
         [("on Nov. 2", "2017-11-02"), ("on the same day", "2017-11-02")]),
        ("It happened in May. The same day, nothing.",
         [("in May", "2017-05-01"), ("The same day", "2017-05-01")]),
        ("On the same day, the city sued.\n\nIt ruled in March.",
         [("On the same day", None), ("in March", "2017-03-01")]),
        ("You may march in March, he said.", [("in March", "2017-03-01")]),
        ("The May report had 2016 figures.", []),
        ("A 1996 law, video 33262507, cost $1996.", []),
        ("Police met 1,996 people on Wednesdays.", []),
        ("It was due on February 30, 2017.", []),
    ],
    ids=["same-day-same-sentence", "same-day-same-paragraph", "same-day-unknown",
         "modal-may", "bare-month-and-year", "numbers-not-years", "plural-weekday",
         "no-such-day"],
)  # fmt: skip
def test_extract_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    mentions = extract_dates(legal_article(text, MONDAY))
    assert [(m.text, None if m.date is None else m.date.isoformat()) for m in mentions] == expected


@given(st.text(max_size=300), st.none() | st.dates())
def test_extract_dates_never_raises_and_spans_hold(text: str, published: dt.date | None) -> None:
    article = legal_article(text, published)
    for mention in extract_dates(article):
        assert mention.span is not None
        assert mention.span.slice(text) == mention.text


@given(st.text(max_size=40), st.none() | st.dates())
def test_resolve_date_raises_only_parse_error(text: str, published: dt.date | None) -> None:
    with contextlib.suppress(ParseError):
        assert resolve_date(text, published).text == text.strip()


@given(st.sampled_from([c for c in CASES if "same" not in c[0] and c[0] != "1996"]), st.dates())
def test_extracted_mentions_resolve_like_resolve_date(
    case: tuple[object, ...], day: dt.date
) -> None:
    text = f"It was {str(case[0]).strip()}."
    (mention,) = extract_dates(legal_article(text, day))
    assert mention.date == resolve_date(mention.text, day).date


@pytest.mark.parametrize("text", ["tomorrow", "next year", "next week", "by December 8"])
def test_dates_past_the_calendar_stay_unresolved(text: str) -> None:
    (mention,) = extract_dates(legal_article(f"It ends {text}.", dt.date.max))
    assert mention.date is None


@pytest.mark.parametrize(
    ("unit", "count"),
    [("On Wednesday ", 5000), ("9", 62500), ("November ", 6750), ("in 2017-", 7500),
     ("the same day, ", 4250), (". ", 31250)],
    ids=["weekdays", "digits", "months", "iso-ish", "same-day", "periods"],
)  # fmt: skip
def test_hostile_inputs_take_linear_time(unit: str, count: int) -> None:
    assert_linear(lambda text: extract_dates(legal_article(text, MONDAY)), unit, count)
