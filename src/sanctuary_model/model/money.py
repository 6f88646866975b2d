"""Exact amounts of money, with the bounds a rounded figure implies."""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal

import attrs

from ..errors import CurrencyMismatchError
from ._iso4217 import ISO_4217_CODES
from .span import Span

__all__ = ["EXACT", "Amount", "AmountMention"]

#: The one decimal context of the library: sums and conversions through it never round,
#: whatever the caller's decimal context says.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_add = EXACT.add
_new = object.__new__


def _finite_non_negative(
    _instance: object, attribute: attrs.Attribute[Decimal], value: Decimal
) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{attribute.name} must be finite, got {value}")
    if value.is_signed() and value:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _iso_4217(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if value not in ISO_4217_CODES:
        raise ValueError(f"{attribute.name} must be an ISO 4217 code, got {value!r}")


@attrs.frozen
class Amount:
    """A sum of money, exact or known within bounds ``[low, high]``.

    An exact amount has ``low == value == high``. A figure the text rounds keeps the
    bounds its last stated digit implies. ``+`` adds intervals, and ``sum()`` works
    because ``0 + amount`` is the amount.

    >>> a = Amount.exact(Decimal("37509"))
    >>> b = Amount(Decimal("1900000"), Decimal("1850000"), Decimal("1950000"))
    >>> total = sum([a, b], Amount.zero())
    >>> total.value, total.low, total.high, total.is_exact
    (Decimal('1937509'), Decimal('1887509'), Decimal('1987509'), False)
    """

    value: Decimal = attrs.field(validator=_finite_non_negative)
    low: Decimal = attrs.field(validator=_finite_non_negative)
    high: Decimal = attrs.field(validator=_finite_non_negative)
    currency: str = attrs.field(default="USD", validator=_iso_4217)

    def __attrs_post_init__(self) -> None:
        if not self.low <= self.value <= self.high:
            raise ValueError(f"bounds {self.low}..{self.high} do not contain {self.value}")

    @classmethod
    def exact(cls, value: Decimal | int | str, currency: str = "USD") -> Amount:
        """An amount known to the unit: ``Amount.exact(5)`` is exactly 5 USD."""
        number = value if isinstance(value, Decimal) else Decimal(value)
        return cls(number, number, number, currency)

    @classmethod
    def zero(cls, currency: str = "USD") -> Amount:
        """The neutral element of ``+`` in ``currency``."""
        return cls.exact(Decimal(0), currency)

    @classmethod
    def _trusted(cls, value: Decimal, low: Decimal, high: Decimal, currency: str) -> Amount:
        """The one unchecked constructor: an amount built without running the validators,
        for a caller that has proven every invariant already. Only the money parser calls
        it: its values come from runs of at most 24 ASCII digits (finite, non-negative) with
        bounds it computed around them, and validation would cost as much as the rest of the
        parse. A property test validates every amount the parser returns."""
        amount = _new(cls)
        _set_value(amount, value)
        _set_low(amount, low)
        _set_high(amount, high)
        _set_currency(amount, currency)
        return amount

    @property
    def is_exact(self) -> bool:
        """Whether the amount is known exactly (its bounds collapse on its value)."""
        return self.low == self.value == self.high

    def __add__(self, other: Amount) -> Amount:
        if not isinstance(other, Amount):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatchError(
                f"cannot add {other.currency} to {self.currency}: convert one first"
            )
        return Amount(
            _add(self.value, other.value),
            _add(self.low, other.low),
            _add(self.high, other.high),
            self.currency,
        )

    def __radd__(self, other: object) -> Amount:
        # ``sum()`` starts from the int 0; treat it as the zero of our currency.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented


# The slot descriptors of the frozen class: the cheapest way to fill a trusted instance.
_set_value = Amount.__dict__["value"].__set__
_set_low = Amount.__dict__["low"].__set__
_set_high = Amount.__dict__["high"].__set__
_set_currency = Amount.__dict__["currency"].__set__


@attrs.frozen
class AmountMention:
    """An amount as found in a longer text: the amount, where it was, and the raw text."""

    amount: Amount
    span: Span
    raw: str = attrs.field()

    @raw.validator
    def _raw_matches_span(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != len(self.span):
            raise ValueError(f"raw text {value!r} is not {len(self.span)} characters long")
