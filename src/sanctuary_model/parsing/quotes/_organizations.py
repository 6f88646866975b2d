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
from .._gate import Gated
from .._regex import alternation, whole_words
from ..text import MASK

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
_LONGEST_FIRST = sorted(_DOCUMENTS, key=len, reverse=True)
_DOCUMENT = alternation(_LONGEST_FIRST)
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ne of the)"
# Up to two words between a determiner or owner and the document: "written", "31-page",
# "Nov. 15"; never a little word or a verb of issuing ("released a statement" is no name).
_MODIFIER = (
    r"(?:(?!(?:a|an|the|and|or|of|to|in|on|at|for|with|by|from|that|which|released|issued|"
    r"sent|said|says|emailed|provided|put)\b)[a-z][\w\-]*|\d+-page|[A-Z][a-z]+\.? \d{1,2}) "
)
# A document is found from its word ("letter", "press release") back to its determiner and
# owner: document words are few, so the text is scanned once for them, not at every capital.
_DOCUMENT_WORD = re.compile(
    r"(?<![\w’'\-])(?P<document>" + _DOCUMENT + r")(?![\w’'\-])"
    r"(?: (?:from|by) (?:the )?(?P<source>" + _NAMED + r"))?"
)
_DOCUMENT_LEAD = re.compile(
    r"(?<![\w’'\-])(?:" + _DETERMINER + r" )?(?:(?P<owner>" + _NAMED + r")(?:’s|'s)? |"
    r"(?P<person>" + _CAP + r")(?:’s|'s) )?(?:" + _MODIFIER + r"){0,2}$"
)
_LEAD_WORDS = 7
# One pass finds all three; documents and unnamed officials are then read back from their noun.
_NOUNS = ("officials?", "spokes(?:man|woman|person)", "sources?", "aides?", "representative")
# The three things found in one pass over a paragraph (``_scan``), each by its own pattern
# so that the two word scans skip straight to their words' first letters.
_ANY: tuple[re.Pattern[str] | Gated, ...] = (
    re.compile(r"(?=[A-Zt])(?<![\w’'\-])(?:[Tt]he )?(?P<name>" + _NAMED + r")(?![\w’'\-])"),
    Gated.compile(whole_words(_NOUNS)),
    Gated.compile(whole_words([re.escape(word) for word in _LONGEST_FIRST])),
)
_UNNAMED_LEAD = re.compile(
    r"(?<![\w’'\-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he) "
    r"(?:(?!(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he) )[\w.’'\-]+ ){0,4}$"
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
    """Every organisation, document and unnamed-official mention in ``text`` (masked), in
    order; a document starting where an organisation does comes after it."""
    found = []
    for kind, match in _scan(text):
        if kind == 0:
            start, end = match.start() + offset, match.end() + offset
            organization = organization_named(match["name"])
            found.append(Body(start, end, match.group(0), BodyKind.ORGANIZATION, organization))
        elif kind == 1:
            found.extend(_unnamed(text, match, offset))
        else:
            found.extend(_document(text, match, offset))
    found.sort(key=lambda body: (body.start, body.kind is BodyKind.DOCUMENT))
    return found


def _scan(text: str) -> list[tuple[int, re.Match[str]]]:
    """What one search for any of ``_ANY`` (an organisation, an unnamed official's noun, a
    document), in that order of preference, finds in ``text``: ``(index, match)`` pairs, left
    to right, none overlapping."""
    found: list[tuple[int, re.Match[str]]] = []
    ahead: list[re.Match[str] | None] = [pattern.search(text) for pattern in _ANY]
    position = 0
    while True:
        first: tuple[int, re.Match[str]] | None = None
        for index, pattern in enumerate(_ANY):
            match = ahead[index]
            if match is not None and match.start() < position:  # overlapped: search on
                match = ahead[index] = _search(pattern, text, position)
            if match is not None and (first is None or match.start() < first[1].start()):
                first = (index, match)
        if first is None:
            return found
        found.append(first)
        position = first[1].end()


def _search(pattern: re.Pattern[str] | Gated, text: str, position: int) -> re.Match[str] | None:
    """``pattern.search(text, position)``, past a gate that the whole text passed."""
    return (pattern.pattern if isinstance(pattern, Gated) else pattern).search(text, position)


def _unnamed(text: str, noun: re.Match[str], offset: int) -> list[Body]:
    lead = _UNNAMED_LEAD.search(text, _words_back(text, noun.start()), noun.start())
    if lead is None:
        return []
    raw = text[lead.start() : noun.end()]
    return [Body(lead.start() + offset, noun.end() + offset, raw, BodyKind.UNNAMED)]


def _document(text: str, found: re.Match[str], offset: int) -> list[Body]:
    word = _DOCUMENT_WORD.match(text, found.start())
    if word is None:
        return []
    lead = _DOCUMENT_LEAD.search(text, _words_back(text, word.start()), word.start())
    start = word.start() if lead is None else lead.start()
    owner = None if lead is None else lead.group("owner")
    owner = owner or word.group("source")
    return [
        Body(
            start + offset,
            word.end() + offset,
            text[start : word.end()],
            BodyKind.DOCUMENT,
            organization_named(owner) if owner else None,
            None if lead is None else lead.group("person"),
            word.group("document"),
        )
    ]


def _words_back(text: str, position: int) -> int:
    """Where the few words before ``position`` start: the most a document's lead can hold.
    No lead holds a blanked quotation, so none starts before one's last ``MASK``."""
    earliest = max(0, position - 120)
    earliest = text.rfind(MASK, earliest, position) + 1 or earliest
    start = position
    for _ in range(_LEAD_WORDS):
        space = text.rfind(" ", earliest, start - 1)
        if space < 0:
            return earliest
        start = space + 1
    return start
