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

from ...errors import SanctuaryModelError
from ...model.geography import UsState, all_states
from ...model.jurisdictions import (
    Jurisdiction,
    JurisdictionKind,
    JurisdictionMention,
    MentionResolution,
)
from ...model.span import Span
from ._gazetteer import curated_places, find_places, name_key
from ._reader import parse_jurisdiction
from ._states import match_state_text

__all__ = ["extract_jurisdictions", "jurisdictions_in"]

_K = JurisdictionKind
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
_DESIGNATORS = ("County", "Parish", "Borough")
_STATE_ABBREVIATION = re.compile(
    r", (?P<state>(?:[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,4}\.)?|[A-Z]{2}|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?! [A-Z])(?=[\s,.;:)—–-]|$)"
)
# The kind's first letter stands first, so that ``re`` skips to the letters a kind can start
# with; ``ſ`` is an ``s`` to ``re.IGNORECASE``.
_LIST_OPENER = re.compile(
    r"(?P<kind>[CcSsſTtPp](?<!\w.)(?i:(?<=[Cc])(?:ounties|ities)|(?<=[Ssſ])tates"
    r"|(?<=[Tt])owns|(?<=[Pp])arishes)) (?i:of (?=[A-Z]))"
)
_KIND_OF = re.compile(r"\b(?:the )?(?P<kind>city|state|county|town|commonwealth) of $", re.I)
_LIST_ITEM_SOURCE = rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}})(?P<sep>,? and |, |,? or )?"
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'-]{2,30}?)(?:, (?P<state>[A-Z][A-Za-z. ]{1,15}))?"
    r"(?: \([A-Za-z .]{1,20}\))? ?[—–-]{1,2} "
)
_TRAILING_LIST_SOURCE = (
    rf"(?P<items>(?:{_WORD}(?: {_WORD}){{0,2}}, ){{0,12}}{_WORD}(?: {_WORD}){{0,2}},? and "
    rf"{_WORD}(?: {_WORD}){{0,2}}) (?P<kind>counties|parishes)\b"
)
_LIST_KIND = re.compile(r" (?:counties|parishes)\b")
# 13 names of up to three words each: the farthest a trailing list reaches back.
_LIST_REACH = 13 * 3 * 24
_ITEM = re.compile(rf"{_WORD}(?: {_WORD}){{0,2}}")
_ORGANISATION_OF_SOURCE = (
    r"\b(?:Union|University|College|Bank|Association|Society|Foundation|League|Chamber|Church|"
    r"Museum|Institute|Center|Centre|Federation|Alliance|Coalition|Party|Bar|Club|Academy|"
    r"Archdiocese|Diocese|Network|Fund|Council|Conference|District|Districts) of $"
)
_ANY_GOVERNMENT = frozenset(_K) - {_K.STATE, _K.AGENCY}
_HINT_KINDS = {
    "cities": frozenset({_K.CITY, _K.CITY_COUNTY, _K.DISTRICT}),
    "towns": frozenset({_K.CITY, _K.CITY_COUNTY}),
    "counties": frozenset({_K.COUNTY, _K.CITY_COUNTY}),
    "parishes": frozenset({_K.COUNTY, _K.CITY_COUNTY}),
}
_COUNTY_ABBREVIATIONS = frozenset({"cty", "cnty", "co"})
_ABBREVIATED_COUNTY = re.compile(r"\s(?:Cty|Cnty|Co)\.")
_OFFICE = re.compile(
    r" (?P<office>Police Department|Police Dept\.|Sheriff['’]s (?:Office|Department)|"
    r"Department of Public Safety)"
)
_DISTRICT_OF_COLUMBIA = re.compile(r"District(?<!\wDistrict) of Columbia\b")
_PAREN_STATE = re.compile(r"\s\((?P<state>[A-Za-z][A-Za-z. ]{1,15})\)")
_LIST_SEPARATOR = re.compile(r"(?:,|,? and|,? or)\s{1,3}$")
_CITY_TITLE = re.compile(r" (?:Police|Mayor|City Council|City Hall)\b")
_WASHINGTON_STATE = re.compile(r"\bstate of $|^ [Ss]tate\b", re.I)
# A capitalised word or two ("Oregon", "New Mexico") or an abbreviation ("Ore."), capital first.
_STATE_WORD = re.compile(r"[A-Z](?<!\w.)(?:[a-z]+(?: [A-Z][a-z]+)?\b|[a-z]{1,4}\.)")
_MAX_TEXT = 2_000_000


