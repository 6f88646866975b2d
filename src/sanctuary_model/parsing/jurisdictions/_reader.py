"""Reading the jurisdiction names news tables print: "Santa Clara Cty. (CA.)",
"Denver City & Cty.", "Newark Police Department", "City and County of Denver, Colorado".

>>> j = parse_jurisdiction("Santa Clara Cty. (CA.)")
>>> j.name, j.kind.value, j.state.code, j.key, j.fips
('Santa Clara County', 'county', 'CA', 'ca/santa-clara-county', '06085')
"""

from __future__ import annotations

from ...model.geography import StateMatch, UsState
from ...model.jurisdictions import Jurisdiction
from ._agencies import _Agencies
from ._forms import (
    _parenthesised_descriptor,
    _trailing_descriptor,
)
from ._gazetteer import find_places
from ._states import match_state_text

__all__ = ["lookup_state", "match_state", "parse_jurisdiction"]


def lookup_state(text: str) -> UsState:
    """The US state, district or territory ``text`` names, as news copy writes it.

    Accepts USPS codes, names, AP and older abbreviations, with or without dots and in any
    case; a one-letter slip that can only be one state is read as that state (see
    ``match_state`` for the record of the correction). Raises ``StateLookupError``.

    >>> lookup_state("Wash.").name, lookup_state(" ca. ").name, lookup_state("Calf.").name
    ('Washington', 'California', 'California')
    """
    return match_state(text).state


def match_state(text: str) -> StateMatch:
    """Like ``lookup_state``, but says how the state was written and what was corrected.

    >>> match_state("Calf.").correction
    "'Calf.' read as 'Calif.' (typo)"
    """
    return match_state_text(text)


def parse_jurisdiction(text: str, *, state: UsState | None = None) -> Jurisdiction:
    """The jurisdiction a name in a news table or an official list stands for.

    ``state`` places a name the text does not place; a name with neither is placed by the
    bundled gazetteer (the most populous place of that name wins, and the notes say so).
    Raises ``JurisdictionParseError`` naming the text.

    >>> j = parse_jurisdiction("Denver City & Cty.")
    >>> j.name, j.kind.value, j.key
    ('City and County of Denver', 'city_county', 'co/denver')
    >>> parse_jurisdiction("Newark Police Department").government.name
    'Newark'
    """
    if not isinstance(text, str):  # a worded TypeError, not len() failing deep inside
        raise TypeError(f"parse_jurisdiction reads a str, not {type(text).__name__}")
    return _JurisdictionReader(text, state).read()


class _JurisdictionReader(_Agencies):
    """One parse: the input, the state it may be given, and the notes made along the way."""

    def __init__(self, text: str, state: UsState | None) -> None:
        self.text = text
        self.given = state
        self.notes: list[str] = []
        self.sheriff = False

    def read(self) -> Jurisdiction:
        clean = self._uninvert(self._strip_markers(self._clean()))
        clean, inline = self._inline_state(clean)
        agency: tuple[str, str] | None = None
        core, qualifier = self._peel_state(clean)
        if qualifier is None and core.endswith(")"):
            agency = _parenthesised_descriptor(core)
            if agency is None:
                core, qualifier = self._peel_state(self._explanation(core))
            else:
                core, qualifier = self._peel_state(agency[0])
        if qualifier is None:
            core, qualifier = self._peel_loose_state(core)
        if inline is not None:
            if qualifier is not None and qualifier != inline:
                raise self.fail(f"names both {inline.code} and {qualifier.code}")
            qualifier = inline
        if agency is None and (found := _trailing_descriptor(core)) is not None:
            agency = found
            core = found[0]
        core = self._city_in_county(core)
        if "(" in core or ")" in core:
            raise self.fail("unexpected parenthesis", self.text.find("(" if "(" in core else ")"))
        if "," in core:
            raise self.fail("unexpected comma", self.text.find(","))
        state = self._settle_state(qualifier)
        if agency is None:
            core = self._sheriffs_county(core, state)
        if agency is None and not find_places(core, state):
            office = self._office(core, state)
            if office is not None:
                return office
        government = self._government(core, state, qualified=qualifier is not None)
        if agency is None:
            return government
        return self._agency(government, agency[1])
