"""Governments named in running text: "the city of Philadelphia", "Cook County, Ill.",
"the counties of Contra Costa, Monterey and Sonoma", "the states of California and Oregon".

Precision comes first. A bare name counts only when it is a state or one of the large places
the curated gazetteer ranks by population; any other place needs its state written beside it
("Ithaca, N.Y."), a designator ("Onondaga County", "the city of Fremont") or a state named
in the article or its dateline. A name that runs on into other capitalised words that are not
titles ("Washington Post", "Chicago Tribune", "Lawrence Smith") is no place.

>>> [(m.text, m.jurisdiction.key) for m in jurisdictions_in("Chicago and Cook County, Ill., sued.")]
[('Chicago', 'il/chicago'), ('Cook County', 'il/cook-county')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...model.documents import Article
from ...model.geography import UsState
from ...model.jurisdictions import JurisdictionMention, MentionResolution
from ...model.span import Span
from .._gate import Gated
from .._memo import per_article
from ._around import Around
from ._placing import DESIGNATORS, Coverage, Placer, parse_place

__all__ = ["extract_jurisdictions", "jurisdictions_in"]

_R = MentionResolution

# A capitalised name of up to six words; "St." and "L.A." keep their dots.
_WORD = r"(?:(?:St|Ft|Mt)\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]{2,})"
# The first word's capital stands first, outside the alternation, so that ``re`` skips from
# capital to capital instead of trying every position (the same words as ``_WORD``).
_FIRST_WORD = r"[A-Z](?:(?<=[SFM])t\.|\.(?:[A-Z]\.)+|[A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]+)"
_NAME = re.compile(rf"{_FIRST_WORD}(?: {_WORD}){{0,5}}")
# What a place name may run into and still be the place: titles and offices.
_TITLES = frozenset(
    """mayor mayors city county police sheriff sheriffs sheriff's attorney council chief
    executive gov. governor sen. senator rep. representative department dept. officials
    official supervisor supervisors board commissioner commissioners district jail
    prosecutor prosecutors democrat democrats republican republicans legislature lawmakers
    assembly state government residents judge court superior circuit parish borough
    township town village metro area region""".split()
)
# Words that open a capitalised run without belonging to the name.
_OPENERS = frozenset(
    """the in at for from and but or of to on by as while when since after before under
    both neither either like including with without across outside inside near then so
    yet if although because""".split()
)
# The kind's first letter stands first, so that ``re`` skips to the letters a kind can start
# with; ``ſ`` is an ``s`` to ``re.IGNORECASE``.
_LIST_OPENER = Gated.compile(
    r"(?P<kind>[CcSsſTtPp](?<!\w.)(?i:(?<=[Cc])(?:ounties|ities)|(?<=[Ssſ])tates"
    r"|(?<=[Tt])owns|(?<=[Pp])arishes)) (?i:of (?=[A-Z]))",
    folded=["counties of ", "cities of ", "states of ", "towns of ", "parishes of "],
)
_LIST_ITEM_SOURCE = rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}})(?P<sep>,? and |, |,? or )?"
_TRAILING_LIST_SOURCE = (
    rf"(?P<items>(?:{_WORD}(?: {_WORD}){{0,2}}, ){{0,12}}{_WORD}(?: {_WORD}){{0,2}},? and "
    rf"{_WORD}(?: {_WORD}){{0,2}}) (?P<kind>counties|parishes)\b"
)
_LIST_KIND = re.compile(r" (?:counties|parishes)\b")
# 13 names of up to three words each: the farthest a trailing list reaches back.
_LIST_REACH = 13 * 3 * 24
_ITEM = re.compile(rf"{_WORD}(?: {_WORD}){{0,2}}")
_WHOLE_WORD = re.compile(_WORD)
_COUNTY_ABBREVIATIONS = frozenset({"cty", "cnty", "co"})
_RUNS_INTO = _TITLES | _COUNTY_ABBREVIATIONS
_OFFICE = re.compile(
    r" (?P<office>Police Department|Police Dept\.|Sheriff['’]s (?:Office|Department)|"
    r"Department of Public Safety)"
)
_DISTRICT_OF_COLUMBIA = re.compile(r"District(?<!\wDistrict) of Columbia\b")
_MAX_TEXT = 2_000_000


def extract_jurisdictions(article: object) -> tuple[JurisdictionMention, ...]:
    """Every government an article (or a plain ``str``) names in its running text.

    >>> [m.jurisdiction.name for m in extract_jurisdictions("The city of Philadelphia sued.")]
    ['Philadelphia']
    """
    if isinstance(article, Article):
        return _in_article(article)
    text = article if isinstance(article, str) else getattr(article, "text", "")
    if not isinstance(text, str):
        return ()
    return jurisdictions_in(text)


@per_article
def _in_article(article: Article) -> tuple[JurisdictionMention, ...]:
    """The article's mentions, read once: the quote reader asks for them too."""
    return jurisdictions_in(article.text)


def jurisdictions_in(
    text: str, offset: int = 0, *, context: tuple[UsState, ...] = ()
) -> tuple[JurisdictionMention, ...]:
    """The governments named in ``text``, with spans moved ``offset`` characters on (for a
    passage cut from a longer text) and ``context`` states that may place bare names.

    >>> [m.span for m in jurisdictions_in("letters to Chicago", offset=100)]
    [Span(start=111, end=118)]
    """
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT]
    if not offset:
        return tuple(_Scan(text, context).mentions())
    return tuple(
        JurisdictionMention(
            text=m.text,
            span=m.span.shift(offset),
            jurisdiction=m.jurisdiction,
            resolution=m.resolution,
        )
        for m in _Scan(text, context).mentions()
    )


