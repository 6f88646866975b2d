"""The package's one cattrs converter: model objects to JSON-ready data and back, exactly.

Decimals travel as strings (never floats), dates as ISO 8601, enums by value, tuples as
arrays, a ``UsState`` as its USPS code and a ``Fraction`` as ``"n/d"``.

>>> from sanctuary_model import Amount
>>> to_json(Amount.exact(37509))
'{"value":"37509","low":"37509","high":"37509","currency":"USD"}'
>>> from_json('{"value": "5", "low": "5", "high": "5", "currency": "USD"}', Amount)
Amount(value=Decimal('5'), low=Decimal('5'), high=Decimal('5'), currency='USD')
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import typing
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.strategies import configure_tagged_union

from .errors import DeserializationError
from .model.geography import UsState, state_by_code
from .model.quotes import Speaker

__all__ = ["SPEAKER_TAGS", "converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter = cattrs.Converter(unstruct_collection_overrides={Sequence: list, tuple: list})
"""The configured converter; register extra hooks on it rather than making another."""


SPEAKER_TAGS: dict[type, str] = {cls: cls.__name__.lower() for cls in typing.get_args(Speaker)}
"""The ``type`` a serialized quote speaker carries: ``person``, ``organization``, ``statute``."""


def _structure_decimal(value: object, _type: type) -> Decimal:
    # Floats are refused: they have already lost the exact figure a string keeps.
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"expected a decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite decimal: {value!r}")
    return number


def _structure_date(value: object, _type: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _structure_datetime(value: object, _type: type) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 datetime string, got {type(value).__name__}")
    return dt.datetime.fromisoformat(value)


def _structure_fraction(value: object, _type: type) -> Fraction:
    if not isinstance(value, str) or not re.fullmatch(r"-?\d{1,4000}(?:/\d{1,4000})?", value):
        raise ValueError(f"expected a fraction string like '3/7', got {value!r}")
    return Fraction(value)


def _structure_state(value: object, _type: type) -> UsState:
    if not isinstance(value, str):
        raise TypeError(f"expected a USPS state code, got {type(value).__name__}")
    try:
        return state_by_code(value)
    except KeyError:
        raise ValueError(f"not a USPS state code: {value!r}") from None


def _structure_str(value: object, _type: type) -> str:
    # cattrs would call str() on anything; a number where text belongs is an error.
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_int(value: object, _type: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_bool(value: object, _type: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
converter.register_structure_hook(dt.datetime, _structure_datetime)
converter.register_unstructure_hook(dt.date, dt.date.isoformat)
converter.register_structure_hook(dt.date, _structure_date)
converter.register_unstructure_hook(Fraction, str)
converter.register_structure_hook(Fraction, _structure_fraction)
converter.register_unstructure_hook(UsState, lambda state: state.code)
converter.register_structure_hook(UsState, _structure_state)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(bool, _structure_bool)
# A quote's speaker says which it is: {"type": "person", "name": ...}; see SPEAKER_TAGS.
configure_tagged_union(Speaker, converter, tag_generator=SPEAKER_TAGS.__getitem__, tag_name="type")
_unstructure_speaker = converter.get_unstructure_hook(Speaker)
_structure_speaker = converter.get_structure_hook(Speaker)
converter.register_unstructure_hook(
    Speaker | None, lambda speaker: None if speaker is None else _unstructure_speaker(speaker)
)
converter.register_structure_hook(
    Speaker | None,
    lambda value, _type: None if value is None else _structure_speaker(value, Speaker),
)


def unstructure(obj: object) -> Any:
    """``obj`` as plain JSON-ready data (dicts, lists, strings, numbers)."""
    return converter.unstructure(obj)


def structure(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from plain data; bad fields raise ``DeserializationError`` with paths."""
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        raise DeserializationError(_describe(error, cls), _type_name(cls)) from error


def _optional_orjson() -> Any:
    try:
        return importlib.import_module("orjson")
    except ImportError:  # the [fast] extra is not installed
        return None


_orjson = _optional_orjson()


def to_json(obj: object, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document; ``from_json(to_json(x), type(x)) == x``.

    Compact unless ``indent`` is given. With orjson installed (``sanctuary-model[fast]``)
    compact and 2-space documents are written by it, byte for byte the same.
    """
    data = unstructure(obj)
    if _orjson is not None and indent in (None, 2):
        try:
            return str(_orjson.dumps(data, option=_orjson.OPT_INDENT_2 if indent else 0).decode())
        except TypeError:  # an integer beyond 64 bits: the standard library writes any size
            pass
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a ``cls`` from a JSON document, raising ``DeserializationError`` when it is bad."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeserializationError([f"$: not JSON: {error}"], _type_name(cls)) from error
    except RecursionError as error:
        raise DeserializationError(["$: JSON nested too deeply"], _type_name(cls)) from error
    return structure(data, cls)


_AT = re.compile(r"^(?P<message>.*) @ \$(?P<path>.*)$", re.DOTALL)


def _describe(error: BaseException, cls: object) -> list[str]:
    """One ``path: message`` line per bad field (``awards[3].amount.value: not a decimal``)."""
    if not isinstance(error, cattrs.BaseValidationError):
        return [f"$: {_format_exception(error, cls if isinstance(cls, type) else None)}"]
    lines = []
    for line in cattrs.transform_error(error, format_exception=_format_exception):
        match = _AT.match(line)
        if match is None:
            lines.append(line)
            continue
        path = match["path"].lstrip(".") or "$"
        lines.append(f"{path}: {match['message']}")
    return lines


def _format_exception(error: BaseException, type_: type | None) -> str:
    if isinstance(error, KeyError) and not isinstance(error, ValueError):
        return "required field missing"
    if isinstance(error, TypeError | AttributeError) and not str(error).startswith("expected"):
        # cattrs met the wrong JSON shape (a number where an object belongs, say) and
        # failed inside its generated code; say what was expected instead.
        if type_ is not None and attrs.has(type_):
            return f"expected an object ({type_.__name__})"
        origin = getattr(type_, "__origin__", None)
        if origin in (list, tuple) or type_ in (list, tuple):
            return "expected an array"
    return _reason(error)


def _reason(error: BaseException) -> str:
    message = str(error)
    return message if message else type(error).__name__


def _type_name(cls: object) -> str:
    return getattr(cls, "__name__", repr(cls))
