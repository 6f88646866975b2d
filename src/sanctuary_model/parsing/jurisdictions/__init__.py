"""Jurisdiction names and US states, however a list or an article writes them.

>>> parse_jurisdiction("Cook County, Ill.").key
'il/cook-county'
"""

from __future__ import annotations

import functools

from ...model.geography import UsState
from ...model.jurisdictions import Jurisdiction
from ._reader import lookup_state, match_state
from ._reader import parse_jurisdiction as _parse_jurisdiction


@functools.wraps(_parse_jurisdiction)
def parse_jurisdiction(text: str, *, state: UsState | None = None) -> Jurisdiction:
    if not isinstance(text, str):  # a worded TypeError, not len() failing deep inside
        raise TypeError(f"parse_jurisdiction reads a str, not {type(text).__name__}")
    return _parse_jurisdiction(text, state=state)


__all__ = ["lookup_state", "match_state", "parse_jurisdiction"]
