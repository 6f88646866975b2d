"""Jurisdiction names and US states, however a list or an article writes them.

>>> parse_jurisdiction("Cook County, Ill.").key
'il/cook-county'
"""

from __future__ import annotations

from ._reader import lookup_state, match_state, parse_jurisdiction

__all__ = ["lookup_state", "match_state", "parse_jurisdiction"]
