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
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"(?<![A-Za-z])Jeff\.(?![A-Za-z])", re.IGNORECASE), "Jefferson"),
    (re.compile(r"(?<![A-Za-z])Ft\.(?=\s)", re.IGNORECASE), "Fort "),
    (re.compile(r"(?<![A-Za-z])Mt\.(?=\s)", re.IGNORECASE), "Mount "),
)
_STATE_OF = re.compile(r"(?:State|Commonwealth|Territory) of (?:the )?(?P<state>.+)", re.I)
_CITY_COUNTY = re.compile(
    r"City and County of (?P<a>.+)|(?P<b>.+?) (?:City and County|City-County)", re.I
)
_COUNTY_OF = re.compile(r"County of (?P<base>.+)", re.I)
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
        if any(pattern.fullmatch(tail) for pattern, _, _ in _DESCRIPTORS):
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