def extract_jurisdictions(article: object) -> tuple[JurisdictionMention, ...]:
    """Every government an article (or a plain ``str``) names in its running text.

    >>> [m.jurisdiction.name for m in extract_jurisdictions("The city of Philadelphia sued.")]
    ['Philadelphia']
    """
    text = article if isinstance(article, str) else getattr(article, "text", "")
    if not isinstance(text, str):
        return ()
    return jurisdictions_in(text)


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
    def __init__(self, text: str, context: tuple[UsState, ...]) -> None:
        self.text = text
        self.dateline = _dateline_state(text)
        self.given = context
        self.named = _context_states(text)
        # Characters already read as part of a mention (or its state), and where mentions end.
        self.covered = bytearray(len(text))
        self.ends: set[int] = set()

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

    def _free(self, span: Span) -> bool:
        return not any(self.covered[span.start : span.end])

    def _take(self, span: Span) -> None:
        self.covered[span.start : span.end] = b"\x01" * len(span)
        self.ends.add(span.end)

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
                if kind in ("counties", "parishes") and name.endswith(_DESIGNATORS):
                    written = name
                resolved = self._resolve(written, kind_hint=kind, span=span)
                if resolved is not None:
                    self._take(span)
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
        try:
            agency = parse_jurisdiction(f"{core} {office['office']}", state=place.state)
        except SanctuaryModelError:
            return None
        if agency.government is None or agency.government.key != place.key:
            return None
        span = Span(government.span.start, office.end())
        return JurisdictionMention(written, span, agency, government.resolution)

    def _district(self) -> Iterator[JurisdictionMention]:
        """ "the District of Columbia" (its words are not one capitalised run)."""
        for match in _DISTRICT_OF_COLUMBIA.finditer(self.text):
            district = _parse("District of Columbia", None)
            span = Span(match.start(), match.end())
            if district is not None:
                self._take(span)
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
                resolved = self._resolve(f"{name} {suffix}", kind_hint="counties", span=span)
                if resolved is not None and self._free(span):
                    self._take(span)
                    yield JurisdictionMention(name, span, *resolved)

    def _trailing_list_matches(self) -> Iterator[re.Match[str]]:
        """The list pattern tried only just before each "counties"/"parishes": searching the
        whole text for it costs a backtracking attempt at every capital."""
        pattern = _pattern("trailing_list")
        text = self.text
        for kind in _LIST_KIND.finditer(text):
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
            span = Span(start, start + len(name))
            rest = words[size:]
            if rest and rest[0].lower().replace("’", "'") not in _TITLES | _COUNTY_ABBREVIATIONS:
                continue  # "Washington Post", "Lawrence Smith": the run is something else
            if not self._free(span):
                return
            mention = self._mention(name, span)
            if mention is not None:
                self._take(mention.span)
                yield mention
                office = self._office(mention)
                if office is not None:
                    yield office
                return

    def _mention(self, name: str, span: Span) -> JurisdictionMention | None:
        after = self.text[span.end : span.end + 40]
        before = self.text[max(0, span.start - 30) : span.start]
        # "X, Calif.": the state is written; the state itself is no separate mention.
        qualifier = _STATE_ABBREVIATION.match(after)
        if qualifier is not None and (
            not _is_state_name(name) or (name == "Washington" and qualifier["state"][:1] == "D")
        ):
            try:
                state = match_state_text(qualifier["state"], allow_typos=False).state
            except SanctuaryModelError:
                state = None
            if state is not None:
                resolved = self._resolve(name, state=state, span=span)
                if resolved is not None and resolved[0].fips is not None:
                    locator = Span(span.end + qualifier.start("state"), span.end + qualifier.end())
                    self._take(locator)
                    return JurisdictionMention(name, span, resolved[0], _R.EXPLICIT)
        abbreviated = _ABBREVIATED_COUNTY.match(after)
        if abbreviated is not None and not _is_state_name(name):
            # "Sacramento Cty. (CA.)": the county, its state in parentheses when given.
            whole = Span(span.start, span.end + abbreviated.end())
            if not self._free(whole):
                return None
            written = self.text[whole.start : whole.end]
            paren = _PAREN_STATE.match(self.text, whole.end) or _STATE_ABBREVIATION.match(
                self.text, whole.end
            )
            state = None
            if paren is not None:
                try:
                    state = match_state_text(paren["state"]).state
                except SanctuaryModelError:
                    state = None
            if state is not None:
                placed = _parse(f"{name} County", state)
                if placed is not None and placed.fips is not None:
                    self._take(Span(whole.end, paren.end()) if paren else whole)
                    return JurisdictionMention(written, whole, placed, _R.EXPLICIT)
            resolved = self._resolve(f"{name} County", span=whole)
            return None if resolved is None else JurisdictionMention(written, whole, *resolved)
        paren = _PAREN_STATE.match(after)
        if paren is not None and not _is_state_name(name):
            try:
                state = match_state_text(paren["state"]).state
            except SanctuaryModelError:
                state = None
            placed = None if state is None else _parse(name, state)
            if placed is not None and placed.fips is not None:
                self._take(Span(span.end, span.end + paren.end()))
                return JurisdictionMention(name, span, placed, _R.EXPLICIT)
        if _pattern("organisation_of").search(before):
            return None  # "the American Civil Liberties Union of Oregon", "University of Texas"
        kind_of = _KIND_OF.search(before)
        if kind_of is not None:
            hint = {"city": "cities", "town": "towns", "county": "counties"}.get(
                kind_of["kind"].lower(), "states"
            )
            resolved = self._resolve(name, kind_hint=hint, span=span)
            if resolved is not None:
                return JurisdictionMention(name, span, *resolved)
            return None
        resolved = self._resolve(name, span=span)
        if resolved is None:
            return None
        return JurisdictionMention(name, span, *resolved)

    def _resolve(
        self,
        name: str,
        *,
        kind_hint: str | None = None,
        state: UsState | None = None,
        span: Span,
    ) -> tuple[Jurisdiction, MentionResolution] | None:
        if state is not None:
            placed = _parse(name, state)
            return None if placed is None else (placed, _R.EXPLICIT)
        if name == "Washington":
            return self._washington(span, kind_hint)
        if _is_state_name(name) and kind_hint is None and _CITY_TITLE.match(self.text, span.end):
            city = _parse(f"City of {name}", _state_names()[name])  # "New York Police Department"
            if city is not None and city.kind is not _K.STATE and city.fips is not None:
                return city, _R.CONTEXT
        if kind_hint == "states" or (_is_state_name(name) and kind_hint is None):
            found = _state_only(name)
            if found is None:
                return None
            if name == "New York" and self.text[span.end : span.end + 5] == " City":
                return None
            return found, _R.EXPLICIT
        if _is_state_name(name):
            return None
        designated = name.endswith(_DESIGNATORS) or kind_hint in ("counties", "cities", "towns")
        famous = None if designated else _famous().get(name_key(name))
        if famous is not None:
            if self.dateline is not None and self.dateline != famous.state:
                local = _parse(name, self.dateline)
                if local is not None and local.fips is not None:
                    return local, _R.CONTEXT
            return famous, _R.RANKED
        if not designated and not self._continues_list(span):
            return None
        wanted = _HINT_KINDS.get(kind_hint or "", _ANY_GOVERNMENT)
        if name.endswith(_DESIGNATORS):
            wanted = _HINT_KINDS["counties"]
        for context in self._contexts(span):
            placed = _parse(name, context)
            if placed is not None and placed.fips is not None and placed.kind in wanted:
                return placed, _R.CONTEXT
        if not designated:
            return None
        unique = _parse(name, None)
        if unique is None:
            return None
        ranked = any("ambiguous" in note for note in unique.notes)
        return unique, _R.RANKED if ranked else _R.EXPLICIT

    def _contexts(self, span: Span) -> list[UsState]:
        """The states that may place a name: the dateline's, the caller's, then those the
        text names, nearest first."""
        ordered = [] if self.dateline is None else [self.dateline]
        ordered.extend(self.given)
        nearby = sorted(self.named, key=lambda named: abs(named[0] - span.start))
        for _, state in nearby:
            if state not in ordered:
                ordered.append(state)
        return ordered

    def _continues_list(self, span: Span) -> bool:
        """ "New York City, Albany and Ithaca": a name listed right after a found place."""
        separator = _LIST_SEPARATOR.search(self.text, max(0, span.start - 12), span.start)
        if separator is None:
            return False
        return separator.start() in self.ends

    def _washington(
        self, span: Span, kind_hint: str | None
    ) -> tuple[Jurisdiction, MentionResolution] | None:
        """Washington the state only when the text says so; never the capital by metonymy."""
        before = self.text[max(0, span.start - 12) : span.start]
        after = self.text[span.end : span.end + 8]
        in_list = kind_hint == "states" or self._among_states(span)
        if _WASHINGTON_STATE.search(before) or _WASHINGTON_STATE.search(after) or in_list:
            found = _state_only("Washington")
            return (found, _R.EXPLICIT) if found is not None else None
        return None

    def _among_states(self, span: Span) -> bool:
        """ "New York City, Connecticut, New Jersey, Washington, and Virginia"."""
        window = self.text[max(0, span.start - 40) : span.end + 40]
        names = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", window)
        return sum(1 for n in names if n != "Washington" and _is_state_name(n)) >= 2


