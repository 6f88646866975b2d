"""Statutes, courts and rulings: validation and JSON round-trips."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    SECTION_1373,
    Court,
    CourtRuling,
    Person,
    RulingKind,
    Statute,
    from_json,
    parse_jurisdiction,
    structure,
    to_json,
    unstructure,
)
from sanctuary_model.model.legal import StatuteMention
from sanctuary_model.parsing.legal import court_for_city
from tests.strategies.legal import courts, rulings, statute_mentions, statutes


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        (statutes, Statute),
        (statute_mentions, StatuteMention),
        (courts, Court),
        (rulings, CourtRuling),
    ],
    ids=["Statute", "StatuteMention", "Court", "CourtRuling"],
)
def test_round_trip(strategy: st.SearchStrategy[object], cls: type) -> None:
    @given(strategy)
    def check(obj: object) -> None:
        assert from_json(to_json(obj), cls) == obj

    check()


def test_section_1373_is_the_1996_information_sharing_section() -> None:
    assert Statute.of(8, "1373", 1996) == SECTION_1373
    assert SECTION_1373.citation == "8 U.S.C. § 1373"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"title": 0, "section": "1373", "citation": "x"}, ValueError),
        ({"title": True, "section": "1373", "citation": "x"}, TypeError),
        ({"title": 8, "section": "13 73", "citation": "x"}, ValueError),
        ({"title": 8, "section": "1373", "citation": " "}, ValueError),
        ({"title": 8, "section": "1373", "citation": "x", "year_enacted": 1700}, ValueError),
    ],
    ids=["title-zero", "title-bool", "section-space", "blank-citation", "year-before-congress"],
)
def test_invalid_statutes_are_refused(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        Statute(**kwargs)  # type: ignore[arg-type]


def test_court_state_must_be_a_us_state() -> None:
    with pytest.raises(TypeError, match="UsState"):
        Court("U.S. District Court for the Eastern District of Pennsylvania", "E.D. Pa.",
              state="PA")  # type: ignore[arg-type]  # fmt: skip


def test_court_state_is_the_same_state_type_as_a_jurisdictions() -> None:
    court = court_for_city("Philadelphia")
    assert court is not None
    assert court.state is parse_jurisdiction("Philadelphia, Pa.").state
    assert json.loads(to_json(court))["state"] == "PA"


@pytest.mark.parametrize("pages", [0, -3])
def test_ruling_pages_must_be_positive(pages: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        CourtRuling(judge=Person("Michael Baylson"), kind=RulingKind.ORDER, pages=pages)


@pytest.mark.parametrize(
    "speaker", [SECTION_1373, Person("Jeff Sessions", "Attorney General"), None], ids=repr
)
def test_statute_and_person_stay_distinguishable_in_a_union(speaker: object) -> None:
    # Quote.speaker is Person | Statute | None; adding fields to Statute must not blur it.
    assert structure(unstructure(speaker), Person | Statute | None) == speaker  # type: ignore[arg-type]
