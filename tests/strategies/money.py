"""Hypothesis strategies for money written as text, with the amount each string stands for."""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st

from sanctuary_model.parsing.money._grammar import MULTIPLIERS, SEPARATORS


@attrs.frozen
class WrittenAmount:
    """A money string and what it says: ``number × 10**power`` in ``currency``.

    ``power`` is ``None`` for a figure written out in full (an exact amount).
    """

    text: str
    number: Decimal
    fraction_digits: int
    power: int | None
    currency: str
    #: Whether ``find_amounts`` takes it in running text: marked as dollars, and a letter
    #: multiplier touching the number ("$5M", not "$5 M").
    in_running_text: bool

    @property
    def value(self) -> Decimal:
        return self.number.scaleb(self.power or 0)


_PREFIXES = {"$": "USD", "US$": "USD", "USD ": "USD", "USD": "USD", "EUR ": "EUR", "": "USD"}
_DOLLAR_MARKERS = {"$", "US$", "USD", "dollars", "US dollars", "Dollars", "US Dollar"}
_POSTFIXES = {
    " dollars": "USD",
    " Dollars": "USD",
    " US Dollar": "USD",
    " USD": "USD",
    " US dollars": "USD",
    " GBP": "GBP",
}


@st.composite
def written_amounts(draw: st.DrawFn) -> WrittenAmount:
    """Any amount in a form ``parse_amount`` reads: grouped or plain digits, cents or more
    decimals, a multiplier, a currency before or after (never both)."""
    integer = draw(st.integers(0, 10**15))
    separator = draw(st.sampled_from(["", *SEPARATORS]))
    digits = f"{integer:,}".replace(",", separator) if separator else str(integer)
    fraction = draw(st.none() | st.from_regex(r"[0-9]{1,6}", fullmatch=True))
    multiplier = draw(st.none() | st.sampled_from(sorted(MULTIPLIERS)))
    figure = digits if fraction is None else f"{digits}.{fraction}"
    spaced_letter = False
    if multiplier is not None:
        gap = draw(st.sampled_from(["", " "]))
        figure = f"{figure}{gap}{multiplier}"
        spaced_letter = gap == " " and len(multiplier) == 1
    if draw(st.booleans()):
        marker = draw(st.sampled_from(sorted(_PREFIXES)))
        text, currency = marker + figure, _PREFIXES[marker]
    else:
        marker = draw(st.sampled_from(sorted(_POSTFIXES)))
        text, currency = figure + marker, _POSTFIXES[marker]
    padding = draw(st.sampled_from(["", " ", "\t", "\n "]))
    number = Decimal(str(integer) if fraction is None else f"{integer}.{fraction}")
    return WrittenAmount(
        text=padding + text + padding,
        number=number,
        fraction_digits=len(fraction or ""),
        power=None if multiplier is None else MULTIPLIERS[multiplier],
        currency=currency,
        in_running_text=marker.strip() in _DOLLAR_MARKERS and not spaced_letter,
    )
