"""The forms jurisdiction names take in real lists: abbreviations, descriptors of offices,
inversions, markers. Tables only; ``_reader`` applies them."""

from __future__ import annotations

import re

from ...model.jurisdictions import JurisdictionKind

_K = JurisdictionKind

# The gazetteer entries a form may stand for: "X County" may be a consolidated city-county.
_READ_AS = {
    _K.CITY: frozenset({_K.CITY, _K.CITY_COUNTY, _K.DISTRICT}),
    _K.COUNTY: frozenset({_K.COUNTY, _K.CITY_COUNTY}),
    _K.CITY_COUNTY: frozenset({_K.CITY_COUNTY}),
}

# Abbreviations expanded in the name itself (the state is read separately).
_EXPANSIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![A-Za-z])(?:Cty|Cnty)\.?(?![A-Za-z])", re.IGNORECASE), "County"),
    (re.compile(r"(?<=[A-Za-z] )Co\.$", re.IGNORECASE), "County"),
    (re.compile(r"\s*[&+]\s*"), " and "),
    (re.compile(r"(?<![A-Za-z])Jeff\.(?![A-Za-z])", re.IGNORECASE), "Jefferson"),
    (re.compile(r"(?<![A-Za-z])Ft\.(?=\s)", re.IGNORECASE), "Fort "),
    (re.compile(r"(?<![A-Za-z])Mt\.(?=\s)", re.IGNORECASE), "Mount "),
)
# A cheap test that one of the expansions above may apply (most names need none).
_MAYBE_EXPANDED = re.compile(r"cn?ty|co\.$|[&+]|jeff\.|ft\.|mt\.", re.I)
_STATE_OF = re.compile(r"(?:State|Commonwealth|Territory) of (?:the )?(?P<state>.+)", re.I)
_CITY_COUNTY = re.compile(
    r"City and County of (?P<a>.+)|(?P<b>.+?) (?:City and County|City-County)", re.I
)
_COUNTY_OF = re.compile(r"(?P<kind>County|Parish|Borough) of (?P<base>.+)", re.I)
# County equivalents a bare name in a county list may stand for, in the order tried.
_COUNTY_SUFFIXES = ("County", "Parish", "Borough", "Census Area", "Municipio")
# A name that already says what it is ("X County", "City of X") gets no suffix added.
_DESIGNATED = re.compile(
    r"\b(?:County|Parish|Borough|Census Area|City|Town|Village|Township|Municipio)\b", re.I
)
_COUNTY = re.compile(r".+ (?:County|Parish)", re.I)
_CITY_OF = re.compile(r"City of (?P<base>.+)", re.I)
_CITY_SUFFIX = re.compile(r"(?P<base>.+) City", re.I)

# Offices acting for a government, as tables name them: (pattern, canonical name, key segment).
_DESCRIPTORS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"(?:{pattern})", re.I), name, segment)
    for pattern, name, segment in (
        (r"police(?: department| dept\.?)?|p\.?d\.?", "Police Department", "police-department"),
        (r"sheriff'?s?(?: department| dept\.?)", "Sheriff's Department", "sheriff"),
        (r"sheriff'?s?(?: office)?", "Sheriff's Office", "sheriff"),
        (
            r"(?:pub\.?|public) safety(?: department| dept\.?)?"
            r"|(?:department|dept\.?) of (?:pub\.?|public) safety",
            "Department of Public Safety",
            "department-of-public-safety",
        ),
        (
            r"(?:crim\.?|criminal) justice commission",
            "Criminal Justice Commission",
            "criminal-justice-commission",
        ),
        (r"(?:crim\.?|criminal) justice", "Criminal Justice", "criminal-justice"),
        (
            r"(?:office of )?(?:vic\.?|victim) services?(?: and justice grants)?",
            "Victim Services",
            "victim-services",
        ),
    )
)
# Agencies whose proper name the short form stands for.
_KNOWN_AGENCIES = {
    ("or/state", "criminal-justice"): (
        "Criminal Justice Commission",
        "criminal-justice-commission",
    ),
    ("dc/washington", "victim-services"): (
        "Office of Victim Services and Justice Grants",
        "victim-services",
    ),
}


_ANY_DESCRIPTOR = re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in _DESCRIPTORS), re.I)


def _descriptor(text: str) -> tuple[str, str]:
    for pattern, name, segment in _DESCRIPTORS:
        if pattern.fullmatch(text):
            return name, segment
    raise AssertionError(f"not a descriptor: {text!r}")


