"""Reading the jurisdiction names news tables print: "Santa Clara Cty. (CA.)",
"Denver City & Cty.", "Newark Police Department", "City and County of Denver, Colorado".

>>> j = parse_jurisdiction("Santa Clara Cty. (CA.)")
>>> j.name, j.kind.value, j.state.code, j.key, j.fips
('Santa Clara County', 'county', 'CA', 'ca/santa-clara-county', '06085')
"""

from __future__ import annotations

import re

from ...errors import JurisdictionParseError, StateLookupError
from ...model.geography import STATES_BY_CODE, StateMatch, UsState
from ...model.jurisdictions import Jurisdiction, JurisdictionKind
from ._forms import (
    _APOSTROPHES,
    _CITY_COUNTY,
    _CITY_IN_COUNTY,
    _CITY_OF,
    _CITY_SUFFIX,
    _COUNTY,
    _COUNTY_OF,
    _COUNTY_SUFFIXES,
    _DESIGNATED,
    _DESIGNATOR,
    _EXPANSIONS,
    _IN_STATE,
    _INLINE_STATE,
    _KNOWN_AGENCIES,
    _MARKER,
    _MAYBE_EXPANDED,
    _NYS,
    _OFFICE_STARTS,
    _OFFICE_WORDS,
    _READ_AS,
    _STATE_OF,
    _STATE_WORD,
    _descriptor,
    _inverted_of,
    _office_word,
    _parenthesised_descriptor,
    _trailing_descriptor,
)
from ._gazetteer import Place, find_places, name_key, slug
from ._states import exact_state, match_state_text

__all__ = ["lookup_state", "match_state", "parse_jurisdiction"]

_MAX_LENGTH = 200
_PUNCTUATION = frozenset(" .,'&/()-*+")
_PLAIN = re.compile(r"[A-Za-z .,'&/()*+\s-]*")
_COMMONWEALTHS = frozenset({"KY", "MA", "PA", "VA", "PR", "MP"})
_TERRITORIES_BY_NAME = frozenset({"AS", "GU", "VI"})

_K = JurisdictionKind


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


