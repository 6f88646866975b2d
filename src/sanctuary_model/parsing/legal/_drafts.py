"""Rulings assembled from the events that report them: which ruling an event belongs to,
what it adds, and the finished ``CourtRuling``."""

from __future__ import annotations

import re

import attrs

from ...errors import ParseError
from ...model.dates import DateMention
from ...model.jurisdictions import Jurisdiction
from ...model.legal import Court, CourtKind, CourtRuling, RulingKind, RulingOutcome, RulingScope
from ...model.notices import DojNotice
from ...model.people import Person
from ...model.span import Span
from ..jurisdictions import parse_jurisdiction
from ..text import SpanIndex
from ._clauses import Actor, Event
from ._places import Places
from ._vocabulary import (
    ACT,
    HOLDING,
    KIND_RANK,
    LIFTED,
    MAX_DATES,
    NATIONWIDE,
    PAGES,
    PARTIES_ONLY,
    PRECISION_RANK,
    THAT_PART,
    dates_overlap,
    denies_reconsideration,
    ruling_kind,
    ruling_sides,
)
from .courts import court_for_city


@attrs.define
class Draft:
    """A ruling being assembled from the clauses that report it."""

    judge: Person | None = None
    court: Court | None = None
    court_tier: CourtKind = CourtKind.DISTRICT
    party: str | None = None
    dates: list[DateMention] = attrs.field(factory=list)
    sides: set[RulingOutcome] = attrs.field(factory=set)
    scope: RulingScope | None = None
    kind: RulingKind = RulingKind.RULING
    pages: int | None = None
    span: Span | None = None
    holdings: list[str] = attrs.field(factory=list)
    subject: str | None = None
    mentions: list[Span] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)


class RulingDrafts:
    """The rulings read so far, found again by judge or court."""

    def __init__(
        self,
        text: str,
        places: Places,
        dates: SpanIndex[DateMention],
        notice_at: dict[Span, DojNotice],
    ) -> None:
        self.text = text
        self.places = places
        self.dates = dates
        self.notice_at = notice_at
        self.drafts: list[Draft] = []
        self.by_judge: dict[str, Draft] = {}
        self.by_court: dict[str, Draft] = {}

    def apply(self, event: Event) -> Draft:
        draft = self._target(event)
        self._merge(draft, event)
        return draft

    def _target(self, event: Event) -> Draft:
        denial = denies_reconsideration(event.text)
        if event.actor is Actor.NAMED and event.judge is not None:
            draft = self.by_judge.get(event.judge.name) or self._adoptable(event)
        elif event.actor is Actor.REFERENCE and event.judge is not None:
            draft = self.by_judge.get(event.judge.name)
        elif event.actor is Actor.COURT and event.court is not None:
            draft = self.by_court.get(event.court.abbreviation)
        else:
            draft = None
        if draft is not None and self._starts_new(draft, event, denial):
            follow_up = Draft(
                judge=draft.judge, court=draft.court, court_tier=draft.court_tier,
                party=draft.party, subject=draft.holdings[-1] if draft.holdings else None,
            )  # fmt: skip
            draft = follow_up
            self.drafts.append(draft)
        if draft is None:
            draft = Draft(court_tier=event.tier)
            self.drafts.append(draft)
        if event.judge is not None:
            draft.judge = event.judge
            self.by_judge[event.judge.name] = draft
        elif event.actor is Actor.COURT and event.court is not None:
            self.by_court[event.court.abbreviation] = draft
        return draft

    def _starts_new(self, draft: Draft, event: Event, denial: bool) -> bool:
        if denial:
            return draft.kind is not RulingKind.DENIAL_OF_RECONSIDERATION
        return self._dated_apart(draft, event)

    def _adoptable(self, event: Event) -> Draft | None:
        court = self._event_court(event)
        for draft in self.drafts[-MAX_DATES:]:
            if draft.judge is not None or draft.court_tier is not event.tier:
                continue
            if court is not None and draft.court is not None and court != draft.court:
                continue
            return draft
        return None

    def _event_court(self, event: Event) -> Court | None:
        if event.court is not None:
            return event.court
        if event.court_city is not None:
            return court_for_city(event.court_city, kind=event.tier)
        party = self.places.party(event.text)
        return court_for_city(party, kind=event.tier) if party is not None else None

    def _dated_apart(self, draft: Draft, event: Event) -> bool:
        mine = [d for d in draft.dates if d.note is None]
        theirs = [d for d in event.dates if d.note is None]
        if not mine or not theirs:
            return False
        if all(d.date is not None for d in mine + theirs):
            return not any(dates_overlap(a, b) for a in mine for b in theirs)
        return not {d.text.lower() for d in mine} & {d.text.lower() for d in theirs}

    def _merge(self, draft: Draft, event: Event) -> None:
        text = event.text
        if draft.span is None:
            draft.span = event.sentence
        if not draft.mentions or draft.mentions[-1] != event.sentence:
            draft.mentions.append(event.sentence)
        self._merge_court(draft, event)
        party = self.places.party(text)
        if party is not None and draft.party is None:
            draft.party = party
        for mention in event.dates:
            if len(draft.dates) < MAX_DATES and mention not in draft.dates:
                draft.dates.append(mention)
        denial = denies_reconsideration(text)
        draft.sides |= ruling_sides(text, denial)
        if NATIONWIDE.search(text) and not denial and not LIFTED.search(text):
            draft.scope = RulingScope.NATIONWIDE
        elif PARTIES_ONLY.search(text) and draft.scope is None and not denial:
            draft.scope = RulingScope.PARTIES
        kind = ruling_kind(text)
        if KIND_RANK[kind] > KIND_RANK[draft.kind]:
            draft.kind = kind
        pages = PAGES.search(text)
        if pages is not None and draft.pages is None and int(pages["pages"]) > 0:
            draft.pages = int(pages["pages"])
        holding = None if denial else _holding(self.text, event)
        if holding and holding not in draft.holdings[-MAX_DATES:]:
            draft.holdings.append(holding)
        if draft.kind is RulingKind.DENIAL_OF_RECONSIDERATION:
            if draft.subject is not None and THAT_PART.search(text):
                draft.notes.append(f"'that part' read as the earlier holding: {draft.subject!r}")
            elif draft.subject is None:
                found = re.search(r"reconsider\s(.{1,200})$", text)
                draft.subject = found.group(1).rstrip(" .") if found else None

    def _merge_court(self, draft: Draft, event: Event) -> None:
        if draft.court is not None:
            return
        if event.court is not None:
            draft.court = event.court
        elif event.court_city is not None:
            draft.court = court_for_city(event.court_city, kind=event.tier)

    def same_day(self, sentence: Span, drafts: list[Draft]) -> None:
        same_day = [
            d for d in self.dates.within(sentence)
            if "same day" in d.text.lower() and d.date is None
        ]  # fmt: skip
        if not same_day:
            return
        notice = self.notice_at.get(sentence)
        issued = None if notice is None else notice.issued
        if issued is None or issued.date is None or "same day" in issued.text.lower():
            return
        tied = DateMention(
            same_day[0].text,
            same_day[0].span,
            issued.date,
            issued.precision,
            note=f"the same day as the Justice Department's notice ({issued.text!r})",
        )
        for draft in drafts:
            if len(draft.dates) < MAX_DATES and tied not in draft.dates:
                draft.dates.append(tied)


