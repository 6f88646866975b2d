"""Hypothesis strategies that build valid model objects (core classes)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    JurisdictionMention,
    MentionResolution,
    Span,
    UsState,
    all_states,
)
from sanctuary_model.model._iso4217 import ISO_4217_CODES

decimals = st.decimals(
    min_value=0, max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=2
)
currencies = st.sampled_from(sorted(ISO_4217_CODES))
states: st.SearchStrategy[UsState] = st.sampled_from(all_states())
slugs = st.from_regex(r"[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1
).filter(str.strip)


@st.composite
def spans(draw: st.DrawFn, max_end: int = 2_000) -> Span:
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return Span(start, end)


@st.composite
def amounts(draw: st.DrawFn, currency: str | None = None) -> Amount:
    bounds = sorted(draw(st.lists(decimals, min_size=3, max_size=3)))
    low, value, high = bounds
    code = currency if currency is not None else draw(currencies)
    if draw(st.booleans()):
        return Amount.exact(value, code)
    return Amount(value, low, high, code)


usd_amounts = amounts(currency="USD")


@st.composite
def jurisdictions(draw: st.DrawFn, with_government: bool = True) -> Jurisdiction:
    state = draw(states)
    kind = draw(st.sampled_from(JurisdictionKind))
    key = f"{state.code.lower()}/{draw(slugs)}"
    government = None
    if kind is JurisdictionKind.AGENCY and with_government and draw(st.booleans()):
        government = draw(jurisdictions(with_government=False).filter(lambda j: j.state == state))
        key = f"{government.key}/{draw(slugs)}" if government.key.count("/") == 1 else key
    return Jurisdiction(
        name=draw(names),
        kind=kind,
        state=state,
        key=key,
        fips=draw(st.none() | st.from_regex(r"[0-9]{2,7}|[0-9]{10}", fullmatch=True)),
        notes=tuple(draw(st.lists(names, max_size=3))),
        government=government,
    )


@st.composite
def jurisdiction_mentions(draw: st.DrawFn) -> JurisdictionMention:
    text = draw(names)
    start = draw(st.integers(0, 10_000))
    return JurisdictionMention(
        text=text,
        span=Span(start, start + len(text)),
        jurisdiction=draw(jurisdictions()),
        resolution=draw(st.sampled_from(MentionResolution)),
    )


fiscal_years = st.builds(FiscalYear, st.integers(1790, 9999))
programs = st.builds(
    GrantProgram, names, names, st.none() | st.from_regex(r"[0-9]{2}\.[0-9]{3}", fullmatch=True)
)
awards = st.builds(
    GrantAward,
    jurisdiction=jurisdictions(),
    program=programs,
    fiscal_year=fiscal_years,
    amount=usd_amounts,
    span=st.none() | spans(),
)
