"""Statutes, courts and their rulings."""

from __future__ import annotations

import enum
import re

import attrs

from ._validators import non_blank, whole_number
from .dates import DateMention
from .people import Person
from .span import Span

__all__ = [
    "SECTION_1373",
    "Court",
    "CourtKind",
    "CourtRuling",
    "RulingKind",
    "RulingOutcome",
    "RulingScope",
    "Statute",
    "StatuteMention",
]


_SECTION = re.compile(r"[0-9]{1,6}[a-z]{0,2}(?:-[0-9]{1,4}[a-z]{0,2})?")


def _section_form(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _SECTION.fullmatch(value):
        raise ValueError(f"{attribute.name} must look like '1373' or '1226a', got {value!r}")


@attrs.frozen
class Statute:
    """A section of the US Code: ``Statute(8, "1373", "8 U.S.C. § 1373")`` is 8 U.S.C. § 1373.

    >>> SECTION_1373.citation, SECTION_1373.year_enacted
    ('8 U.S.C. § 1373', 1996)
    """

    title: int = attrs.field(validator=whole_number(1, described="positive"))
    section: str = attrs.field(validator=_section_form)
    citation: str = attrs.field(validator=non_blank)
    year_enacted: int | None = attrs.field(
        default=None,
        validator=whole_number(1789, 9999, optional=True, described="a year from 1789 to 9999"),
    )

    @classmethod
    def of(cls, title: int, section: str, year_enacted: int | None = None) -> Statute:
        """The statute with its citation written the standard way.

        >>> Statute.of(8, "1644").citation
        '8 U.S.C. § 1644'
        """
        return cls(title, section, f"{title} U.S.C. § {section}", year_enacted)

    @property
    def name(self) -> str:
        """The citation, as every quote speaker has a ``name``: ``8 U.S.C. § 1373``."""
        return self.citation


SECTION_1373 = Statute(title=8, section="1373", citation="8 U.S.C. § 1373", year_enacted=1996)


@attrs.frozen
class StatuteMention:
    """Where a text cites or describes a statute.

    ``inferred`` is ``None`` for a citation the text writes out (``8 U.S.C. § 1373``); for a
    description (``a law passed by Congress in 1996``) it says why the description was read
    as this statute.
    """

    statute: Statute
    text: str = attrs.field(validator=non_blank)
    span: Span | None = None
    inferred: str | None = None


class CourtKind(enum.Enum):
    """Which tier of the federal courts."""

    DISTRICT = "district"
    CIRCUIT = "circuit"
    SUPREME = "supreme"


_USPS = re.compile(r"[A-Z]{2}")


def _usps(_instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _USPS.fullmatch(value):
        raise ValueError(f"{attribute.name} must be a USPS code like 'PA', got {value!r}")


@attrs.frozen
class Court:
    """A federal court: ``Court("U.S. District Court for the Eastern District of Pennsylvania",
    "E.D. Pa.", "Philadelphia")``.

    ``cities`` lists the seat first, then the other places the court sits and further
    cities in its territory that the bundled table knows; ``circuit`` is the abbreviation
    of the circuit a district court belongs to.

    >>> Court("U.S. Court of Appeals for the Seventh Circuit", "7th Cir.", "Chicago",
    ...       kind=CourtKind.CIRCUIT).kind.value
    'circuit'
    """

    name: str = attrs.field(validator=non_blank)
    abbreviation: str = attrs.field(validator=non_blank)
    seat: str | None = None
    kind: CourtKind = CourtKind.DISTRICT
    state: str | None = attrs.field(default=None, validator=_usps)
    circuit: str | None = None
    cities: tuple[str, ...] = ()


class RulingOutcome(enum.Enum):
    """Who a ruling favoured."""

    FOR_JURISDICTION = "for_jurisdiction"
    FOR_GOVERNMENT = "for_government"
    MIXED = "mixed"


class RulingScope(enum.Enum):
    """How far a ruling reaches, when the text says."""

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
    """A court's decision as an article reports it.

    Unknown parts are ``None`` rather than guessed: ``judge`` for "a federal judge" the
    text never names, ``outcome`` when no sentence says who won, ``scope`` unless the text
    says (``nationwide injunction``). ``decided`` is the best date mention for the ruling.
    ``holding`` is the reported clause that says what the court decided, ``subject`` what
    a reconsideration was about. ``span`` is the sentence that introduces the ruling,
    ``mentions`` every passage that reports on it, and ``notes`` every inference the
    extractor made (a court read from the party's city, a date tied to another event).

    >>> ruling = CourtRuling(Person("Michael Baylson", "U.S. District Judge"), None,
    ...     "Philadelphia", None, RulingOutcome.FOR_JURISDICTION, None, RulingKind.ORDER,
    ...     128, None)
    >>> ruling.pages, ruling.outcome.value
    (128, 'for_jurisdiction')
    """

    judge: Person | None
    court: Court | None
    party: str | None
    decided: DateMention | None
    outcome: RulingOutcome | None
    scope: RulingScope | None
    kind: RulingKind
    pages: int | None = attrs.field(validator=whole_number(1, optional=True, described="positive"))
    span: Span | None
    holding: str | None = None
    subject: str | None = None
    mentions: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()
