"""Exact amounts of money, with the bounds a rounded figure implies."""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal

import attrs

from ..errors import AmountParseError, CurrencyMismatchError
from ._iso4217 import ISO_4217_CODES
from .span import Span

__all__ = ["EXACT", "MAX_MAGNITUDE", "MAX_PLACES", "Amount", "AmountMention"]

#: The one decimal context of the library: sums and conversions through it never round,
#: whatever the caller's decimal context says.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_add = EXACT.add
_new = object.__new__

MAX_MAGNITUDE = 60
"""Amounts are below ``10**MAX_MAGNITUDE``: sums and shares never meet a gigantic exponent."""
MAX_PLACES = 30
"""Amounts have at most this many decimal places (``Decimal("0.001")`` has 3)."""

_PLACES = Decimal(MAX_PLACES)

# The JSON Schema's decimal grammar (ASCII digits, no spaces or underscores).
_DECIMAL_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _finite_non_negative(
    _instance: object, attribute: attrs.Attribute[Decimal], value: Decimal
) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{attribute.name} must be finite, got {value}")
    if value.is_signed() and not value.is_zero():
        raise ValueError(f"{attribute.name} must not be negative, got {value}")
    if not _in_range(value):
        shown = str(value) if len(str(value)) <= 40 else f"{str(value)[:40]}…"
        raise ValueError(
            f"{attribute.name} {shown} is outside the range of amounts (below "
            f"10**{MAX_MAGNITUDE}, at most {MAX_PLACES} decimal places)"
        )


def _in_range(value: Decimal) -> bool:
    """Whether a finite ``value`` is below ``10**MAX_MAGNITUDE`` with at most ``MAX_PLACES``
    decimal places (without ``as_tuple``, which costs more than the rest of the checks)."""
    magnitude = value.adjusted()
    if value.is_zero():  # a zero's adjusted exponent is its exponent
        return -MAX_PLACES <= magnitude < MAX_MAGNITUDE
    if magnitude >= MAX_MAGNITUDE:
        return False
    shifted = value.scaleb(_PLACES, EXACT)
    return bool(shifted == shifted.to_integral_value())


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
    because ``0 + amount`` is the amount. Every figure lies below ``10**MAX_MAGNITUDE``
    and has at most ``MAX_PLACES`` decimal places, so exact sums stay small; ``-0`` is 0.

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
        # -0 passes as "not negative" but would print as "-0": zero has one form here.
        if self.value.is_signed() or self.low.is_signed() or self.high.is_signed():
            _set_value(self, self.value.copy_abs())
            _set_low(self, self.low.copy_abs())
            _set_high(self, self.high.copy_abs())

    @classmethod
    def exact(cls, value: Decimal | int | str, currency: str = "USD") -> Amount:
        """An amount known to the unit: ``Amount.exact(5)`` is exactly 5 USD.

        A string must be a plain decimal (``"37509"``, ``"1.5E+6"``); a float is refused,
        since it has already lost the exact figure.

        >>> Amount.exact("1.5E+6").value
        Decimal('1.5E+6')
        >>> Amount.exact(1.1)
        Traceback (most recent call last):
        TypeError: an amount is a Decimal, an int or a str, not float (write '1.1' to be exact)
        """
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, str):
            if _DECIMAL_TEXT.fullmatch(value) is None:
                raise AmountParseError("not a decimal number", value)
            number = Decimal(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            number = Decimal(value)
        else:
            hint = f" (write '{value!r}' to be exact)" if isinstance(value, float) else ""
            raise TypeError(
                f"an amount is a Decimal, an int or a str, not {type(value).__name__}{hint}"
            )
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
