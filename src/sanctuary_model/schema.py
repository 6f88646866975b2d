"""JSON Schema (draft 2020-12) of what ``sanctuary_model.serialization`` writes.

Generated from the attrs classes' fields and type hints, so it follows the model as it
grows. Each attrs class becomes a ``$defs`` entry referenced with ``$ref``; the schema
checks the shape of a document (types, required fields, enum values, decimal strings),
not the invariants validators enforce across fields (``low <= value <= high``).

>>> from sanctuary_model import Span
>>> schema = json_schema(Span)
>>> schema["$ref"], schema["$defs"]["Span"]["required"]
('#/$defs/Span', ['start', 'end'])
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from .model.geography import UsState, all_states
from .model.quotes import SPEAKER_TAGS

__all__ = ["DRAFT", "json_schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

# What str(Decimal) writes for a finite number, and what the converter reads back.
DECIMAL_PATTERN = r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$"
FRACTION_PATTERN = r"^-?[0-9]+(?:/[0-9]*[1-9][0-9]*)?$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

_LEAVES: Mapping[object, Mapping[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    Any: {},
    object: {},
    Decimal: {"type": "string", "pattern": DECIMAL_PATTERN, "description": "a decimal number"},
    Fraction: {"type": "string", "pattern": FRACTION_PATTERN, "description": "a fraction n/d"},
    dt.date: {"type": "string", "format": "date", "pattern": DATE_PATTERN},
    dt.datetime: {"type": "string", "format": "date-time"},
}


def json_schema(cls: object) -> dict[str, Any]:
    """The JSON Schema of ``cls`` as the converter serializes it (any model type).

    ``cls`` is usually an attrs class, but any type the converter handles works
    (``list[GrantAward]``, ``Decimal``). ``TypeError`` names a type it cannot describe.

    >>> from sanctuary_model import Amount
    >>> json_schema(Amount)["$defs"]["Amount"]["properties"]["value"]["pattern"][:8]
    '^[+-]?(?'
    """
    defs: dict[str, dict[str, Any]] = {}
    root = _Builder(defs).schema_of(cls)
    schema: dict[str, Any] = {"$schema": DRAFT}
    if isinstance(cls, type):
        schema["title"] = cls.__name__
    schema.update(root)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


class _Builder:
    """Walks types depth first, filling ``defs`` with one entry per attrs class."""

    def __init__(self, defs: dict[str, dict[str, Any]]) -> None:
        self.defs = defs
        self.names: dict[type, str] = {}

    def schema_of(self, tp: object) -> dict[str, Any]:
        if tp in _LEAVES:
            return dict(_LEAVES[tp])
        if tp is UsState:
            codes = [state.code for state in all_states()]
            return {"type": "string", "enum": codes, "description": "a USPS state code"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _enum_schema(tp)
        if isinstance(tp, type) and attrs.has(tp):
            return {"$ref": f"#/$defs/{self._define(tp)}"}
        return self._generic(tp)

    def _generic(self, tp: object) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self._member(arg, args) for arg in args]}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.schema_of(args[0])}
            if args == ((),):  # tuple[()]: the empty tuple
                return {"type": "array", "maxItems": 0}
            return {
                "type": "array",
                "prefixItems": [self.schema_of(arg) for arg in args],
                "items": False,
                "minItems": len(args),
            }
        if isinstance(origin, type) and issubclass(origin, Mapping):
            value = self.schema_of(args[1]) if args else {}
            return {"type": "object", "additionalProperties": value}
        if isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str:
            return {"type": "array", "items": self.schema_of(args[0]) if args else {}}
        if tp in (tuple, list):
            return {"type": "array"}
        raise TypeError(f"no JSON Schema for {tp!r}")

    def _member(self, arg: object, args: tuple[object, ...]) -> dict[str, Any]:
        """A union member; the members of a tagged union (a quote's speaker) carry their tag."""
        schema = self.schema_of(arg)
        if arg in SPEAKER_TAGS and set(SPEAKER_TAGS) == set(args) - {type(None)}:
            schema["required"] = ["type"]
        return schema

    def _define(self, cls: type) -> str:
        if cls in self.names:
            return self.names[cls]
        name = cls.__name__
        if name in self.defs:  # two classes with one name: qualify the second
            name = f"{cls.__module__}.{cls.__qualname__}"
        self.names[cls] = name
        self.defs[name] = {}  # reserved first, so recursive references terminate
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if not field.init:  # the converter neither writes nor reads these
                continue
            properties[field.name] = self.schema_of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        if cls in SPEAKER_TAGS:  # written (and then required) where a union holds it
            properties["type"] = {"const": SPEAKER_TAGS[cls]}
        definition: dict[str, Any] = {"title": cls.__name__, "type": "object"}
        summary = _first_line(cls.__doc__)
        if summary:
            definition["description"] = summary
        definition.update(properties=properties, required=required, additionalProperties=False)
        self.defs[name] = definition
        return name


def _enum_schema(cls: type[enum.Enum]) -> dict[str, Any]:
    values = [member.value for member in cls]
    schema: dict[str, Any] = {"enum": values}
    if all(isinstance(value, str) for value in values):
        schema = {"type": "string", **schema}
    return schema


def _first_line(doc: str | None) -> str:
    return doc.strip().splitlines()[0].strip() if doc and doc.strip() else ""
