"""UsState, StateMatch and the bundled table of states."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from sanctuary_model import DeserializationError, UsState, all_states, from_json, to_json
from sanctuary_model.model.geography import STATES_BY_CODE, StateKind, StateMatch, state_by_code
from tests.strategies.places import state_matches, states


def test_table_has_the_50_states_dc_and_5_territories() -> None:
    kinds = [state.kind for state in all_states()]
    assert (kinds.count(StateKind.STATE), kinds.count(StateKind.DISTRICT)) == (50, 1)
    assert kinds.count(StateKind.TERRITORY) == 5


@pytest.mark.parametrize("field", ["code", "name", "fips", "ap_abbreviation"])
def test_codes_names_and_abbreviations_are_unique(field: str) -> None:
    values = [getattr(state, field) for state in all_states()]
    assert len(set(values)) == len(values)


def test_states_come_in_fips_order() -> None:
    fips = [state.fips for state in all_states()]
    assert fips == sorted(fips)


@pytest.mark.parametrize(
    ("code", "name", "fips", "ap"),
    [
        ("CA", "California", "06", "Calif."),
        ("WA", "Washington", "53", "Wash."),
        ("DC", "District of Columbia", "11", "D.C."),
        ("WV", "West Virginia", "54", "W.Va."),
        ("PR", "Puerto Rico", "72", "P.R."),
    ],
    ids=lambda value: str(value),
)
def test_state_by_code(code: str, name: str, fips: str, ap: str) -> None:
    state = state_by_code(code)
    assert state is not None
    assert (state.name, state.fips, state.ap_abbreviation) == (name, fips, ap)
    assert STATES_BY_CODE[code] is state


@pytest.mark.parametrize("code", ["ca", "XX", "", "Calif."])
def test_state_by_code_is_exact_and_returns_none(code: str) -> None:
    assert state_by_code(code) is None
    assert code not in STATES_BY_CODE


@pytest.mark.parametrize(
    "fields",
    [
        ("ca", "California", "06", "Calif."),
        ("CAL", "California", "06", "Calif."),
        ("CA", "", "06", "Calif."),
        ("CA", "California", "6", "Calif."),
        ("CA", "California", "06", ""),
    ],
    ids=["lowercase-code", "long-code", "no-name", "one-digit-fips", "no-abbreviation"],
)
def test_invalid_state_is_refused(fields: tuple[str, str, str, str]) -> None:
    with pytest.raises(ValueError, match="'"):
        UsState(*fields)


def test_states_compare_by_code() -> None:
    assert UsState("CA", "Calif", "06", "Cal.") == STATES_BY_CODE["CA"]
    assert len({STATES_BY_CODE["CA"], UsState("CA", "California", "06", "Calif.")}) == 1


@given(states)
def test_state_round_trips_as_its_usps_code(state: UsState) -> None:
    assert json.loads(to_json(state)) == state.code
    assert from_json(to_json(state), UsState) is STATES_BY_CODE[state.code]


@pytest.mark.parametrize("document", ['"XX"', '"ca"', "6", "null"], ids=str)
def test_unknown_state_code_is_a_deserialization_error(document: str) -> None:
    with pytest.raises(DeserializationError):
        from_json(document, UsState)


@given(state_matches())
def test_state_match_round_trips(match: StateMatch) -> None:
    assert from_json(to_json(match), StateMatch) == match


def test_state_match_form_is_checked() -> None:
    with pytest.raises(ValueError, match="form"):
        StateMatch(STATES_BY_CODE["CA"], "Calif.", "nickname")


def test_corrected_says_whether_a_correction_was_made() -> None:
    ca = STATES_BY_CODE["CA"]
    assert StateMatch(ca, "Calf.", "ap", "'Calf.' read as 'Calif.' (typo)").corrected
    assert not StateMatch(ca, "Calif.", "ap").corrected


# The `us` package (dev only) keeps the same Census and AP data; our table must agree with it.
_US_NAMES = {"VI": "Virgin Islands"}  # `us` drops the "U.S." the Census Bureau's name carries


@pytest.mark.parametrize("state", all_states(), ids=lambda state: state.code)
def test_table_agrees_with_the_us_package(state: UsState) -> None:
    us = pytest.importorskip("us")
    reference = us.states.lookup(state.code)
    assert reference is not None
    assert (reference.abbr, reference.fips) == (state.code, state.fips)
    assert reference.name == _US_NAMES.get(state.code, state.name)
    assert reference.is_territory == (state.kind is StateKind.TERRITORY)
    if reference.ap_abbr is not None:  # `us` has no AP forms for the territories
        assert reference.ap_abbr == state.ap_abbreviation
