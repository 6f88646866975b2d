"""The bundled table of federal courts (``data/courts.json``) and lookups into it.

>>> court_for_city("Philadelphia").abbreviation
'E.D. Pa.'
>>> court_by_abbreviation("N.D. Ill.").seat
'Chicago'
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..._resources import read_json
from ...model.geography import STATES_BY_CODE, UsState
from ...model.legal import Court, CourtKind

__all__ = ["all_courts", "court_by_abbreviation", "court_by_name", "court_for_city"]

_ORDINALS = {
    "first": "1st", "second": "2d", "third": "3d", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
    "eleventh": "11th", "2nd": "2d", "3rd": "3d",
}  # fmt: skip
_NOT_KEY = re.compile(r"[\s.]")


@functools.cache
def all_courts() -> tuple[Court, ...]:
    """Every court in the bundled table: the Supreme Court, 12 circuits, and districts."""
    return tuple(_court(row) for row in read_json("courts.json")["courts"])


def _court(row: dict[str, Any]) -> Court:
    state = row.get("state")
    return Court(
        name=row["name"],
        abbreviation=row["abbreviation"],
        seat=row.get("seat"),
        kind=CourtKind(row.get("kind", "district")),
        state=None if state is None else STATES_BY_CODE[state],
        circuit=row.get("circuit"),
        cities=tuple(row.get("cities", ())),
    )


def _abbreviation_key(text: str) -> str:
    words = [_ORDINALS.get(word.lower(), word) for word in text.split()]
    return _NOT_KEY.sub("", "".join(words)).lower()


@functools.cache
def _by_abbreviation() -> dict[str, Court]:
    return {_abbreviation_key(court.abbreviation): court for court in all_courts()}


def court_by_abbreviation(abbreviation: str) -> Court | None:
    """The court a Bluebook abbreviation names (``S.D.N.Y.``, ``9th Cir.``, ``2nd Cir.``).

    >>> court_by_abbreviation("2nd Cir.").name
    'U.S. Court of Appeals for the Second Circuit'
    >>> court_by_abbreviation("Q.Z. Nowhere") is None
    True
    """
    return _by_abbreviation().get(_abbreviation_key(abbreviation))


def court_by_name(name: str) -> Court | None:
    """The court a name or its district part names (``Northern District of California``).

    >>> court_by_name("the Eastern District of Pennsylvania").abbreviation
    'E.D. Pa.'
    """
    wanted = " ".join(name.lower().split()).removeprefix("the ")
    for court in all_courts():
        full = court.name.lower()
        if wanted in (full, full.split(" for the ", 1)[-1]):
            return court
    return None


def court_for_city(
    city: str, state: UsState | str | None = None, kind: CourtKind = CourtKind.DISTRICT
) -> Court | None:
    """The one court of ``kind`` whose seat or territory includes ``city``.

    ``None`` when the table knows no such court, or knows several and ``state`` (a
    ``UsState`` or its USPS code) does not settle it (Portland, Maine and Portland, Oregon).

    >>> court_for_city("Portland") is None, court_for_city("Portland", "OR").abbreviation
    (True, 'D. Or.')
    >>> court_for_city("Chicago", kind=CourtKind.CIRCUIT).abbreviation
    '7th Cir.'
    """
    seated = _by_city().get((kind, city.strip().lower()), ())
    code = state.code if isinstance(state, UsState) else state
    found = [
        court for court in seated if code is None or court.state is None or court.state.code == code
    ]
    return found[0] if len(found) == 1 else None


@functools.cache
def _by_city() -> dict[tuple[CourtKind, str], tuple[Court, ...]]:
    """The courts of each kind that name each city (lowercased), in table order."""
    found: dict[tuple[CourtKind, str], list[Court]] = {}
    for court in all_courts():
        for city in dict.fromkeys(city.lower() for city in court.cities):
            found.setdefault((court.kind, city), []).append(court)
    return {key: tuple(courts) for key, courts in found.items()}


@functools.cache
def known_cities() -> frozenset[str]:
    """Every city the court table names."""
    return frozenset(city for court in all_courts() for city in court.cities)
