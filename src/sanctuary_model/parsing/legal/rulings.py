"""Court rulings as news reports them, and the statutes and courts they involve.

``extract_rulings`` reads the running text a clause at a time (quoted speech is masked so
that a speaker's words are never read as a court's). A clause reports a ruling when it has
both a judicial actor and a judicial act:

- actors: a named judge (``U.S. District Judge Michael Baylson``), an unnamed one
  (``a federal judge in Philadelphia``), a named court (``the 9th U.S. Circuit Court of
  Appeals``), or a reference back to a judge already named: the surname (``Baylson's``),
  ``the judge``, or ``he``/``she`` as the subject of a judicial verb, resolved to the judge
  named last;
- acts: ``ruled``, ``denied``, ``blocked``, ``a decision``, ``his 128-page order`` and kin.

Clauses about the same judge merge into one ruling, except a denial of reconsideration or
a clause dated differently (``last week`` after ``in September``), which start a new ruling
by that judge. An unnamed judge's ruling is the one the first judge named afterwards made
when nothing (court, party) contradicts it: news leads with "a federal judge" and names
the judge later. A ruling with no court stated takes the district court of the city that
sued (recorded in ``notes``). A ruling reported as made ``on the same day`` as a Justice
Department notice takes the notice's date when the notice is dated and that date falls
within the ruling's own stated date (``last week``).

>>> import datetime as dt
>>> text = "U.S. District Judge Jane Roe ruled Monday that the administration exceeded its "
>>> text += "authority in withholding grants from the city of Seattle."
>>> ruling, = extract_rulings(Article(text, published=dt.date(2018, 1, 10)))
>>> ruling.judge.name, ruling.court.abbreviation, ruling.party.key, ruling.outcome.value
('Jane Roe', 'W.D. Wash.', 'wa/seattle', 'for_jurisdiction')
"""

from __future__ import annotations

import enum
import functools
import re

import attrs

from ...errors import ParseError
from ...model.dates import DateMention, DatePrecision
from ...model.documents import Article
from ...model.jurisdictions import Jurisdiction
from ...model.legal import Court, CourtKind, CourtRuling, RulingKind, RulingOutcome, RulingScope
from ...model.people import Person
from ...model.span import Span
from ..dates import extract_dates
from ..jurisdictions import parse_jurisdiction
from ..notices import extract_notices
from ..text import SpanIndex, masked_text, sentence_clauses
from .courts import (
    court_by_abbreviation,
    court_by_name,
    court_for_city,
    known_cities,
)

__all__ = ["extract_rulings"]