@cache
def _pattern(name: str) -> re.Pattern[str]:
    """The larger patterns, compiled on first use so that importing stays cheap."""
    sources = {
        "list_item": _LIST_ITEM_SOURCE,
        "trailing_list": _TRAILING_LIST_SOURCE,
        "organisation_of": _ORGANISATION_OF_SOURCE,
    }
    return re.compile(sources[name])


@cache
def _state_names() -> dict[str, UsState]:
    return {state.name: state for state in all_states()}


def _is_state_name(name: str) -> bool:
    return name in _state_names()


def _state_only(name: str) -> Jurisdiction | None:
    if name not in _state_names():
        return None
    return _parse(name, None)


@cache
def _famous() -> dict[str, Jurisdiction]:
    """The curated gazetteer's places (large cities and counties) by every name they go by."""
    famous: dict[str, Jurisdiction] = {}
    for place in curated_places():
        for written in (place.name, *place.aliases):
            key = name_key(written)
            if key in famous or written in _state_names():
                continue
            ranked = find_places(written)
            if ranked and ranked[0] is place:
                jurisdiction = _parse(written, place.state)
                if jurisdiction is not None:
                    famous[key] = jurisdiction
    return famous


@cache
def _parse(name: str, state: UsState | None) -> Jurisdiction | None:
    try:
        return parse_jurisdiction(name, state=state)
    except SanctuaryModelError:
        return None


def _dateline_state(text: str) -> UsState | None:
    """The state of a dateline ("ALBANY, N.Y. (AP) —"), or of its city when famous."""
    dateline = _DATELINE.match(text)
    if dateline is None:
        return None
    if dateline["state"]:
        try:
            return match_state_text(dateline["state"], allow_typos=False).state
        except SanctuaryModelError:
            return None
    famous = _famous().get(name_key(dateline["city"]))
    return None if famous is None else famous.state


def _context_states(text: str) -> list[tuple[int, UsState]]:
    """Where the article names each state: the nearest one places a designated name."""
    states: list[tuple[int, UsState]] = []
    for match in _STATE_WORD.finditer(text):
        word = match[0]
        if word in _state_names() and word != "Washington":
            state = _state_names()[word]
        elif word.endswith(".") and len(word) > 3:
            try:
                state = match_state_text(word, allow_typos=False).state
            except SanctuaryModelError:
                continue
        else:
            continue
        if _pattern("organisation_of").search(text, max(0, match.start() - 30), match.start()):
            continue  # "the Southern District of New York" places nothing
        states.append((match.start(), state))
    return states
