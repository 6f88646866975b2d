"""What is written around a name in running text and says which government it is: its
state after a comma (``Ithaca, N.Y.``), an abbreviated county (``Sacramento Cty. (CA.)``),
a state in parentheses (``Fremont (Calif.)``), or the words before it (``the city of``).
"""

from __future__ import annotations

import re

from ...errors import SanctuaryModelError
from ...model.jurisdictions import JurisdictionMention, MentionResolution
from ...model.span import Span
from ._placing import (
    ORGANISATION_OF,
    Coverage,
    Placer,
    is_state_name,
    parse_place,
    stands_alone,
)
from ._states import match_state_text

__all__ = ["Around"]

_R = MentionResolution

_STATE_ABBREVIATION = re.compile(
    r", (?P<state>(?:[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,4}\.)?|[A-Z]{2}|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?))(?! [A-Z])(?=[\s,.;:)—–-]|$)"
)
_KIND_OF = re.compile(r"\b(?:the )?(?P<kind>city|state|county|town|commonwealth) of $", re.I)
_ABBREVIATED_COUNTY = re.compile(r"\s(?:Cty|Cnty|Co)\.")
_PAREN_STATE = re.compile(r"\s\((?P<state>[A-Za-z][A-Za-z. ]{1,15})\)")


class Around:
    """Reads a name of ``text`` with what is written around it (``mention``)."""

    def __init__(self, text: str, coverage: Coverage, placer: Placer) -> None:
        self.text = text
        self.coverage = coverage
        self.placer = placer

    def unplaceable(self, name: str, start: int, end: int) -> bool:
        """Whether ``mention`` would find no government at ``start:end``, known cheaply:
        nothing that places a name is written around it (a state after a comma, ``Cty.``, a
        state in parentheses, ``of`` before it, a list it continues) and the name alone is no
        state, county form or famous place. Most capitalised words are such names."""
        return (
            not self._placing_after(end)
            and not self._of_before(start)
            and not stands_alone(name)
            and not self.placer.continues_list(start)
        )

    def _placing_after(self, end: int) -> str:
        """What is written right after a name that may place it: ``","`` (a state after a
        comma), ``" "`` (a space, then ``Cty.`` or a state in parentheses), or ``""``."""
        next_two = self.text[end : end + 2]
        if next_two[:1] == ",":
            return ","
        return " " if next_two[1:] in ("C", "(") and next_two[:1].isspace() else ""

    def _of_before(self, start: int) -> bool:
        # "the city of", "the University of" (``$`` of both patterns also matches before a
        # last newline): most names follow no "of", and this test is cheaper than either.
        return self.text[max(0, start - 4) : start].lower().endswith(("of ", "of \n"))

    def mention(self, name: str, span: Span) -> JurisdictionMention | None:
        """The government ``name`` (at ``span``) is, read with what surrounds it, or ``None``."""
        # Each form is tried only where its first characters stand (", ", " C", " (").
        placing = self._placing_after(span.end)
        if placing == ",":
            with_state = self._with_state(name, span, self.text[span.end : span.end + 40])
            if with_state is not None:
                return with_state
        elif placing and not is_state_name(name):
            after = self.text[span.end : span.end + 40]
            abbreviated = _ABBREVIATED_COUNTY.match(after)
            if abbreviated is not None:
                return self._abbreviated_county(
                    name, Span(span.start, span.end + abbreviated.end())
                )
            parenthesised = self._parenthesised(name, span, after)
            if parenthesised is not None:
                return parenthesised
        return self._introduced(name, span)

    def _with_state(self, name: str, span: Span, after: str) -> JurisdictionMention | None:
        """ "X, Calif.": the state is written; the state itself is no separate mention."""
        qualifier = _STATE_ABBREVIATION.match(after)
        if qualifier is None or (
            is_state_name(name) and (name != "Washington" or qualifier["state"][:1] != "D")
        ):
            return None
        try:
            state = match_state_text(qualifier["state"], allow_typos=False).state
        except SanctuaryModelError:
            return None
        resolved = self.placer.resolve(name, state=state, span=span)
        if resolved is None or resolved[0].fips is None:
            return None
        self.coverage.take(Span(span.end + qualifier.start("state"), span.end + qualifier.end()))
        return JurisdictionMention(name, span, resolved[0], _R.EXPLICIT)

    def _abbreviated_county(self, name: str, whole: Span) -> JurisdictionMention | None:
        """ "Sacramento Cty. (CA.)": the county, its state in parentheses when given."""
        if not self.coverage.free(whole.start, whole.end):
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
            placed = parse_place(f"{name} County", state)
            if placed is not None and placed.fips is not None:
                self.coverage.take(Span(whole.end, paren.end()) if paren else whole)
                return JurisdictionMention(written, whole, placed, _R.EXPLICIT)
        resolved = self.placer.resolve(f"{name} County", span=whole)
        return None if resolved is None else JurisdictionMention(written, whole, *resolved)

    def _parenthesised(self, name: str, span: Span, after: str) -> JurisdictionMention | None:
        """ "Fremont (Calif.)": the place of the state in parentheses."""
        paren = _PAREN_STATE.match(after)
        if paren is None:
            return None
        try:
            state = match_state_text(paren["state"]).state
        except SanctuaryModelError:
            return None
        placed = parse_place(name, state)
        if placed is None or placed.fips is None:
            return None
        self.coverage.take(Span(span.end, span.end + paren.end()))
        return JurisdictionMention(name, span, placed, _R.EXPLICIT)

    def _introduced(self, name: str, span: Span) -> JurisdictionMention | None:
        """A name after "the city of" (a hint of its kind), after "the University of" (no
        place), or with nothing around it."""
        if self._of_before(span.start):
            before = self.text[max(0, span.start - 30) : span.start]
            if ORGANISATION_OF.search(before):
                return None  # "the American Civil Liberties Union of Oregon"
            kind_of = _KIND_OF.search(before)
            if kind_of is not None:
                hint = {"city": "cities", "town": "towns", "county": "counties"}.get(
                    kind_of["kind"].lower(), "states"
                )
                resolved = self.placer.resolve(name, kind_hint=hint, span=span)
                return None if resolved is None else JurisdictionMention(name, span, *resolved)
        resolved = self.placer.resolve(name, span=span)
        return None if resolved is None else JurisdictionMention(name, span, *resolved)