_NAME_WORD = r"(?:[A-Z]\.|[A-Z][a-z][\w'’-]{0,30})"
# A leading lookahead like this one only rejects early the many positions where no
# alternative can start (its class holds every alternative's possible first character).
_JUDGE = re.compile(
    r"(?=[ACDFJMPSUf])(?P<role>(?:(?:U\.S\.|US|[Ff]ederal|Senior|Chief|Presiding)\s){0,3}"
    r"(?:(?:District|Circuit|Magistrate|Appeals\sCourt|Appellate)\s)?Judge)\s"
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})(?:,?\s(?:Jr\.|Sr\.|III|II))?"
    r"(?:\s(?:in|of)\s(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?"
)
_ANONYMOUS = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s(?:federal\s|U\.S\.\s)?(?:(?P<tier>district|appeals|appellate"
    r"|circuit)\s)?(?:court\s)?(?:judge|court|panel)\b"
    r"(?:\s(?:in|based\sin|sitting\sin)\s(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?"
)
_ORDINAL_WORDS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\."
_COURT = re.compile(
    r"(?=[CDEFMNSTUW\d(])"
    r"(?:\bU\.S\.\sDistrict\sCourt\sfor\sthe\s(?P<district>(?:(?:Northern|Southern|Eastern"
    r"|Western|Central|Middle)\s)?District\sof\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    rf"|\bU\.S\.\sCourt\sof\sAppeals\sfor\sthe\s(?P<appeals>{_ORDINAL_WORDS})\sCircuit"
    r"|\b(?P<district2>(?:Northern|Southern|Eastern|Western|Central|Middle)\sDistrict\sof\s[A-Z][a-z]+"
    r"(?:\s[A-Z][a-z]+)?)"
    r"|\b(?P<ordinal>\d{1,2}(?:st|nd|rd|th|d))\s(?:U\.S\.\s)?Circuit(?:\sCourt\sof\sAppeals)?\b"
    rf"|\b(?P<word>{_ORDINAL_WORDS})\s(?:U\.S\.\s)?Circuit\b"
    r"|\((?P<abbr>(?:[NSEWCM]\.\s?D\.|D\.)\s?[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,4}\.)?)\)"
    r"|\b(?P<supreme>(?:U\.S\.\s)?Supreme\sCourt)\b)"
)
_JUDICIAL_VERB = (
    r"ruled|denied|granted|issued|blocked|barred|enjoined|ordered|wrote|found|held|sided"
    r"|struck|upheld|dismissed|rejected|declined|refused"
)
_BACK_REFERENCE = re.compile(
    r"\b(?P<who>[Tt]he\s(?:federal\s|same\s)?judge|[Hh]e|[Ss]he)\s(?:also\s|later\s|then\s)?"
    rf"(?:{_JUDICIAL_VERB})\b"
)
_ACT = re.compile(
    r"\b(?:rule[sd]?|ruling|decision|order|opinion|injunction|prohibition|denied|granted"
    r"|blocked|barred|enjoined|ordered|found|held|sided|siding|struck\sdown|upheld|dismissed"
    r"|rejected|declined|refused|halted|affirmed|reversed|vacated)\b"
)
# ``\b`` before the first capital, written as a lookbehind spanning it so that a search
# skips straight from capital to capital.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:\s[A-Z][a-z]+){0,2}")
_GOV = (
    r"(?:the\s)?(?:U\.S\.\s)?(?:Justice\sDepartment|Department\sof\sJustice|DOJ|(?:Trump\s)?"
    r"administration|federal\sgovernment|government|Attorney\sGeneral(?:\s[A-Z][a-z]+){0,2}"
    r"|attorney\sgeneral|Sessions|President(?:\s[A-Z][a-z]+){0,2}|president|Trump)"
)
_GOV_RE = re.compile(_GOV)
_RULING_WORD = (
    r"(?:rule[sd]?|ruling|decided|decision|sided|prohibition|injunction|order|ban|judgment|found)"
    r"\s(?:[\w-]+\s){0,2}?"
)
_FOR_JURISDICTION = re.compile(
    r"\b(?:overstepped|exceeded|overreached|abused)\s(?:its|his|her|their)\s(?:authority|powers?"
    r"|bounds)"
    rf"|\b{_RULING_WORD}against\s{_GOV}"
    r"|\b(?:block|bar|enjoin|prohibit|stopp|halt|prevent)(?:ed|ing)\s"
    rf"{_GOV}|\b(?:barred|barring|forbade)\s{_GOV}"
    r"|\b(?:blocked|halted|struck\sdown|invalidated|enjoined)\s(?:the\s)?(?:[\w-]+\s){0,2}?"
    r"(?:conditions|requirements|executive\sorder)"
    rf"|\bsid(?:ed|es|ing)\swith\s(?!{_GOV})"
    rf"|\b(?:ruled\s)?in\sfavor\sof\s(?!{_GOV})"
    rf"|\b{_GOV}\s(?:could\snot|cannot|can\snot|may\snot|couldn['’]t|can['’]t|lacked|lacks"
    r"|had\sno|has\sno)\b"
    r"|\bgranted\s(?:the\s)?(?:(?:city|county|state|plaintiffs?)\s(?:of\s[A-Z][a-z]+\s)?"
    r"|[\w.]+['’]s\s)?(?:a\s|an\s)?(?:(?:preliminary|permanent|nationwide)\s){0,2}"
    r"injunction"
    r"|\b(?:unconstitutional|unlawful)\b"
)
_FOR_GOVERNMENT = re.compile(
    rf"\b{_GOV}\s(?:could|can|may|was\sentitled\sto|is\sentitled\sto|acted\swithin)\s(?!not\b)"
    r"|\b(?:rule[sd]?|ruling|decided|decision|sided|judgment|found)\s(?:[\w-]+\s){0,2}?against\s"
    r"(?:the\s)?(?:sanctuary\s)?(?:city|cities|county|counties|state|jurisdictions?|plaintiffs?)\b"
    rf"|\b(?:upheld|sid(?:ed|es|ing)\swith|in\sfavor\sof)\s{_GOV}"
    r"|\bupheld\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:conditions|requirements)"
    r"|\b(?:lifted|stayed|vacated|overturned|reversed)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,2}?"
    r"(?:injunction|ruling|order|decision)"
)
_REJECTION = re.compile(
    r"\b(?:denied|rejected|dismissed|refused|declined|threw\sout|tossed)\s(?:a\s|an\s|the\s)?"
    r"(?:(?P<owner>(?:(?:[Cc]ity|[Cc]ounty|[Ss]tate)\sof\s)?(?:[A-Z][\w.]*\s){0,2}[\w.]+)['’]s\s)?"
    r"(?:\w+\s)?"
    r"(?:request|motion|bid|petition|lawsuit|suit|challenge|case|complaint|claims?)"
    r"(?:\s(?:by|from|of)\s(?P<by>(?:the\s)?[\w.]+(?:\s[A-Z][\w.]*){0,2}))?"
)
_LIFTED = re.compile(
    r"\b(?:lifted|stayed|vacated|overturned|reversed|dissolved)\s(?:the\s|a\s|an\s)?"
    r"(?:[\w-]+\s){0,2}?(?:injunction|ruling|order|decision)"
)
_RECONSIDER = re.compile(r"\b(?:denied|rejected|refused|declined)\b[^.;]{0,80}?\breconsider")
_THAT_PART = re.compile(r"\b(?:that|this|the\sinformation[- ]sharing)\s(?:part|portion|aspect)")
_PAGES = re.compile(
    r"\b(?P<pages>\d{1,4})-page\s(?P<noun>order|opinion|ruling|decision|injunction|memorandum)"
)
_INJUNCTION = re.compile(r"\b(?:injunction|prohibition|blocked|enjoined|barred)\b")
_OPINION = re.compile(r"\bopinion\b")
_ORDER = re.compile(r"(?<!executive\s)(?<!\bin\s)\border\b")
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide|across\sthe\s(?:country|nation))\b"
)
_PARTIES_ONLY = re.compile(
    r"\bapplies\sonly\sto\b|\b(?:only|limited)\sto\sthe\s(?:city|county|state|plaintiffs?)\b"
)
_NOT_YET = re.compile(r"\b(?:not|never)\s(?:yet\s)?(?:rule[sd]?|decided|issued)\b")
_HOLDING = re.compile(r"\bthat\s")
_PLACE = re.compile(
    r"(?=[A-Zcs])"
    r"(?:\b(?:[Cc]ity|[Cc]ounty|[Ss]tate)\sof\s(?P<of>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    r"|\b(?P<county>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\sCounty)\b"
    r"|\b(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})['’]s\s(?:lawsuit|suit|request|motion|challenge"
    r"|case|complaint|bid|policy|policies)\b)"
)
_THE_PLACE = re.compile(r"\bthe\s(?:city|county)\b(?!\sof\b)")
_MAX_DATES = 8  # a ruling reported with more dates than this is not one ruling
_KIND_RANK = {
    RulingKind.RULING: 0,
    RulingKind.ORDER: 1,
    RulingKind.OPINION: 1,
    RulingKind.INJUNCTION: 2,
    RulingKind.DENIAL_OF_RECONSIDERATION: 3,
}
_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


