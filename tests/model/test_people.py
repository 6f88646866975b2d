"""Person: validation, surname, JSON round trip."""

from __future__ import annotations

import pytest
from hypothesis import given

from sanctuary_model import DeserializationError, Person, from_json, to_json
from tests.strategies_quotes import people


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
