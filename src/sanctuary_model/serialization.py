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
import enum
import importlib
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.disambiguators import create_default_dis_func
from cattrs.errors import (
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.strategies import configure_tagged_union

from . import _fast
from .errors import DeserializationError
from .model.documents import Article, Shortcode
from .model.geography import UsState, state_by_code
from .model.quotes import SPEAKER_TAGS, Speaker
from .model.span import Span
from .schema import DATE_PATTERN, DECIMAL_PATTERN

__all__ = [
    "MAX_ERRORS",
    "converter",
    "from_json",
    "structure",
    "to_json",
    "unstructure",
]

T = TypeVar("T")

MAX_ERRORS = 20
"""At most this many problems are listed in one ``DeserializationError``; the rest are counted."""

converter = cattrs.Converter(
    unstruct_collection_overrides={Sequence: list, tuple: list}, forbid_extra_keys=True
)
"""The configured converter; register extra hooks on it rather than making another."""

# The published schema's grammar (ASCII digits only), applied before Python's laxer readers.
_DECIMAL = re.compile(DECIMAL_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_FRACTION = re.compile(r"-?[0-9]{1,4000}(?:/[0-9]{1,4000})?")
_SHOWN = 40


def _shown(value: str) -> str:
    """``value`` quoted for a message, clipped so a huge field cannot make a huge message."""
    if len(value) <= _SHOWN:
        return repr(value)
    return f"{value[:_SHOWN]!r}… ({len(value)} characters)"


def _json_type(value: object) -> str:
    """What JSON calls ``value``'s type, with its article ("an object", "a string")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _structure_decimal(value: object, _type: type) -> Decimal:
    # Floats are refused: they have already lost the exact figure a string keeps.
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal string, got {_json_type(value)}")
    if _DECIMAL.fullmatch(value) is None:
        raise ValueError(f"not a decimal: {_shown(value)}")
    return Decimal(value)


def _structure_date(value: object, _type: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string (YYYY-MM-DD), got {_json_type(value)}")
    if _DATE.fullmatch(value) is None:
        raise ValueError(f"not a date in the form YYYY-MM-DD: {_shown(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"not a calendar date: {value!r} ({error})") from None


def _structure_datetime(value: object, _type: type) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 datetime string, got {_json_type(value)}")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not an ISO 8601 datetime: {_shown(value)}") from None


def _structure_fraction(value: object, _type: type) -> Fraction:
    if not isinstance(value, str) or not _FRACTION.fullmatch(value):
        shown = _shown(value) if isinstance(value, str) else _json_type(value)
        raise ValueError(f"expected a fraction string like '3/7', got {shown}")
    try:
        return Fraction(value)
    except ZeroDivisionError:
        raise ValueError(f"a fraction's denominator must not be zero: {value!r}") from None


def _structure_state(value: object, _type: type) -> UsState:
    if not isinstance(value, str):
        raise TypeError(f"expected a USPS state code, got {_json_type(value)}")
    state = state_by_code(value)
    if state is None:
        raise ValueError(f"not a USPS state code: {_shown(value)}")
    return state


def _structure_str(value: object, _type: type) -> str:
    # cattrs would call str() on anything; a number where text belongs is an error.
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_json_type(value)}")
    return value


def _structure_int(value: object, _type: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {_json_type(value)}")
    return value


def _structure_bool(value: object, _type: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {_json_type(value)}")
    return value


class _RefusedError(ValueError):
    """A problem worded in full already (``and 12 more bad items``)."""


def _is_attrs_class(type_: object) -> bool:
    return isinstance(type_, type) and attrs.has(type_)


def _object_hook(cls: type[T]) -> Callable[[object, type], T]:
    """Structure ``cls`` from a JSON object only, with no field it does not declare."""
    build = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True)
    expected = f"expected an object ({cls.__name__})"

    def structure_object(value: object, type_: type) -> T:
        if not isinstance(value, dict):
            raise TypeError(f"{expected}, got {_json_type(value)}")
        return build(value, type_)  # the class's own validators' errors come back wrapped

    return structure_object


def _add_note(error: BaseException, note: str) -> None:
    # BaseException.add_note arrives in Python 3.11; cattrs reads ``__notes__`` either way.
    error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]


def _is_array(type_: object) -> bool:
    return typing.get_origin(type_) in (tuple, list) and bool(typing.get_args(type_))


def _array_hook(type_: Any) -> Callable[[object, type], object]:
    """Structure ``tuple[X, ...]``, ``list[X]`` or ``tuple[X, Y]`` from a JSON array only."""
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        return _fixed_array_hook(type_, args)
    element = args[0]
    hook = converter.get_structure_hook(element)
    make: Callable[[list[Any]], object] = tuple if origin is tuple else list

    def structure_array(value: object, _type: type) -> object:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {_json_type(value)}")
        try:
            return make([hook(item, element) for item in value])
        except Exception:  # collected again below, each with its index
            pass
        errors: list[Exception] = []
        more = 0
        for index, item in enumerate(value):
            try:
                hook(item, element)
            except Exception as error:
                if len(errors) < MAX_ERRORS:
                    _add_note(error, IterableValidationNote(f"item {index}", index, element))
                    errors.append(error)
                else:
                    more += 1
        if more:
            errors.append(_RefusedError(f"and {more} more bad items"))
        raise IterableValidationError("bad items in an array", errors, type_)

    return structure_array


def _fixed_array_hook(type_: Any, args: tuple[Any, ...]) -> Callable[[object, type], object]:
    hooks = [converter.get_structure_hook(arg) for arg in args]

    def structure_fixed(value: object, _type: type) -> object:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array of {len(args)}, got {_json_type(value)}")
        if len(value) != len(args):
            raise ValueError(f"expected an array of {len(args)} items, got {len(value)}")
        errors: list[Exception] = []
        items = []
        for index, (hook, arg, item) in enumerate(zip(hooks, args, value, strict=True)):
            try:
                items.append(hook(item, arg))
            except Exception as error:
                _add_note(error, IterableValidationNote(f"item {index}", index, arg))
                errors.append(error)
        if errors:
            raise IterableValidationError("bad items in an array", errors, type_)
        return tuple(items)

    return structure_fixed


def _is_optional(type_: object) -> bool:
    args = typing.get_args(type_)
    union = typing.get_origin(type_) in (typing.Union, types.UnionType)
    return union and len(args) == 2 and type(None) in args


def _optional_hook(type_: Any) -> Callable[[object, type], object]:
    """``X | None``: null, or an ``X`` through its hook, looked up once rather than per call."""
    (inner,) = (arg for arg in typing.get_args(type_) if arg is not type(None))
    hook = converter.get_structure_hook(inner)

    def structure_optional(value: object, _type: type) -> object:
        return None if value is None else hook(value, inner)

    return structure_optional


def _is_object_union(type_: object) -> bool:
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return False
    members = [arg for arg in typing.get_args(type_) if arg is not type(None)]
    if set(members) == set(SPEAKER_TAGS):
        return False  # a quote's speaker is a tagged union: it says which it is
    return len(members) >= 2 and all(_is_attrs_class(member) for member in members)


def _union_hook(type_: Any) -> Callable[[object, type], object]:
    """Structure ``A | B | None`` (attrs classes told apart by their fields) from an object."""
    args = typing.get_args(type_)
    members = tuple(arg for arg in args if arg is not type(None))
    nullable = len(members) != len(args)
    choose = create_default_dis_func(converter, *members)
    expected = f"expected {_expected(type_)}"

    def structure_union(value: object, _type: type) -> object:
        if value is None and nullable:
            return None
        if not isinstance(value, dict):
            raise TypeError(f"{expected}, got {_json_type(value)}")
        cls = choose(value)
        if cls is None:
            raise ValueError(f"{expected}; the fields fit none of them")
        return converter.get_structure_hook(cls)(value, cls)

    return structure_union


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
converter.register_structure_hook_factory(_is_attrs_class, _object_hook)
converter.register_structure_hook_factory(_is_array, _array_hook)
converter.register_structure_hook_factory(_is_object_union, _union_hook)
converter.register_structure_hook_factory(_is_optional, _optional_hook)

# A quote's speaker says which it is: {"type": "person", "name": ...}; see SPEAKER_TAGS.
configure_tagged_union(Speaker, converter, tag_generator=SPEAKER_TAGS.__getitem__, tag_name="type")
_unstructure_speaker = converter.get_unstructure_hook(Speaker)
_structure_speaker = converter.get_structure_hook(Speaker)
_SPEAKER_KINDS = ", ".join(repr(tag) for tag in SPEAKER_TAGS.values())


def _structure_speaker_or_none(value: object, _type: object) -> Speaker | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"expected an object (a speaker), got {_json_type(value)}")
    if value.get("type") not in SPEAKER_TAGS.values():
        raise ValueError(f"a speaker's 'type' must be one of {_SPEAKER_KINDS}")
    speaker: Speaker = _structure_speaker(value, Speaker)
    return speaker


converter.register_unstructure_hook(
    Speaker | None, lambda speaker: None if speaker is None else _unstructure_speaker(speaker)
)
converter.register_structure_hook(Speaker | None, _structure_speaker_or_none)


def unstructure(obj: object) -> Any:
    """``obj`` as plain JSON-ready data (dicts, lists, strings, numbers)."""
    return converter.unstructure(obj)


def structure(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from plain data; bad fields raise ``DeserializationError`` with paths."""
    try:
        fast: T = _fast.read(data, cls)
    except Exception:  # not for the fast path, or bad: the converter reads it or says why
        pass
    else:
        return fast
    return _structure(data, cls)


def _structure(data: object, cls: type[T]) -> T:
    try:
        result = converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        raise DeserializationError(_describe(error, cls), _type_name(cls)) from error
    except RecursionError as error:
        raise DeserializationError(["$: nested too deeply"], _type_name(cls)) from error
    problems = _contradictions_in(result)
    if problems:
        raise DeserializationError(_capped(problems), _type_name(cls))
    return result


def _contradictions_in(result: object) -> list[str]:
    if isinstance(result, Article):
        return _contradictions(result)
    if isinstance(result, list | tuple):
        return [
            f"[{index}]{'' if line.startswith('$') else '.'}{line.removeprefix('$')}"
            for index, item in enumerate(result)
            if isinstance(item, Article)
            for line in _contradictions(item)
        ]
    return []


# The fields that copy the article's text at their object's span, by class name.
_COPIES = {"Paragraph": "text", "Furniture": "text", "Quote": "text", "DateMention": "text"}


def _contradictions(article: Article) -> list[str]:
    """Where a decoded article contradicts its own text: a span past its end, or a copied
    text (a paragraph's, a quote's, a shortcode's body) that differs from the text there."""
    text = article.text
    problems: list[str] = []
    stack: list[tuple[str, object]] = [("", article)]
    while stack:
        path, obj = stack.pop()
        if isinstance(obj, tuple):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(obj))
            continue
        if not attrs.has(type(obj)):
            continue
        for field in attrs.fields(typing.cast("type[attrs.AttrsInstance]", type(obj))):
            value = getattr(obj, field.name)
            where = f"{path}.{field.name}" if path else field.name
            if isinstance(value, Span):
                if value.end > len(text):
                    problems.append(
                        f"{where}: span {value.start}..{value.end} runs past the end of the "
                        f"text ({len(text)} characters)"
                    )
            elif isinstance(value, tuple) or attrs.has(type(value)):
                stack.append((where, value))
        copied = _COPIES.get(type(obj).__name__)
        span = getattr(obj, "span", None)
        if copied is not None and isinstance(span, Span):
            _compare(problems, path, copied, getattr(obj, copied), span, text)
        if isinstance(obj, Shortcode) and obj.body is not None and obj.body_span is not None:
            _compare(problems, path, "body", obj.body, obj.body_span, text)
    return sorted(problems)


def _compare(problems: list[str], path: str, name: str, copy: str, span: Span, text: str) -> None:
    if span.end <= len(text) and span.slice(text) != copy:
        problems.append(
            f"{path}.{name}: {_shown(copy)} is not the text at its span {span.start}..{span.end}"
            f" ({_shown(span.slice(text))})"
        )


def _optional_orjson() -> Any:
    try:
        return importlib.import_module("orjson")
    except ImportError:  # the [fast] extra is not installed
        return None


_orjson = _optional_orjson()


def to_json(obj: object, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document; ``from_json(to_json(x), type(x)) == x``.

    Compact unless ``indent`` is given. Compact awards and their parts are written by a
    specialised writer; with orjson installed (``sanctuary-model[fast]``) other compact and
    2-space documents are written by it; either way byte for byte the same. A lone
    surrogate (text no UTF-8 can encode) is written as its ``\\uXXXX`` escape, so the
    document always encodes.

    >>> print(to_json(["café", chr(0xD800)]))
    ["café","\\ud800"]
    """
    if indent is None:
        try:
            return _fast.write(obj)
        except Exception:  # not one of the award classes: the converter writes it
            pass
    data = unstructure(obj)
    if _orjson is not None and indent in (None, 2):
        try:
            return str(_orjson.dumps(data, option=_orjson.OPT_INDENT_2 if indent else 0).decode())
        except TypeError:  # a lone surrogate, or an integer beyond 64 bits
            pass
    separators = (",", ":") if indent is None else (",", ": ")
    document = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return _escape_surrogates(document)


def json_chunks(obj: object, *, indent: int | None = None) -> Iterator[str]:
    """``to_json(obj, indent=indent)`` in pieces, for writing a large document out without
    holding all its text at once (the standard library's indented writer would).

    >>> "".join(json_chunks([1, 2])) == to_json([1, 2])
    True
    """
    if _orjson is not None and indent in (None, 2):
        yield to_json(obj, indent=indent)  # orjson writes compactly in memory, and fast
        return
    separators = (",", ":") if indent is None else (",", ": ")
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent, separators=separators)
    batch: list[str] = []
    for chunk in encoder.iterencode(unstructure(obj)):
        batch.append(chunk)
        if len(batch) >= _BATCH:
            yield _escape_surrogates("".join(batch))
            batch.clear()
    if batch:
        yield _escape_surrogates("".join(batch))


_BATCH = 4096

_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogates(document: str) -> str:
    # JSON text holds raw characters only inside strings, where an escape means the same.
    if _SURROGATE.search(document) is None:
        return document
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", document)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a ``cls`` from a JSON document, raising ``DeserializationError`` when it is bad.

    The document must follow the published JSON Schema: decimals and dates as strings of
    its grammar, no field the class does not declare, no key twice in one object.

    >>> from .model.span import Span
    >>> try:
    ...     from_json('{"start": 1, "end": 2, "start": 0, "note": "x"}', Span)
    ... except DeserializationError as error:
    ...     print(error.errors)
    ("$: key 'start' appears twice in one object",)
    """
    if _orjson is not None and _fast.readable(cls):
        try:
            data = _orjson.loads(text)
            # orjson keeps the last of two equal keys, but it never writes a key twice: a
            # document that is exactly what orjson writes for its data has none.
            if _orjson.dumps(data) == (text.encode() if isinstance(text, str) else text):
                fast: T = _fast.read(data, cls)
                return fast
        except Exception:  # not JSON orjson reads, or not for the fast path: see below
            pass
    try:
        if not isinstance(text, str):  # bytes: UTF-8, -16 or -32, as json.loads reads them
            text = text.decode(json.detect_encoding(text), "surrogatepass")
        data = _DECODER.decode(text)
    except _DuplicateKeyError as error:
        raise DeserializationError([f"$: {error}"], _type_name(cls)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeserializationError([f"$: not JSON: {error}"], _type_name(cls)) from error
    except RecursionError as error:
        raise DeserializationError(["$: JSON nested too deeply"], _type_name(cls)) from error
    except ValueError as error:  # an integer literal past Python's digit limit
        raise DeserializationError([f"$: not JSON we can read: {error}"], _type_name(cls)) from None
    return structure(data, cls)


class _DuplicateKeyError(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A later duplicate would silently win in json.loads; the schema has no such rule.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKeyError(f"key {_shown(key)} appears twice in one object")
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_duplicates)

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
    return _capped(lines)


def _capped(lines: list[str]) -> list[str]:
    """At most ``MAX_ERRORS`` lines, then one saying how many more problems there were."""
    if len(lines) <= MAX_ERRORS:
        return lines
    more = 0
    for line in lines[MAX_ERRORS:]:
        counted = _MORE_ITEMS.search(line)
        more += int(counted["count"]) if counted else 1
    return [*lines[:MAX_ERRORS], f"… and {more} more problems"]


_MORE_ITEMS = re.compile(r": and (?P<count>[0-9]{1,19}) more bad items$")


def _format_exception(error: BaseException, type_: Any) -> str:
    if isinstance(error, ForbiddenExtraKeysError):
        names = ", ".join(_shown(name) for name in sorted(error.extra_fields)[:MAX_ERRORS])
        return f"unknown field {names}: {error.cl.__name__} has no such field"
    if isinstance(error, KeyError) and not isinstance(error, ValueError):
        return "required field missing"
    wrong_shape = isinstance(error, TypeError | AttributeError)
    if wrong_shape and type_ is not None and not str(error).startswith("expected"):
        # cattrs met the wrong JSON shape and failed inside its own code; say what was
        # expected instead of repeating Python's words.
        return f"expected {_expected(type_)}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return _reason(error)


def _expected(type_: Any) -> str:
    """What JSON ``type_`` is read from, in words ("an object (Person) or null")."""
    if _is_attrs_class(type_):
        return f"an object ({type_.__name__})"
    if type_ is type(None):
        return "null"
    if typing.get_origin(type_) in (typing.Union, types.UnionType):
        return " or ".join(_expected(arg) for arg in typing.get_args(type_))
    if typing.get_origin(type_) in (tuple, list) or type_ in (tuple, list):
        return "an array"
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return "one of " + ", ".join(repr(member.value) for member in type_)
    return {str: "a string", int: "an integer", bool: "true or false"}.get(
        type_, f"a {getattr(type_, '__name__', type_)}"
    )


def _reason(error: BaseException) -> str:
    message = str(error)
    return message if message else type(error).__name__


def _type_name(cls: object) -> str:
    return getattr(cls, "__name__", repr(cls))