class _Actor(enum.Enum):
    """Who a clause says acted."""

    NAMED = "a judge named in the clause"
    ANONYMOUS = "an unnamed judge"
    COURT = "a court"
    REFERENCE = "a judge named before"


@attrs.define
class _Draft:
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


@attrs.define
class _Event:
    """What one clause says about a ruling."""

    clause: Span
    sentence: Span
    text: str
    actor: _Actor
    judge: Person | None = None
    court: Court | None = None
    tier: CourtKind = CourtKind.DISTRICT
    court_city: str | None = None
    dates: list[DateMention] = attrs.field(factory=list)


def extract_rulings(article: Article | str) -> tuple[CourtRuling, ...]:
    """Every court ruling the article (or a plain text) reports, in the order they are first
    mentioned."""
    if isinstance(article, str):
        article = Article(article)
    return _Reader(article).read()


class _Reader:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.masked = masked_text(article)
        self.dates = SpanIndex(
            (d.span, d) for d in extract_dates(article) if not d.fiscal and d.span is not None
        )
        self.notice_at = {
            span: notice for notice in extract_notices(article) for span in notice.mentions
        }
        self.drafts: list[_Draft] = []
        self.by_judge: dict[str, _Draft] = {}
        self.by_court: dict[str, _Draft] = {}
        self.surnames: dict[str, Person] = {}
        self.last_judge: Person | None = None
        self.last_place: str | None = None
        self.cities = known_cities()
        self.city_words = _city_words()
        # Clause text -> its places before the surname filter, which alone can change.
        self.place_cache: dict[str, tuple[list[tuple[int, str]], list[tuple[int, str, bool]]]] = {}

    def read(self) -> tuple[CourtRuling, ...]:
        for sentence, clauses in sentence_clauses(self.article):
            self._sentence(sentence, clauses)
        return tuple(_finish(draft) for draft in self.drafts)

    def _sentence(self, sentence: Span, clauses: tuple[Span, ...]) -> None:
        events: list[tuple[_Event, _Draft]] = []
        for clause in clauses:
            event = self._event(clause, sentence)
            if event is not None:
                events.append((event, self._apply(event)))
            self._remember_places(clause)
        if events:
            self._same_day(sentence, [draft for _event, draft in events])

    def _event(self, clause: Span, sentence: Span) -> _Event | None:
        text = self.masked[clause.start : clause.end]
        named = self._judges(text)
        # The act is checked before the actor (side-effect free) is looked for: most clauses
        # report no act, and the judges named must be remembered either way.
        if not _ACT.search(text) or _NOT_YET.search(text):
            return None
        event = self._actor(text, clause, sentence, named)
        if event is None:
            return None
        event.dates = self.dates.within(clause)
        return event

    def _judges(self, text: str) -> list[re.Match[str]]:
        """The judges ``text`` names, remembered for later references to them."""
        named = list(_JUDGE.finditer(text)) if "Judge" in text else []  # in every match
        for match in named:
            person = Person(" ".join(match["name"].split()), _role(match["role"]))
            self.surnames[person.surname] = person
            self.last_judge = person
        return named

    def _actor(
        self, text: str, clause: Span, sentence: Span, named: list[re.Match[str]]
    ) -> _Event | None:
        court = self._court(text)
        if named and self.last_judge is not None:
            last = named[-1]
            tier = CourtKind.CIRCUIT if _appellate(last["role"]) else CourtKind.DISTRICT
            return _Event(
                clause, sentence, text, _Actor.NAMED, self.last_judge, court, tier, last["city"]
            )
        anonymous = _ANONYMOUS.search(text)
        if anonymous is not None:
            tier = _tier(anonymous["tier"]) if court is None else court.kind
            return _Event(
                clause, sentence, text, _Actor.ANONYMOUS, None, court, tier, anonymous["city"]
            )
        if court is not None:
            return _Event(clause, sentence, text, _Actor.COURT, None, court, court.kind)
        referenced = self._referenced(text)
        if referenced is not None:
            return _Event(clause, sentence, text, _Actor.REFERENCE, referenced)
        return None

    def _referenced(self, text: str) -> Person | None:
        if _BACK_REFERENCE.search(text) is not None and self.last_judge is not None:
            return self.last_judge
        for match in _CAPITALISED.finditer(text):
            for word in match.group().split():
                if word in self.surnames:
                    return self.surnames[word]
        return None

    def _court(self, text: str) -> Court | None:
        for match in _COURT.finditer(text):
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

    def _apply(self, event: _Event) -> _Draft:
        draft = self._target(event)
        self._merge(draft, event)
        return draft

    def _target(self, event: _Event) -> _Draft:
        denial = _reconsideration(event.text)
        if event.actor is _Actor.NAMED and event.judge is not None:
            draft = self.by_judge.get(event.judge.name) or self._adoptable(event)
        elif event.actor is _Actor.REFERENCE and event.judge is not None:
            draft = self.by_judge.get(event.judge.name)
        elif event.actor is _Actor.COURT and event.court is not None:
            draft = self.by_court.get(event.court.abbreviation)
        else:
            draft = None
        if draft is not None and self._starts_new(draft, event, denial):
            follow_up = _Draft(
                judge=draft.judge, court=draft.court, court_tier=draft.court_tier,
                party=draft.party, subject=draft.holdings[-1] if draft.holdings else None,
            )  # fmt: skip
            draft = follow_up
            self.drafts.append(draft)
        if draft is None:
            draft = _Draft(court_tier=event.tier)
            self.drafts.append(draft)
        if event.judge is not None:
            draft.judge = event.judge
            self.by_judge[event.judge.name] = draft
        elif event.actor is _Actor.COURT and event.court is not None:
            self.by_court[event.court.abbreviation] = draft
        return draft

    def _starts_new(self, draft: _Draft, event: _Event, denial: bool) -> bool:
        if denial:
            return draft.kind is not RulingKind.DENIAL_OF_RECONSIDERATION
        return self._dated_apart(draft, event)

    def _adoptable(self, event: _Event) -> _Draft | None:
        court = self._event_court(event)
        for draft in self.drafts[-_MAX_DATES:]:
            if draft.judge is not None or draft.court_tier is not event.tier:
                continue
            if court is not None and draft.court is not None and court != draft.court:
                continue
            return draft
        return None

    def _event_court(self, event: _Event) -> Court | None:
        if event.court is not None:
            return event.court
        if event.court_city is not None:
            return court_for_city(event.court_city, kind=event.tier)
        party = self._party(event.text)
        return court_for_city(party, kind=event.tier) if party is not None else None

    def _dated_apart(self, draft: _Draft, event: _Event) -> bool:
        mine = [d for d in draft.dates if d.note is None]
        theirs = [d for d in event.dates if d.note is None]
        if not mine or not theirs:
            return False
        if all(d.date is not None for d in mine + theirs):
            return not any(_overlap(a, b) for a in mine for b in theirs)
        return not {d.text.lower() for d in mine} & {d.text.lower() for d in theirs}

    def _merge(self, draft: _Draft, event: _Event) -> None:
        text = event.text
        if draft.span is None:
            draft.span = event.sentence
        if not draft.mentions or draft.mentions[-1] != event.sentence:
            draft.mentions.append(event.sentence)
        self._merge_court(draft, event)
        party = self._party(text)
        if party is not None and draft.party is None:
            draft.party = party
        for mention in event.dates:
            if len(draft.dates) < _MAX_DATES and mention not in draft.dates:
                draft.dates.append(mention)
        denial = _reconsideration(text)
        draft.sides |= self._sides(text, denial)
        if _NATIONWIDE.search(text) and not denial and not _LIFTED.search(text):
            draft.scope = RulingScope.NATIONWIDE
        elif _PARTIES_ONLY.search(text) and draft.scope is None and not denial:
            draft.scope = RulingScope.PARTIES
        kind = _kind(text)
        if _KIND_RANK[kind] > _KIND_RANK[draft.kind]:
            draft.kind = kind
        pages = _PAGES.search(text)
        if pages is not None and draft.pages is None and int(pages["pages"]) > 0:
            draft.pages = int(pages["pages"])
        holding = None if denial else _holding(self.text, event)
        if holding and holding not in draft.holdings[-_MAX_DATES:]:
            draft.holdings.append(holding)
        if draft.kind is RulingKind.DENIAL_OF_RECONSIDERATION:
            if draft.subject is not None and _THAT_PART.search(text):
                draft.notes.append(f"'that part' read as the earlier holding: {draft.subject!r}")
            elif draft.subject is None:
                found = re.search(r"reconsider\s(.{1,200})$", text)
                draft.subject = found.group(1).rstrip(" .") if found else None

    def _merge_court(self, draft: _Draft, event: _Event) -> None:
        if draft.court is not None:
            return
        if event.court is not None:
            draft.court = event.court
        elif event.court_city is not None:
            draft.court = court_for_city(event.court_city, kind=event.tier)

    def _party(self, text: str) -> str | None:
        for _position, name, explicit in self._places(text):
            if explicit:
                return name
        the_place = _THE_PLACE.search(text)
        if the_place is None:
            return None
        before = [name for position, name, _ in self._places(text) if position < the_place.start()]
        return before[-1] if before else self.last_place

    def _places(self, text: str) -> list[tuple[int, str, bool]]:
        """Places named in ``text``: (position, name, whether named as a party)."""
        cached = self.place_cache.get(text)
        if cached is None:
            cached = self.place_cache[text] = self._read_places(text)
        parties, cities = cached
        found = [(position, name, True) for position, name in parties if name not in self.surnames]
        found.extend(cities)
        found.sort()
        return found

    def _read_places(self, text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, bool]]]:
        """The places ``text`` names as parties (any may turn out to be a judge's surname)
        and the cities it names."""
        parties: list[tuple[int, str]] = []
        for match in _PLACE.finditer(text):
            name = match["of"] or match["county"] or match["owner"]
            if name and not _GOV_RE.fullmatch(name):
                parties.append((match.start(), name))
        cities: list[tuple[int, str, bool]] = []
        for match in _CAPITALISED.finditer(text):
            words = match.group().split()
            if not any(word in self.city_words for word in words):
                continue  # no run of these words can be a city's name
            for size in range(len(words), 0, -1):
                for start in range(len(words) - size + 1):
                    candidate = " ".join(words[start : start + size])
                    if candidate in self.cities:
                        cities.append((match.start(), candidate, False))
        return parties, cities

    def _sides(self, text: str, denial: bool) -> set[RulingOutcome]:
        sides = set()
        if _FOR_JURISDICTION.search(text):
            sides.add(RulingOutcome.FOR_JURISDICTION)
        if _FOR_GOVERNMENT.search(text):
            sides.add(RulingOutcome.FOR_GOVERNMENT)
        rejection = _REJECTION.search(text)
        if rejection is not None:
            asker = f"{rejection['owner'] or ''} {rejection['by'] or ''}"
            government = _GOV_RE.search(asker) is not None
            sides.add(
                RulingOutcome.FOR_JURISDICTION if government else RulingOutcome.FOR_GOVERNMENT
            )
        if denial and len(sides) > 1:
            sides.discard(RulingOutcome.FOR_JURISDICTION)
        return sides

    def _remember_places(self, clause: Span) -> None:
        places = self._places(self.masked[clause.start : clause.end])
        if places:
            self.last_place = places[-1][1]

    def _same_day(self, sentence: Span, drafts: list[_Draft]) -> None:
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
            if len(draft.dates) < _MAX_DATES and tied not in draft.dates:
                draft.dates.append(tied)


