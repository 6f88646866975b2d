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
from typing import Any

import attrs

from ._resources import read_json
from .model.dates import DateMention, DatePrecision
from .model.grants import GrantProgram
from .model.notices import DojNotice
from .model.rosters import JurisdictionMatch, RosterComparison, match_jurisdictions
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
    "with_official",
]


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
    entries = read_json("doj_1373_notices.json")["notices"]
    dated = ((dt.date.fromisoformat(entry["issued"]), _notice(entry)) for entry in entries)
    return tuple(sorted(dated, key=lambda pair: pair[0], reverse=True))


def compare_with_official(
    notice: DojNotice, official: DojNotice | None = None
) -> RosterComparison | None:
    """Compare a reported notice's recipients with the official roster of the same notice.

    ``official`` defaults to the roster attached to the notice, else the bundled notice
    issued the same day; ``None`` comes back when no official roster is known for it.
    """
    official = official or notice.official or _same_day(notice)
    if official is None:
        return None
    reported = notice.recipients or tuple(award.jurisdiction for award in notice.prior_awards)
    return match_jurisdictions(reported, official.recipients)


def with_official(notice: DojNotice) -> DojNotice:
    """``notice`` with the bundled official roster issued the same day attached (unchanged
    when none is known, or one is attached already).

    >>> with_official(DojNotice(issued=_day("2017-11-15"))).official.stated_recipient_count
    29
    """
    if notice.official is not None:
        return notice
    official = _same_day(notice)
    return notice if official is None else attrs.evolve(notice, official=official)


def _same_day(notice: DojNotice) -> DojNotice | None:
    issued = notice.issued.date if notice.issued is not None else None
    return official_notice_for(issued) if issued is not None else None


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
