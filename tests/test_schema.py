"""The generated JSON Schema describes exactly what the converter writes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    Article,
    CourtRuling,
    DateMention,
    DojNotice,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    JurisdictionMention,
    Quote,
    Span,
    Table,
    UsState,
    all_states,
    to_json,
)
from sanctuary_model.cli import SEED_PUBLISHED
from sanctuary_model.schema import DECIMAL_PATTERN, DRAFT, FRACTION_PATTERN, json_schema
from tests import strategies as s
from tests.strategies import articles as sa
from tests.strategies import legal as sl
from tests.strategies import quotes as sq

Validator = jsonschema.Draft202012Validator


@st.composite
def full_articles(draw: st.DrawFn) -> Article:
    """An article with every kind of content the owners' strategies build."""
    article = draw(sa.articles())
    quotes = tuple(draw(st.lists(sq.quotes(), max_size=2)))
    rulings = tuple(draw(st.lists(sl.rulings, max_size=1)))
    notices = tuple(draw(st.lists(sl.notices, max_size=1)))
    dates = tuple(draw(st.lists(sl.date_mentions(), max_size=2)))
    located: list[Quote | CourtRuling | DojNotice | DateMention] = [
        *quotes,
        *rulings,
        *notices,
        *dates,
    ]
    spans = [part.span for part in located]
    ends = [span.end for span in spans if span is not None]
    return attrs.evolve(
        article,
        text=article.text.ljust(max([len(article.text), *ends])),  # room for every span
        quotes=quotes,
        people=tuple(draw(st.lists(sq.people, max_size=2))),
        rulings=rulings,
        notices=notices,
        dates=dates,
    )


def validator_for(cls: object) -> jsonschema.Draft202012Validator:
    schema = json_schema(cls)
    Validator.check_schema(schema)
    return Validator(schema, format_checker=Validator.FORMAT_CHECKER)


def errors(cls: object, document: object) -> list[str]:
    return [error.message for error in validator_for(cls).iter_errors(document)]


@pytest.mark.parametrize(
    ("strategy", "cls"),
    [
        pytest.param(s.amounts(), Amount, id="Amount"),
        pytest.param(s.spans(), Span, id="Span"),
        pytest.param(s.states, UsState, id="UsState"),
        pytest.param(s.jurisdictions(), Jurisdiction, id="Jurisdiction"),
        pytest.param(s.fiscal_years, FiscalYear, id="FiscalYear"),
        pytest.param(s.programs, GrantProgram, id="GrantProgram"),
        pytest.param(s.awards, GrantAward, id="GrantAward"),
        pytest.param(sl.date_mentions(), DateMention, id="DateMention"),
        pytest.param(s.jurisdiction_mentions(), JurisdictionMention, id="JurisdictionMention"),
        pytest.param(sq.quotes(), Quote, id="Quote"),
        pytest.param(sl.rulings, CourtRuling, id="CourtRuling"),
        pytest.param(sl.notices, DojNotice, id="DojNotice"),
        pytest.param(sa.tables(), Table, id="Table"),
        pytest.param(full_articles(), Article, id="Article"),
        pytest.param(st.lists(s.awards, max_size=3), list[GrantAward], id="list-of-awards"),
    ],
)
def test_serialized_objects_validate(strategy: st.SearchStrategy[object], cls: type) -> None:
    validator = validator_for(cls)

    @given(strategy)
    def check(obj: object) -> None:
        validator.validate(json.loads(to_json(obj)))

    check()


GOOD_AMOUNT = {"value": "1900000", "low": "1850000", "high": "1950000", "currency": "USD"}
GOOD_AWARD = {
    "jurisdiction": {
        "name": "Los Angeles",
        "kind": "city",
        "state": "CA",
        "key": "ca/los-angeles",
        "fips": None,
        "notes": [],
        "government": None,
    },
    "program": {"name": "Byrne JAG", "short_name": "JAG", "assistance_listing": "16.738"},
    "fiscal_year": {"year": 2016},
    "amount": GOOD_AMOUNT,
    "span": {"start": 3, "end": 8},
}


