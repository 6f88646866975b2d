"""DojNotice: discrepancies a careful reader would flag, and JSON round-trips."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given

from sanctuary_model import (
    BYRNE_JAG,
    Amount,
    DateMention,
    DatePrecision,
    DojNotice,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    from_json,
    to_json,
)
from sanctuary_model.model.geography import STATES_BY_CODE
from tests.strategies.legal import notices


def _award(slug: str, year: int = 2016, program: GrantProgram = BYRNE_JAG) -> GrantAward:
    place = Jurisdiction(slug.title(), JurisdictionKind.CITY, STATES_BY_CODE["CA"], f"ca/{slug}")
    return GrantAward(place, program, FiscalYear(year), Amount.exact(Decimal(1000)))


def _notice(**changes: object) -> DojNotice:
    awards = (_award("berkeley"), _award("fremont"))
    fields: dict[str, object] = {
        "issuer": "U.S. Department of Justice",
        "issued": DateMention("On Wednesday", None, dt.date(2017, 11, 15), DatePrecision.DAY),
        "recipients": tuple(a.jurisdiction for a in awards),
        "stated_recipient_count": 2,
        "program": BYRNE_JAG,
        "fiscal_year_at_stake": FiscalYear(2017),
        "response_deadline": DateMention("by December 8", None, dt.date(2017, 12, 8),
                                         DatePrecision.DAY),
        "statute": None,
        "prior_awards": awards,
        "span": None,
        "prior_fiscal_year": FiscalYear(2016),
    }  # fmt: skip
    fields.update(changes)
    return DojNotice(**fields)  # type: ignore[arg-type]


@given(notices)
def test_round_trip(notice: DojNotice) -> None:
    assert from_json(to_json(notice), DojNotice) == notice


def test_a_consistent_notice_has_no_discrepancies() -> None:
    assert _notice().discrepancies(official=None) == ()


def test_stated_count_against_listed() -> None:
    assert _notice(stated_recipient_count=3).discrepancies(official=None) == (
        "the text states 3 recipients but lists 2",
    )


def test_listed_count_falls_back_to_award_holders() -> None:
    notice = _notice(recipients=(), stated_recipient_count=2)
    assert notice.listed_recipient_count == 2
    assert notice.discrepancies(official=None) == ()


def test_deadline_before_issue() -> None:
    early = DateMention("by November 1", None, dt.date(2017, 11, 1), DatePrecision.DAY)
    (problem,) = _notice(response_deadline=early).discrepancies(official=None)
    assert "before the notice was issued" in problem


def test_award_for_another_year_or_program_or_jurisdiction() -> None:
    stray = _award("oakland", year=2017, program=GrantProgram("Other", "Other"))
    problems = _notice(prior_awards=(*_notice().prior_awards, stray)).discrepancies(official=None)
    assert problems == (
        "the award to Oakland is for FY 2017, not the FY 2016 the notice is about",
        "the award to Oakland is for FY 2017, not before the FY 2017 at stake",
        "the award to Oakland is under Other, not Byrne JAG",
        "Oakland holds a listed award but is not among the recipients",
    )


def test_duplicate_recipient() -> None:
    twice = (*_notice().recipients, _notice().recipients[0])
    assert "Berkeley is listed twice among the recipients" in _notice(
        recipients=twice, stated_recipient_count=3
    ).discrepancies(official=None)


def test_negative_count_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match=">= 0"):
        _notice(stated_recipient_count=-1)
