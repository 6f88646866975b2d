"""The exception hierarchy: everything the library raises on bad input derives from
:class:`SanctuaryModelError`.

>>> from sanctuary_model import parse_amount
>>> try:
...     parse_amount("$1.2.3")
... except ParseError as error:
...     print(error.position, error.reason)
4 second decimal point
"""

from __future__ import annotations

__all__ = [
    "AmountParseError",
    "CurrencyMismatchError",
    "DateParseError",
    "DeserializationError",
    "FiscalYearParseError",
    "HtmlParseError",
    "JurisdictionParseError",
    "ParseError",
    "SanctuaryModelError",
    "ShortcodeError",
    "StateLookupError",
    "StatuteParseError",
    "TableError",
    "ZeroTotalError",
]

_EXCERPT = 60
_BRIEF = 40


class SanctuaryModelError(Exception):
    """Root of every exception this library raises on purpose."""


class ParseError(SanctuaryModelError, ValueError):
    """Text could not be read as the thing asked for.

    ``text`` is the input, ``position`` the offset into it where reading failed (or
    ``None`` when no single place is to blame), ``reason`` what was wrong there.
    """

    #: What the parser expected, used in the message ("cannot read ... as <what>").
    what: str = "the expected form"

    def __init__(self, reason: str, text: str, position: int | None = None) -> None:
        self.reason = reason
        self.text = text
        self.position = position
        super().__init__(self._message())

    def _message(self) -> str:
        where = "" if self.position is None else f" at position {self.position}"
        return (
            f"cannot read {_excerpt(self.text, self.position)} as {self.what}: {self.reason}{where}"
        )

    def brief(self) -> str:
        """The message for a reader already shown where the error is (a file's line and column):
        the text only when it is short, and no position.

        >>> AmountParseError("second decimal point", "$1.2.3", 4).brief()
        "cannot read '$1.2.3' as an amount: second decimal point"
        """
        subject = f"{self.text!r} as " if len(self.text) <= _BRIEF else ""
        return f"cannot read {subject}{self.what}: {self.reason}{self._suffix()}"

    def _suffix(self) -> str:
        return ""

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.reason, self.text, self.position))


class AmountParseError(ParseError):
    """Text is not one amount of money."""

    what = "an amount"


class DateParseError(ParseError):
    """Text is not a date expression the library reads."""

    what = "a date"


class FiscalYearParseError(ParseError):
    """Text is not a fiscal year (``FY 2016``, ``fiscal year 2016``, ``FY16``)."""

    what = "a fiscal year"


class StateLookupError(ParseError):
    """Text names no US state, district or territory."""

    what = "a US state"


class StatuteParseError(ParseError):
    """Text is not one citation of a section of the US Code (``8 U.S.C. § 1373``)."""

    what = "a statute"


class JurisdictionParseError(ParseError):
    """Text is not a jurisdiction name that can be placed in a state."""

    what = "a jurisdiction"


class ShortcodeError(ParseError):
    """A WordPress-style shortcode is unclosed, mismatched or malformed."""

    what = "shortcodes"


class HtmlParseError(ParseError):
    """Input given as a web page is not one (binary data, say), or cannot be decoded."""

    what = "an HTML page"


class TableError(ParseError):
    """A table row or cell is malformed; ``row`` and ``column`` say which (0-based data row)."""

    what = "a table"

    def __init__(
        self,
        reason: str,
        text: str,
        position: int | None = None,
        *,
        row: int | None = None,
        column: int | None = None,
    ) -> None:
        self.row = row
        self.column = column
        super().__init__(reason, text, position)

    def _message(self) -> str:
        return super()._message() + self._suffix()

    def _suffix(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f" ({', '.join(where)})" if where else ""

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_table_error,
            (self.reason, self.text, self.position, self.row, self.column),
        )


def _rebuild_table_error(
    reason: str, text: str, position: int | None, row: int | None, column: int | None
) -> TableError:
    return TableError(reason, text, position, row=row, column=column)


class CurrencyMismatchError(SanctuaryModelError, ValueError):
    """Amounts in different currencies were combined."""


class ZeroTotalError(SanctuaryModelError, ZeroDivisionError):
    """Shares were asked of awards whose total is zero: no group has a share of nothing."""


class DeserializationError(SanctuaryModelError, ValueError):
    """JSON or unstructured data does not describe a valid model object.

    ``errors`` holds one line per bad field, each naming its path
    (``awards[3].amount.value: ...``).
    """

    def __init__(self, errors: list[str] | tuple[str, ...], type_name: str = "") -> None:
        self.errors = tuple(errors)
        self.type_name = type_name
        target = f" as {type_name}" if type_name else ""
        super().__init__(f"cannot deserialize{target}: " + "; ".join(self.errors))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors, self.type_name))


def _excerpt(text: str, position: int | None) -> str:
    """The input as shown in a message: whole when short, else a window around ``position``."""
    if len(text) <= _EXCERPT:
        return repr(text)
    centre = 0 if position is None else position
    start = max(0, min(centre - _EXCERPT // 2, len(text) - _EXCERPT))
    piece = text[start : start + _EXCERPT]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + _EXCERPT < len(text) else ""
    return f"{prefix}{piece!r}{suffix} (length {len(text)})"
