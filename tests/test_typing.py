"""The public functions return precise types (checked by mypy --strict over tests/)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from typing_extensions import assert_type

from sanctuary_model import (
    Amount,
    AmountMention,
    Article,
    GrantAward,
    Jurisdiction,
    JurisdictionKind,
    UsState,
    find_amounts,
    from_json,
    parse_amount,
    parse_article,
    parse_jurisdiction,
    rank,
    seed_article,
    seed_awards,
    to_json,
    total,
    total_by,
    total_by_kind,
    total_by_state,
)


def test_public_functions_have_precise_types() -> None:
    awards = seed_awards()
    assert_type(awards, tuple[GrantAward, ...])
    assert_type(total(awards), Amount)
    assert_type(total_by_state(awards), Mapping[UsState, Amount])
    assert_type(total_by_kind(awards), Mapping[JurisdictionKind, Amount])
    assert_type(total_by(awards, lambda a: a.fiscal_year.year), Mapping[int, Amount])
    assert_type(rank(awards, n=3), tuple[GrantAward, ...])
    assert_type(parse_amount("$5"), Amount)
    assert_type(find_amounts("$5"), Iterator[AmountMention])
    assert_type(parse_jurisdiction("Seattle"), Jurisdiction)
    article = seed_article()
    assert_type(article, Article)
    assert_type(parse_article("text"), Article)
    assert_type(from_json(to_json(article), Article), Article)
    assert_type(from_json('"1/2"', Fraction), Fraction)
    assert isinstance(total(awards), Amount)
