"""Totals, groups, rankings and shares: real cases, the laws they obey, and the seed's figures."""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    Amount,
    CurrencyMismatchError,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    Span,
    from_json,
    rank,
    seed_awards,
    shares,
    structure,
    to_json,
    total,
    total_by,
    total_by_kind,
    total_by_state,
    unstructure,
)
from sanctuary_model.aggregation import Share
from sanctuary_model.model.geography import STATES_BY_CODE
from tests import strategies as s

# --- building awards by hand -------------------------------------------------------------


def place(key: str, kind: JurisdictionKind = JurisdictionKind.CITY) -> Jurisdiction:
    return Jurisdiction(key.split("/")[1].title(), kind, STATES_BY_CODE[key[:2].upper()], key)


def rounded(value: int, half_width: int, currency: str = "USD") -> Amount:
    return Amount(
        Decimal(value), Decimal(value - half_width), Decimal(value + half_width), currency
    )


def award(
    key: str,
    amount: Amount | int,
    *,
    kind: JurisdictionKind = JurisdictionKind.CITY,
    year: int = 2016,
    program: GrantProgram = BYRNE_JAG,
) -> GrantAward:
    money = amount if isinstance(amount, Amount) else Amount.exact(amount)
    return GrantAward(place(key, kind), program, FiscalYear(year), money)


BERKELEY = award("ca/berkeley", 37509)
LOS_ANGELES = award("ca/los-angeles", rounded(1_900_000, 50_000))
KING = award("wa/king-county", 203065, kind=JurisdictionKind.COUNTY)
ILLINOIS = award("il/illinois", rounded(6_700_000, 50_000), kind=JurisdictionKind.STATE)
EURO = award("ca/berkeley", Amount.exact(5, "EUR"))

AGGREGATES: dict[str, Callable[[Iterable[GrantAward]], object]] = {
    "total": total,
    "total_by": lambda awards: total_by(awards, lambda a: a.fiscal_year),
    "total_by_state": total_by_state,
    "total_by_kind": total_by_kind,
    "rank": rank,
    "rank_top_1": lambda awards: rank(awards, 1),
    "rank_top_0": lambda awards: rank(awards, 0),
    "shares": shares,
    "shares_by_kind": lambda awards: shares(awards, by=lambda a: a.jurisdiction.kind),
}
aggregates = pytest.mark.parametrize(
    "aggregate", list(AGGREGATES.values()), ids=list(AGGREGATES.keys())
)

award_lists = st.lists(s.awards, max_size=12)

# --- tables of real cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("awards", "expected"),
    [
        pytest.param([], Amount.zero(), id="nothing-is-zero-usd"),
        pytest.param([BERKELEY], Amount.exact(37509), id="one-exact"),
        pytest.param([BERKELEY, KING], Amount.exact(240574), id="exact-plus-exact"),
        pytest.param([LOS_ANGELES], rounded(1_900_000, 50_000), id="one-rounded"),
        pytest.param(
            [BERKELEY, LOS_ANGELES, ILLINOIS],
            Amount(Decimal(8637509), Decimal(8537509), Decimal(8737509)),
            id="rounded-bounds-add",
        ),
        pytest.param([EURO, EURO], Amount.exact(10, "EUR"), id="currency-of-the-awards"),
    ],
)
def test_total(awards: list[GrantAward], expected: Amount) -> None:
    assert total(awards) == expected


def test_total_of_nothing_in_a_named_currency() -> None:
    assert total([], currency="EUR") == Amount.zero("EUR")


def test_total_in_the_wrong_named_currency_raises() -> None:
    with pytest.raises(CurrencyMismatchError, match="expected amounts in USD, got EUR"):
        total([EURO], currency="USD")


def test_total_by_groups_in_order_of_first_appearance() -> None:
    awards = [KING, BERKELEY, ILLINOIS, LOS_ANGELES]
    by_state = total_by_state(awards)
    assert [state.code for state in by_state] == ["WA", "CA", "IL"]
    assert by_state[STATES_BY_CODE["CA"]] == Amount(
        Decimal(1937509), Decimal(1887509), Decimal(1987509)
    )
    assert dict(total_by_kind(awards)) == {
        JurisdictionKind.COUNTY: Amount.exact(203065),
        JurisdictionKind.CITY: Amount(Decimal(1937509), Decimal(1887509), Decimal(1987509)),
        JurisdictionKind.STATE: rounded(6_700_000, 50_000),
    }


