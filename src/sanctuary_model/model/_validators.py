"""attrs validators shared by the model classes."""

from __future__ import annotations

import attrs

__all__ = ["non_blank"]


def non_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """A field that must be a string with something other than white space in it."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")
