"""The money model: valid amounts only, interval sums, mentions tied to their text."""

from __future__ import annotations

from decimal import Decimal, localcontext

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    AmountMention,
    CurrencyMismatchError,
    Span,
    from_json,
    parse_amount,
    to_json,
)
from tests import strategies as s
from tests.strategies.money import WrittenAmount, written_amounts

D = Decimal

INVALID = [
    ("float value", (1.5, D(1), D(2)), TypeError),
    ("int bound", (D(1), 1, D(2)), TypeError),
    ("NaN", (D("NaN"), D(1), D(2)), ValueError),
    ("infinite high", (D(1), D(1), D("Infinity")), ValueError),
    ("negative", (D(-1), D(-1), D(-1)), ValueError),
    ("value below low", (D(1), D(2), D(3)), ValueError),
    ("value above high", (D(4), D(2), D(3)), ValueError),
]


@pytest.mark.parametrize(
    ("fields", "error"), [row[1:] for row in INVALID], ids=[r[0] for r in INVALID]
)
def test_an_invalid_amount_cannot_be_built(fields: tuple[object, ...], error: type) -> None:
    with pytest.raises(error):
        Amount(*fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("currency", ["usd", "US$", "XYZ", ""])
def test_the_currency_must_be_an_iso_4217_code(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Amount.exact(5, currency)


def test_exact_and_zero() -> None:
    assert Amount.exact(5) == Amount(D(5), D(5), D(5), "USD")
    assert Amount.exact("522943.00").value == D("522943.00")
    assert Amount.exact(5).is_exact
    assert Amount.zero("EUR") == Amount.exact(0, "EUR")
    assert not Amount(D(5), D(4), D(6)).is_exact
    assert Amount.exact(D("-0")).value == 0  # negative zero is zero, not a negative amount


def test_sums_add_intervals() -> None:
    exact = Amount.exact(37509)
    rounded = parse_amount("$1.9M")
    assert exact + rounded == Amount(D(1937509), D(1887509), D(1987509))
    assert sum([exact, rounded]) == exact + rounded  # starts from the int 0
    assert sum([exact, rounded], Amount.zero()) == exact + rounded
    assert 0 + exact == exact


def test_the_seed_table_total_keeps_the_bounds_of_its_three_rounded_figures() -> None:
    rows = ["$37 509", "$1.9M", "$6.7M", "$2.1M", "$1 476 400"]
    total = sum(parse_amount(row) for row in rows)
    assert isinstance(total, Amount)
    assert (total.value, total.low, total.high) == (D(12213909), D(12063909), D(12363909))


def test_sums_never_round_whatever_the_decimal_context() -> None:
    big = Amount.exact(D("1" * 40))
    with localcontext() as context:
        context.prec = 5
        assert (big + Amount.exact(1)).value == D("1" * 39 + "2")


@pytest.mark.parametrize("other", [1, "5", D(5), None], ids=repr)
def test_only_amounts_add_to_amounts(other: object) -> None:
    with pytest.raises(TypeError):
        Amount.exact(5) + other  # type: ignore[operator]
    with pytest.raises(TypeError):
        other + Amount.exact(5)


def test_currencies_never_mix() -> None:
    with pytest.raises(CurrencyMismatchError, match="EUR"):
        Amount.exact(5) + Amount.exact(5, "EUR")


@given(s.amounts(currency="USD"), s.amounts(currency="USD"))
def test_a_sum_contains_the_sum_of_any_points_of_its_terms(a: Amount, b: Amount) -> None:
    total = a + b
    assert total.low == a.low + b.low
    assert total.value == a.value + b.value
    assert total.high == a.high + b.high
    assert total.is_exact == (a.is_exact and b.is_exact)


@given(written_amounts())
def test_what_the_parser_builds_unvalidated_passes_validation(written: WrittenAmount) -> None:
    amount = parse_amount(written.text)
    assert attrs.evolve(amount) == amount  # evolve runs every validator again


def test_a_mention_s_raw_text_must_fit_its_span() -> None:
    AmountMention(Amount.exact(5), Span(3, 5), "$5")
    with pytest.raises(ValueError, match="not 3 characters"):
        AmountMention(Amount.exact(5), Span(3, 6), "$5")


mentions = st.builds(
    lambda amount, start, raw: AmountMention(amount, Span(start, start + len(raw)), raw),
    s.amounts(),
    st.integers(0, 10_000),
    st.text(max_size=30),
)


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [(s.amounts(), Amount), (mentions, AmountMention)],
    ids=["Amount", "AmountMention"],
)
def test_round_trip_through_json(strategy: st.SearchStrategy[object], cls: type) -> None:
    @given(strategy)
    def check(obj: object) -> None:
        assert from_json(to_json(obj), cls) == obj

    check()


@given(written_amounts())
def test_parsed_amounts_round_trip_through_json_exponent_and_all(written: WrittenAmount) -> None:
    amount = parse_amount(written.text)
    again = from_json(to_json(amount), Amount)
    assert [str(x) for x in attrs.astuple(again)] == [str(x) for x in attrs.astuple(amount)]
