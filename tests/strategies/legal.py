"""Hypothesis strategies for dates, statutes, courts, rulings and notices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from dateutil.relativedelta import MO, relativedelta
from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    Amount,
    Article,
    Court,
    CourtRuling,
    DateMention,
    DatePrecision,
    DojNotice,
    FiscalYear,
    GrantAward,
    Jurisdiction,
    JurisdictionKind,
    Paragraph,
    Person,
    RulingKind,
    RulingOutcome,
    RulingScope,
    Span,
    Statute,
)
from sanctuary_model.model.geography import STATES_BY_CODE, all_states
from sanctuary_model.model.legal import CourtKind, StatuteMention
from tests import strategies as s

days = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(9000, 12, 31))
texts = s.names
optional_texts = st.none() | texts


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    text = draw(texts)
    span = None
    if draw(st.booleans()):
        start = draw(st.integers(0, 10_000))
        span = Span(start, start + len(text))
    precision = draw(st.sampled_from(DatePrecision))
    fiscal = precision is DatePrecision.YEAR and draw(st.booleans())
    day = draw(st.none() | days)
    if day is not None:
        day = _first_day(day, precision, fiscal)
    return DateMention(text, span, day, precision, fiscal, draw(optional_texts))


def _first_day(day: dt.date, precision: DatePrecision, fiscal: bool) -> dt.date:
    if precision is DatePrecision.WEEK:
        monday: dt.date = day + relativedelta(weekday=MO(-1))
        return monday
    if precision is DatePrecision.MONTH:
        return day.replace(day=1)
    if precision is DatePrecision.YEAR:
        return dt.date(day.year, 10, 1) if fiscal else dt.date(day.year, 1, 1)
    return day


sections = st.from_regex(r"[0-9]{1,6}[a-z]{0,2}", fullmatch=True)
statutes = st.builds(
    Statute,
    title=st.integers(1, 54),
    section=sections,
    citation=texts,
    year_enacted=st.none() | st.integers(1789, 2100),
)
statute_mentions = st.builds(
    StatuteMention,
    statute=statutes,
    text=texts,
    span=st.none() | s.spans(),
    inferred=optional_texts,
)
courts = st.builds(
    Court,
    name=texts,
    abbreviation=texts,
    seat=optional_texts,
    kind=st.sampled_from(CourtKind),
    state=st.none() | st.sampled_from(all_states()),
    circuit=optional_texts,
    cities=st.lists(texts, max_size=3).map(tuple),
)
trimmed = texts.map(str.strip)
people = st.builds(Person, name=trimmed, role=st.none() | trimmed, organization=st.none() | trimmed)
rulings = st.builds(
    CourtRuling,
    judge=st.none() | people,
    court=st.none() | courts,
    party=st.none() | s.jurisdictions(),
    decided=st.none() | date_mentions(),
    outcome=st.none() | st.sampled_from(RulingOutcome),
    scope=st.none() | st.sampled_from(RulingScope),
    kind=st.sampled_from(RulingKind),
    pages=st.none() | st.integers(1, 5000),
    span=st.none() | s.spans(),
    holding=optional_texts,
    subject=optional_texts,
    mentions=st.lists(s.spans(), max_size=3).map(tuple),
    notes=st.lists(texts, max_size=3).map(tuple),
)
_plain_notices = st.builds(
    DojNotice,
    issuer=texts,
    issued=st.none() | date_mentions(),
    recipients=st.lists(s.jurisdictions(), max_size=3).map(tuple),
    stated_recipient_count=st.none() | st.integers(0, 500),
    program=st.none() | s.programs,
    fiscal_year_at_stake=st.none() | s.fiscal_years,
    response_deadline=st.none() | date_mentions(),
    statute=st.none() | statutes,
    prior_awards=st.lists(s.awards, max_size=3).map(tuple),
    span=st.none() | s.spans(),
    prior_fiscal_year=st.none() | s.fiscal_years,
    mentions=st.lists(s.spans(), max_size=3).map(tuple),
    notes=st.lists(texts, max_size=3).map(tuple),
    source=optional_texts,
)
#: Notices, some carrying the official roster they were compared with (itself a notice).
notices = st.builds(attrs.evolve, _plain_notices, official=st.none() | _plain_notices)


def legal_article(
    text: str, published: dt.date | None = None, awards: tuple[GrantAward, ...] = ()
) -> Article:
    """An article with paragraphs cut at blank lines, independent of ``parse_article``."""
    paragraphs = []
    start = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            at = text.index(stripped, start)
            paragraphs.append(Paragraph(stripped, Span(at, at + len(stripped))))
        start += len(block) + 2
    return Article(text=text, published=published, paragraphs=tuple(paragraphs), awards=awards)


def stand_in_awards(count: int) -> tuple[GrantAward, ...]:
    """``count`` FY 2016 Byrne JAG awards to distinct made-up cities."""
    return tuple(
        GrantAward(
            Jurisdiction(f"Town {i}", JurisdictionKind.CITY, STATES_BY_CODE["CA"], f"ca/town-{i}"),
            BYRNE_JAG,
            FiscalYear(2016),
            Amount.exact(Decimal(1000 + i)),
        )
        for i in range(count)
    )
