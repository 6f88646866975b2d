"""The Jurisdiction model: validation, equality by key, round trips."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    Jurisdiction,
    JurisdictionKind,
    UsState,
    from_json,
    parse_jurisdiction,
    to_json,
)
from sanctuary_model.model.geography import STATES_BY_CODE
from tests.strategies import jurisdictions
from tests.strategies.places import AGENCY_FORMS, CITY_FORMS, place_names, states

CA, NJ = STATES_BY_CODE["CA"], STATES_BY_CODE["NJ"]
NEWARK = Jurisdiction("Newark", JurisdictionKind.CITY, NJ, "nj/newark", "3451000")


def _jurisdiction(**changes: Any) -> Jurisdiction:
    fields: dict[str, Any] = {
        "name": "Santa Clara County",
        "kind": JurisdictionKind.COUNTY,
        "state": CA,
        "key": "ca/santa-clara-county",
        "fips": "06085",
    }
    return Jurisdiction(**(fields | changes))


def test_equality_is_by_key() -> None:
    assert _jurisdiction() == _jurisdiction(name="County of Santa Clara", fips=None, notes=("x",))
    assert _jurisdiction() != _jurisdiction(key="ca/santa-clara")
    assert len({_jurisdiction(), _jurisdiction(name="Santa Clara Co.")}) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"key": "CA/santa-clara-county"}, "must look like"),
        ({"key": "ca/santa clara"}, "must look like"),
        ({"key": "ca/a/b/c"}, "must look like"),
        ({"key": "nj/santa-clara-county"}, "does not start with"),
        ({"name": "  "}, "needs a name"),
        ({"fips": "6085"[:1]}, "2 to 7 or 10 digits"),
        ({"fips": "06-085"}, "2 to 7 or 10 digits"),
        ({"government": NEWARK}, "only an agency"),
    ],
    ids=[
        "upper-state",
        "space",
        "four-segments",
        "wrong-state",
        "blank-name",
        "short-fips",
        "fips-punctuation",
        "county-with-government",
    ],
)
def test_invalid_jurisdiction_is_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _jurisdiction(**changes)


def test_agency_key_extends_its_government_key() -> None:
    police = Jurisdiction(
        "Newark Police Department",
        JurisdictionKind.AGENCY,
        NJ,
        "nj/newark/police-department",
        government=NEWARK,
    )
    assert police.government == NEWARK
    with pytest.raises(ValueError, match="must extend"):
        Jurisdiction("Newark PD", JurisdictionKind.AGENCY, NJ, "nj/newark-pd", government=NEWARK)


def test_agency_is_in_its_government_state() -> None:
    with pytest.raises(ValueError, match="cannot belong"):
        Jurisdiction("Police", JurisdictionKind.AGENCY, CA, "ca/newark/police", government=NEWARK)


def test_state_serializes_as_its_code() -> None:
    data = json.loads(to_json(parse_jurisdiction("Newark Police Department")))
    assert data["state"] == "NJ"
    assert data["government"]["state"] == "NJ"
    assert data["government"]["key"] == "nj/newark"


@given(jurisdictions())
def test_any_jurisdiction_round_trips(jurisdiction: Jurisdiction) -> None:
    back = from_json(to_json(jurisdiction), Jurisdiction)
    assert back == jurisdiction
    assert (back.name, back.kind, back.state, back.fips, back.notes) == (
        jurisdiction.name,
        jurisdiction.kind,
        jurisdiction.state,
        jurisdiction.fips,
        jurisdiction.notes,
    )
    assert back.government == jurisdiction.government


@given(place_names, states, st.sampled_from(CITY_FORMS + AGENCY_FORMS))
def test_parsed_jurisdiction_round_trips(name: str, state: UsState, form: Any) -> None:
    _, render = form
    parsed = parse_jurisdiction(render(name, state))
    back = from_json(to_json(parsed), Jurisdiction)
    assert back == parsed
    assert to_json(back) == to_json(parsed)