@pytest.mark.parametrize(
    "aggregate",
    [
        pytest.param(lambda a: total_by(a, lambda x: x.fiscal_year), id="total_by"),
        pytest.param(total_by_state, id="total_by_state"),
        pytest.param(total_by_kind, id="total_by_kind"),
        pytest.param(rank, id="rank"),
        pytest.param(shares, id="shares"),
    ],
)
def test_nothing_gives_no_groups(aggregate: Callable[[list[GrantAward]], object]) -> None:
    assert not aggregate([])


@aggregates
def test_mixed_currencies_raise(aggregate: Callable[[Iterable[GrantAward]], object]) -> None:
    with pytest.raises(CurrencyMismatchError, match="cannot add EUR to USD"):
        aggregate([BERKELEY, KING, EURO])


@aggregates
def test_items_that_are_not_awards_raise_type_error(
    aggregate: Callable[[Iterable[Any]], object],
) -> None:
    with pytest.raises(TypeError, match="expected GrantAward items, got Amount"):
        aggregate([BERKELEY, Amount.exact(5)])


def test_an_attribute_error_in_the_key_is_the_callers_own() -> None:
    with pytest.raises(AttributeError, match="no_such_field"):
        total_by([BERKELEY], lambda a: a.no_such_field)  # type: ignore[attr-defined]


def test_sums_are_exact_whatever_the_decimal_context() -> None:
    digits_30 = Decimal("123456789012345678901234567890")
    awards = [award("ca/berkeley", Amount.exact(digits_30)), award("ca/fremont", 1)]
    exact = Decimal("123456789012345678901234567891")
    with decimal.localcontext(decimal.Context(prec=5)):
        assert digits_30 + 1 != exact  # plain addition rounds here
        assert total(awards).value == exact
        assert total_by_state(awards)[STATES_BY_CODE["CA"]].value == exact


def test_a_generator_runs_in_the_callers_decimal_context() -> None:
    seen: list[int] = []

    def awards() -> Iterator[GrantAward]:
        seen.append(decimal.getcontext().prec)
        yield BERKELEY

    with decimal.localcontext(decimal.Context(prec=7)):
        total(awards())
    assert seen == [7]


# --- rank --------------------------------------------------------------------------------

OTHER_PROGRAM = GrantProgram("Another Program", "Other")


@pytest.mark.parametrize(
    ("awards", "expected"),
    [
        pytest.param([BERKELEY, ILLINOIS, KING], [ILLINOIS, KING, BERKELEY], id="by-value"),
        pytest.param(
            [award("ca/a", 100), award("ca/b", rounded(100, 10))],
            [award("ca/b", rounded(100, 10)), award("ca/a", 100)],
            id="equal-value-higher-bound-first",
        ),
        pytest.param(
            [
                award("ca/a", Amount(Decimal(100), Decimal(80), Decimal(110))),
                award("ca/b", Amount(Decimal(100), Decimal(90), Decimal(110))),
            ],
            [
                award("ca/b", Amount(Decimal(100), Decimal(90), Decimal(110))),
                award("ca/a", Amount(Decimal(100), Decimal(80), Decimal(110))),
            ],
            id="equal-value-and-high-higher-low-first",
        ),
        pytest.param(
            [award("wa/seattle", 5), award("ca/fremont", 5), award("ca/berkeley", 5)],
            [award("ca/berkeley", 5), award("ca/fremont", 5), award("wa/seattle", 5)],
            id="equal-amounts-by-jurisdiction-key",
        ),
        pytest.param(
            [award("ca/a", 5, year=2017), award("ca/a", 5, year=2016)],
            [award("ca/a", 5, year=2016), award("ca/a", 5, year=2017)],
            id="same-jurisdiction-by-fiscal-year",
        ),
        pytest.param(
            [award("ca/a", 5, program=BYRNE_JAG), award("ca/a", 5, program=OTHER_PROGRAM)],
            [award("ca/a", 5, program=OTHER_PROGRAM), award("ca/a", 5, program=BYRNE_JAG)],
            id="same-year-by-program-name",
        ),
    ],
)
def test_rank(awards: list[GrantAward], expected: list[GrantAward]) -> None:
    assert rank(awards) == tuple(expected)


