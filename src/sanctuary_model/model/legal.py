"""Statutes, courts and their rulings."""

from __future__ import annotations

import enum
import re

import attrs

from ._validators import non_blank, whole_number
from .dates import DateMention
from .geography import UsState
from .jurisdictions import Jurisdiction
from .people import Person
from .span import Span

__all__ = [
    "KNOWN_STATUTES",
    "SECTION_1373",
    "SECTION_1644",
    "SECTION_10153",
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
#: The welfare-reform twin of § 1373, enacted the same year.
SECTION_1644 = Statute.of(8, "1644", 1996)
#: The Byrne JAG statute, whose conditions the grant letters invoke.
SECTION_10153 = Statute.of(34, "10153")

#: Statutes recognised by section number alone and by description.
KNOWN_STATUTES: tuple[Statute, ...] = (SECTION_1373, SECTION_1644, SECTION_10153)


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
    state: UsState | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(UsState))
    )
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


@attrs.frozen(kw_only=True)
class CourtRuling:
    """A court's decision as an article reports it.

    Unknown parts are ``None`` rather than guessed: ``judge`` for "a federal judge" the
    text never names, ``outcome`` when no sentence says who won, ``scope`` unless the text
    says (``nationwide injunction``). ``decided`` is the best date mention for the ruling.
    ``holding`` is the reported clause that says what the court decided, ``subject`` what
    a reconsideration was about. ``span`` is the sentence that introduces the ruling,
    ``mentions`` every passage that reports on it, and ``notes`` every inference the
    extractor made (a court read from the party's city, a date tied to another event).

    ``party`` is the jurisdiction the ruling was for or against (the one that sued), read as
    any other jurisdiction name.

    >>> ruling = CourtRuling(judge=Person("Michael Baylson", "U.S. District Judge"),
    ...     outcome=RulingOutcome.FOR_JURISDICTION, kind=RulingKind.ORDER, pages=128)
    >>> ruling.pages, ruling.outcome.value
    (128, 'for_jurisdiction')
    """

    judge: Person | None = None
    court: Court | None = None
    party: Jurisdiction | None = None
    decided: DateMention | None = None
    outcome: RulingOutcome | None = None
    scope: RulingScope | None = None
    kind: RulingKind = RulingKind.RULING
    pages: int | None = attrs.field(
        default=None, validator=whole_number(1, optional=True, described="positive")
    )
    span: Span | None = None
    holding: str | None = None
    subject: str | None = None
    mentions: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()