@functools.cache
def _city_words() -> frozenset[str]:
    return frozenset(word for city in known_cities() for word in city.split(" "))


def _role(role: str) -> str:
    words = role.split()
    if words and words[0] == "federal":
        words[0] = "Federal"
    return " ".join(words)


def _appellate(role: str) -> bool:
    return "Circuit" in role or "Appeals" in role or "Appellate" in role


def _tier(word: str | None) -> CourtKind:
    return CourtKind.CIRCUIT if word in ("appeals", "appellate", "circuit") else CourtKind.DISTRICT


def _reconsideration(text: str) -> bool:
    """Whether ``text`` denies a reconsideration; every such match holds ``reconsider``."""
    return "reconsider" in text and _RECONSIDER.search(text) is not None


def _kind(text: str) -> RulingKind:
    if _reconsideration(text):
        return RulingKind.DENIAL_OF_RECONSIDERATION
    if _INJUNCTION.search(text) and not _LIFTED.search(text):
        return RulingKind.INJUNCTION
    pages = _PAGES.search(text)
    if (pages is not None and pages["noun"] == "opinion") or _OPINION.search(text):
        return RulingKind.OPINION
    if _ORDER.search(text):
        return RulingKind.ORDER
    return RulingKind.RULING


def _holding(text: str, event: _Event) -> str | None:
    clause = event.clause
    act = _ACT.search(event.text)
    if act is None:
        return None
    that = _HOLDING.search(event.text, act.end())
    if that is None:
        return None
    holding = text[clause.start + that.end() : clause.end].strip().rstrip(".,;")
    return holding or None


def _overlap(a: DateMention, b: DateMention) -> bool:
    a_first, a_last, b_first, b_last = a.first_day, a.last_day, b.first_day, b.last_day
    if a_first is None or a_last is None or b_first is None or b_last is None:
        return True
    return a_first <= b_last and b_first <= a_last


def _finish(draft: _Draft) -> CourtRuling:
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
    return min(resolved, key=lambda d: _PRECISION_RANK[d.precision])
