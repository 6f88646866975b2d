"""The Justice Department's notices to jurisdictions, as an article reports them.

A clause reports a notice when the Justice Department (or the attorney general) acts in it
(``put 29 more jurisdictions on notice``, ``sent letters to``, ``made the same threat
against``) and it says when, how many, or calls it a letter or notice; a clause like
``has taken steps to put jurisdictions on notice`` (no count, no date, no letter) is
background, not a notice. Clauses about the same notice merge: a new notice starts only
when a clause gives a different date or a different count.

From the merged clauses: ``issued`` is the date stated for the act (a resolved one before
``on the same day``), ``response_deadline`` a date after ``by``/``until``, the program
from its name (``Edward Byrne Memorial Justice Assistance Grant``), and of two fiscal years
the earlier is the one the awards were for and the later the one at stake (one alone is at
stake unless it follows ``received``/``awarded``). ``statute`` is the one the notice
cites, else the statute the article is about (see ``parsing.legal.statutes``), with a note.
``prior_awards`` are the article's grant-table awards under that program for that fiscal
year, and ``recipients`` their jurisdictions.

>>> import datetime as dt
>>> text = "On Friday, the Justice Department sent letters to 10 jurisdictions."
>>> notice, = extract_notices(Article(text, published=dt.date(2018, 1, 29)))
>>> notice.issued.date, notice.stated_recipient_count
(datetime.date(2018, 1, 26), 10)
"""

from __future__ import annotations

import re

import attrs

from ..model.dates import DateMention
from ..model.documents import Article
from ..model.grants import FiscalYear, GrantAward, GrantProgram
from ..model.jurisdictions import Jurisdiction
from ..model.legal import Statute, StatuteMention
from ..model.notices import ISSUER, DojNotice
from ..model.span import Span
from ._gate import Gated
from ._memo import per_article
from ._regex import whole_words
from .dates import extract_dates
from .grants import find_programs
from .jurisdictions import jurisdictions_in
from .legal.statutes import article_statute, extract_statutes
from .text import SpanIndex, masked_text, sentence_clauses

__all__ = ["extract_notices"]


_DOJ = Gated.compile(
    whole_words(
        [
            r"Justice\sDepartment",
            r"Department\sof\sJustice",
            "DOJ",
            r"[Aa]ttorney\s[Gg]eneral",
            "Sessions",
            r"[Tt]he\s[Dd]epartment",
        ]
    )
)
_ACTION = Gated.compile(
    r"\bon\snotice\b|\b(?:sent|sends|mailed|issued|wrote)\s(?:\w+\s){0,3}?(?:letters?|notices?)\b"
    r"|\bsame\sthreat\b|\bthreatened\b|\bwarned\b|\bnotified\b|\b(?:letters?|notices?)\b"
)
_LETTER = Gated.compile(r"(?<!\bon\s)\b(?:letters?|notices?)\b")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_GOVERNMENT_NOUNS = (
    "jurisdictions cities counties states localities municipalities governments communities"
).split()
_COUNT = Gated.compile(
    r"\b(?P<n>\d{1,4}|(?:twenty|thirty|forty)-(?:one|two|three|four|five|six|seven|eight"
    rf"|nine)|{'|'.join(_NUMBER_WORDS)})\s(?:more\s|other\s|additional\s|new\s)?"
    rf"(?:sanctuary\s)?(?:{'|'.join(_GOVERNMENT_NOUNS)})\b",
    re.IGNORECASE,
    folded=_GOVERNMENT_NOUNS,
)
_RECEIVED = Gated.compile(r"\b(?:received|receiving|awarded|got|given)\b")
_DEADLINE_WORDS = Gated.compile(r"(?:deadline|due|respond|response|reply)\b[^.;]{0,40}$")


_MAX_DATES = 8  # more dates than this cannot all describe one notice; the rest are ignored


