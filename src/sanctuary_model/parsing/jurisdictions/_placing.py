"""Which government a name found in running text is: the state a list, a title or the
article's context places it in, and how sure that is (``MentionResolution``).

A name is placed by what the article says around it: the state written beside it, its
dateline's state, the states the article names (nearest first), or, for the large places
the curated gazetteer ranks by population, the name alone.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ...errors import SanctuaryModelError
from ...model.geography import UsState, all_states
from ...model.jurisdictions import Jurisdiction, JurisdictionKind, MentionResolution
from ...model.span import Span
from ._forms import COUNTY_DESIGNATORS
from ._gazetteer import curated_places, find_places, name_key
from ._reader import parse_jurisdiction
from ._states import match_state_text

__all__ = [
    "DESIGNATORS",
    "ORGANISATION_OF",
    "Coverage",
    "Placer",
    "is_state_name",
    "parse_place",
    "stands_alone",
    "state_names",
]

_K = JurisdictionKind
_R = MentionResolution

DESIGNATORS = COUNTY_DESIGNATORS
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'-]{2,30}?)(?:, (?P<state>[A-Z][A-Za-z. ]{1,15}))?"
    r"(?: \([A-Za-z .]{1,20}\))? ?[—–-]{1,2} "
)
#: An organisation named "of" a place ("the University of Texas"): the place is no government.
ORGANISATION_OF = re.compile(
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
_LIST_SEPARATOR = re.compile(r"(?:,|,? and|,? or)\s{1,3}$")
_SEPARATORS = (",", " and", " or")
_CITY_TITLE = re.compile(r" (?:Police|Mayor|City Council|City Hall)\b")
_WASHINGTON_STATE = re.compile(r"\bstate of $|^ [Ss]tate\b", re.I)
# A capitalised word or two ("Oregon", "New Mexico") or an abbreviation ("Ore."), capital first.
STATE_WORD = re.compile(r"[A-Z](?<!\w.)(?:[a-z]+(?: [A-Z][a-z]+)?\b|[a-z]{1,4}\.)")


class Coverage:
    """The characters of a text already read as part of a mention (or of its state), and
    where mentions end."""

    def __init__(self, size: int) -> None:
        self.covered = bytearray(size)
        self.ends: set[int] = set()

    def free(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) < 0

    def take(self, span: Span) -> None:
        self.covered[span.start : span.end] = b"\x01" * len(span)
        self.ends.add(span.end)


class Placer:
    """Places the names of one text: ``resolve`` gives the government a name is, or ``None``."""

    def __init__(self, text: str, context: tuple[UsState, ...], coverage: Coverage) -> None:
        self.text = text
        self.coverage = coverage
        self.dateline = dateline_state(text)
        self.given = context
        self.named = context_states(text)

    def resolve(
        self,
        name: str,
        *,
        kind_hint: str | None = None,
        state: UsState | None = None,
        span: Span,
    ) -> tuple[Jurisdiction, MentionResolution] | None:
        if state is not None:
            placed = parse_place(name, state)
            return None if placed is None else (placed, _R.EXPLICIT)
        if kind_hint is None and not stands_alone(name):
            # Only a list places it ("Albany and Ithaca"): what the steps below come to.
            if not self.continues_list(span.start):
                return None
            return self._in_context(name, span, _ANY_GOVERNMENT)
        if name == "Washington":
            return self._washington(span, kind_hint)
        if is_state_name(name) and kind_hint is None and _CITY_TITLE.match(self.text, span.end):
            # "New York Police Department": the city, not the state
            city = parse_place(f"City of {name}", state_names()[name])
            if city is not None and city.kind is not _K.STATE and city.fips is not None:
                return city, _R.CONTEXT
        if kind_hint == "states" or (is_state_name(name) and kind_hint is None):
            found = state_only(name)
            if found is None:
                return None
            if name == "New York" and self.text[span.end : span.end + 5] == " City":
                return None
            return found, _R.EXPLICIT
        if is_state_name(name):
            return None
        designated = name.endswith(DESIGNATORS) or kind_hint in ("counties", "cities", "towns")
        famous = None if designated else famous_places().get(name_key(name))
        if famous is not None:
            if self.dateline is not None and self.dateline != famous.state:
                local = parse_place(name, self.dateline)
                if local is not None and local.fips is not None:
                    return local, _R.CONTEXT
            return famous, _R.RANKED
        if not designated and not self.continues_list(span.start):
            return None
        wanted = _HINT_KINDS.get(kind_hint or "", _ANY_GOVERNMENT)
        if name.endswith(DESIGNATORS):
            wanted = _HINT_KINDS["counties"]
        in_context = self._in_context(name, span, wanted)
        if in_context is not None or not designated:
            return in_context
        unique = parse_place(name, None)
        if unique is None:
            return None
        ranked = any("ambiguous" in note for note in unique.notes)
        return unique, _R.RANKED if ranked else _R.EXPLICIT

    def _in_context(
        self, name: str, span: Span, wanted: frozenset[JurisdictionKind]
    ) -> tuple[Jurisdiction, MentionResolution] | None:
        """The government of a kind ``wanted`` the nearest state that has one places."""
        for context in self._contexts(span):
            placed = parse_place(name, context)
            if placed is not None and placed.fips is not None and placed.kind in wanted:
                return placed, _R.CONTEXT
        return None

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

    def continues_list(self, start: int) -> bool:
        """ "New York City, Albany and Ithaca": a name at ``start`` listed right after a
        found place."""
        if not self.text[max(0, start - 12) : start].rstrip().endswith(_SEPARATORS):
            return False  # what the pattern needs, tested without it first
        separator = _LIST_SEPARATOR.search(self.text, max(0, start - 12), start)
        if separator is None:
            return False
        return separator.start() in self.coverage.ends

    def _washington(
        self, span: Span, kind_hint: str | None
    ) -> tuple[Jurisdiction, MentionResolution] | None:
        """Washington the state only when the text says so; never the capital by metonymy."""
        before = self.text[max(0, span.start - 12) : span.start]
        after = self.text[span.end : span.end + 8]
        in_list = kind_hint == "states" or self._among_states(span)
        if _WASHINGTON_STATE.search(before) or _WASHINGTON_STATE.search(after) or in_list:
            found = state_only("Washington")
            return (found, _R.EXPLICIT) if found is not None else None
        return None

    def _among_states(self, span: Span) -> bool:
        """ "New York City, Connecticut, New Jersey, Washington, and Virginia"."""
        window = self.text[max(0, span.start - 40) : span.end + 40]
        names = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", window)
        return sum(1 for n in names if n != "Washington" and is_state_name(n)) >= 2


@cache
def state_names() -> dict[str, UsState]:
    return {state.name: state for state in all_states()}


def is_state_name(name: str) -> bool:
    return name in state_names()


def state_only(name: str) -> Jurisdiction | None:
    if name not in state_names():
        return None
    return parse_place(name, None)


@lru_cache(maxsize=4096)
def stands_alone(name: str) -> bool:
    """Whether ``name`` may be a government with nothing written around it: a state, a name
    with a county's designator, or a place the curated gazetteer ranks first."""
    return is_state_name(name) or name.endswith(DESIGNATORS) or name_key(name) in famous_places()


