"""One clause of running text as a ruling event: who acted (a judge named now or before,
an unnamed judge, a court), and the court and dates the clause gives."""

from __future__ import annotations

import enum
import re

import attrs

from ...model.dates import DateMention
from ...model.legal import Court, CourtKind
from ...model.people import Person
from ...model.span import Span
from ..text import SpanIndex
from ._vocabulary import (
    ACT,
    ANONYMOUS,
    BACK_REFERENCE,
    CAPITALISED,
    COURT,
    JUDGE,
    NOT_YET,
    court_tier,
    is_appellate,
    judge_role,
)
from .courts import court_by_abbreviation, court_by_name


class Actor(enum.Enum):
    """Who a clause says acted."""

    NAMED = "a judge named in the clause"
    ANONYMOUS = "an unnamed judge"
    COURT = "a court"
    REFERENCE = "a judge named before"


@attrs.define
class Event:
    """What one clause says about a ruling."""

    clause: Span
    sentence: Span
    text: str
    actor: Actor
    judge: Person | None = None
    court: Court | None = None
    tier: CourtKind = CourtKind.DISTRICT
    court_city: str | None = None
    dates: list[DateMention] = attrs.field(factory=list)


class ClauseReader:
    """Reads clauses in order, remembering the judges named so far for later references."""

    def __init__(
        self, masked: str, dates: SpanIndex[DateMention], surnames: dict[str, Person]
    ) -> None:
        self.masked = masked
        self.dates = dates
        self.surnames = surnames
        self.last_judge: Person | None = None

    def event(self, clause: Span, sentence: Span) -> Event | None:
        text = self.masked[clause.start : clause.end]
        named = self._judges(text)
        # The act is checked before the actor (side-effect free) is looked for: most clauses
        # report no act, and the judges named must be remembered either way.
        if not ACT.search(text) or NOT_YET.search(text):
            return None
        event = self._actor(text, clause, sentence, named)
        if event is None:
            return None
        event.dates = self.dates.within(clause)
        return event

    def _judges(self, text: str) -> list[re.Match[str]]:
        """The judges ``text`` names, remembered for later references to them."""
        named = list(JUDGE.finditer(text)) if "Judge" in text else []  # in every match
        for match in named:
            person = Person(" ".join(match["name"].split()), judge_role(match["role"]))
            self.surnames[person.surname] = person
            self.last_judge = person
        return named

    def _actor(
        self, text: str, clause: Span, sentence: Span, named: list[re.Match[str]]
    ) -> Event | None:
        court = self._court(text)
        if named and self.last_judge is not None:
            last = named[-1]
            tier = CourtKind.CIRCUIT if is_appellate(last["role"]) else CourtKind.DISTRICT
            return Event(
                clause, sentence, text, Actor.NAMED, self.last_judge, court, tier, last["city"]
            )
        anonymous = ANONYMOUS.search(text)
        if anonymous is not None:
            tier = court_tier(anonymous["tier"]) if court is None else court.kind
            return Event(
                clause, sentence, text, Actor.ANONYMOUS, None, court, tier, anonymous["city"]
            )
        if court is not None:
            return Event(clause, sentence, text, Actor.COURT, None, court, court.kind)
        referenced = self._referenced(text)
        if referenced is not None:
            return Event(clause, sentence, text, Actor.REFERENCE, referenced)
        return None

    def _referenced(self, text: str) -> Person | None:
        if BACK_REFERENCE.search(text) is not None and self.last_judge is not None:
            return self.last_judge
        for match in CAPITALISED.finditer(text):
            for word in match.group().split():
                if word in self.surnames:
                    return self.surnames[word]
        return None

    def _court(self, text: str) -> Court | None:
        for match in COURT.finditer(text):
            found = None
            if match["district"] or match["district2"]:
                found = court_by_name(match["district"] or match["district2"])
            elif match["appeals"] or match["word"]:
                found = court_by_abbreviation(f"{match['appeals'] or match['word']} Cir.")
            elif match["ordinal"]:
                found = court_by_abbreviation(f"{match['ordinal']} Cir.")
            elif match["abbr"]:
                found = court_by_abbreviation(match["abbr"])
            else:
                found = court_by_abbreviation("U.S.")
            if found is not None:
                return found
        return None