def test_hand_written_documents_are_valid() -> None:
    assert errors(Amount, GOOD_AMOUNT) == []
    assert errors(GrantAward, GOOD_AWARD) == []
    assert errors(Article, {"text": "only the text is required"}) == []


def _with(document: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """A deep copy of ``document`` with the dotted ``path`` set to ``value`` (or removed)."""
    changed = copy.deepcopy(document)
    *parents, last = path.split(".")
    target = changed
    for part in parents:
        target = target[part]
    if value is _REMOVE:
        del target[last]
    else:
        target[last] = value
    return changed


_REMOVE = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param("amount.value", "1.9M", id="decimal-with-suffix"),
        pytest.param("amount.value", "1.2.3", id="two-decimal-points"),
        pytest.param("amount.value", "NaN", id="decimal-nan"),
        pytest.param("amount.value", "Infinity", id="decimal-infinity"),
        pytest.param("amount.value", 1900000.0, id="decimal-as-float"),
        pytest.param("amount.value", _REMOVE, id="required-field-missing"),
        pytest.param("amount.currency", 840, id="currency-not-a-string"),
        pytest.param("amount.cents", "5", id="extra-key"),
        pytest.param("jurisdiction.state", "ZZ", id="unknown-state-code"),
        pytest.param("jurisdiction.state", "California", id="state-name-not-code"),
        pytest.param("jurisdiction.kind", "town", id="unknown-enum-value"),
        pytest.param("jurisdiction.notes", "a note", id="tuple-not-array"),
        pytest.param("jurisdiction.notes", [1], id="array-item-wrong-type"),
        pytest.param("jurisdiction.government", {"name": "x"}, id="nested-class-incomplete"),
        pytest.param("fiscal_year.year", "2016", id="integer-as-string"),
        pytest.param("fiscal_year.year", True, id="boolean-as-integer"),
        pytest.param("span", [3, 8], id="object-as-array"),
        pytest.param("program.assistance_listing", 16.738, id="optional-wrong-type"),
    ],
)
def test_invalid_documents_are_rejected(path: str, value: object) -> None:
    assert errors(GrantAward, _with(GOOD_AWARD, path, value))


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("Nov 20, 2017", id="not-iso"),
        pytest.param("2017-11-20T00:00:00", id="datetime-not-date"),
        pytest.param("2017-13-01", id="month-13"),
    ],
)
def test_bad_dates_are_rejected(published: str) -> None:
    assert errors(Article, {"text": "t", "published": published})


def test_quote_speaker_is_a_tagged_person_organization_statute_or_null() -> None:
    quote = {"text": "t", "kind": "direct", "verb": None, "channel": None, "span": None}
    person = {"name": "Jeff Sessions", "role": None, "organization": None, "type": "person"}
    agency = {"name": "Justice Department", "kind": "agency", "type": "organization"}
    statute = {
        "title": 8,
        "section": "1373",
        "citation": "8 U.S.C. § 1373",
        "year_enacted": 1996,
        "type": "statute",
    }
    for speaker in (person, agency, statute, None):
        assert errors(Quote, {**quote, "speaker": speaker}) == []
    assert errors(Quote, {**quote, "speaker": {"title": 8}})
    assert errors(Quote, {**quote, "speaker": "Sessions"})
    untagged = {key: value for key, value in person.items() if key != "type"}
    assert errors(Quote, {**quote, "speaker": untagged})
    assert errors(Quote, {**quote, "speaker": {**person, "type": "statute"}})


def test_people_outside_a_quote_carry_no_tag() -> None:
    person = {"name": "Jeff Sessions", "role": None, "organization": None}
    assert errors(Article, {"text": "t", "people": [person]}) == []


