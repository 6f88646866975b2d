"""How a list writes a name around the government it names: markers, inversions, state
qualifiers in any place, explanations; peeled off before the name is looked up."""

from __future__ import annotations

import re

from ...errors import JurisdictionParseError, StateLookupError
from ...model.geography import STATES_BY_CODE, StateMatch, UsState
from ...model.jurisdictions import Jurisdiction, JurisdictionKind
from ._forms import (
    _APOSTROPHES,
    _CITY_IN_COUNTY,
    _DESIGNATOR,
    _IN_STATE,
    _INLINE_STATE,
    _MARKER,
    COUNTY_DESIGNATORS,
    _inverted_of,
)
from ._gazetteer import find_places, name_key
from ._states import exact_state, match_state_text

_MAX_LENGTH = 200
_PUNCTUATION = frozenset(" .,'&/()-*+")
_PLAIN = re.compile(r"[A-Za-z .,'&/()*+\s-]*")
_COMMONWEALTHS = frozenset({"KY", "MA", "PA", "VA", "PR", "MP"})
_TERRITORIES_BY_NAME = frozenset({"AS", "GU", "VI"})

_K = JurisdictionKind
# The models of ICE's 287(g) agreements, as lists mark them: "Calhoun (JEM, TFM, WSO)".
_287G_MODELS = frozenset({"JEM", "TFM", "WSO"})


class _WrittenForms:
    """The written forms around a name (the first half of one parse)."""

    text: str
    given: UsState | None
    notes: list[str]
    sheriff: bool  # a 287(g) model marker was dropped: a county sheriff's agreement

    def fail(self, reason: str, position: int | None = None) -> JurisdictionParseError:
        return JurisdictionParseError(reason, self.text, position)

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

    def _inline_state(self, text: str) -> tuple[str, UsState | None]:
        """Read "Houston (TX) Police Department": a state in parentheses mid-name."""
        match = _INLINE_STATE.fullmatch(text)
        if match is None:
            return text, None
        found = self._state_or_none(match["state"])
        if found is None:
            return text, None
        return f"{match['head']} {match['tail']}", found.state

    def _explanation(self, text: str) -> str:
        """Keep "X (encompasses Chicago)"'s parenthesis as a note and read X."""
        opening = text.rfind("(")
        head = text[:opening].rstrip()
        if opening <= 0 or not head or "(" in head:
            raise self.fail("the parenthesis names neither a state nor an agency")
        self.notes.append(f"explanation {text[opening:]!r} kept as a note")
        return head

    def _peel_loose_state(self, text: str) -> tuple[str, UsState | None]:
        """Read "X County in Florida" and "Cook County Ill." (a dotted abbreviation, no comma)."""
        match = _IN_STATE.fullmatch(text)
        if match is not None and (found := _exact_state_or_none(match["state"])) is not None:
            return match["core"], found
        words = text.split(" ")
        for size in (2, 1):
            if len(words) > size and "." in words[-1]:
                tail = " ".join(words[-size:])
                found = _exact_state_or_none(tail)
                if found is not None and len(tail) > 3:
                    return " ".join(words[:-size]), found
        return text, None

    def _city_in_county(self, text: str) -> str:
        """Read "Davis - Yolo County" and "Iowa City, Johnson County" as the city."""
        match = _CITY_IN_COUNTY.fullmatch(text)
        if match is None:
            return text
        self.notes.append(f"{match['county']!r} read as the county the city is in")
        return match["city"]

    def _quiet_state(self, text: str) -> UsState | None:
        try:
            return match_state_text(text, allow_typos=False).state
        except StateLookupError:
            return None

    def _peel_state(self, text: str) -> tuple[str, UsState | None]:
        """Split "X (Calif.)", "X, Washington" or "X WA" into X and the state."""
        if text.endswith(")") and (opening := text.rfind("(")) > 0:
            census_area = self._census_area(text[:opening].rstrip(), text[opening + 1 : -1])
            if census_area is not None:
                return census_area
            match = self._state_or_none(text[opening + 1 : -1])
            if match is None:
                return text, None
            return text[:opening].rstrip(), match.state
        if "," in text:
            comma = text.rfind(",")
            head, tail = text[:comma].rstrip(), text[comma + 1 :].strip()
            match = self._state_or_none(tail)
            if match is None or not head:
                raise self.fail(f"expected a state after the last comma, found {tail!r}")
            return head, match.state
        head, _, last = text.rpartition(" ")
        if head and len(last) == 2 and last.isupper() and last.isascii():
            match = self._state_or_none(last, allow_typos=False)
            if match is not None:
                return head, match.state
        return text, None

    def _census_area(self, head: str, inner: str) -> tuple[str, UsState | None] | None:
        """Census lists write Alaska's census areas "Nome (CA)": not California."""
        alaska = STATES_BY_CODE["AK"]
        if inner != "CA" or self.given not in (None, alaska):
            return None
        area = f"{head} Census Area"
        if not find_places(area, alaska) or find_places(head, STATES_BY_CODE["CA"]):
            return None
        self.notes.append(f"'(CA)' read as Census Area: {area}, Alaska")
        return area, alaska

    def _state_or_none(self, text: str, *, allow_typos: bool = True) -> StateMatch | None:
        try:
            match = match_state_text(text, allow_typos=allow_typos)
        except StateLookupError:
            return None
        if match.correction is not None:
            self.notes.append(match.correction)
        return match

    def _settle_state(self, qualifier: UsState | None) -> UsState | None:
        if qualifier is not None and self.given is not None and qualifier != self.given:
            raise self.fail(f"the text places it in {qualifier.code} but state={self.given.code}")
        return qualifier or self.given


def _exact_state_or_none(text: str) -> UsState | None:
    if len(text) > 60:
        return None
    return exact_state(text)


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
