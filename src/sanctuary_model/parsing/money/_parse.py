"""Amounts of money as news text writes them: read one, find them in a text, write one.

A figure written out in full (``$1 476 400``, ``$522,943.00``) is exact. A figure with a
multiplier (``$1.9M``, ``$250K``, ``$2 million``) is rounded: it keeps bounds of half a unit
of its last stated digit. Values are ``Decimal`` in a normal form: a whole number carries
exponent 0 (``Decimal('1900000')``, never ``1.9E+6``); a fraction carries the digits it
needs (``Decimal('1234566.5')``); an exact figure keeps the cents it was written with
(``Decimal('522943.00')``).

>>> amount = parse_amount("$1.9M")
>>> amount.value, amount.low, amount.high
(Decimal('1900000'), Decimal('1850000'), Decimal('1950000'))
>>> format_amount(amount)
'$1.9M'
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ...errors import AmountParseError
from ...model._iso4217 import ISO_4217_CODES
from ...model.money import EXACT, Amount, AmountMention
from ...model.span import Span
from ._diagnose import explain
from ._grammar import FAST, MAX_DIGITS, MULTIPLIERS, TEXT, WHOLE

__all__ = ["find_amounts", "format_amount", "parse_amount"]

_DOLLAR_WORDS = frozenset({"dollar", "dollars", "Dollar", "Dollars", "USD"})
_USD_MARKERS = _DOLLAR_WORDS | {
    None,
    "$",
    "US$",
    "US dollar",
    "US dollars",
    "US Dollar",
    "US Dollars",
}
_MARKED = ("pre", "int", "sep", "frac", "bare", "mult", "mult_letter")
_UNMARKED = ("n_int", "n_sep", "n_frac", "n_bare", "n_mult", "n_mult_letter")
_ZERO = Decimal(0)
# 10**n and half a unit of the digit before it, 5 × 10**(n-1), by n up to the largest power
_POWERS_OF_TEN = tuple(10**power for power in range(max(MULTIPLIERS.values()) + 1))
_HALVES = (0, *(5 * 10 ** (power - 1) for power in range(1, len(_POWERS_OF_TEN))))
# Arithmetic and conversions through this context never round.
# ``Decimal(x)`` exactly (a figure has at most MAX_DIGITS digits), but a little cheaper.
_decimal = EXACT.create_decimal
_SUFFIXES = ((12, "T"), (9, "B"), (6, "M"), (3, "K"))
_fast = FAST.fullmatch
_whole = WHOLE.fullmatch
_multiplier = MULTIPLIERS.get
# Every amount built here comes from runs of ASCII digits: valid by construction.
_trusted = Amount._trusted


def parse_amount(text: str) -> Amount:
    """Read ``text`` as exactly one amount of money (surrounding spaces are ignored).

    Raises :class:`AmountParseError` saying what is wrong and where.

    >>> parse_amount("$1 476 400").value
    Decimal('1476400')
    """
    try:
        fast = _fast(text)
    except TypeError:
        raise AmountParseError(
            f"expected a str, not {type(text).__name__}", repr(text), None
        ) from None
    if fast is not None:
        number, separator, word = fast.groups()
        if separator is not None:
            number = number.replace(separator, "")
        # (a decimal point counts here: a figure at the very limit takes the general road)
        if len(number) <= MAX_DIGITS:
            # a dollar word counts only after a figure with no marker before it ("5 dollars")
            if word is None or (word in _DOLLAR_WORDS and not text[: fast.start(1)].strip()):
                value = _decimal(number)
                return _trusted(value, value, value, "USD")
            power = _multiplier(word)
            if power is not None:
                return _rounded(number, power, "USD")
        # anything else ("5 EUR", "$5 USD", too many digits) takes the general road
    return _parse_general(text)


def _parse_general(text: str) -> Amount:
    """``parse_amount`` without its fast path: every form, a little slower."""
    match = _whole(text.strip())
    if match is None:
        raise explain(text)
    pre, integer, separator, fraction, bare, multiplier, post = match.groups()
    amount = _build(pre, integer, separator, fraction or bare, multiplier, post)
    if amount is None:
        raise explain(text)
    return amount


def find_amounts(text: str) -> Iterator[AmountMention]:
    """Yield every US-dollar amount written in ``text``, with its span and raw text.

    Only figures marked as money count (``$``, ``US$``, ``USD``, ``dollars``): a bare number
    is never taken for an amount. A figure too long to be one (over 24 digits) is skipped.

    >>> [m.raw for m in find_amounts("Berkeley,$37 509; Illinois,$6.7M; 29 cities in 2016")]
    ['$37 509', '$6.7M']
    """
    for match in TEXT.finditer(text):
        (pre, integer, separator, fraction, bare, word, letter) = match.group(*_MARKED)
        if pre is None:
            (integer, separator, fraction, bare, word, letter) = match.group(*_UNMARKED)
        amount = _build(pre, integer, separator, fraction or bare, word or letter, match["post"])
        if amount is not None:
            yield AmountMention(amount, Span(match.start(), match.end()), match.group())


def _build(
    pre: str | None,
    integer: str | None,
    separator: str | None,
    fraction: str | None,
    multiplier: str | None,
    post: str | None,
) -> Amount | None:
    """The amount a pattern match describes, or ``None`` if it breaks a rule the pattern
    cannot express (too many digits, an unknown currency code, a currency given twice)."""
    if integer is None:
        integer = "0"
    elif separator is not None:
        integer = integer.replace(separator, "")
    if fraction is None:
        number, digits = integer, len(integer)
    else:
        # "0.75" counts as many digits as ".75": two
        number = f"{integer}.{fraction}"
        digits = len(fraction) + (0 if integer == "0" else len(integer))
    if digits > MAX_DIGITS:
        return None
    if pre is not None and post is not None:
        return None
    marker = pre if post is None else post
    currency = "USD" if marker in _USD_MARKERS else marker
    if currency not in ISO_4217_CODES:
        return None
    if multiplier is None:
        value = _decimal(number)
        return _trusted(value, value, value, currency)
    return _rounded(number, MULTIPLIERS[multiplier], currency)


def _rounded(number: str, power: int, currency: str) -> Amount:
    """``number × 10**power`` within half a unit of its last digit (never below 0).

    ``number`` is plain digits with an optional decimal point."""
    point = number.find(".")
    if point < 0:
        mantissa, exponent = int(number), power
    else:
        mantissa = int(number.replace(".", ""))
        exponent = power + point + 1 - len(number)
    if exponent > 0:
        value = mantissa * _POWERS_OF_TEN[exponent]
        half = _HALVES[exponent]
        low = _decimal(value - half) if mantissa else _ZERO
        return _trusted(_decimal(value), low, _decimal(value + half), currency)
    low = _scaled(10 * mantissa - 5, exponent - 1) if mantissa else _ZERO
    high = _scaled(10 * mantissa + 5, exponent - 1)
    return _trusted(_scaled(mantissa, exponent), low, high, currency)


def _scaled(coefficient: int, exponent: int) -> Decimal:
    """``coefficient × 10**exponent`` exactly, with exponent 0 when it is a whole number."""
    if exponent >= 0:
        return Decimal(coefficient * 10**exponent)
    return Decimal(f"{coefficient}E{exponent}")


def format_amount(amount: Amount) -> str:
    """Write ``amount`` the way :func:`parse_amount` reads it back.

    Exact amounts are written in full with comma grouping (and the cents they carry);
    a rounded figure is written with a multiplier and as many digits as its bounds imply;
    other currencies lead with their ISO code. An interval no single figure can state (a sum
    of rounded figures, say) is written as its value and bounds, which is not read back.

    >>> format_amount(parse_amount("USD 1 476 400")), format_amount(parse_amount("$2 million"))
    ('$1,476,400', '$2M')
    """
    if amount.is_exact:
        return _with_currency(_grouped(amount.value), amount.currency)
    figure = _figure(amount)
    if figure is not None:
        return _with_currency(figure, amount.currency)
    value, low, high = (
        _with_currency(_grouped(number), amount.currency)
        for number in (amount.value, amount.low, amount.high)
    )
    return f"{value} (between {low} and {high})"


def _grouped(number: Decimal) -> str:
    return f"{number.copy_abs():,f}"


def _with_currency(figure: str, currency: str) -> str:
    return f"${figure}" if currency == "USD" else f"{currency} {figure}"


def _figure(amount: Amount) -> str | None:
    """``amount`` as one rounded figure ("1.9M"), if its bounds are what such a figure implies."""
    half = EXACT.subtract(amount.high, amount.value)
    _sign, digits, exponent = half.normalize(EXACT).as_tuple()
    if digits != (5,) or not isinstance(exponent, int):
        return None
    unit = exponent + 1
    scaled = amount.value.scaleb(-unit, EXACT)
    low = max(_ZERO, EXACT.subtract(amount.value, half))
    if scaled != scaled.to_integral_value() or amount.low != low:
        return None
    choices = [(power, letter) for power, letter in _SUFFIXES if power >= unit]
    if not choices:
        return None
    power, letter = next(
        ((power, letter) for power, letter in choices if amount.value >= 10**power), choices[-1]
    )
    return f"{amount.value.scaleb(-power, EXACT):,.{power - unit}f}{letter}"
