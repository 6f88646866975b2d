"""Official rosters: what the DOJ itself says it sent, and matching a report against it.

The bundled ``doj_1373_notices.json`` lists the recipients of the DOJ's 8 U.S.C. § 1373
letters of 21 April 2017 and 15 November 2017, from the Department's own press releases.

>>> from sanctuary_model import seed_article
>>> november = official_notice_for(dt.date(2017, 11, 15))
>>> november.stated_recipient_count, len(november.recipients)
(29, 29)
>>> comparison = compare_with_official(seed_article().notices[0])
>>> len(comparison.matches), [j.name for j in comparison.missing]
(28, ['State of Vermont'])
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from .model.dates import DateMention, DatePrecision
from .model.grants import GrantProgram
from .model.jurisdictions import Jurisdiction
from .model.notices import DojNotice
from .parsing.grants import find_program
from .parsing.jurisdictions import parse_jurisdiction
from .parsing.legal import parse_statute

__all__ = [
    "JurisdictionMatch",
    "RosterComparison",
    "compare_with_official",
    "match_jurisdictions",
    "official_notice_for",
    "official_notices",
]


@attrs.frozen
class JurisdictionMatch:
    """A reported jurisdiction paired with the official recipient it stands for, and why."""

    reported: Jurisdiction
    official: Jurisdiction
    reason: str


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


def official_notices() -> tuple[DojNotice, ...]:
    """The DOJ's own § 1373 notices, newest first, recipients parsed into ``Jurisdiction``s.

    >>> [(str(n.issued.date), len(n.recipients)) for n in official_notices() if n.issued]
    [('2018-01-24', 23), ('2017-11-15', 29), ('2017-04-21', 9)]
    """
    return tuple(notice for _, notice in _load())


def official_notice_for(issued: dt.date) -> DojNotice | None:
    """The official notice issued on ``issued``, if the bundled rosters have one."""
    for day, notice in _load():
        if day == issued:
            return notice
    return None


@functools.cache
def _load() -> tuple[tuple[dt.date, DojNotice], ...]:
    path = resources.files("sanctuary_model").joinpath("data/doj_1373_notices.json")
    entries = json.loads(path.read_text("utf-8"))["notices"]
    dated = ((dt.date.fromisoformat(entry["issued"]), _notice(entry)) for entry in entries)
    return tuple(sorted(dated, key=lambda pair: pair[0], reverse=True))


def compare_with_official(
    notice: DojNotice, official: DojNotice | None = None
) -> RosterComparison | None:
    """Compare a reported notice's recipients with the official roster of the same notice.

    ``official`` defaults to the bundled notice issued the same day; ``None`` comes back when
    no official roster is known for it.
    """
    if official is None:
        issued = notice.issued.date if notice.issued is not None else None
        official = official_notice_for(issued) if issued is not None else None
    if official is None:
        return None
    reported = notice.recipients or tuple(award.jurisdiction for award in notice.prior_awards)
    return match_jurisdictions(reported, official.recipients)


def _day(text: str) -> DateMention:
    return DateMention(
        text=text, span=None, date=dt.date.fromisoformat(text), precision=DatePrecision.DAY
    )


def _program(name: str) -> GrantProgram:
    return find_program(name) or GrantProgram(name=name, short_name=name)


def _notice(entry: dict[str, Any]) -> DojNotice:
    recipients = tuple(parse_jurisdiction(name) for name in entry["recipients"])
    return DojNotice(
        issuer=entry["issuer"],
        issued=_day(entry["issued"]),
        recipients=recipients,
        stated_recipient_count=len(recipients),
        program=_program(entry["program"]),
        # The file names the fiscal year of the prior awards only, not the one at stake.
        fiscal_year_at_stake=None,
        response_deadline=_day(entry["response_deadline"]),
        statute=parse_statute(entry["statute"]),
        prior_awards=(),
        span=None,
        source=entry["source"],
    )