def test_rank_keeps_input_order_of_full_ties() -> None:
    first = GrantAward(place("ca/a"), BYRNE_JAG, FiscalYear(2016), Amount.exact(5), Span(0, 1))
    second = GrantAward(place("ca/a"), BYRNE_JAG, FiscalYear(2016), Amount.exact(5), Span(2, 3))
    assert rank([first, second]) == (first, second)
    assert rank([second, first]) == (second, first)
    assert rank([second, first], 1) == (second,)


@pytest.mark.parametrize("n", [-1, True, 1.0, "3"], ids=repr)
def test_rank_refuses_a_bad_n(n: Any) -> None:
    with pytest.raises(ValueError, match="n must be a non-negative int"):
        rank([BERKELEY], n)


# --- shares ------------------------------------------------------------------------------


def test_shares_of_rounded_amounts_have_bounds() -> None:
    fifty = award("ca/a", 50)
    hundred_ish = award("wa/b", rounded(100, 50))
    result = shares([fifty, hundred_ish])
    # ca is smallest against wa's high (50 / 200), largest against wa's low (50 / 100).
    assert result[STATES_BY_CODE["CA"]] == Share(Fraction(1, 3), Fraction(1, 4), Fraction(1, 2))
    assert result[STATES_BY_CODE["WA"]] == Share(Fraction(2, 3), Fraction(1, 2), Fraction(3, 4))


def test_one_group_has_the_whole() -> None:
    assert shares([BERKELEY, LOS_ANGELES]) == {STATES_BY_CODE["CA"]: Share(*[Fraction(1)] * 3)}


def test_shares_where_an_extreme_would_divide_by_zero() -> None:
    # ca may be 0..10 and wa is exactly 0: whenever there is a total, ca holds all of it.
    result = shares([award("ca/a", rounded(5, 5)), award("wa/b", 0)])
    assert result[STATES_BY_CODE["CA"]] == Share(Fraction(1), Fraction(1), Fraction(1))
    assert result[STATES_BY_CODE["WA"]] == Share(Fraction(0), Fraction(0), Fraction(0))


