"""attrs validators shared by the model classes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["non_blank", "whole_number"]


def non_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """A field that must be a string with something other than white space in it."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")


def whole_number(
    minimum: int, maximum: int | None = None, *, optional: bool = False, described: str = ""
) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A validator for an ``int`` (never a ``bool``) from ``minimum`` to ``maximum``.

    ``described`` words the range in the error ("positive"; by default ">= minimum" or
    "from minimum to maximum"); with ``optional`` ``None`` is accepted too.

    >>> import attrs
    >>> @attrs.frozen
    ... class Page:
    ...     number: int = attrs.field(validator=whole_number(1, described="positive"))
    >>> Page(0)
    Traceback (most recent call last):
    ValueError: number must be positive, got 0
    """
    if not described:
        described = f">= {minimum}" if maximum is None else f"from {minimum} to {maximum}"
    top = maximum

    def check(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
        if value < minimum or (top is not None and value > top):
            raise ValueError(f"{attribute.name} must be {described}, got {value}")

    return check