@attrs.define
class _Draft:
    """A notice being assembled from the clauses that report it."""

    mentions: list[Span] = attrs.field(factory=list)
    issued: list[DateMention] = attrs.field(factory=list)
    deadlines: list[DateMention] = attrs.field(factory=list)
    fiscal: list[tuple[DateMention, bool]] = attrs.field(factory=list)  # (mention, received)
    count: int | None = None
    program: GrantProgram | None = None
    statutes: list[Statute] = attrs.field(factory=list)
    named: list[Jurisdiction] = attrs.field(factory=list)  # recipients the text names


@per_article
def extract_notices(article: Article) -> tuple[DojNotice, ...]:
    """Every Justice Department notice the article reports, in order of first mention."""
    masked = masked_text(article)
    dates = SpanIndex((d.span, d) for d in extract_dates(article) if d.span is not None)
    statutes = SpanIndex((m.span, m.statute) for m in extract_statutes(article) if m.span)
    drafts: list[_Draft] = []
    for sentence, clauses in sentence_clauses(article):
        for clause in clauses:
            body = masked[clause.start : clause.end]
            if not (_DOJ.search(body) and _ACTION.search(body)):
                continue
            in_clause = dates.within(clause)
            count = _count(body)
            if count is None and not in_clause and not _LETTER.search(body):
                continue
            draft = _target(drafts, in_clause, count, masked, clause)
            _merge(draft, sentence, in_clause, count, body, masked, clause)
            if not draft.statutes:
                draft.statutes.extend(statutes.within(clause))
            _add_named_recipients(draft, masked, clause, sentence)
    if not drafts:
        return ()
    about = article_statute(article)
    holder = _award_holder(drafts, article.awards)
    return tuple(
        _finish(draft, about, article.awards if draft is holder else ()) for draft in drafts
    )


# "letters to Chicago, Cook County and the state of Oregon", "sent notices to A and B":
# the governments named after "to" in a clause that reports the notice are its recipients.
_ADDRESSED_TO = Gated.compile(
    r"\b(?:letters?|notices?|sent|sends|mailed|warned)\b[^.;]{0,80}?\bto\s"
)


def _add_named_recipients(draft: _Draft, masked: str, clause: Span, sentence: Span) -> None:
    """The governments named after "to" in the clause, read on to the sentence's end (a list
    of recipients runs across ", and" clause breaks)."""
    addressed = _ADDRESSED_TO.search(masked, clause.start, clause.end)
    if addressed is None:
        return
    start = addressed.end()
    for mention in jurisdictions_in(masked[start : sentence.end], start):
        if mention.jurisdiction not in draft.named:
            draft.named.append(mention.jurisdiction)


def _count(body: str) -> int | None:
    match = _COUNT.search(body)
    if match is None:
        return None
    number = match["n"].lower()
    if number.isdigit():
        return int(number)
    if "-" in number:
        tens, ones = number.split("-")
        return _NUMBER_WORDS[tens] + ["one", "two", "three", "four", "five", "six", "seven",
                                      "eight", "nine"].index(ones) + 1  # fmt: skip
    return _NUMBER_WORDS[number]


def _is_deadline(mention: DateMention, masked: str, clause: Span) -> bool:
    if mention.text.split()[0].lower() in ("by", "until", "before"):
        return True
    if mention.span is None:
        return False
    return _DEADLINE_WORDS.search(masked, clause.start, mention.span.start) is not None


def _stated_issue_dates(
    in_clause: list[DateMention], masked: str, clause: Span
) -> list[DateMention]:
    return [
        d for d in in_clause
        if not d.fiscal and not _is_deadline(d, masked, clause) and "same day" not in d.text.lower()
    ]  # fmt: skip


def _target(
    drafts: list[_Draft], in_clause: list[DateMention], count: int | None, masked: str, clause: Span
) -> _Draft:
    if drafts:
        last = drafts[-1]
        issued = _stated_issue_dates(in_clause, masked, clause)
        known = [d for d in last.issued if "same day" not in d.text.lower()]
        date_differs = bool(issued and known) and all(
            (a.date != b.date) if a.date and b.date else a.text.lower() != b.text.lower()
            for a in issued
            for b in known
        )
        count_differs = count is not None and last.count is not None and count != last.count
        if not (date_differs or count_differs):
            return last
    drafts.append(_Draft())
    return drafts[-1]


