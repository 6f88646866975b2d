"""Jurisdictions: the states, counties, cities and agencies that news tables name."""

from __future__ import annotations

import enum
import re

import attrs

from .geography import UsState
from .span import Span

__all__ = ["Jurisdiction", "JurisdictionKind", "JurisdictionMention", "MentionResolution"]

_SEGMENT = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_KEY = re.compile(rf"[a-z]{{2}}/{_SEGMENT}(?:/{_SEGMENT})?")
_FIPS = re.compile(r"[0-9]{2,7}|[0-9]{10}")


class JurisdictionKind(enum.Enum):
    """What sort of government (or office of one) a jurisdiction is.

    ``CITY_COUNTY`` is a consolidated city and county (Denver, San Francisco,
    Louisville/Jefferson County); ``DISTRICT`` is the District of Columbia; ``STATE`` also
    covers the territories' governments.
    """

    STATE = "state"
    COUNTY = "county"
    CITY = "city"
    CITY_COUNTY = "city_county"
    DISTRICT = "district"
    AGENCY = "agency"


def _key_form(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _KEY.fullmatch(value):
        raise ValueError(f"{attribute.name} must look like 'ca/santa-clara-county', got {value!r}")


def _fips_form(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not _FIPS.fullmatch(value):
        raise ValueError(f"{attribute.name} must be 2 to 7 or 10 digits, got {value!r}")


@attrs.frozen
class Jurisdiction:
    """A government (or an agency acting for one) in a US state.

    ``key`` is stable across spellings (``ca/santa-clara-county``) and is what equality
    uses, so "Santa Clara Cty. (CA.)" and "County of Santa Clara" compare equal: it is
    ``<usps>/<slug>`` for a government (``<usps>/state`` for a state itself) and
    ``<government key>/<slug>`` for an agency. ``fips`` is the Census code: 2 digits for a
    state or DC, 5 (state + county) for a county or consolidated city-county, 7 (state +
    place) for a city, 10 (state + county + subdivision) for a Northeastern town.
    ``notes`` record every expansion or correction the parser made. For
    an agency, ``government`` is the jurisdiction it acts for.

    >>> from sanctuary_model import parse_jurisdiction
    >>> a = parse_jurisdiction("Santa Clara Cty. (CA.)")
    >>> a == parse_jurisdiction("County of Santa Clara, Calif."), a.key
    (True, 'ca/santa-clara-county')
    """

    name: str = attrs.field(eq=False)
    kind: JurisdictionKind = attrs.field(eq=False)
    state: UsState = attrs.field(eq=False)
    key: str = attrs.field(validator=_key_form)
    fips: str | None = attrs.field(default=None, eq=False, validator=_fips_form)
    notes: tuple[str, ...] = attrs.field(default=(), eq=False)
    government: Jurisdiction | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a jurisdiction needs a name")
        prefix = self.state.code.lower() + "/"
        if not self.key.startswith(prefix):
            raise ValueError(f"key {self.key!r} does not start with the state's {prefix!r}")
        if self.government is None:
            return
        if self.kind is not JurisdictionKind.AGENCY:
            raise ValueError(f"only an agency belongs to a government, not a {self.kind.value}")
        if self.government.state != self.state:
            raise ValueError(
                f"an agency in {self.state.code} cannot belong to a government in "
                f"{self.government.state.code}"
            )
        if not self.key.startswith(self.government.key + "/"):
            raise ValueError(
                f"an agency's key {self.key!r} must extend its government's {self.government.key!r}"
            )


class MentionResolution(enum.Enum):
    """How a jurisdiction named in running text was placed.

    ``EXPLICIT``: the text names its state ("Cook County, Ill.") or the name is a state or
    unique in the country; ``CONTEXT``: a state named nearby or in the dateline placed it;
    ``RANKED``: the bundled gazetteer's most populous place of that name (a famous city).
    """

    EXPLICIT = "explicit"
    CONTEXT = "context"
    RANKED = "ranked"


@attrs.frozen
class JurisdictionMention:
    """A government named in running text: the words as written, where, and which one.

    >>> from sanctuary_model import extract_jurisdictions
    >>> [m.jurisdiction.key for m in extract_jurisdictions("Officials in Cook County, Ill., said.")]
    ['il/cook-county']
    """

    text: str = attrs.field()
    span: Span
    jurisdiction: Jurisdiction
    resolution: MentionResolution

    def __attrs_post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("a mention needs its text")
        if len(self.text) != len(self.span):
            raise ValueError(f"text {self.text!r} does not fit span {self.span}")
