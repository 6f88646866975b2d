"""Date expressions in news text, resolved against the publication date.

Rules (``published`` is the article's publication date):

- a weekday (``Wednesday``, ``On Wednesday``) is the most recent such day on or before
  publication; ``last Wednesday`` the most recent strictly before; after ``by``, ``until``
  it is the next on or after, after ``next`` the next strictly after;
- a month and day without a year (``December 8``) is the occurrence nearest to publication
  (so a deadline three weeks ahead and an event three weeks back both come out right); after
  ``by`` or ``until``, the first on or after publication;
- a month alone (``in September``) is the most recent such month at or before the
  publication month (``MONTH`` precision); after ``by``, ``until`` or ``next``, the next one;
- ``last week`` / ``this week`` / ``next week`` are ``WEEK`` precision, dated by the Monday
  that starts the (Monday-to-Sunday) week; ``last month``, ``last year`` and kin likewise;
- ``fiscal year 2016`` (``FY 2016``) has ``YEAR`` precision, ``fiscal=True`` and is dated by
  the first day of the federal fiscal year, 2015-10-01, so the mention's ``first_day`` and
  ``last_day`` are the fiscal year's own bounds;
- ``on the same day`` is the date of the previous dated mention in the same sentence, else
  in the same paragraph, when that one is resolved; otherwise it stays unresolved.

Without a publication date, relative and year-less mentions keep ``date=None``.

>>> resolve_date("Wednesday", dt.date(2017, 11, 20)).date
datetime.date(2017, 11, 15)
>>> resolve_date("Wednesday").date is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from ..errors import DateParseError, FiscalYearParseError
from ..model.dates import DateMention, DatePrecision, publication_date
from ..model.documents import Article
from ..model.grants import FiscalYear
from ..model.span import Span
from ._gate import Gated
from ._memo import per_article
from ._regex import MONTH, WEEKDAY, alternation
from .text import paragraph_sentences

__all__ = ["extract_dates", "parse_fiscal_year", "resolve_date"]

# A two-digit fiscal year below the pivot is in the 2000s, otherwise in the 1900s (FY99 is 1999).
_PIVOT = 70
# The one fiscal-year grammar: "fiscal 2016", "fiscal year 2016", "FY 2016", "FY16", "FY '16".
_FISCAL = (
    r"(?P<fy>(?:(?i:fiscal)\s{1,5}(?:(?i:year)\s{1,5})?(?P<fy_long>\d{4})"
    r"|(?i:fy)[\s\-]{0,3}['’]?(?P<fy_short>\d{4}|\d{2}))(?!\d))"
)
_FISCAL_YEAR = re.compile(rf"\s*{_FISCAL}\s*")

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, weekday] = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR,
    "saturday": SA, "sunday": SU,
}  # fmt: skip
_FORWARD = frozenset({"by", "until", "next"})


_PREFIX = (
    r"(?:(?P<prefix>[Oo]n|[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring"
    r"|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s)?"
)
_FORMS = (
    r"(?P<iso>(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-]))"
    rf"|(?P<md_month>{MONTH})\s(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s(?P<md_year>\d{{4}}))?(?!\d)"
    rf"|(?P<my_month>{MONTH}),?\s(?P<my_year>\d{{4}})(?!\d)"
    rf"|(?P<month>{MONTH})(?![\w-])"
    rf"|(?P<weekday>{WEEKDAY})(?![\w-])"
    rf"|{_FISCAL}"
    r"|(?P<rel>(?:[Ll]ast|[Tt]his|[Nn]ext)\s(?:week|month|year)|[Yy]esterday|[Tt]oday|[Tt]omorrow"
    r"|(?:[Tt]he\s)?same\sday)(?!\w)"
    r"|(?P<year>(?<![$\d.,])(?:1[89]|20)\d{2})(?![\d%]|,\d|-page|-\d)"
)
# Every match starts with a digit, one of these capitals (the first letters of the prefixes,
# months, weekdays and relative forms) or one of these words; the lookahead built from them
# only rejects early the many other words.
_CAPITAL_STARTS = "ABDEFIJLMNOSTUWY"
_LOWER_STARTS = sorted(
    """on in by until since before after during through last this next early late fiscal
    yesterday today tomorrow the same fy""".split(),
    key=len,
    reverse=True,
)
_START = rf"(?=[\d{_CAPITAL_STARTS}]|{alternation(_LOWER_STARTS)})"
_DATE = re.compile(rf"(?<![\w-]){_START}{_PREFIX}(?:{_FORMS})")
# Most sentences hold none of the words or digits every date holds: those are not searched.
_DATE_IN_TEXT = Gated(_DATE)


def parse_fiscal_year(text: str) -> FiscalYear:
    """Read one US federal fiscal year: ``FY 2016``, ``FY16``, ``fiscal 2016`` or ``fiscal
    year 2016``, with the grammar ``extract_dates`` uses for fiscal years in running text.

    A two-digit year from 70 to 99 is in the 1900s, any other in the 2000s.

    >>> parse_fiscal_year("FY16"), parse_fiscal_year("fiscal 2017")
    (FiscalYear(year=2016), FiscalYear(year=2017))
    >>> parse_fiscal_year("fiscal year 2016").start
    datetime.date(2015, 10, 1)
    """
    match = _FISCAL_YEAR.fullmatch(text)
    if match is None:
        raise FiscalYearParseError(
            "expected 'FY 2016', 'FY16', 'fiscal 2016' or 'fiscal year 2016'", text, 0
        )
    try:
        return FiscalYear(_fiscal_year_number(match))
    except ValueError as error:
        where = match.start("fy_long") if match["fy_long"] else match.start("fy_short")
        raise FiscalYearParseError(str(error), text, where) from None


def _fiscal_year_number(match: re.Match[str]) -> int:
    digits = match["fy_long"] or match["fy_short"]
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < _PIVOT else 1900
    return year


def resolve_date(text: str, published: dt.date | None = None) -> DateMention:
    """Read one date expression and resolve it against ``published`` (see the module rules).

    >>> resolve_date("in September", dt.date(2017, 11, 20))
    DateMention(text='in September', span=None, date=datetime.date(2017, 9, 1), \
precision=<DatePrecision.MONTH: 'month'>, fiscal=False, note=None)
    >>> resolve_date("fiscal year 2016").date
    datetime.date(2015, 10, 1)
    """
    published = publication_date(published)  # a datetime resolves as its day
    stripped = text.strip()
    if not stripped:
        raise DateParseError("no date expression", text, 0)
    offset = text.index(stripped[0])
    match = _DATE.fullmatch(stripped)
    if match is None:
        raise DateParseError("not a date expression this library reads", text, offset)
    return _mention(match, published, None, standalone=True)


@per_article
def extract_dates(article: Article) -> tuple[DateMention, ...]:
    """Every date mention in ``article.text``, in order, with spans into the text.

    >>> a = Article("The judge ruled last week, and on the same day he left.",
    ...             published=dt.date(2017, 11, 20))
    >>> [(m.text, m.date) for m in extract_dates(a)]
    [('last week', datetime.date(2017, 11, 13)), ('on the same day', datetime.date(2017, 11, 13))]
    """
    text = article.text
    found: list[DateMention] = []
    for sentences in paragraph_sentences(article):
        in_paragraph: DateMention | None = None
        for sentence in sentences:
            in_sentence: DateMention | None = None
            for match in _DATE_IN_TEXT.finditer(text, sentence.start, sentence.end):
                anchor = in_sentence if in_sentence is not None else in_paragraph
                if (match["month"] or match["year"]) and not match["prefix"]:
                    continue  # "May", "March" and bare numbers are dates only after "in", "by"
                try:
                    mention = _mention(match, article.published, anchor, standalone=False)
                except DateParseError:
                    continue  # "February 30": not a date, so not a date mention
                found.append(mention)
                if mention.date is not None:
                    in_sentence = in_paragraph = mention
    return tuple(found)


def _mention(
    match: re.Match[str], published: dt.date | None, anchor: DateMention | None, *, standalone: bool
) -> DateMention:
    prefix = (match["prefix"] or "").lower()
    span = None if standalone else Span(match.start(), match.end())
    raw = match.group()
    if match["rel"] and "same" in match["rel"]:
        if anchor is None or anchor.date is None:
            return DateMention(raw, span, None, DatePrecision.DAY)
        return DateMention(
            raw,
            span,
            anchor.date,
            anchor.precision,
            anchor.fiscal,
            f"the same day as {anchor.text!r}",
        )
    day, precision, fiscal = _resolve(match, prefix, published)
    return DateMention(raw, span, day, precision, fiscal)


def _resolve(
    match: re.Match[str], prefix: str, published: dt.date | None
) -> tuple[dt.date | None, DatePrecision, bool]:
    try:
        return _resolve_unchecked(match, prefix, published)
    except ValueError as error:  # a day the calendar lacks ("February 30")
        raise DateParseError(str(error), match.string, match.start()) from None
    except OverflowError:  # "next year" in 9999: past what a date can hold
        return None, _precision_of(match), False


def _resolve_unchecked(
    match: re.Match[str], prefix: str, published: dt.date | None
) -> tuple[dt.date | None, DatePrecision, bool]:
    day = DatePrecision.DAY
    if match["iso"]:
        return dt.date.fromisoformat(match["iso"]), day, False
    if match["fy"]:
        return dt.date(_fiscal_year_number(match) - 1, 10, 1), DatePrecision.YEAR, True
    if match["year"]:
        return dt.date(int(match["year"]), 1, 1), DatePrecision.YEAR, False
    if match["my_month"]:
        return (
            dt.date(int(match["my_year"]), _month(match["my_month"]), 1),
            DatePrecision.MONTH,
            False,
        )
    if match["md_month"]:
        month, number = _month(match["md_month"]), int(match["md_day"])
        if match["md_year"]:
            return dt.date(int(match["md_year"]), month, number), day, False
        dt.date(2000, month, number)  # rejects "April 31" even without a publication date
        return _month_day(month, number, prefix, published), day, False
    if match["month"]:
        return _month_alone(_month(match["month"]), prefix, published), DatePrecision.MONTH, False
    if match["weekday"]:
        return _weekday(_WEEKDAYS[match["weekday"].lower()], prefix, published), day, False
    return _relative(match["rel"].lower(), published)


def _precision_of(match: re.Match[str]) -> DatePrecision:
    if match["rel"]:
        return _relative(match["rel"].lower(), None)[1]
    return DatePrecision.MONTH if match["month"] or match["my_month"] else DatePrecision.DAY


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _month_day(month: int, number: int, prefix: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, number))
        except ValueError:  # 29 February outside a leap year
            continue
    if prefix in _FORWARD:
        return min((c for c in candidates if c >= published), default=None)
    return min(candidates, key=lambda c: (abs((c - published).days), c))


def _month_alone(month: int, prefix: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    this_year = dt.date(published.year, month, 1)
    current = dt.date(published.year, published.month, 1)
    if prefix in _FORWARD:
        after = this_year > current if prefix == "next" else this_year >= current
        return this_year if after else dt.date(published.year + 1, month, 1)
    before = this_year < current if prefix == "last" else this_year <= current
    return this_year if before else dt.date(published.year - 1, month, 1)


def _weekday(which: weekday, prefix: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    if prefix == "next":
        found: dt.date = published + relativedelta(days=1, weekday=which(+1))
    elif prefix in _FORWARD:
        found = published + relativedelta(weekday=which(+1))
    elif prefix == "last":
        found = published + relativedelta(days=-1, weekday=which(-1))
    else:
        found = published + relativedelta(weekday=which(-1))
    return found


def _relative(phrase: str, published: dt.date | None) -> tuple[dt.date | None, DatePrecision, bool]:
    words = phrase.split()
    unit = words[-1]
    precision = {
        "week": DatePrecision.WEEK,
        "month": DatePrecision.MONTH,
        "year": DatePrecision.YEAR,
    }.get(unit, DatePrecision.DAY)
    if published is None:
        return None, precision, False
    step = {"last": -1, "this": 0, "next": 1, "yesterday": -1, "today": 0, "tomorrow": 1}[words[0]]
    try:
        return _step(published, precision, step), precision, False
    except (ValueError, OverflowError):  # "next year" in 9999: past what a date can hold
        return None, precision, False


def _step(published: dt.date, precision: DatePrecision, step: int) -> dt.date:
    found: dt.date
    if precision is DatePrecision.DAY:
        found = published + relativedelta(days=step)
    elif precision is DatePrecision.WEEK:
        found = published + relativedelta(weekday=MO(-1), weeks=step)
    elif precision is DatePrecision.MONTH:
        found = published.replace(day=1) + relativedelta(months=step)
    else:
        found = dt.date(published.year + step, 1, 1)
    return found
