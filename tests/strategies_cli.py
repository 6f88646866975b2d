"""Hypothesis strategies for the richer classes the schema tests serialize: whole articles
with awards, quotes, people, date mentions and DOJ notices."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    Article,
    DateMention,
    DatePrecision,
    DojNotice,
    FiscalYear,
    Person,
    Quote,
    QuoteKind,
    Span,
    Statute,
)
from tests import strategies as s

# Long enough for every span the core strategies draw (they end at 10,000 at most).
_TEXT = "x" * 10_000

people = st.builds(Person, s.names, st.none() | s.names, st.none() | s.names)
statutes = st.builds(
    Statute.of,
    st.integers(1, 54),
    st.from_regex(r"[1-9][0-9]{0,4}[a-z]?", fullmatch=True),
    st.none() | st.integers(1789, 2030),
)


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    text = draw(st.sampled_from(["Wednesday", "December 8", "in September", "2016"]))
    precision = draw(st.sampled_from([DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]))
    day = draw(st.none() | st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31)))
    if day is not None and precision is DatePrecision.MONTH:
        day = day.replace(day=1)
    if day is not None and precision is DatePrecision.YEAR:
        day = day.replace(month=1, day=1)
    start = draw(st.none() | st.integers(0, 1_000))
    span = None if start is None else Span(start, start + len(text))
    return DateMention(text, span, day, precision)


quotes = st.builds(
    Quote,
    text=s.names,
    speaker=st.none() | people | statutes,
    kind=st.sampled_from(QuoteKind),
    verb=st.none() | st.sampled_from(["said", "predicted", "wrote"]),
    channel=st.none() | s.names,
    span=st.none() | s.spans(),
)

notices = st.builds(
    DojNotice,
    issuer=s.names,
    issued=st.none() | date_mentions(),
    recipients=st.lists(s.jurisdictions(), max_size=3).map(tuple),
    stated_recipient_count=st.none() | st.integers(0, 100),
    program=st.none() | st.just(BYRNE_JAG),
    fiscal_year_at_stake=st.none() | s.fiscal_years,
    response_deadline=st.none() | date_mentions(),
    statute=st.none() | statutes,
    prior_awards=st.lists(s.awards, max_size=3).map(tuple),
    span=st.none() | s.spans(),
    prior_fiscal_year=st.none() | st.builds(FiscalYear, st.integers(1790, 9999)),
)

articles = st.builds(
    Article,
    text=st.just(_TEXT),
    published=st.none() | st.dates(),
    awards=st.lists(s.awards, max_size=4).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    people=st.lists(people, max_size=3).map(tuple),
    notices=st.lists(notices, max_size=1).map(tuple),
    dates=st.lists(date_mentions(), max_size=3).map(tuple),
)
