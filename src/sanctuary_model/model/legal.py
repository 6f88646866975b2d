"""Statutes, courts and their rulings."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .people import Person
from .span import Span

__all__ = [
    "SECTION_1373",
    "Court",
    "CourtRuling",
    "RulingKind",
    "RulingOutcome",
    "RulingScope",
    "Statute",
]


@attrs.frozen
class Statute:
    """A section of the US Code: ``Statute(8, "1373")`` is 8 U.S.C. § 1373."""

    title: int
    section: str
    citation: str
    year_enacted: int | None = None


SECTION_1373 = Statute(title=8, section="1373", citation="8 U.S.C. § 1373", year_enacted=1996)


@attrs.frozen
class Court:
    """A federal court: ``Court("U.S. District Court for the Eastern District of Pennsylvania",
    "E.D. Pa.", "Philadelphia")``."""

    name: str
    abbreviation: str
    seat: str | None = None


class RulingOutcome(enum.Enum):
    """Who a ruling favoured."""

    FOR_JURISDICTION = "for_jurisdiction"
    FOR_GOVERNMENT = "for_government"
    MIXED = "mixed"


class RulingScope(enum.Enum):
    """How far a ruling reaches."""

    PARTIES = "parties"
    NATIONWIDE = "nationwide"


class RulingKind(enum.Enum):
    """What a ruling was."""

    ORDER = "order"
    OPINION = "opinion"
    INJUNCTION = "injunction"
    DENIAL_OF_RECONSIDERATION = "denial_of_reconsideration"
    RULING = "ruling"


@attrs.frozen
class CourtRuling:
    """A court's decision as an article reports it."""

    judge: Person
    court: Court | None
    party: str | None
    decided: dt.date | None
    outcome: RulingOutcome
    scope: RulingScope
    kind: RulingKind
    pages: int | None
    span: Span | None
