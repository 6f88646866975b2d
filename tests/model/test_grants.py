"""Fiscal years, grant programs and awards: validation, dates and round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import BYRNE_JAG, FiscalYear, GrantAward, GrantProgram, from_json, to_json
from tests.strategies import awards, fiscal_years, programs


@pytest.mark.parametrize(
    ("year", "start", "end"),
    [
        (2016, dt.date(2015, 10, 1), dt.date(2016, 9, 30)),
        (2017, dt.date(2016, 10, 1), dt.date(2017, 9, 30)),
        (2000, dt.date(1999, 10, 1), dt.date(2000, 9, 30)),
    ],
    ids=["fy2016", "fy2017", "fy2000"],
)
def test_fiscal_year_bounds(year: int, start: dt.date, end: dt.date) -> None:
    assert (FiscalYear(year).start, FiscalYear(year).end) == (start, end)


@given(st.dates(dt.date(1790, 1, 1), dt.date(9998, 9, 30)))
def test_every_day_is_in_exactly_its_fiscal_year(day: dt.date) -> None:
    fiscal_year = FiscalYear.of(day)
    assert fiscal_year.contains(day)
    assert fiscal_year.start <= day <= fiscal_year.end
    neighbours = [FiscalYear(y) for y in (fiscal_year.year - 1, fiscal_year.year + 1) if y >= 1790]
    assert not any(other.contains(day) for other in neighbours)


@pytest.mark.parametrize("year", [1789, 10_000, -1], ids=["too-early", "too-late", "negative"])
def test_implausible_fiscal_years_are_refused(year: int) -> None:
    with pytest.raises(ValueError, match="year from 1790"):
        FiscalYear(year)


def test_a_fiscal_year_is_not_a_bool() -> None:
    with pytest.raises(TypeError, match="must be an int"):
        FiscalYear(True)


def test_byrne_jag() -> None:
    assert (BYRNE_JAG.name, BYRNE_JAG.short_name, BYRNE_JAG.assistance_listing) == (
        "Edward Byrne Memorial Justice Assistance Grant",
        "Byrne JAG",
        "16.738",
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("", "JAG", None), "name must not be blank"),
        (("Byrne", " ", None), "short_name must not be blank"),
        (("Byrne", "JAG", "16738"), "must look like '16.738'"),
    ],
    ids=["blank-name", "blank-short-name", "listing-form"],
)
def test_invalid_programs_are_refused(arguments: tuple[str, str, str | None], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        GrantProgram(*arguments)


@given(st.one_of(fiscal_years, programs, awards))
def test_round_trip(value: FiscalYear | GrantProgram | GrantAward) -> None:
    again = from_json(to_json(value), type(value))
    assert again == value
    assert to_json(again) == to_json(value)
