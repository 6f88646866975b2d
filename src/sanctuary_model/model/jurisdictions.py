"""Jurisdictions: the states, counties, cities and agencies that news tables name."""

from __future__ import annotations

import enum
import re

import attrs

from .geography import UsState

__all__ = ["Jurisdiction", "JurisdictionKind"]

_KEY = re.compile(r"[a-z]{2}/[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?")


class JurisdictionKind(enum.Enum):
    """What sort of government (or office of one) a jurisdiction is."""

    STATE = "state"
    COUNTY = "county"
    CITY = "city"
    CITY_COUNTY = "city_county"
    DISTRICT = "district"
    AGENCY = "agency"


def _key_form(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _KEY.fullmatch(value):
        raise ValueError(f"{attribute.name} must look like 'ca/santa-clara-county', got {value!r}")


@attrs.frozen
class Jurisdiction:
    """A government (or an agency acting for one) in a US state.

    ``key`` is stable across spellings (``ca/santa-clara-county``) and is what equality
    uses, so "Santa Clara Cty. (CA.)" and "County of Santa Clara" compare equal. ``notes``
    record every expansion or correction the parser made. For an agency, ``government``
    is the jurisdiction it acts for.
    """

    name: str = attrs.field(eq=False)
    kind: JurisdictionKind = attrs.field(eq=False)
    state: UsState = attrs.field(eq=False)
    key: str = attrs.field(validator=_key_form)
    fips: str | None = attrs.field(default=None, eq=False)
    notes: tuple[str, ...] = attrs.field(default=(), eq=False)
    government: Jurisdiction | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a jurisdiction needs a name")
        prefix = self.state.code.lower() + "/"
        if not self.key.startswith(prefix):
            raise ValueError(f"key {self.key!r} does not start with the state's {prefix!r}")
        if self.government is not None and self.kind is not JurisdictionKind.AGENCY:
            raise ValueError(f"only an agency belongs to a government, not a {self.kind.value}")
