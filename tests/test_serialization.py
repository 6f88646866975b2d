"""The converter round-trips every core model class and reports bad data with paths."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    DeserializationError,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    Span,
    UsState,
    from_json,
    structure,
    to_json,
    unstructure,
)
from tests import strategies as s


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        (s.amounts(), Amount),
        (s.spans(), Span),
        (s.states, UsState),
        (s.jurisdictions(), Jurisdiction),
        (s.fiscal_years, FiscalYear),
        (s.programs, GrantProgram),
        (s.awards, GrantAward),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_round_trip(strategy: st.SearchStrategy[object], cls: type) -> None:
    @given(strategy)
    def check(obj: object) -> None:
        assert from_json(to_json(obj), cls) == obj
        assert structure(unstructure(obj), cls) == obj

    check()


def test_decimal_is_a_string_never_a_float() -> None:
    data = unstructure(Amount.exact(Decimal("522943.00")))
    assert data == {
        "value": "522943.00",
        "low": "522943.00",
        "high": "522943.00",
        "currency": "USD",
    }


def test_state_serializes_as_its_code() -> None:
    assert to_json(structure("WA", UsState)) == '"WA"'


def test_fraction_round_trips() -> None:
    assert structure(unstructure(Fraction(3, 7)), Fraction) == Fraction(3, 7)


@pytest.mark.parametrize(
    ("document", "cls", "expected"),
    [
        ('{"value": "x", "low": "1", "high": "1"}', Amount, "value: not a decimal: 'x'"),
        ('{"value": 1.5, "low": "1", "high": "2"}', Amount, "value: expected a decimal string"),
        ('{"value": "9", "low": "5", "high": "5"}', Amount, "do not contain 9"),
        ('{"low": "5", "high": "5"}', Amount, "value: required field missing"),
        ('"ZZ"', UsState, "not a USPS state code: 'ZZ'"),
        ("[1", Amount, "not JSON"),
        ('{"start": "1", "end": 2}', Span, "start: expected an integer"),
    ],
)
def test_bad_data_names_the_field(document: str, cls: type, expected: str) -> None:
    with pytest.raises(DeserializationError) as caught:
        from_json(document, cls)
    assert expected in str(caught.value)


def test_nested_path_is_named() -> None:
    data = {
        "jurisdiction": {
            "name": "Seattle",
            "kind": "city",
            "state": "WA",
            "key": "wa/seattle",
        },
        "program": {"name": "P", "short_name": "P"},
        "fiscal_year": {"year": 2016},
        "amount": {"value": "oops", "low": "1", "high": "1"},
    }
    with pytest.raises(DeserializationError) as caught:
        structure(data, GrantAward)
    assert "amount.value: not a decimal: 'oops'" in caught.value.errors


@pytest.mark.parametrize(
    ("document", "cls", "expected"),
    [
        ('[{"jurisdiction": 5}]', list[GrantAward], "[0].jurisdiction: expected an object"),
        ("5", GrantAward, "$: expected an object (GrantAward)"),
        ('{"jurisdiction": {"name": "x"}}', GrantAward, "jurisdiction.kind: required field"),
    ],
)
def test_wrong_shapes_say_what_was_expected(document: str, cls: type, expected: str) -> None:
    with pytest.raises(DeserializationError) as caught:
        from_json(document, cls)
    assert any(line.startswith(expected) for line in caught.value.errors), caught.value.errors


def test_orjson_writes_the_same_bytes_as_the_standard_library() -> None:
    pytest.importorskip("orjson")
    from sanctuary_model import seed_article, serialization

    article = seed_article()
    fast = to_json(article)
    saved, serialization._orjson = serialization._orjson, None
    try:
        assert to_json(article) == fast
    finally:
        serialization._orjson = saved
