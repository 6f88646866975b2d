"""How a list writes a name around the government it names: markers, inversions,
explanations, a sheriff's county; peeled off before the name is looked up (the state written
around it is read by ``_qualifiers``)."""

from __future__ import annotations

import re

from ...model.geography import UsState
from ...model.jurisdictions import Jurisdiction, JurisdictionKind
from ._forms import (
    _APOSTROPHES,
    _CITY_IN_COUNTY,
    _DESIGNATOR,
    _MARKER,
    COUNTY_DESIGNATORS,
    _inverted_of,
)
from ._gazetteer import find_places, name_key
from ._qualifiers import _StateQualifiers

_MAX_LENGTH = 200
_PUNCTUATION = frozenset(" .,'&/()-*+")
_PLAIN = re.compile(r"[A-Za-z .,'&/()*+\s-]*")
_COMMONWEALTHS = frozenset({"KY", "MA", "PA", "VA", "PR", "MP"})
_TERRITORIES_BY_NAME = frozenset({"AS", "GU", "VI"})

_K = JurisdictionKind
# The models of ICE's 287(g) agreements, as lists mark them: "Calhoun (JEM, TFM, WSO)".
_287G_MODELS = frozenset({"JEM", "TFM", "WSO"})


class _WrittenForms(_StateQualifiers):
    """The written forms around a name (the first half of one parse, with the state written
    around it read by ``_StateQualifiers``)."""

    sheriff: bool  # a 287(g) model marker was dropped: a county sheriff's agreement

    def _clean(self) -> str:
        text = self.text
        if len(text) > _MAX_LENGTH:
            raise self.fail(f"longer than {_MAX_LENGTH} characters", _MAX_LENGTH)
        plain = text.isascii() and _PLAIN.fullmatch(text) is not None
        for position, char in enumerate("" if plain else text):
            if (char.isascii() and char.isalpha()) or char.isspace() or char in _PUNCTUATION:
                continue
            if char in _APOSTROPHES:
                continue
            if not char.isalpha() or not name_key(char):
                raise self.fail(f"unexpected character {char!r}", position)
        for apostrophe in _APOSTROPHES:
            text = text.replace(apostrophe, "'")
        text = " ".join(text.split())
        if not text:
            raise self.fail("empty")
        if not text[0].isalpha():
            raise self.fail("a jurisdiction name starts with a letter", self.text.find(text[0]))
        return text

    def _strip_markers(self, text: str) -> str:
        """Drop footnote and list markers: a trailing "*", "(EO)", "(New)", "(JEM, TFM)"."""
        while True:
            if text.endswith(("*", "+")) and len(text) > 1:
                self.notes.append(f"marker {text[-1]!r} dropped")
                text = text[:-1].rstrip()
                continue
            match = _MARKER.search(text)
            if match is None or match.start() == 0:
                return text
            inner = match["inner"]
            if "," not in inner and self._quiet_state(inner) is not None:
                return text
            self.notes.append(f"marker {match[0].strip()!r} dropped")
            if {part.strip() for part in inner.split(",")} <= _287G_MODELS:
                self.sheriff = True
            text = text[: match.start()].rstrip()

    def _sheriffs_county(self, core: str, state: UsState | None) -> str:
        """ "Austin (WSO)" in a list of 287(g) agreements: ICE signs them with sheriffs, so a
        bare name marked with its models (jail enforcement, task force, warrant service
        officer) is the county of that name, where the state has one."""
        if not self.sheriff or core.endswith(COUNTY_DESIGNATORS) or not find_places(core, state):
            return core
        county = f"{core} County"
        if not find_places(county, state):
            return core
        self.notes.append(f"{core!r} read as {county} (a 287(g) sheriff's agreement)")
        return county

    def _uninvert(self, text: str) -> str:
        """Grant databases print "Houston, City Of" and "Corrections, Oklahoma Dept Of"."""
        head, comma, tail = text.rpartition(",")
        head, tail = head.strip(), tail.strip()
        if not comma or not head or not tail:
            return text
        if _inverted_of(tail):
            uninverted = f"{tail} {head}"
            self.notes.append(f"{text!r} read as {uninverted!r}")
            return uninverted
        if _DESIGNATOR.fullmatch(tail):
            return f"{head} {tail}"
        return text

    def _explanation(self, text: str) -> str:
        """Keep "X (encompasses Chicago)"'s parenthesis as a note and read X."""
        opening = text.rfind("(")
        head = text[:opening].rstrip()
        if opening <= 0 or not head or "(" in head:
            raise self.fail("the parenthesis names neither a state nor an agency")
        self.notes.append(f"explanation {text[opening:]!r} kept as a note")
        return head

    def _city_in_county(self, text: str) -> str:
        """Read "Davis - Yolo County" and "Iowa City, Johnson County" as the city."""
        match = _CITY_IN_COUNTY.fullmatch(text)
        if match is None:
            return text
        self.notes.append(f"{match['county']!r} read as the county the city is in")
        return match["city"]


def _short_name(government: Jurisdiction, *, written: str = "") -> str:
    if government.kind is _K.STATE:
        return government.state.name
    found = find_places(government.name, government.state)
    if not found:
        return government.name
    # An office named after one of the government's other names keeps it: "Marion County
    # Sheriff" is Marion County's sheriff, not an "Indianapolis Sheriff's Office".
    said = name_key(written)
    for alias in found[0].aliases:
        if (
            " " in alias
            and name_key(alias) in said
            and alias != found[0].short_name
            and name_key(alias) not in name_key(found[0].name)
        ):
            return alias
    return found[0].short_name
