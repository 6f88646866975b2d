"""Quote: validation and a JSON round trip with every kind of speaker."""

from __future__ import annotations

import pytest
from hypothesis import given

from sanctuary_model import (
    SECTION_1373,
    DeserializationError,
    Organization,
    OrganizationKind,
    Person,
    Quote,
    QuoteKind,
    Span,
    from_json,
    to_json,
)
from sanctuary_model.model.people import UnnamedSpeaker
from sanctuary_model.model.quotes import Attribution
from tests.strategies.quotes import quotes

BAYLSON = Person("Michael Baylson", "U.S. District Judge")


def test_speaker_name_of_each_kind_of_speaker() -> None:
    said = Quote(
        "x", BAYLSON, QuoteKind.DIRECT, "wrote", None, None, attribution=Attribution.PRONOUN
    )
    law = Quote(
        "y", SECTION_1373, QuoteKind.PARTIAL, None, None, None, attribution=Attribution.STATUTE
    )
    agency = Organization("Justice Department", OrganizationKind.AGENCY)
    body = Quote("w", agency, QuoteKind.DIRECT, "said", None, None, attribution=Attribution.NAME)
    nobody = Quote("z", None, QuoteKind.DIRECT, None, None, None)
    official = UnnamedSpeaker("senior Justice Department official")
    unnamed = Quote("v", None, QuoteKind.DIRECT, "said", None, None, unnamed=official)
    quotes = (said, law, body, nobody, unnamed)
    assert [q.speaker_name for q in quotes] == [
        "Michael Baylson",
        "8 U.S.C. § 1373",
        "Justice Department",
        None,
        None,
    ]
    assert [q.speaker.name for q in quotes if q.speaker is not None] == [
        "Michael Baylson",
        "8 U.S.C. § 1373",
        "Justice Department",
    ]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"text": "  "}, ValueError, id="blank-text"),
        pytest.param({"span": Span(0, 3)}, ValueError, id="span-length-differs"),
        pytest.param({"speaker": "Sessions"}, TypeError, id="speaker-is-a-string"),
        pytest.param({"attribution": None}, ValueError, id="speaker-without-attribution"),
        pytest.param({"attribution": Attribution.STATUTE}, ValueError, id="person-as-statute"),
        pytest.param({"verb": ""}, ValueError, id="empty-verb"),
        pytest.param({"kind": "direct"}, TypeError, id="kind-not-an-enum"),
        pytest.param(
            {"unnamed": UnnamedSpeaker("an official")}, ValueError, id="named-and-unnamed"
        ),
        pytest.param({"unnamed": "an official"}, TypeError, id="unnamed-is-a-string"),
    ],
)
def test_invalid_quotes_are_refused(kwargs: dict[str, object], error: type[Exception]) -> None:
    fields: dict[str, object] = {
        "text": "We will win",
        "speaker": BAYLSON,
        "kind": QuoteKind.DIRECT,
        "verb": "said",
        "channel": None,
        "span": Span(10, 21),
        "attribution": Attribution.NAME,
    }
    fields.update(kwargs)
    with pytest.raises(error):
        Quote(**fields)  # type: ignore[arg-type]


def test_statute_speaker_round_trips() -> None:
    quote = Quote(
        "may not prohibit",
        SECTION_1373,
        QuoteKind.PARTIAL,
        "declaring",
        None,
        Span(5, 21),
        attribution=Attribution.STATUTE,
    )
    assert from_json(to_json(quote), Quote) == quote


@pytest.mark.parametrize(
    ("speaker", "tag"),
    [
        pytest.param(BAYLSON, "person", id="person"),
        pytest.param(
            Organization("ACLU", OrganizationKind.ADVOCACY_GROUP), "organization", id="org"
        ),
        pytest.param(SECTION_1373, "statute", id="statute"),
    ],
)
def test_json_says_which_kind_of_speaker(speaker: object, tag: str) -> None:
    how = Attribution.STATUTE if speaker is SECTION_1373 else Attribution.NAME
    quote = Quote("x", speaker, QuoteKind.DIRECT, None, None, None, attribution=how)  # type: ignore[arg-type]
    assert f'"type":"{tag}"' in to_json(quote)
    assert from_json(to_json(quote), Quote) == quote


def test_bad_json_is_our_error() -> None:
    with pytest.raises(DeserializationError):
        from_json('{"text": "x", "speaker": null, "kind": "shouted"}', Quote)


@given(quotes())
def test_round_trip(quote: Quote) -> None:
    assert from_json(to_json(quote), Quote) == quote
