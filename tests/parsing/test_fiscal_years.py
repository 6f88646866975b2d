"""Reading fiscal years as news text writes them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import FiscalYear, ParseError
from sanctuary_model.parsing.dates import extract_dates, parse_fiscal_year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("FY 2016", 2016),
        ("FY2016", 2016),
        ("fiscal year 2016", 2016),
        ("Fiscal Year 2017", 2017),
        ("FY16", 2016),
        ("FY 16", 2016),
        ("FY ’16", 2016),
        ("FY-2018", 2018),
        ("fy2016", 2016),
        ("  FY 2016 ", 2016),
        ("FY99", 1999),
        ("FY70", 1970),
        ("FY69", 2069),
        ("FY00", 2000),
        ("fiscal 2016", 2016),
        ("Fiscal  2019", 2019),
    ],
    ids=lambda value: repr(value) if isinstance(value, str) else str(value),
)
def test_fiscal_years(text: str, year: int) -> None:
    assert parse_fiscal_year(text) == FiscalYear(year)


@pytest.mark.parametrize(
    "text",
    [
        "2016",
        "FY",
        "FY 201",
        "FY 20166",
        "year 2016",
        "FY 2016*",
        "FY 1776",
        "FY 2016 and 2017",
        "",
    ],
    ids=[
        "bare-year",
        "no-year",
        "three-digits",
        "five-digits",
        "no-fiscal",
        "marker",
        "before-1790",
        "two-years",
        "empty",
    ],
)
def test_not_fiscal_years(text: str) -> None:
    with pytest.raises(ParseError):
        parse_fiscal_year(text)


@given(st.integers(1790, 9999), st.sampled_from(["FY {}", "FY{}", "fiscal year {}"]))
def test_four_digit_years_read_back(year: int, form: str) -> None:
    assert parse_fiscal_year(form.format(year)).year == year


@given(st.text())
def test_arbitrary_text_only_raises_parse_errors(text: str) -> None:
    error = None
    try:
        parse_fiscal_year(text)
    except ParseError as caught:
        error = caught
    assert error is None or error.text == text


def test_hostile_text_completes() -> None:
    with pytest.raises(ParseError):
        parse_fiscal_year("FY " + " " * 1_000_000 + "x")


@pytest.mark.parametrize(
    "form", ["FY16", "FY 2016", "FY2016", "fiscal 2016", "fiscal year 2016", "Fiscal Year 2016"]
)
def test_running_text_reads_fiscal_years_with_the_same_grammar(form: str) -> None:
    (mention,) = extract_dates(f"The awards for {form} were withheld.")
    assert mention.text == form
    assert mention.fiscal
    assert mention.date == parse_fiscal_year(form).start