def _merge(
    draft: _Draft,
    sentence: Span,
    in_clause: list[DateMention],
    count: int | None,
    body: str,
    masked: str,
    clause: Span,
) -> None:
    if not draft.mentions or draft.mentions[-1] != sentence:
        draft.mentions.append(sentence)
    if draft.count is None:
        draft.count = count
    for mention in in_clause[:_MAX_DATES]:
        if len(draft.fiscal) + len(draft.deadlines) + len(draft.issued) >= _MAX_DATES:
            break
        if mention.fiscal:
            start = mention.span.start if mention.span is not None else clause.start
            before = masked[clause.start : start]
            received = _RECEIVED.search(before) is not None and not before.rstrip().endswith("for")
            draft.fiscal.append((mention, received))
        elif _is_deadline(mention, masked, clause):
            draft.deadlines.append(mention)
        else:
            draft.issued.append(mention)
    if draft.program is None:
        draft.program = next(iter(find_programs(body)), None)


def _fiscal_years(draft: _Draft) -> tuple[FiscalYear | None, FiscalYear | None]:
    years = sorted(
        {m.date.year + 1 for m, _ in draft.fiscal if m.date is not None and m.date.year >= 1789}
    )
    if len(years) >= 2:
        return FiscalYear(years[0]), FiscalYear(years[-1])
    if not years:
        return None, None
    if any(received for _, received in draft.fiscal):
        return FiscalYear(years[0]), None
    return None, FiscalYear(years[0])


def _issued(draft: _Draft) -> DateMention | None:
    stated = [d for d in draft.issued if "same day" not in d.text.lower()]
    for pool in (
        [d for d in draft.issued if d.date is not None],
        stated,
        draft.issued,
    ):
        if pool:
            resolved_stated = [d for d in pool if d in stated]
            return (resolved_stated or pool)[0]
    return None


def _award_holder(drafts: list[_Draft], awards: tuple[GrantAward, ...]) -> _Draft | None:
    if not awards:
        return None
    listed = len({award.jurisdiction for award in awards})
    return min(
        reversed(drafts),
        key=lambda d: abs((d.count if d.count is not None else listed) - listed),
    )


def _finish(
    draft: _Draft, about: StatuteMention | None, awards: tuple[GrantAward, ...]
) -> DojNotice:
    notes: list[str] = []
    prior_year, at_stake = _fiscal_years(draft)
    statute = draft.statutes[0] if draft.statutes else None
    if statute is None and about is not None:
        statute = about.statute
        notes.append(f"statute read from the article's {about.text!r}")
    prior = tuple(
        award
        for award in awards
        if (draft.program is None or award.program.name == draft.program.name)
        and (prior_year is None or award.fiscal_year == prior_year)
        and (at_stake is None or award.fiscal_year < at_stake)
    )
    recipients: list[Jurisdiction] = list(draft.named)
    if recipients:
        notes.append(f"recipients named in the text: {len(recipients)}")
    elif prior:
        notes.append(f"recipients read from the article's {len(prior)} listed awards")
        recipients.extend(dict.fromkeys(award.jurisdiction for award in prior))
    return DojNotice(
        issuer=ISSUER,
        issued=_issued(draft),
        recipients=tuple(recipients),
        stated_recipient_count=draft.count,
        program=draft.program,
        fiscal_year_at_stake=at_stake,
        response_deadline=draft.deadlines[0] if draft.deadlines else None,
        statute=statute,
        prior_awards=prior,
        span=draft.mentions[0] if draft.mentions else None,
        prior_fiscal_year=prior_year,
        mentions=tuple(draft.mentions),
        notes=tuple(notes),
    )
