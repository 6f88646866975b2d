"""Jurisdiction names and US states, however a list or an article writes them.

>>> parse_jurisdiction("Cook County, Ill.").key
'il/cook-county'
"""

from __future__ import annotations

from ._mentions import extract_jurisdictions, jurisdictions_in
from ._reader import lookup_state, match_state, parse_jurisdiction

__all__ = [
    "extract_jurisdictions",
    "jurisdictions_in",
    "lookup_state",
    "match_state",
    "parse_jurisdiction",
]
