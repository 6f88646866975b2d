"""Organisations, their documents and unnamed officials as they appear where a speaker goes:
``the Justice Department said``, ``said a Cook County press release``, ``the letter states``,
``a senior Justice Department official told reporters``.

>>> [(m.text, m.organization and m.organization.name) for m in find_bodies("The ACLU said.")]
[('The ACLU', 'ACLU')]
"""

from __future__ import annotations

import enum
import re

import attrs

from ...model.people import Organization, OrganizationKind
from ._speech import alternation

__all__ = ["Body", "BodyKind", "find_bodies", "organization_named"]

_CAP = r"[A-Z][\w’'.&\-]*"
_AGENCY_HEADS = (
    "Department",
    "Office",
    "Agency",
    "Administration",
    "Bureau",
    "Service",
    "Services",
    "Authority",
    "Division",
)
_GOVERNMENT_HEADS = ("County", "City", "Township", "Parish", "Borough", "Village")
_GROUP_HEADS = (
    "Association",
    "Union",
    "Coalition",
    "Center",
    "Centre",
    "Institute",
    "Foundation",
    "Project",
    "Network",
    "Alliance",
    "Committee",
    "Council",
    "Conference",
    "League",
    "Society",
    "Fund",
    "Campaign",
    "Caucus",
)
_PAPER_HEADS = ("Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Chronicle")
_HEADS = {
    **dict.fromkeys(_AGENCY_HEADS, OrganizationKind.AGENCY),
    **dict.fromkeys(_GOVERNMENT_HEADS, OrganizationKind.GOVERNMENT),
    **dict.fromkeys(_GROUP_HEADS, OrganizationKind.ADVOCACY_GROUP),
    **dict.fromkeys(_PAPER_HEADS, OrganizationKind.NEWSPAPER),
    "Court": OrganizationKind.COURT,
}
_KNOWN = {
    "ACLU": OrganizationKind.ADVOCACY_GROUP,
    "DOJ": OrganizationKind.AGENCY,
    "USDOJ": OrganizationKind.AGENCY,
    "DHS": OrganizationKind.AGENCY,
    "ICE": OrganizationKind.AGENCY,
    "FBI": OrganizationKind.AGENCY,
    "White House": OrganizationKind.GOVERNMENT,
    "Trump administration": OrganizationKind.GOVERNMENT,
    "federal government": OrganizationKind.GOVERNMENT,
    "administration": OrganizationKind.GOVERNMENT,
    "department": OrganizationKind.AGENCY,
    "Department": OrganizationKind.AGENCY,
}
_HEAD = alternation(sorted(_HEADS, key=len, reverse=True))
_KNOWN_PATTERN = alternation(sorted(_KNOWN, key=len, reverse=True))
# "Justice Department", "Department of Justice", "Multnomah County Sheriff’s Office",
# "American Civil Liberties Union of Oregon", "ACLU".
_NAMED = (
    r"(?:U\.S\. )?(?:" + _CAP + r" (?:(?:of|for|and|on) )?){0,5}" + _HEAD + r"(?!\w)"
    r"(?: (?:of|for) (?:the )?" + _CAP + r"(?: " + _CAP + r"){0,3})?"
    r"|" + _KNOWN_PATTERN + r"(?!\w)(?: of (?:the )?" + _CAP + r"(?: " + _CAP + r"){0,2})?"
)
_DOCUMENTS = (
    "press release",
    "news release",
    "release",
    "statement",
    "letters",
    "letter",
    "complaint",
    "lawsuit",
    "suit",
    "memo",
    "memorandum",
    "policy",
    "filing",
    "brief",
    "report",
    "email",
    "order",
    "ruling",
    "opinion",
    "decision",
)
COURT_DOCUMENTS = frozenset({"order", "ruling", "opinion", "decision"})
_DOCUMENT = alternation(sorted(_DOCUMENTS, key=len, reverse=True))
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ne of the)"
# Up to two words between a determiner or owner and the document: "written", "31-page",
# "Nov. 15"; never a little word or a verb of issuing ("released a statement" is no name).
_MODIFIER = (
    r"(?:(?!(?:a|an|the|and|or|of|to|in|on|at|for|with|by|from|that|which|released|issued|"
    r"sent|said|says|emailed|provided|put)\b)[a-z][\w\-]*|\d+-page|[A-Z][a-z]+\.? \d{1,2}) "
)
# Where a mention can start: a capital, or one of the little words that open a description.
# Checked first, so that the many other positions cost one step.
_CAN_START = (
    r"(?=[A-Z]|"
    + alternation(
        sorted("the an a its their his her this that one another".split(), key=len, reverse=True)
    )
    + r" )"
)
_BODY = re.compile(
    _CAN_START + r"(?<![\w’'\-])(?:"
    # a document: "a Cook County press release", "the letter", "the federal government’s
    # complaint", "Levine’s statement"
    r"(?P<doc>(?:" + _DETERMINER + r" )?(?:(?P<owner>" + _NAMED + r")(?:’s|'s)? |"
    r"(?P<person>" + _CAP + r")(?:’s|'s) )?(?:" + _MODIFIER + r"){0,2}?"
    r"(?P<document>" + _DOCUMENT + r")(?![\w’'\-])"
    r"(?: (?:from|by) (?:the )?(?P<source>" + _NAMED + r"))?)"
    # an unnamed official: "a senior Justice Department official", "the official"
    r"|(?P<unnamed>(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he) (?:[\w.’'\-]+ ){0,4}?"
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|aide|aides"
    r"|representative))(?![\w’'\-])"
    # an organisation: "the Justice Department", "The ACLU", "Cook County"
    r"|(?P<org>(?:[Tt]he )?(?P<name>" + _NAMED + r")(?![\w’'\-]))"
    r")"
)
_LEADING = re.compile(r"^(?:[Tt]he |U\.S\. )+")


