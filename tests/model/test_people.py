"""Person: validation, surname, JSON round trip."""

from __future__ import annotations

import pytest
from hypothesis import given

from sanctuary_model import (
    DeserializationError,
    Organization,
    OrganizationKind,
    Person,
    from_json,
    to_json,
)
from sanctuary_model.model.people import UnnamedSpeaker
from tests.strategies.quotes import organizations, people, unnamed_speakers


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        pytest.param("Michael Baylson", "Baylson", id="two-words"),
        pytest.param("Chokwe Antar Lumumba", "Lumumba", id="three-words"),
        pytest.param("Martin Luther King Jr.", "King", id="suffix"),
        pytest.param("Sessions", "Sessions", id="one-word"),
    ],
)
def test_surname(name: str, surname: str) -> None:
    assert Person(name).surname == surname


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"name": ""}, id="empty-name"),
        pytest.param({"name": "   "}, id="blank-name"),
        pytest.param({"name": " Jeff Sessions"}, id="padded-name"),
        pytest.param({"name": "Jeff Sessions", "role": ""}, id="empty-role"),
        pytest.param({"name": "Jeff Sessions", "organization": " DOJ "}, id="padded-org"),
    ],
)
def test_invalid_people_are_refused(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - attrs validators raise plain ValueError
        Person(**kwargs)


def test_name_must_be_text() -> None:
    with pytest.raises(TypeError):
        Person(42)  # type: ignore[arg-type]


def test_json_shape() -> None:
    herrera = Person("Dennis Herrera", "city attorney", "San Francisco")
    assert to_json(herrera) == (
        '{"name":"Dennis Herrera","role":"city attorney","organization":"San Francisco"}'
    )


def test_bad_json_names_the_field() -> None:
    with pytest.raises(DeserializationError, match="name"):
        from_json('{"name": "", "role": null, "organization": null}', Person)


@given(people)
def test_round_trip(person: Person) -> None:
    assert from_json(to_json(person), Person) == person


@given(organizations)
def test_organization_round_trip(organization: Organization) -> None:
    assert from_json(to_json(organization), Organization) == organization


@given(unnamed_speakers)
def test_unnamed_speaker_round_trip(unnamed: UnnamedSpeaker) -> None:
    assert from_json(to_json(unnamed), UnnamedSpeaker) == unnamed
    assert unnamed.name is None


def test_organization_kind_is_an_enum() -> None:
    with pytest.raises(TypeError):
        Organization("ACLU", "advocacy group")  # type: ignore[arg-type]
    assert Organization("ACLU").kind is OrganizationKind.OTHER


def test_every_speaker_has_a_name() -> None:
    from sanctuary_model import SECTION_1373

    assert SECTION_1373.name == "8 U.S.C. § 1373"
    assert Organization("Cook County", OrganizationKind.GOVERNMENT).name == "Cook County"