def _trailing_descriptor(core: str) -> tuple[str, str] | None:
    """Split "Newark Police Department" into ("Newark", "Police Department")."""
    words = core.split(" ")
    # Descriptors are at most seven words long; longer tails need not be tried.
    for start in range(max(1, len(words) - 7), len(words)):
        tail = " ".join(words[start:])
        if _ANY_DESCRIPTOR.fullmatch(tail):
            return " ".join(words[:start]), tail
    return None


def _parenthesised_descriptor(core: str) -> tuple[str, str] | None:
    """Split "D.C. (Vic. Services)" into ("D.C.", "Vic. Services")."""
    opening = core.rfind("(")
    inner = core[opening + 1 : -1].strip()
    head = core[:opening].rstrip()
    if opening <= 0 or not head:
        return None
    if any(pattern.fullmatch(inner) for pattern, _, _ in _DESCRIPTORS):
        return head, inner
    return None


# Apostrophes as lists print them: straight, curly, the Hawaiian ʻokina ("Hawai‘i").
_APOSTROPHES = ("\u2019", "\u2018", "\u02bb")
# A list's marker after a name: "(EO)", "(New)", model acronyms "(JEM, TFM)", an agency's
# acronym "(LCLE)". A state code in parentheses is not a marker; the reader checks that.
#: The words that end a county-level name: "Cook County", "Orleans Parish".
COUNTY_DESIGNATORS = ("County", "Parish", "Borough")
_MARKER = re.compile(r" ?\((?P<inner>[A-Z]{2,6}(?: ?, ?[A-Z]{2,6}){0,5}|New|NEW|new)\)$")
# What may follow the comma of "Denver, City + County" and "Los Angeles, City".
_DESIGNATOR = re.compile(
    r"(?:City|County|Town|Village|Borough|Parish|Township|City (?:and|&|\+) County)", re.I
)
# "Houston (TX) Police Department": a state in parentheses between a name and its office.
_INLINE_STATE = re.compile(
    r"(?P<head>[^()]{1,80}?) \((?P<state>[^()]{1,20})\) (?P<tail>[^()]{1,80})"
)
# "Broward County in Florida".
_IN_STATE = re.compile(r"(?P<core>.{1,150}) in (?P<state>[A-Za-z. ]{2,25})")
# "Davis - Yolo County", "Iowa City, Johnson County": a city, then the county it is in.
_CITY_IN_COUNTY = re.compile(
    r"(?P<city>[^,]{1,80}?)(?: - |, )(?P<county>[^,]{1,80} (?:County|Parish|Borough))"
)
# Words that make the rest of a name an office of the government named before them.
_OFFICE_WORDS = frozenset(
    {
        "administration",
        "agency",
        "assessor",
        "attorney",
        "authority",
        "board",
        "bureau",
        "cabinet",
        "clerk",
        "commission",
        "comptroller",
        "constable",
        "coroner",
        "corrections",
        "court",
        "department",
        "dept",
        "division",
        "executive",
        "jail",
        "marshal",
        "office",
        "patrol",
        "police",
        "prison",
        "prosecutor",
        "sheriff",
        "treasurer",
    }
)
# Words that open a state office's name when the state is given apart ("Governor's Office of
# Crime Control and Prevention" in a Maryland list).
_OFFICE_STARTS = frozenset({"governor", "governors", "secretary", "lieutenant"})
# "Washington State", "New York State" before an office: the state.
_STATE_WORD = re.compile(r"(?P<state>[A-Za-z. ]{2,30}?)(?P<word> State)?")
_NYS = {"nys": "NY"}
_SMALL_WORDS = frozenset({"of", "and", "for", "on", "the", "in", "to"})
_WORD_EXPANSIONS = {"dept": "Department", "dept.": "Department", "div": "Division"}


def _inverted_of(tail: str) -> bool:
    """True for the tail of "Houston, City Of" or "Corrections, Oklahoma Dept Of"."""
    lowered = tail.lower()
    return lowered.endswith(" of") and len(lowered) > 3


def _office_word(word: str, index: int) -> str:
    lowered = word.lower()
    if lowered in _WORD_EXPANSIONS:
        return _WORD_EXPANSIONS[lowered]
    if index > 0 and lowered in _SMALL_WORDS:
        return lowered
    return word