@cache
def famous_places() -> dict[str, Jurisdiction]:
    """The curated gazetteer's places (large cities and counties) by every name they go by."""
    famous: dict[str, Jurisdiction] = {}
    for place in curated_places():
        for written in (place.name, *place.aliases):
            key = name_key(written)
            if key in famous or written in state_names():
                continue
            ranked = find_places(written)
            if ranked and ranked[0] is place:
                jurisdiction = parse_place(written, place.state)
                if jurisdiction is not None:
                    famous[key] = jurisdiction
    return famous


@lru_cache(maxsize=4096)
def parse_place(name: str, state: UsState | None) -> Jurisdiction | None:
    try:
        return parse_jurisdiction(name, state=state)
    except SanctuaryModelError:
        return None


def dateline_state(text: str) -> UsState | None:
    """The state of a dateline ("ALBANY, N.Y. (AP) —"), or of its city when famous."""
    dateline = _DATELINE.match(text)
    if dateline is None:
        return None
    if dateline["state"]:
        try:
            return match_state_text(dateline["state"], allow_typos=False).state
        except SanctuaryModelError:
            return None
    famous = famous_places().get(name_key(dateline["city"]))
    return None if famous is None else famous.state


def context_states(text: str) -> list[tuple[int, UsState]]:
    """Where the article names each state: the nearest one places a designated name."""
    states: list[tuple[int, UsState]] = []
    names = state_names()
    for match in STATE_WORD.finditer(text):
        word = match[0]
        if word in names and word != "Washington":
            state = names[word]
        elif word.endswith(".") and len(word) > 3:
            try:
                state = match_state_text(word, allow_typos=False).state
            except SanctuaryModelError:
                continue
        else:
            continue
        if ORGANISATION_OF.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the Southern District of New York" places nothing
        states.append((match.start(), state))
    return states
