"""The law in news text: statutes cited or described, federal courts, and court rulings.

>>> parse_statute("8 U.S.C. § 1373(a)").citation
'8 U.S.C. § 1373'
>>> court_for_city("Chicago").abbreviation
'N.D. Ill.'
"""

from __future__ import annotations

from .courts import all_courts, court_by_abbreviation, court_by_name, court_for_city
from .rulings import extract_rulings
from .statutes import article_statute, extract_statutes, find_statutes, parse_statute

__all__ = [
    "all_courts",
    "article_statute",
    "court_by_abbreviation",
    "court_by_name",
    "court_for_city",
    "extract_rulings",
    "extract_statutes",
    "find_statutes",
    "parse_statute",
]