@pytest.mark.parametrize(
    ("tp", "expected"),
    [
        pytest.param(str, {"type": "string"}, id="str"),
        pytest.param(int, {"type": "integer"}, id="int"),
        pytest.param(bool, {"type": "boolean"}, id="bool"),
        pytest.param(Decimal, {"type": "string", "pattern": DECIMAL_PATTERN}, id="decimal"),
        pytest.param(Fraction, {"type": "string", "pattern": FRACTION_PATTERN}, id="fraction"),
        pytest.param(dt.date, {"type": "string", "format": "date"}, id="date"),
        pytest.param(
            JurisdictionKind,
            {"type": "string", "enum": [k.value for k in JurisdictionKind]},
            id="enum",
        ),
        pytest.param(
            UsState, {"type": "string", "enum": [st.code for st in all_states()]}, id="us-state"
        ),
        pytest.param(tuple[int, ...], {"type": "array", "items": {"type": "integer"}}, id="tuple"),
        pytest.param(
            tuple[str, int],
            {
                "type": "array",
                "prefixItems": [{"type": "string"}, {"type": "integer"}],
                "items": False,
                "minItems": 2,
            },
            id="fixed-tuple",
        ),
        pytest.param(int | None, {"anyOf": [{"type": "integer"}, {"type": "null"}]}, id="optional"),
        pytest.param(
            list[Span], {"type": "array", "items": {"$ref": "#/$defs/Span"}}, id="list-of-class"
        ),
        pytest.param(
            dict[str, int],
            {"type": "object", "additionalProperties": {"type": "integer"}},
            id="mapping",
        ),
    ],
)
def test_type_mapping(tp: object, expected: dict[str, Any]) -> None:
    schema = json_schema(tp)
    assert schema["$schema"] == DRAFT
    assert expected.items() <= schema.items()


def test_attrs_class_becomes_a_definition() -> None:
    schema = json_schema(Amount)
    assert schema["$ref"] == "#/$defs/Amount"
    amount = schema["$defs"]["Amount"]
    assert amount["type"] == "object"
    assert amount["additionalProperties"] is False
    assert list(amount["properties"]) == ["value", "low", "high", "currency"]
    assert amount["required"] == ["value", "low", "high"]  # currency has a default


def test_article_requires_only_its_text_and_lists_every_field() -> None:
    article = json_schema(Article)["$defs"]["Article"]
    assert article["required"] == ["text"]
    assert set(article["properties"]) == set(json.loads(to_json(Article("t"))))


def test_recursive_class_refers_to_itself() -> None:
    schema = json_schema(Jurisdiction)
    government = schema["$defs"]["Jurisdiction"]["properties"]["government"]
    assert government == {"anyOf": [{"$ref": "#/$defs/Jurisdiction"}, {"type": "null"}]}


@pytest.mark.parametrize("tp", [complex, set[int], frozenset], ids=str)
def test_unsupported_types_are_named(tp: object) -> None:
    with pytest.raises(TypeError, match="no JSON Schema for"):
        json_schema(tp)


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimal_pattern_accepts_every_finite_decimal(number: Decimal) -> None:
    assert re.search(DECIMAL_PATTERN, str(number))


@pytest.mark.parametrize("text", ["", "NaN", "-Infinity", "1.2.3", "1,000", "$5", "1e", " 5"])
def test_decimal_pattern_rejects(text: str) -> None:
    assert not re.search(DECIMAL_PATTERN, text)


@given(st.fractions())
def test_fraction_pattern_accepts_every_fraction(number: Fraction) -> None:
    assert re.search(FRACTION_PATTERN, str(number))


@pytest.mark.parametrize("text", ["1/0", "3/00", "1.5", "/2", "1/-2", ""])
def test_fraction_pattern_rejects(text: str) -> None:
    assert not re.search(FRACTION_PATTERN, text)


def test_seed_article_json_validates() -> None:
    from sanctuary_model import parse_article, seed_text

    article = parse_article(seed_text(), published=SEED_PUBLISHED)
    assert article.awards  # a schema check of an empty parse proves little
    validator_for(Article).validate(json.loads(to_json(article)))