class BodyKind(enum.Enum):
    """What a body mention is: an organisation, a document, or an unnamed official."""

    ORGANIZATION = "organization"
    DOCUMENT = "document"
    UNNAMED = "unnamed"


@attrs.frozen
class Body:
    """A mention of an organisation, a document or an unnamed official at ``start:end``.

    ``organization`` is the organisation named in the mention (``Cook County`` in ``a Cook
    County press release``); ``owner`` a person whose document it is (``Levine’s
    statement``); ``document`` the document word.
    """

    start: int
    end: int
    text: str
    kind: BodyKind
    organization: Organization | None = None
    owner: str | None = None
    document: str | None = None


def organization_named(raw: str) -> Organization | None:
    """The organisation a name such as ``the U.S. Department of Justice`` names."""
    name = _LEADING.sub("", raw.strip())
    if not name:
        return None
    if name in _KNOWN:
        if name.lower() in ("administration", "department"):
            return None  # "the department": a reference back, resolved by the reader
        return Organization(name, _KNOWN[name])
    words = name.split()
    for word in reversed(words):
        kind = _HEADS.get(word)
        if kind is not None:
            return Organization(name, kind)
    return Organization(name, _KNOWN.get(words[0], OrganizationKind.OTHER))


def find_bodies(text: str, offset: int = 0) -> list[Body]:
    """Every organisation, document and unnamed-official mention in ``text`` (masked)."""
    found = []
    for match in _BODY.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        raw = match.group(0)
        if match.group("doc") is not None:
            owner_name = match.group("owner") or match.group("source")
            found.append(
                Body(
                    start,
                    end,
                    raw,
                    BodyKind.DOCUMENT,
                    organization_named(owner_name) if owner_name else None,
                    match.group("person"),
                    match.group("document"),
                )
            )
        elif match.group("unnamed") is not None:
            found.append(Body(start, end, raw, BodyKind.UNNAMED))
        else:
            found.append(
                Body(start, end, raw, BodyKind.ORGANIZATION, organization_named(match["name"]))
            )
    return found
