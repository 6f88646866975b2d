"""Comparing a reported list of jurisdictions with an official roster: pure, by key.

>>> from sanctuary_model import parse_jurisdiction as p
>>> result = match_jurisdictions([p("Newark Police Department")], [p("Newark, New Jersey")])
>>> result.matches[0].reason
'grantee agency Newark Police Department acts for Newark (nj/newark)'
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._validators import non_blank
from .jurisdictions import Jurisdiction

__all__ = ["JurisdictionMatch", "RosterComparison", "match_jurisdictions"]


@attrs.frozen
class JurisdictionMatch:
    """A reported jurisdiction paired with the official recipient it stands for, and why."""

    reported: Jurisdiction
    official: Jurisdiction
    reason: str = attrs.field(validator=non_blank)


@attrs.frozen
class RosterComparison:
    """How a reported list of jurisdictions compares with an official roster.

    ``missing`` are official recipients no reported jurisdiction stands for; ``unmatched``
    are reported jurisdictions that match no official recipient. Both sorted by key.
    """

    matches: tuple[JurisdictionMatch, ...]
    missing: tuple[Jurisdiction, ...]
    unmatched: tuple[Jurisdiction, ...]

    def discrepancies(self) -> tuple[str, ...]:
        """The differences as sentences (empty when the lists agree)."""
        found = [f"{j.name} is on the official list but not in the report" for j in self.missing]
        found += [f"{j.name} is in the report but on no official list" for j in self.unmatched]
        return tuple(found)


def match_jurisdictions(
    reported: Iterable[Jurisdiction], official: Iterable[Jurisdiction]
) -> RosterComparison:
    """Pair each reported jurisdiction with the official recipient it stands for.

    Two rules only, and every match says which applied: the same government (equal keys,
    however each was written), or a grantee agency acting for the official government
    (``Newark Police Department`` stands for Newark). Nothing is paired by similarity of
    names. The result does not depend on the order of either input.

    >>> from sanctuary_model import parse_jurisdiction as p
    >>> result = match_jurisdictions([p("Newark Police Department")], [p("Newark, New Jersey")])
    >>> result.matches[0].reason
    'grantee agency Newark Police Department acts for Newark (nj/newark)'
    """
    by_key = {j.key: j for j in sorted(official, key=_order)}
    matches: list[JurisdictionMatch] = []
    unmatched: list[Jurisdiction] = []
    used: set[str] = set()
    for item in sorted(set(reported), key=_order):
        match = _match_one(item, by_key)
        if match is None:
            unmatched.append(item)
        else:
            matches.append(match)
            used.add(match.official.key)
    missing = tuple(j for key, j in by_key.items() if key not in used)
    return RosterComparison(tuple(matches), missing, tuple(unmatched))


def _match_one(item: Jurisdiction, by_key: dict[str, Jurisdiction]) -> JurisdictionMatch | None:
    same = by_key.get(item.key)
    if same is not None:
        return JurisdictionMatch(item, same, f"same jurisdiction ({item.key})")
    government = item.government
    if government is not None and government.key in by_key:
        official = by_key[government.key]
        reason = f"grantee agency {item.name} acts for {official.name} ({official.key})"
        return JurisdictionMatch(item, official, reason)
    return None


def _order(jurisdiction: Jurisdiction) -> tuple[str, str]:
    return (jurisdiction.key, jurisdiction.name)