@pytest.mark.parametrize(
    "awards",
    [
        pytest.param([award("ca/a", 0)], id="exact-zero"),
        pytest.param([award("ca/a", 0), award("wa/b", rounded(0, 0))], id="zeros"),
        pytest.param(
            [award("ca/a", Amount(Decimal(0), Decimal(0), Decimal(9)))], id="zero-within-bounds"
        ),
    ],
)
def test_shares_of_a_zero_total_raise(awards: list[GrantAward]) -> None:
    with pytest.raises(ZeroDivisionError, match="total zero"):
        shares(awards)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        pytest.param((Fraction(3, 2), Fraction(1), Fraction(2)), ValueError, id="above-one"),
        pytest.param((Fraction(-1, 2), Fraction(-1), Fraction(0)), ValueError, id="negative"),
        pytest.param((Fraction(1, 2), Fraction(2, 3), Fraction(1)), ValueError, id="low-above"),
        pytest.param((Fraction(1, 2), Fraction(0), Fraction(1, 3)), ValueError, id="high-below"),
        pytest.param((0.5, Fraction(0), Fraction(1)), TypeError, id="float"),
        pytest.param((Decimal("0.5"), Fraction(0), Fraction(1)), TypeError, id="decimal"),
    ],
)
def test_share_validates(fields: tuple[Any, Any, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        Share(*fields)


unit_fractions = st.fractions(min_value=0, max_value=1, max_denominator=10**12)


@st.composite
def share_values(draw: st.DrawFn) -> Share:
    low, value, high = sorted(draw(st.lists(unit_fractions, min_size=3, max_size=3)))
    return Share(value, low, high)


@given(share_values())
def test_share_round_trips(share: Share) -> None:
    assert from_json(to_json(share), Share) == share
    assert structure(unstructure(share), Share) == share


def test_share_serializes_fractions_as_strings() -> None:
    share = Share(Fraction(1, 3), Fraction(1, 4), Fraction(1, 2))
    assert unstructure(share) == {"value": "1/3", "low": "1/4", "high": "1/2"}


# --- laws ----------------------------------------------------------------------------------

GROUPINGS: dict[str, Callable[[GrantAward], Hashable]] = {
    "state": lambda a: a.jurisdiction.state,
    "kind": lambda a: a.jurisdiction.kind,
    "fiscal-year": lambda a: a.fiscal_year,
    "exactness": lambda a: a.amount.is_exact,
}
groupings = pytest.mark.parametrize("key", list(GROUPINGS.values()), ids=list(GROUPINGS.keys()))


def exact_sum(amounts: Iterable[Amount]) -> Amount:
    with decimal.localcontext(decimal.Context(prec=100, traps=[decimal.Inexact])):
        return sum(amounts, Amount.zero())


@given(st.data())
def test_permutation_invariance(data: st.DataObject) -> None:
    awards = data.draw(award_lists)
    shuffled = data.draw(st.permutations(awards))
    assert total(shuffled) == total(awards)
    assert dict(total_by_state(shuffled)) == dict(total_by_state(awards))
    assert dict(total_by_kind(shuffled)) == dict(total_by_kind(awards))
    if total(awards).value:
        assert dict(shares(shuffled)) == dict(shares(awards))


@groupings
def test_groups_partition_the_total(key: Callable[[GrantAward], Hashable]) -> None:
    @given(award_lists)
    def check(awards: list[GrantAward]) -> None:
        groups = total_by(awards, key)
        assert exact_sum(groups.values()) == total(awards)
        assert set(groups) == {key(a) for a in awards}

    check()


@given(award_lists)
def test_named_groupings_agree_with_total_by(awards: list[GrantAward]) -> None:
    assert total_by_state(awards) == total_by(awards, lambda a: a.jurisdiction.state)
    assert total_by_kind(awards) == total_by(awards, lambda a: a.jurisdiction.kind)


@given(st.data())
def test_any_true_total_lies_within_the_bounds(data: st.DataObject) -> None:
    awards = data.draw(award_lists)
    chosen = [
        data.draw(st.decimals(min_value=a.amount.low, max_value=a.amount.high, places=2))
        for a in awards
    ]
    result = total(awards)
    assert result.low <= sum(chosen, Decimal(0)) <= result.high
    # The bounds are attained, so they are as tight as they can be.
    assert sum((a.amount.low for a in awards), Decimal(0)) == result.low
    assert sum((a.amount.high for a in awards), Decimal(0)) == result.high


def rank_order(award: GrantAward) -> tuple[Amount, str, FiscalYear, str]:
    return award.amount, award.jurisdiction.key, award.fiscal_year, award.program.name


def ranks_before(first: GrantAward, second: GrantAward) -> bool | None:
    """Whether ``first`` must come before ``second`` (None when they tie on every criterion)."""
    a, b = first.amount, second.amount
    larger_first = (a.value, a.high, a.low), (b.value, b.high, b.low)
    if larger_first[0] != larger_first[1]:
        return larger_first[0] > larger_first[1]
    smaller_first = [
        (award.jurisdiction.key, award.fiscal_year.year, award.program.name)
        for award in (first, second)
    ]
    if smaller_first[0] != smaller_first[1]:
        return smaller_first[0] < smaller_first[1]
    return None


# Small pools make ties on every criterion likely, so stability is actually exercised.
tie_prone_awards = st.builds(
    GrantAward,
    jurisdiction=st.sampled_from([place("ca/a"), place("ca/b"), place("wa/a")]),
    program=st.sampled_from([BYRNE_JAG, OTHER_PROGRAM]),
    fiscal_year=st.sampled_from([FiscalYear(2016), FiscalYear(2017)]),
    amount=st.sampled_from(
        [Amount.exact(5), Amount.exact(Decimal("5.00")), rounded(5, 1), Amount.exact(6)]
    ),
    span=st.none() | s.spans(),
)
rankable_lists = st.lists(s.awards, max_size=12) | st.lists(tie_prone_awards, max_size=12)


@given(rankable_lists)
def test_rank_is_sorted(awards: list[GrantAward]) -> None:
    ranked = rank(awards)
    assert sorted(map(id, ranked)) == sorted(map(id, awards))
    for first, second in itertools.pairwise(ranked):
        assert ranks_before(second, first) is not True


@given(rankable_lists)
def test_rank_is_stable(awards: list[GrantAward]) -> None:
    position = {id(a): i for i, a in enumerate(awards)}
    for first, second in itertools.pairwise(rank(awards)):
        if ranks_before(first, second) is None:
            assert position[id(first)] < position[id(second)]


@given(st.data())
def test_rank_is_deterministic_under_permutation(data: st.DataObject) -> None:
    awards = data.draw(rankable_lists)
    shuffled = data.draw(st.permutations(awards))
    assert list(map(rank_order, rank(shuffled))) == list(map(rank_order, rank(awards)))


@given(rankable_lists, st.integers(0, 14))
def test_rank_top_n_is_a_prefix_of_the_full_ranking(awards: list[GrantAward], n: int) -> None:
    assert rank(awards, n) == rank(awards)[:n]


@groupings
def test_shares_sum_to_exactly_one(key: Callable[[GrantAward], Hashable]) -> None:
    @given(award_lists.filter(lambda awards: total(awards).value > 0))
    def check(awards: list[GrantAward]) -> None:
        result = shares(awards, by=key)
        assert sum(share.value for share in result.values()) == 1
        assert all(share.low <= share.value <= share.high for share in result.values())

    check()


def actual_shares(
    awards: list[GrantAward], values: list[Decimal], key: Callable[[GrantAward], Hashable]
) -> dict[Hashable, Fraction] | None:
    """The shares if each award's true amount were the one in ``values`` (None if zero)."""
    sums: dict[Hashable, Fraction] = {}
    for a, value in zip(awards, values, strict=True):
        sums[key(a)] = sums.get(key(a), Fraction(0)) + Fraction(value)
    whole = sum(sums.values(), Fraction(0))
    return {k: part / whole for k, part in sums.items()} if whole else None


@given(st.data())
def test_share_bounds_hold_every_true_share_and_are_attained(data: st.DataObject) -> None:
    """The bound law, proved over generated awards: for any true amounts within the bounds,
    each group's share lies within [low, high]; and the low (high) is the share when the
    group's awards are at their lows (highs) and all the others at their highs (lows)."""
    awards = data.draw(award_lists.filter(lambda awards: total(awards).value > 0))
    key = GROUPINGS[data.draw(st.sampled_from(sorted(GROUPINGS)))]
    result = shares(awards, by=key)
    chosen = [
        data.draw(st.decimals(min_value=a.amount.low, max_value=a.amount.high, places=2))
        for a in awards
    ]
    true_shares = actual_shares(awards, chosen, key)
    if true_shares is not None:
        for group, true_share in true_shares.items():
            assert result[group].low <= true_share <= result[group].high
    for group, share in result.items():
        own_low = [a.amount.low if key(a) == group else a.amount.high for a in awards]
        own_high = [a.amount.high if key(a) == group else a.amount.low for a in awards]
        at_low = actual_shares(awards, own_low, key)
        at_high = actual_shares(awards, own_high, key)
        if at_low is not None:
            assert share.low == at_low[group]
        if at_high is not None:
            assert share.high == at_high[group]


@given(award_lists, award_lists)
def test_total_of_a_concatenation_is_the_sum_of_the_totals(
    first: list[GrantAward], second: list[GrantAward]
) -> None:
    assert total(first + second) == total(first) + total(second)


@given(st.data())
def test_total_of_a_concatenation_in_any_currency(data: st.DataObject) -> None:
    currency = data.draw(s.currencies)
    in_currency = st.builds(
        GrantAward, s.jurisdictions(), s.programs, s.fiscal_years, s.amounts(currency)
    )
    first = data.draw(st.lists(in_currency, max_size=5))
    second = data.draw(st.lists(in_currency, max_size=5))
    combined = total(first + second, currency=currency)
    assert combined == total(first, currency=currency) + total(second, currency=currency)
    assert combined.currency == currency


class OnlyOnce:
    """An iterable that refuses a second pass."""

    def __init__(self, items: list[GrantAward]) -> None:
        self.items = items
        self.passes = 0

    def __iter__(self) -> Iterator[GrantAward]:
        self.passes += 1
        assert self.passes == 1, "iterated twice"
        return iter(self.items)


@aggregates
def test_generators_are_consumed_once(aggregate: Callable[[Iterable[GrantAward]], object]) -> None:
    @given(award_lists.filter(lambda awards: total(awards).value > 0))
    def check(awards: list[GrantAward]) -> None:
        generator = (a for a in awards)
        assert aggregate(generator) == aggregate(awards)
        assert next(generator, None) is None
        assert aggregate(OnlyOnce(awards)) == aggregate(awards)

    check()


# --- the seed article --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[GrantAward, ...]:
    return seed_awards()


def usd(value: int, half_width: int = 0) -> Amount:
    return rounded(value, half_width)


def test_seed_total(seed: tuple[GrantAward, ...]) -> None:
    assert len(seed) == 28
    assert total(seed) == usd(16_686_882, 150_000)


def test_seed_total_by_state(seed: tuple[GrantAward, ...]) -> None:
    assert {state.code: amount for state, amount in total_by_state(seed).items()} == {
        "CA": usd(3_230_817, 50_000),
        "CO": usd(426_590),
        "DC": usd(1_476_400),
        "FL": usd(61_115),
        "IL": usd(6_700_000, 50_000),
        "KY": usd(598_104),
        "MA": usd(71_811),
        "MS": usd(260_499),
        "NJ": usd(543_308),
        "NM": usd(63_236),
        "NY": usd(65_738),
        "OR": usd(2_273_088, 50_000),
        "VT": usd(39_945),
        "WA": usd(876_231),
    }


def test_seed_california_share(seed: tuple[GrantAward, ...]) -> None:
    # California: twelve awards, Los Angeles's "$1.9M" rounded; elsewhere "$6.7M", "$2.1M".
    assert shares(seed)[STATES_BY_CODE["CA"]] == Share(
        value=Fraction(3_230_817, 16_686_882),  # about 19.4 %
        low=Fraction(3_180_817, 3_180_817 + (16_836_882 - 3_280_817)),
        high=Fraction(3_280_817, 3_280_817 + (16_536_882 - 3_180_817)),
    )


def test_seed_top_five(seed: tuple[GrantAward, ...]) -> None:
    top = [(a.jurisdiction.state.code, a.amount) for a in rank(seed, 5)]
    assert top == [
        ("IL", usd(6_700_000, 50_000)),
        ("OR", usd(2_100_000, 50_000)),
        ("CA", usd(1_900_000, 50_000)),
        ("DC", usd(1_476_400)),
        ("WA", usd(673_166)),
    ]


def test_seed_total_by_kind(seed: tuple[GrantAward, ...]) -> None:
    kind = JurisdictionKind
    assert dict(total_by_kind(seed)) == {
        # Ten cities, Los Angeles's "$1.9M" among them.
        kind.CITY: usd(3_185_141, 50_000),
        # San Francisco, Denver and Louisville/Jefferson: cities and counties in one.
        kind.CITY_COUNTY: usd(1_547_637),
        # Ten counties, from Santa Clara Cty. (CA.) to King Cty. (Wash.).
        kind.COUNTY: usd(1_086_520),
        # D.C.'s victim services, Newark's police, Albany's public safety, Oregon's "$2.1M".
        kind.AGENCY: usd(4_167_584, 50_000),
        kind.STATE: usd(6_700_000, 50_000),  # Illinois
    }
