"""Say what is wrong, and where, with a text that is not one amount of money.

``parse_amount`` tries its one fast pattern first and only calls :func:`explain` when that
fails, so this scanner walks the same grammar step by step to find the first bad character.
It reads each character a bounded number of times: linear in the length of the text.

>>> explain("$1.2.3").reason
'second decimal point'
"""

from __future__ import annotations

import re

from ...errors import AmountParseError
from ...model._iso4217 import ISO_4217_CODES
from ._grammar import DIGITS, MAX_DIGITS, MULTIPLIERS, SEPARATORS, SPACES

__all__ = ["FALLBACK_REASON", "explain"]

#: The reason given if the scan finds nothing wrong (a bug: the fast pattern disagrees).
FALLBACK_REASON = "not an amount of money"

_PREFIX = re.compile(r"US\$|\$|[A-Z]{3}(?![A-Za-z])")
_NON_FINITE = re.compile(r"[+-]?(?:s?nan|inf(?:inity)?)(?![A-Za-z])", re.IGNORECASE)
_MULTIPLIER = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, MULTIPLIERS), key=len, reverse=True)) + ")(?![A-Za-z])"
)
_POSTFIX = re.compile(r"(?:[A-Z]{3}|(?:US )?[Dd]ollars?)(?![A-Za-z])")
_EXPONENT = re.compile(r"[eE][+-]?[0-9]")
_SIGNS = "-+\u2212\u2013"
_SHOWN = 12


def explain(text: str) -> AmountParseError:
    """The error describing the first place where ``text`` stops being one amount."""
    end = len(text.rstrip())
    pos = len(text) - len(text.lstrip())
    if pos >= end:
        return AmountParseError("empty text" if not text else "blank text", text, 0)
    currency = None
    if not _NON_FINITE.match(text, pos, end) and (prefix := _PREFIX.match(text, pos, end)):
        currency = prefix.group()
        if problem := _bad_code(currency, text, pos):
            return problem
        pos = prefix.end()
        if pos < end and text[pos] in SPACES:
            pos += 1
        if pos >= end:
            return AmountParseError(f"no number after the currency {currency!r}", text, pos)
    problem, pos = _scan_number(text, pos, end)
    if problem:
        return problem
    if pos < end and text[pos] in SPACES and _MULTIPLIER.match(text, pos + 1, end):
        pos += 1
    if multiplier := _MULTIPLIER.match(text, pos, end):
        pos = multiplier.end()
    if pos < end and text[pos] in SPACES and _POSTFIX.match(text, pos + 1, end):
        pos += 1
    if postfix := _POSTFIX.match(text, pos, end):
        if problem := _bad_code(postfix.group(), text, pos):
            return problem
        if currency is not None:
            return AmountParseError(
                f"currency given twice ({currency!r} and {postfix.group()!r})", text, pos
            )
        pos = postfix.end()
    if pos < end:
        shown = text[pos : min(end, pos + _SHOWN)]
        return AmountParseError(f"unexpected text after the amount: {shown!r}", text, pos)
    return AmountParseError(FALLBACK_REASON, text, None)


def _bad_code(marker: str, text: str, pos: int) -> AmountParseError | None:
    if not (len(marker) == 3 and marker.isalpha()) or marker in ISO_4217_CODES:
        return None
    return AmountParseError(f"{marker!r} is not an ISO 4217 currency code", text, pos)


def _scan_number(text: str, pos: int, end: int) -> tuple[AmountParseError | None, int]:
    """Check the number starting at ``pos``; return the first problem and where it stopped."""
    start = pos
    first = text[pos]
    if first in _SIGNS:
        what = "negative amount" if first != "+" else "explicit plus sign"
        return AmountParseError(what, text, pos), pos
    if _NON_FINITE.match(text, pos, end):
        return AmountParseError("not a finite number", text, pos), pos
    if not ("0" <= first <= "9" or first == "."):
        return AmountParseError(f"expected a number, found {first!r}", text, pos), pos
    digits = 0
    point: int | None = None
    separator: str | None = None
    run = DIGITS.match(text, pos, end)
    if run:
        digits += run.end() - run.start()
        pos = run.end()
    while pos < end:
        char = text[pos]
        if char == ".":
            if point is not None:
                return AmountParseError("second decimal point", text, pos), pos
            point = pos
            run = DIGITS.match(text, pos + 1, end)
            if not run:
                return AmountParseError("no digits after the decimal point", text, pos), pos
        elif char in SEPARATORS and pos + 1 < end and "0" <= text[pos + 1] <= "9":
            if point is not None:
                return AmountParseError(
                    f"thousands separator {char!r} after the decimal point", text, pos
                ), pos
            if separator is None:
                separator = char
                if digits > 3:
                    return AmountParseError(
                        f"broken digit grouping: expected 1 to 3 digits before the first "
                        f"thousands separator, found {digits}",
                        text,
                        start,
                    ), pos
            elif char != separator:
                return AmountParseError(
                    f"mixed thousands separators {separator!r} and {char!r}", text, pos
                ), pos
            run = DIGITS.match(text, pos + 1, end)
            assert run is not None  # a digit follows the separator
            if run.end() - run.start() != 3:
                return AmountParseError(
                    f"broken digit grouping: expected 3 digits after a thousands "
                    f"separator, found {run.end() - run.start()}",
                    text,
                    pos + 1,
                ), pos
        elif _EXPONENT.match(text, pos, end):
            return AmountParseError("exponent notation is not read", text, pos), pos
        else:
            break
        digits += run.end() - run.start()
        pos = run.end()
    if digits == 0:
        return AmountParseError("expected a number, found '.'", text, start), pos
    if separator is None and text[start : start + 2] == "0." and point == start + 1:
        digits -= 1  # "0.75": the zero before the point is not counted (as ".75" has none)
    if digits > MAX_DIGITS:
        return AmountParseError(
            f"too many digits ({digits}; at most {MAX_DIGITS})", text, start
        ), pos
    return None, pos
