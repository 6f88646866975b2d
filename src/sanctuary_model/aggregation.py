"""Totals, groups, rankings and shares of grant awards, exact to the last cent.

Every function takes any iterable of ``GrantAward`` and reads it once, so a generator will
do; memory grows with the number of groups (or with ``n`` for ``rank``), not of awards. Sums
are exact whatever the decimal context, and add bounds as intervals. Awards in different
currencies are never combined: that raises ``CurrencyMismatchError``.

>>> awards = _sample_awards()
>>> total(awards)
Amount(value=Decimal('2140574'), low=Decimal('2090574'), high=Decimal('2190574'), currency='USD')
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar, overload

import attrs

from .errors import CurrencyMismatchError, ZeroTotalError
from .model.geography import STATES_BY_CODE, UsState
from .model.grants import GrantAward
from .model.jurisdictions import JurisdictionKind
from .model.money import EXACT, Amount

__all__ = ["Share", "rank", "shares", "total", "total_by", "total_by_kind", "total_by_state"]

K = TypeVar("K", bound=Hashable)

# Additions through this context never round, and never touch the caller's context (which
# a generator being consumed may rely on).
_add = EXACT.add
_ZERO = Decimal(0)
_NOTHING = object()


def _unit_fraction(
    _instance: object, attribute: attrs.Attribute[Fraction], value: Fraction
) -> None:
    if not isinstance(value, Fraction):
        raise TypeError(f"{attribute.name} must be a Fraction, not {type(value).__name__}")
    if not 0 <= value <= 1:
        raise ValueError(f"{attribute.name} must lie in [0, 1], got {value}")


@attrs.frozen
class Share:
    """A group's exact fraction of a total, within the ``[low, high]`` its bounds allow.

    >>> share = Share(Fraction(1, 4), Fraction(1, 5), Fraction(1, 3))
    >>> share.value, share.is_exact
    (Fraction(1, 4), False)
    """

    value: Fraction = attrs.field(validator=_unit_fraction)
    low: Fraction = attrs.field(validator=_unit_fraction)
    high: Fraction = attrs.field(validator=_unit_fraction)

    def __attrs_post_init__(self) -> None:
        if not self.low <= self.value <= self.high:
            raise ValueError(f"bounds {self.low}..{self.high} do not contain {self.value}")

    @property
    def is_exact(self) -> bool:
        """Whether the bounds collapse on the value."""
        return self.low == self.value == self.high


class _Sum:
    """Running sums of one group. Exact amounts add once, to ``exact``; the others add their
    value and both bounds, so the common case costs one addition instead of three."""

    __slots__ = ("exact", "first", "high", "low", "value")

    def __init__(self, first: GrantAward) -> None:
        self.first = first
        self.exact = self.value = self.low = self.high = _ZERO

    def amount(self, currency: str) -> Amount:
        exact = self.exact
        return Amount(
            _add(exact, self.value), _add(exact, self.low), _add(exact, self.high), currency
        )


def _sums(
    awards: Iterable[GrantAward], key: Callable[[GrantAward], K]
) -> tuple[dict[K, _Sum], str | None]:
    """One pass over ``awards``: the running sums of each key in order of first appearance,
    and the currency they are all in (None when there are no awards)."""
    groups: dict[K, _Sum] = {}
    currency: str | None = None
    award: object = _NOTHING
    try:
        for award in awards:
            amount = award.amount
            if amount.currency != currency:
                currency = _check_currency(currency, amount.currency)
            group_key = key(award)
            group = groups.get(group_key)
            if group is None:
                group = groups[group_key] = _Sum(award)
            low = amount.low
            high = amount.high
            if low is high or low == high:
                group.exact = _add(group.exact, amount.value)
            else:
                group.value = _add(group.value, amount.value)
                group.low = _add(group.low, low)
                group.high = _add(group.high, high)
    except AttributeError:
        if award is not _NOTHING and not isinstance(award, GrantAward):
            raise _not_an_award(award) from None
        raise
    return groups, currency


def _check_currency(expected: str | None, found: str) -> str:
    if expected is not None:
        raise CurrencyMismatchError(
            f"cannot add {found} to {expected}: aggregate one currency at a time"
        )
    return found


def _not_an_award(item: object) -> TypeError:
    return TypeError(f"expected GrantAward items, got {type(item).__name__}")


def _constant(_award: GrantAward) -> None:
    return None


def _state_code(award: GrantAward) -> str:
    # Grouping by the code string, not the UsState, skips a Python-level __hash__ per award.
    return award.jurisdiction.state.code


def total(awards: Iterable[GrantAward], *, currency: str | None = None) -> Amount:
    """The sum of the awards' amounts, bounds included; zero for no awards.

    ``currency`` is the one the awards must be in: by default that of the first award, and
    USD when there is none.

    >>> total(_sample_awards()).is_exact, total([])
    (False, Amount(value=Decimal('0'), low=Decimal('0'), high=Decimal('0'), currency='USD'))
    """
    groups, found = _sums(awards, _constant)
    if currency is not None and found not in (None, currency):
        raise CurrencyMismatchError(f"expected amounts in {currency}, got {found}")
    code = currency or found or "USD"
    group = groups.get(None)
    return Amount.zero(code) if group is None else group.amount(code)


def total_by(awards: Iterable[GrantAward], key: Callable[[GrantAward], K]) -> Mapping[K, Amount]:
    """The total of each group of awards ``key`` puts together, in order of first appearance.

    >>> totals = total_by(_sample_awards(), lambda award: award.amount.is_exact)
    >>> {exact: amount.value for exact, amount in totals.items()}
    {True: Decimal('240574'), False: Decimal('1900000')}
    """
    groups, currency = _sums(awards, key)
    return {group_key: group.amount(currency or "USD") for group_key, group in groups.items()}


def total_by_state(awards: Iterable[GrantAward]) -> Mapping[UsState, Amount]:
    """The total of the awards in each state, in order of first appearance.

    >>> {state.code: amount.value for state, amount in total_by_state(_sample_awards()).items()}
    {'CA': Decimal('1937509'), 'WA': Decimal('203065')}
    """
    groups, currency = _sums(awards, _state_code)
    return {
        group.first.jurisdiction.state: group.amount(currency or "USD") for group in groups.values()
    }


def total_by_kind(awards: Iterable[GrantAward]) -> Mapping[JurisdictionKind, Amount]:
    """The total of the awards to each kind of jurisdiction, in order of first appearance.

    >>> {kind.value: amount.value for kind, amount in total_by_kind(_sample_awards()).items()}
    {'city': Decimal('1937509'), 'county': Decimal('203065')}
    """
    return total_by(awards, _kind)


def _kind(award: GrantAward) -> JurisdictionKind:
    return award.jurisdiction.kind


def _rank_key(award: GrantAward) -> tuple[Decimal, Decimal, Decimal, str, int, str]:
    amount = award.amount
    # copy_negate is exact; unary minus would round to the context's precision.
    return (
        amount.value.copy_negate(),
        amount.high.copy_negate(),
        amount.low.copy_negate(),
        award.jurisdiction.key,
        award.fiscal_year.year,
        award.program.name,
    )


def rank(awards: Iterable[GrantAward], n: int | None = None) -> tuple[GrantAward, ...]:
    """The ``n`` largest awards (all when ``n`` is None), largest first.

    Awards compare by value, then by high bound, then by low bound (larger first); ties go
    to the jurisdiction key, then the fiscal year, then the program name (smaller first).
    Awards equal on all of these keep their input order.

    >>> [award.jurisdiction.name for award in rank(_sample_awards(), 2)]
    ['Los Angeles', 'King County']
    """
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
        raise ValueError(f"n must be a non-negative int or None, got {n!r}")
    checked = _one_currency(awards)
    if n is None:
        return tuple(sorted(checked, key=_rank_key))
    if n == 0:
        # nsmallest would not look at the awards; their currencies must still agree.
        deque(checked, maxlen=0)
        return ()
    # nsmallest is stable, like sorted, and keeps only n awards in memory.
    return tuple(heapq.nsmallest(n, checked, key=_rank_key))


def _one_currency(awards: Iterable[GrantAward]) -> Iterator[GrantAward]:
    currency: str | None = None
    for award in awards:
        if not isinstance(award, GrantAward):
            raise _not_an_award(award)
        if award.amount.currency != currency:
            currency = _check_currency(currency, award.amount.currency)
        yield award


@overload
def shares(awards: Iterable[GrantAward]) -> Mapping[UsState, Share]: ...


@overload
def shares(awards: Iterable[GrantAward], by: Callable[[GrantAward], K]) -> Mapping[K, Share]: ...


def shares(
    awards: Iterable[GrantAward], by: Callable[[GrantAward], Any] | None = None
) -> Mapping[Any, Share]:
    """Each group's exact fraction of the total (by state unless ``by`` says otherwise).

    The values sum to exactly 1. ``low`` and ``high`` are the extreme shares any choice of
    amounts within the awards' bounds gives: a group's share is smallest when its own awards
    are at their lows and all others at their highs. No awards give no shares; awards whose
    total is zero raise ``ZeroTotalError`` (a ``ZeroDivisionError``).

    >>> share = shares(_sample_awards())[STATES_BY_CODE["WA"]]
    >>> share.value, share.low, share.high
    (Fraction(203065, 2140574), Fraction(203065, 2190574), Fraction(203065, 2090574))
    """
    parts = total_by_state(awards) if by is None else total_by(awards, by)
    if not parts:
        return {}
    whole_value = whole_low = whole_high = _ZERO
    for part in parts.values():
        whole_value = _add(whole_value, part.value)
        whole_low = _add(whole_low, part.low)
        whole_high = _add(whole_high, part.high)
    if whole_value == 0:
        raise ZeroTotalError("the awards total zero: no group has a share of nothing")
    value = Fraction(whole_value)
    low = Fraction(whole_low)
    high = Fraction(whole_high)
    return {key: _share(part, value, low, high) for key, part in parts.items()}


def _share(part: Amount, whole_value: Fraction, whole_low: Fraction, whole_high: Fraction) -> Share:
    part_low = Fraction(part.low)
    part_high = Fraction(part.high)
    # The share x / (x + y) grows with the group's sum x and shrinks with the others' sum y,
    # so its extremes are at (low x, high y) and (high x, low y). With a positive total, a
    # zero denominator there leaves only x > 0, y = 0 (share 1) or x = 0, y > 0 (share 0).
    low_whole = part_low + (whole_high - part_high)
    high_whole = part_high + (whole_low - part_low)
    return Share(
        value=Fraction(part.value) / whole_value,
        low=part_low / low_whole if low_whole else Fraction(1),
        high=part_high / high_whole if high_whole else Fraction(0),
    )


def _sample_awards() -> tuple[GrantAward, ...]:
    """Three awards for the examples in this module's docstrings."""
    from .model.grants import BYRNE_JAG, FiscalYear
    from .model.jurisdictions import Jurisdiction

    def award(name: str, kind: JurisdictionKind, state: str, amount: Amount) -> GrantAward:
        key = f"{state.lower()}/{name.lower().replace(' ', '-')}"
        place = Jurisdiction(name, kind, STATES_BY_CODE[state], key)
        return GrantAward(place, BYRNE_JAG, FiscalYear(2016), amount)

    rounded = Amount(Decimal(1900000), Decimal(1850000), Decimal(1950000))
    return (
        award("Berkeley", JurisdictionKind.CITY, "CA", Amount.exact(37509)),
        award("Los Angeles", JurisdictionKind.CITY, "CA", rounded),
        award("King County", JurisdictionKind.COUNTY, "WA", Amount.exact(203065)),
    )