def _holding(text: str, event: Event) -> str | None:
    clause = event.clause
    act = ACT.search(event.text)
    if act is None:
        return None
    that = HOLDING.search(event.text, act.end())
    if that is None:
        return None
    holding = text[clause.start + that.end() : clause.end].strip().rstrip(".,;")
    return holding or None


def finish(draft: Draft) -> CourtRuling:
    notes = list(draft.notes)
    court = draft.court
    if court is None and draft.party is not None:
        court = court_for_city(draft.party, kind=draft.court_tier)
        if court is not None:
            notes.append(f"court read from the party: {draft.party} sues in {court.abbreviation}")
    decided = _decided(draft.dates, notes)
    if len(draft.sides) == 2:
        outcome: RulingOutcome | None = RulingOutcome.MIXED
    else:
        outcome = next(iter(draft.sides), None)
    return CourtRuling(
        judge=draft.judge,
        court=court,
        party=_party(draft.party, notes),
        decided=decided,
        outcome=outcome,
        scope=draft.scope,
        kind=draft.kind,
        pages=draft.pages,
        span=draft.span,
        holding="; ".join(draft.holdings) or None,
        subject=draft.subject,
        mentions=tuple(draft.mentions),
        notes=tuple(notes),
    )


def _party(written: str | None, notes: list[str]) -> Jurisdiction | None:
    """The jurisdiction that sued, read like any other name of a government."""
    if written is None:
        return None
    try:
        return parse_jurisdiction(written)
    except ParseError:
        notes.append(f"party {written!r} is no jurisdiction the library can place")
        return None


def _decided(dates: list[DateMention], notes: list[str]) -> DateMention | None:
    if not dates:
        return None
    stated = [d for d in dates if d.note is None]
    usable = []
    for mention in dates:
        if mention.note is not None and mention.date is not None:
            clash = [s for s in stated if s.date is not None and not s.covers(mention.date)]
            if clash:
                notes.append(f"{mention.text!r} ({mention.note}) contradicts {clash[0].text!r}")
                continue
            if stated:
                notes.append(f"decided {mention.note}, within {stated[0].text!r}")
        usable.append(mention)
    if not usable:
        return stated[0] if stated else None
    resolved = [d for d in usable if d.date is not None]
    if not resolved:
        return stated[0] if stated else usable[0]
    return min(resolved, key=lambda d: PRECISION_RANK[d.precision])
