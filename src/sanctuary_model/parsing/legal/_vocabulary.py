"""The words news uses for judges, courts, acts of judging and their outcomes: the patterns
the rulings reader matches clause by clause, and small pure readings of one clause."""

from __future__ import annotations

import re

from ...model.dates import DateMention, DatePrecision
from ...model.legal import CourtKind, RulingKind, RulingOutcome
from .._gate import Gated

NAME_WORD = r"(?:[A-Z]\.|[A-Z][a-z][\w'’-]{0,30})"
# A leading lookahead like this one only rejects early the many positions where no
# alternative can start (its class holds every alternative's possible first character).
JUDGE = re.compile(
    r"(?=[ACDFJMPSUf])(?P<role>(?:(?:U\.S\.|US|[Ff]ederal|Senior|Chief|Presiding)\s){0,3}"
    r"(?:(?:District|Circuit|Magistrate|Appeals\sCourt|Appellate)\s)?Judge)\s"
    rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})(?:,?\s(?:Jr\.|Sr\.|III|II))?"
    r"(?:\s(?:in|of)\s(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?"
)
ANONYMOUS = Gated.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s(?:federal\s|U\.S\.\s)?(?:(?P<tier>district|appeals|appellate"
    r"|circuit)\s)?(?:court\s)?(?:judge|court|panel)\b"
    r"(?:\s(?:in|based\sin|sitting\sin)\s(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?"
)
ORDINAL_WORDS = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\."
COURT = Gated.compile(
    r"(?=[CDEFMNSTUW\d(])"
    r"(?:\bU\.S\.\sDistrict\sCourt\sfor\sthe\s(?P<district>(?:(?:Northern|Southern|Eastern"
    r"|Western|Central|Middle)\s)?District\sof\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    rf"|\bU\.S\.\sCourt\sof\sAppeals\sfor\sthe\s(?P<appeals>{ORDINAL_WORDS})\sCircuit"
    r"|\b(?P<district2>(?:Northern|Southern|Eastern|Western|Central|Middle)\sDistrict\sof\s[A-Z][a-z]+"
    r"(?:\s[A-Z][a-z]+)?)"
    r"|\b(?P<ordinal>\d{1,2}(?:st|nd|rd|th|d))\s(?:U\.S\.\s)?Circuit(?:\sCourt\sof\sAppeals)?\b"
    rf"|\b(?P<word>{ORDINAL_WORDS})\s(?:U\.S\.\s)?Circuit\b"
    r"|\((?P<abbr>(?:[NSEWCM]\.\s?D\.|D\.)\s?[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,4}\.)?)\)"
    r"|\b(?P<supreme>(?:U\.S\.\s)?Supreme\sCourt)\b)"
)
JUDICIAL_VERB = (
    r"ruled|denied|granted|issued|blocked|barred|enjoined|ordered|wrote|found|held|sided"
    r"|struck|upheld|dismissed|rejected|declined|refused"
)
BACK_REFERENCE = Gated.compile(
    r"\b(?P<who>[Tt]he\s(?:federal\s|same\s)?judge|[Hh]e|[Ss]he)\s(?:also\s|later\s|then\s)?"
    rf"(?:{JUDICIAL_VERB})\b"
)
ACT = Gated.compile(
    r"\b(?:rule[sd]?|ruling|decision|order|opinion|injunction|prohibition|denied|granted"
    r"|blocked|barred|enjoined|ordered|found|held|sided|siding|struck\sdown|upheld|dismissed"
    r"|rejected|declined|refused|halted|affirmed|reversed|vacated)\b"
)
# ``\b`` before the first capital, written as a lookbehind spanning it so that a search
# skips straight from capital to capital.
CAPITALISED = re.compile(r"[A-Z](?<!\w.)[a-z]+(?:\s[A-Z][a-z]+){0,2}")
GOV = (
    r"(?:the\s)?(?:U\.S\.\s)?(?:Justice\sDepartment|Department\sof\sJustice|DOJ|(?:Trump\s)?"
    r"administration|federal\sgovernment|government|Attorney\sGeneral(?:\s[A-Z][a-z]+){0,2}"
    r"|attorney\sgeneral|Sessions|President(?:\s[A-Z][a-z]+){0,2}|president|Trump)"
)
GOV_RE = re.compile(GOV)
RULING_WORD = (
    r"(?:rule[sd]?|ruling|decided|decision|sided|prohibition|injunction|order|ban|judgment|found)"
    r"\s(?:[\w-]+\s){0,2}?"
)
FOR_JURISDICTION = Gated.compile(
    r"\b(?:overstepped|exceeded|overreached|abused)\s(?:its|his|her|their)\s(?:authority|powers?"
    r"|bounds)"
    rf"|\b{RULING_WORD}against\s{GOV}"
    r"|\b(?:block|bar|enjoin|prohibit|stopp|halt|prevent)(?:ed|ing)\s"
    rf"{GOV}|\b(?:barred|barring|forbade)\s{GOV}"
    r"|\b(?:blocked|halted|struck\sdown|invalidated|enjoined)\s(?:the\s)?(?:[\w-]+\s){0,2}?"
    r"(?:conditions|requirements|executive\sorder)"
    rf"|\bsid(?:ed|es|ing)\swith\s(?!{GOV})"
    rf"|\b(?:ruled\s)?in\sfavor\sof\s(?!{GOV})"
    rf"|\b{GOV}\s(?:could\snot|cannot|can\snot|may\snot|couldn['’]t|can['’]t|lacked|lacks"
    r"|had\sno|has\sno)\b"
    r"|\bgranted\s(?:the\s)?(?:(?:city|county|state|plaintiffs?)\s(?:of\s[A-Z][a-z]+\s)?"
    r"|[\w.]+['’]s\s)?(?:a\s|an\s)?(?:(?:preliminary|permanent|nationwide)\s){0,2}"
    r"injunction"
    r"|\b(?:unconstitutional|unlawful)\b"
)
FOR_GOVERNMENT = Gated.compile(
    rf"\b{GOV}\s(?:could|can|may|was\sentitled\sto|is\sentitled\sto|acted\swithin)\s(?!not\b)"
    r"|\b(?:rule[sd]?|ruling|decided|decision|sided|judgment|found)\s(?:[\w-]+\s){0,2}?against\s"
    r"(?:the\s)?(?:sanctuary\s)?(?:city|cities|county|counties|state|jurisdictions?|plaintiffs?)\b"
    rf"|\b(?:upheld|sid(?:ed|es|ing)\swith|in\sfavor\sof)\s{GOV}"
    r"|\bupheld\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:conditions|requirements)"
    r"|\b(?:lifted|stayed|vacated|overturned|reversed)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,2}?"
    r"(?:injunction|ruling|order|decision)"
)
REJECTION = Gated.compile(
    r"\b(?:denied|rejected|dismissed|refused|declined|threw\sout|tossed)\s(?:a\s|an\s|the\s)?"
    r"(?:(?P<owner>(?:(?:[Cc]ity|[Cc]ounty|[Ss]tate)\sof\s)?(?:[A-Z][\w.]*\s){0,2}[\w.]+)['’]s\s)?"
    r"(?:\w+\s)?"
    r"(?:request|motion|bid|petition|lawsuit|suit|challenge|case|complaint|claims?)"
    r"(?:\s(?:by|from|of)\s(?P<by>(?:the\s)?[\w.]+(?:\s[A-Z][\w.]*){0,2}))?"
)
LIFTED = Gated.compile(
    r"\b(?:lifted|stayed|vacated|overturned|reversed|dissolved)\s(?:the\s|a\s|an\s)?"
    r"(?:[\w-]+\s){0,2}?(?:injunction|ruling|order|decision)"
)
RECONSIDER = re.compile(r"\b(?:denied|rejected|refused|declined)\b[^.;]{0,80}?\breconsider")
THAT_PART = Gated.compile(r"\b(?:that|this|the\sinformation[- ]sharing)\s(?:part|portion|aspect)")
PAGES = Gated.compile(
    r"\b(?P<pages>\d{1,4})-page\s(?P<noun>order|opinion|ruling|decision|injunction|memorandum)"
)
INJUNCTION = Gated.compile(r"\b(?:injunction|prohibition|blocked|enjoined|barred)\b")
OPINION = Gated.compile(r"\bopinion\b")
ORDER = Gated.compile(r"(?<!executive\s)(?<!\bin\s)\border\b")
NATIONWIDE = Gated.compile(
    r"\b(?:nationwide|nationally|countrywide|across\sthe\s(?:country|nation))\b"
)
PARTIES_ONLY = Gated.compile(
    r"\bapplies\sonly\sto\b|\b(?:only|limited)\sto\sthe\s(?:city|county|state|plaintiffs?)\b"
)
NOT_YET = Gated.compile(r"\b(?:not|never)\s(?:yet\s)?(?:rule[sd]?|decided|issued)\b")
HOLDING = re.compile(r"\bthat\s")
PLACE = Gated.compile(
    r"(?=[A-Zcs])"
    r"(?:\b(?:[Cc]ity|[Cc]ounty|[Ss]tate)\sof\s(?P<of>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    r"|\b(?P<county>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\sCounty)\b"
    r"|\b(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})['’]s\s(?:lawsuit|suit|request|motion|challenge"
    r"|case|complaint|bid|policy|policies)\b)"
)
THE_PLACE = re.compile(r"\bthe\s(?:city|county)\b(?!\sof\b)")
MAX_DATES = 8  # a ruling reported with more dates than this is not one ruling
KIND_RANK = {
    RulingKind.RULING: 0,
    RulingKind.ORDER: 1,
    RulingKind.OPINION: 1,
    RulingKind.INJUNCTION: 2,
    RulingKind.DENIAL_OF_RECONSIDERATION: 3,
}
PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


def judge_role(role: str) -> str:
    words = role.split()
    if words and words[0] == "federal":
        words[0] = "Federal"
    return " ".join(words)


def is_appellate(role: str) -> bool:
    return "Circuit" in role or "Appeals" in role or "Appellate" in role


def court_tier(word: str | None) -> CourtKind:
    return CourtKind.CIRCUIT if word in ("appeals", "appellate", "circuit") else CourtKind.DISTRICT


def denies_reconsideration(text: str) -> bool:
    """Whether ``text`` denies a reconsideration; every such match holds ``reconsider``."""
    return "reconsider" in text and RECONSIDER.search(text) is not None


def ruling_kind(text: str) -> RulingKind:
    if denies_reconsideration(text):
        return RulingKind.DENIAL_OF_RECONSIDERATION
    if INJUNCTION.search(text) and not LIFTED.search(text):
        return RulingKind.INJUNCTION
    pages = PAGES.search(text)
    if (pages is not None and pages["noun"] == "opinion") or OPINION.search(text):
        return RulingKind.OPINION
    if ORDER.search(text):
        return RulingKind.ORDER
    return RulingKind.RULING


def dates_overlap(a: DateMention, b: DateMention) -> bool:
    a_first, a_last, b_first, b_last = a.first_day, a.last_day, b.first_day, b.last_day
    if a_first is None or a_last is None or b_first is None or b_last is None:
        return True
    return a_first <= b_last and b_first <= a_last


def ruling_sides(text: str, denial: bool) -> set[RulingOutcome]:
    """Who the clause says the ruling favoured (both sides for a mixed ruling)."""
    sides = set()
    if FOR_JURISDICTION.search(text):
        sides.add(RulingOutcome.FOR_JURISDICTION)
    if FOR_GOVERNMENT.search(text):
        sides.add(RulingOutcome.FOR_GOVERNMENT)
    rejection = REJECTION.search(text)
    if rejection is not None:
        asker = f"{rejection['owner'] or ''} {rejection['by'] or ''}"
        government = GOV_RE.search(asker) is not None
        sides.add(RulingOutcome.FOR_JURISDICTION if government else RulingOutcome.FOR_GOVERNMENT)
    if denial and len(sides) > 1:
        sides.discard(RulingOutcome.FOR_JURISDICTION)
    return sides