class _Scan:
    """Finds the governments one text names: lists, runs of capitalised words, offices."""

    def __init__(self, text: str, context: tuple[UsState, ...]) -> None:
        self.text = text
        self.coverage = Coverage(len(text))
        self.placer = Placer(text, context, self.coverage)
        self.around = Around(text, self.coverage, self.placer)

    def mentions(self) -> list[JurisdictionMention]:
        found = [*self._district(), *self._lists(), *self._trailing_lists(), *self._names()]
        found.sort(key=lambda m: (m.span.start, -m.span.end))
        unique: list[JurisdictionMention] = []
        seen: set[Span] = set()
        for mention in found:
            if mention.span not in seen:
                seen.add(mention.span)
                unique.append(mention)
        return unique

    def _lists(self) -> Iterator[JurisdictionMention]:
        """ "the counties of A, B and C" and "the states of A and B"."""
        for opener in _LIST_OPENER.finditer(self.text):
            kind = opener["kind"].lower()
            position = opener.end()
            for _ in range(30):
                item = _pattern("list_item").match(self.text, position)
                if item is None:
                    break
                name = item["name"]
                span = Span(item.start("name"), item.end("name"))
                written = {"counties": f"{name} County", "parishes": f"{name} Parish"}.get(
                    kind, name
                )
                if kind in ("counties", "parishes") and name.endswith(DESIGNATORS):
                    written = name
                resolved = self.placer.resolve(written, kind_hint=kind, span=span)
                if resolved is not None:
                    self.coverage.take(span)
                    yield JurisdictionMention(name, span, *resolved)
                if not item["sep"]:
                    break
                position = item.end()

    def _office(self, government: JurisdictionMention) -> JurisdictionMention | None:
        """ "the Chicago Police Department": the office, as well as the city it serves."""
        office = _OFFICE.match(self.text, government.span.end)
        if office is None:
            return None
        place = government.jurisdiction
        written = self.text[government.span.start : office.end()]
        core = self.text[government.span.start : government.span.end]
        agency = parse_place(f"{core} {office['office']}", place.state)
        if agency is None or agency.government is None or agency.government.key != place.key:
            return None
        span = Span(government.span.start, office.end())
        return JurisdictionMention(written, span, agency, government.resolution)

    def _district(self) -> Iterator[JurisdictionMention]:
        """ "the District of Columbia" (its words are not one capitalised run)."""
        for match in _DISTRICT_OF_COLUMBIA.finditer(self.text):
            district = parse_place("District of Columbia", None)
            span = Span(match.start(), match.end())
            if district is not None:
                self.coverage.take(span)
                yield JurisdictionMention(match[0], span, district, _R.EXPLICIT)

    def _trailing_lists(self) -> Iterator[JurisdictionMention]:
        """ "Westchester, Nassau and Onondaga counties": each name is a county."""
        if " counties" not in self.text and " parishes" not in self.text:
            return
        for match in self._trailing_list_matches():
            suffix = "Parish" if match["kind"].lower() == "parishes" else "County"
            for item in _ITEM.finditer(match["items"]):
                name = item[0]
                if name.lower() in _OPENERS:
                    continue
                span = Span(match.start("items") + item.start(), match.start("items") + item.end())
                resolved = self.placer.resolve(f"{name} {suffix}", kind_hint="counties", span=span)
                if resolved is not None and self.coverage.free(span.start, span.end):
                    self.coverage.take(span)
                    yield JurisdictionMention(name, span, *resolved)

    def _trailing_list_matches(self) -> Iterator[re.Match[str]]:
        """The list pattern tried only just before each "counties"/"parishes": searching the
        whole text for it costs a backtracking attempt at every capital."""
        pattern = _pattern("trailing_list")
        text = self.text
        for kind in _LIST_KIND.finditer(text):
            last = text.rfind(" ", 0, kind.start()) + 1
            if not _WHOLE_WORD.fullmatch(text, last, kind.start()):
                continue  # a list's last name is a whole word right before "counties"
            low = text.find(" ", max(0, kind.start() - _LIST_REACH)) + 1
            if low <= 0 or low > kind.start():
                low = max(0, kind.start() - _LIST_REACH)
            for match in pattern.finditer(text, low, kind.end()):
                if match.end() == kind.end():
                    yield match

    def _names(self) -> Iterator[JurisdictionMention]:
        for match in _NAME.finditer(self.text):
            words = match[0].split(" ")
            start = match.start()
            while words and words[0].lower() in _OPENERS:
                start += len(words[0]) + 1
                words = words[1:]
            yield from self._run(words, start)

    def _run(self, words: list[str], start: int) -> Iterator[JurisdictionMention]:
        """The place a capitalised run opens with, if any (longest name first)."""
        if not words:
            return
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            rest = words[size:]
            if rest and rest[0].lower().replace("’", "'") not in _RUNS_INTO:
                continue  # "Washington Post", "Lawrence Smith": the run is something else
            end = start + len(name)
            if not self.coverage.free(start, end):
                return  # part of a mention already read
            if self.around.unplaceable(name, start, end):
                continue
            span = Span(start, end)
            mention = self.around.mention(name, span)
            if mention is not None:
                self.coverage.take(mention.span)
                yield mention
                office = self._office(mention)
                if office is not None:
                    yield office
                return


@cache
def _pattern(name: str) -> re.Pattern[str]:
    """The larger patterns, compiled on first use so that importing stays cheap."""
    sources = {"list_item": _LIST_ITEM_SOURCE, "trailing_list": _TRAILING_LIST_SOURCE}
    return re.compile(sources[name])