class _JurisdictionReader:
    """One parse: the input, the state it may be given, and the notes made along the way."""

    def __init__(self, text: str, state: UsState | None) -> None:
        self.text = text
        self.given = state
        self.notes: list[str] = []

    def fail(self, reason: str, position: int | None = None) -> JurisdictionParseError:
        return JurisdictionParseError(reason, self.text, position)

    def _agency_of(self, government: Jurisdiction, office: str, segment: str) -> Jurisdiction:
        """An agency (``office``) of ``government``, keyed below it."""
        return Jurisdiction(
            name=f"{_short_name(government, written=self.text)} {office}",
            kind=_K.AGENCY,
            state=government.state,
            key=f"{government.key}/{segment}",
            notes=tuple(self.notes),
            government=government,
        )

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
        if agency is None and not find_places(core, state):
            office = self._office(core, state)
            if office is not None:
                return office
        government = self._government(core, state, qualified=qualifier is not None)
        if agency is None:
            return government
        return self._agency(government, agency[1])

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
            text = text[: match.start()].rstrip()

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

    def _office(self, core: str, state: UsState | None) -> Jurisdiction | None:
        """An office of a government named by the words before it: "Wayne County
        Prosecutor's Office", "Kentucky Justice and Public Safety Cabinet"."""
        words = core.split(" ")
        lowered = [word.lower().rstrip(".").removesuffix("'s").removesuffix("s'") for word in words]
        for start in range(len(words) - 1, 0, -1):
            if not any(word in _OFFICE_WORDS for word in lowered[start:]):
                continue
            head = " ".join(words[:start])
            government = self._office_government(head, state)
            if government is not None:
                office = " ".join(words[start:])
                if government.kind is _K.STATE and head.lower().endswith(" state"):
                    office = f"State {office}"
                return self._named_agency(government, office)
        opens = lowered[0] in _OFFICE_WORDS or lowered[0] in _OFFICE_STARTS
        if state is not None and opens and any(word in _OFFICE_WORDS for word in lowered):
            return self._named_agency(self._state(state, state), core)
        return None

    def _office_government(self, head: str, state: UsState | None) -> Jurisdiction | None:
        named = _STATE_WORD.fullmatch(head)
        if named is not None:
            code = _NYS.get(named["state"].lower())
            found = STATES_BY_CODE[code] if code else self._quiet_state(named["state"])
            if found is not None and (state is None or state == found):
                return self._state(found, state)
        saved = list(self.notes)
        try:
            government = self._government(self._expand(head), state, qualified=False)
        except JurisdictionParseError:
            government = None
        if government is None or (government.fips is None and government.kind is not _K.STATE):
            self.notes = saved
            return None
        return government

    def _named_agency(self, government: Jurisdiction, office: str) -> Jurisdiction:
        written = office
        office = " ".join(_office_word(word, index) for index, word in enumerate(office.split()))
        if office != written:
            self.notes.append(f"{written!r} read as {office!r}")
        segment = slug(office)
        if not segment:
            raise self.fail("no office named")
        return self._agency_of(government, office, segment)

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

    def _government(self, core: str, state: UsState | None, *, qualified: bool) -> Jurisdiction:
        core = self._expand(core)
        written = core
        named = _STATE_OF.fullmatch(core)
        if named is not None:
            return self._state(self._exact_state(named["state"]), state)
        if not qualified:
            whole = _exact_state_or_none(core)
            if whole is not None and (state is None or state == whole):
                return self._state(whole, state)
            if whole is not None and state is not None and not find_places(core, state):
                equivalent = self._county_equivalent(core, state)
                if equivalent is None:
                    raise self.fail(f"names {whole.name} but state={state.code}")
                return equivalent
        found = find_places(core, state)
        if found:
            return self._place(written, found, state)
        if not _DESIGNATED.search(core):
            equivalent = self._county_equivalent(core, state)
            if equivalent is not None:
                return equivalent
        return self._pattern(written, core, state)

    def _county_equivalent(self, core: str, state: UsState | None) -> Jurisdiction | None:
        """A bare "Cabarrus" in a county list, when no place has the name: Cabarrus County."""
        for suffix in _COUNTY_SUFFIXES:
            found = find_places(f"{core} {suffix}", state)
            if found:
                self.notes.append(f"{core!r} read as {found[0].name} (no place of that name)")
                return self._place(f"{core} {suffix}", found, state)
        return None

    def _pattern(self, written: str, core: str, state: UsState | None) -> Jurisdiction:
        if (match := _CITY_COUNTY.fullmatch(core)) is not None:
            base = match["a"] or match["b"]
            display = f"City and County of {base}"
            return self._known_or_new(written, base, state, _K.CITY_COUNTY, display, key_name=base)
        if (match := _COUNTY_OF.fullmatch(core)) is not None:
            name = f"{match['base']} {match['kind'].title()}"
            return self._known_or_new(written, name, state, _K.COUNTY, name)
        if _COUNTY.fullmatch(core) is not None:
            return self._known_or_new(written, core, state, _K.COUNTY, core)
        if (match := _CITY_OF.fullmatch(core)) is not None:
            return self._known_or_new(written, match["base"], state, _K.CITY, match["base"])
        if (match := _CITY_SUFFIX.fullmatch(core)) is not None:
            found = find_places(match["base"], state)
            if found:
                self.notes.append(f"{written!r} read as the city of {match['base']}")
                return self._place(match["base"], found, state)
        return self._known_or_new(written, core, state, _K.CITY, core)

    def _known_or_new(
        self,
        written: str,
        name: str,
        state: UsState | None,
        kind: _K,
        display: str,
        *,
        key_name: str | None = None,
    ) -> Jurisdiction:
        everything = find_places(name, state)
        found = [place for place in everything if place.kind in _READ_AS[kind]]
        if found:
            return self._place(written, found, state)
        if kind is _K.CITY_COUNTY and state is not None and everything:
            raise self.fail(
                f"{everything[0].name} is a {everything[0].kind.value.replace('_', '-')}, "
                "not a consolidated city and county"
            )
        if state is None:
            raise self.fail("names no place in the bundled gazetteer; give its state")
        segment = slug(key_name or display)
        if not segment:
            raise self.fail("no name left once the state is read")
        self.notes.append(
            f"{display!r} is not in the bundled gazetteer: read as a {kind.value.replace('_', '-')}"
            " without a FIPS code"
        )
        return Jurisdiction(
            name=display,
            kind=kind,
            state=state,
            key=f"{state.code.lower()}/{segment}",
            notes=tuple(self.notes),
        )

    def _place(self, written: str, found: list[Place], state: UsState | None) -> Jurisdiction:
        place = found[0]
        if len(found) > 1:
            shown = "; ".join(f"{p.name}, {p.state.ap_abbreviation}" for p in found[:5])
            if len(found) > 5:
                shown += f"; and {len(found) - 5} more"
            if place.population <= found[1].population:
                # No population source ranks them: say so rather than pick one.
                raise self.fail(f"ambiguous in the bundled gazetteer ({shown}); give its state")
            self.notes.append(
                f"{written!r} is ambiguous in the bundled gazetteer ({shown}): chose the most "
                f"populous, {place.name}, {place.state.ap_abbreviation}"
            )
        elif state is None:
            self.notes.append(
                f"state inferred from the bundled gazetteer: {place.name}, "
                f"{place.state.ap_abbreviation}"
            )
        if name_key(written) != name_key(place.name):
            self.notes.append(f"{written!r} read as {place.name}")
        return Jurisdiction(
            name=place.name,
            kind=place.kind,
            state=place.state,
            key=place.key,
            fips=place.fips,
            notes=tuple(self.notes),
        )

    def _state(self, found: UsState, given: UsState | None) -> Jurisdiction:
        if given is not None and given != found:
            raise self.fail(f"names {found.name} but state={given.code}")
        if found.code == "DC":
            return self._place("District of Columbia", find_places("District of Columbia"), found)
        if found.code in _COMMONWEALTHS:
            name = f"Commonwealth of {found.name}"
        elif found.code in _TERRITORIES_BY_NAME:
            name = found.name
        else:
            name = f"State of {found.name}"
        return Jurisdiction(
            name=name,
            kind=_K.STATE,
            state=found,
            key=f"{found.code.lower()}/state",
            fips=found.fips,
            notes=tuple(self.notes),
        )

    def _agency(self, government: Jurisdiction, descriptor: str) -> Jurisdiction:
        canonical, segment = _descriptor(descriptor)
        known = _KNOWN_AGENCIES.get((government.key, segment))
        if known is not None:
            canonical, segment = known
            self.notes.append(
                f"{descriptor!r} read as {_short_name(government)} {canonical} (a known agency)"
            )
        elif name_key(descriptor) != name_key(canonical):
            self.notes.append(f"{descriptor!r} read as {canonical!r}")
        return self._agency_of(government, canonical, segment)

    def _expand(self, core: str) -> str:
        if _MAYBE_EXPANDED.search(core) is None:
            return " ".join(core.split())
        for pattern, replacement in _EXPANSIONS:
            for match in pattern.finditer(core):
                note = f"{match[0].strip()!r} expanded to {replacement.strip()!r}"
                if note not in self.notes:
                    self.notes.append(note)
            core = pattern.sub(replacement, core)
        return " ".join(core.split())

    def _exact_state(self, text: str) -> UsState:
        found = _exact_state_or_none(text)
        if found is None:
            raise self.fail(f"{text!r} is not a US state")
        return found


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
