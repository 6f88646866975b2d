"""Statutes an article cites (``8 U.S.C. § 1373``, ``Section 1373``) or describes.

A citation names its statute outright. A description (``a law passed by Congress in
1996``, ``a federal statute promoting information-sharing``) is read as a statute only
when the article itself says which: the year must match a statute this module knows and
the same paragraph must quote that statute's words, or the article must cite it elsewhere,
or (for the 1996 sanctuary statute) the article must be about the Justice Department's
sanctuary grant conditions, which it enforces under 8 U.S.C. § 1373. Otherwise the
description is left alone; a statute is never guessed from a year alone.

>>> [m.statute.citation for m in extract_statutes(Article("It cites 8 USC 1373(a)."))]
['8 U.S.C. § 1373']
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ...errors import StatuteParseError
from ...model.documents import Article
from ...model.grants import BYRNE_JAG
from ...model.legal import KNOWN_STATUTES, SECTION_1373, SECTION_1644, Statute, StatuteMention
from ...model.span import Span
from .._memo import per_article
from ..grants import names_program
from ..text import in_quotes, paragraph_spans, reading

__all__ = ["article_statute", "extract_statutes", "find_statutes", "parse_statute"]

# Words only that statute's text uses, so a paragraph quoting them identifies it.
_WORDING = {
    SECTION_1373: ("may not prohibit, or in any way restrict", "sending to, or receiving from"),
    SECTION_1644: ("may be prohibited, or in any way restricted",),
}
_SUB = r"(?:\([a-z0-9]{1,3}\)){0,3}"
# The lookahead (every alternative's possible first characters) and the lookbehind (every
# alternative but ``§`` starts with ``\b`` before a word character) only reject early the
# many positions where no alternative can start.
_STATUTE = re.compile(
    r"(?=[\dAaSsTt§])(?:(?<!\w)|(?=§))(?:"
    r"\b(?P<title>\d{1,2})\s?U\.?\s?S\.?\s?C\.?\s?A?\.?\s?(?:§§?\s?|[Ss]ec(?:tion|\.)\s)?"
    rf"(?P<section>\d{{1,6}}[a-z]?)(?![\w-]){_SUB}"
    rf"|\b[Tt]itle\s(?P<t_title>\d{{1,2}}),?\s[Ss]ection\s(?P<t_section>\d{{1,6}}[a-z]?)(?!\w){_SUB}"
    rf"|(?:\b[Ss]ection\s|§\s?)(?P<bare>\d{{1,6}}[a-z]?)(?![\w-]){_SUB}"
    r"(?:\sof\s[Tt]itle\s(?P<of_title>\d{1,2})\b)?"
    r"|\b(?:[Aa]n?|[Tt]he)\s(?:federal\s)?(?:law|statute)\s(?:that\s(?:was\s)?)?"
    r"(?:passed|enacted|approved|adopted)\s(?:by\sCongress\s)?in\s(?P<year>(?:1[789]|20)\d{2})\b"
    r"|\b(?:[Aa]|[Tt]he)\s(?P<year2>(?:1[789]|20)\d{2})\s(?:federal\s)?(?:law|statute)\b"
    r"|\b(?P<sharing>(?:[Aa]|[Tt]he)\sfederal\s(?:law|statute)\s(?:promoting|requiring|on|about"
    r"|governing|mandating)\s(?:the\s)?information[- ]sharing)"
    r"|\b(?P<anaphor>(?:[Tt]hat|[Tt]his|[Tt]he)\sstatute)\b)"
)
_SANCTUARY = re.compile(r"sanctuary", re.IGNORECASE)
_INFORMATION_SHARING = re.compile(r"information[- ]sharing")


def find_statutes(text: str) -> tuple[StatuteMention, ...]:
    """The statutes a passage cites outright, in order: ``8 U.S.C. § 1373``, ``Title 8,
    Section 1644``, ``Section 1644 of Title 8``, or a bare section (``Section 1373``) of a
    statute the library knows. Descriptions (``a 1996 law``) need an article's context and
    are left to ``extract_statutes``.

    >>> [m.statute.citation for m in find_statutes("Section 1644 of Title 8 states that")]
    ['8 U.S.C. § 1644']
    """
    found: list[StatuteMention] = []
    for match in _STATUTE.finditer(text):
        if match["title"] or match["t_title"] or match["bare"]:
            mention = _mention(match, Span(match.start(), match.end()), "", set(), False, [], 99)
            if mention is not None:
                found.append(mention)
    return tuple(found)


def parse_statute(text: str) -> Statute:
    """The one statute ``text`` cites, such as a roster's ``8 U.S.C. 1373``.

    >>> parse_statute("8 USC 1373").year_enacted
    1996
    >>> parse_statute("the law")
    Traceback (most recent call last):
    ...
    sanctuary_model.errors.StatuteParseError: cannot read 'the law' as a statute: no citation ...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_statute() takes a str, not {type(text).__name__}")
    stripped = text.strip()
    found = find_statutes(stripped)
    if not found:
        raise StatuteParseError("no citation of the US Code", text)
    if len({m.statute for m in found}) > 1:
        second = found[1].span
        where = second.start if second is not None else None
        raise StatuteParseError("more than one statute cited", text, where)
    first = found[0]
    span = first.span
    if span is None or stripped[: span.start].strip() or stripped[span.end :].strip(" ."):
        raise StatuteParseError("words besides the citation", text)
    return first.statute


@per_article
def extract_statutes(article: Article) -> tuple[StatuteMention, ...]:
    """Every statute the article cites or identifiably describes, in order.

    >>> text = "At issue is a law passed by Congress in 1996 that says a city “may not prohibit, "
    >>> text += "or in any way restrict” the sharing of information."
    >>> [(m.text, m.statute.citation) for m in extract_statutes(Article(text))]
    [('a law passed by Congress in 1996', '8 U.S.C. § 1373')]
    """
    text = article.text
    quotes = reading(article).quotes
    everywhere = list(_STATUTE.finditer(text))
    cited = {_cited(match) for match in everywhere} - {None}
    topical = bool(_SANCTUARY.search(text)) and (
        names_program(text, BYRNE_JAG) or bool(_INFORMATION_SHARING.search(text))
    )
    starts = [match.start() for match in everywhere]
    found: list[StatuteMention] = []
    last_paragraph = -10
    for index, paragraph in enumerate(paragraph_spans(article)):
        block = text[paragraph.start : paragraph.end]
        for match in _within(text, everywhere, starts, paragraph):
            if in_quotes(match.start(), quotes):
                continue
            span = Span(match.start(), match.end())
            mention = _mention(match, span, block, cited, topical, found, index - last_paragraph)
            if mention is not None:
                found.append(mention)
                last_paragraph = index
    return tuple(found)


def _within(
    text: str, everywhere: list[re.Match[str]], starts: list[int], paragraph: Span
) -> list[re.Match[str]]:
    """The matches of a search of ``text[paragraph]`` alone, taken from the search of the
    whole text when none of its matches crosses the paragraph's edges: the characters
    around a paragraph are spaces, brackets or its ends, which every boundary test in
    ``_STATUTE`` reads alike, so both searches then match alike inside it."""
    first = bisect.bisect_left(starts, paragraph.start)
    last = bisect.bisect_left(starts, paragraph.end)
    crossing = (first > 0 and everywhere[first - 1].end() > paragraph.start) or (
        last > first and everywhere[last - 1].end() > paragraph.end
    )
    if crossing:
        return list(_STATUTE.finditer(text, paragraph.start, paragraph.end))
    return everywhere[first:last]


def _cited(match: re.Match[str]) -> Statute | None:
    if match["title"]:
        return _statute(int(match["title"]), match["section"])
    if match["t_title"]:
        return _statute(int(match["t_title"]), match["t_section"])
    return None


def _statute(title: int, section: str) -> Statute | None:
    if title == 0:
        return None  # "0 U.S.C." is no title of the Code
    for known in KNOWN_STATUTES:
        if (known.title, known.section) == (title, section):
            return known
    return Statute.of(title, section)


def _mention(
    match: re.Match[str],
    span: Span,
    paragraph: str,
    cited: set[Statute | None],
    topical: bool,
    found: list[StatuteMention],
    paragraphs_since_last: int,
) -> StatuteMention | None:
    raw = match.group()
    if match["title"] or match["t_title"]:
        cited_here = _cited(match)
        return None if cited_here is None else StatuteMention(cited_here, raw, span)
    if match["bare"]:
        if match["of_title"]:
            statute = _statute(int(match["of_title"]), match["bare"])
            return None if statute is None else StatuteMention(statute, raw, span)
        known = [s for s in KNOWN_STATUTES if s.section == match["bare"]]
        return StatuteMention(known[0], raw, span) if len(known) == 1 else None
    if match["anaphor"]:
        if found and paragraphs_since_last <= 2:
            return StatuteMention(
                found[-1].statute, raw, span, f"refers back to {found[-1].text!r}"
            )
        return None
    if match["sharing"]:
        if SECTION_1373 in cited or topical:
            return StatuteMention(SECTION_1373, raw, span, "describes the information-sharing law")
        return None
    year = int(match["year"] or match["year2"])
    return _described(year, raw, span, paragraph, cited, topical)


def _described(
    year: int, raw: str, span: Span, paragraph: str, cited: set[Statute | None], topical: bool
) -> StatuteMention | None:
    candidates = [s for s in KNOWN_STATUTES if s.year_enacted == year]
    quoted = [s for s in candidates if any(w in paragraph for w in _WORDING.get(s, ()))]
    if len(quoted) == 1:
        why = f"enacted in {year} and the paragraph quotes its text"
        return StatuteMention(quoted[0], raw, span, why)
    named = [s for s in candidates if s in cited]
    if len(named) == 1:
        why = f"enacted in {year} and cited elsewhere in the article"
        return StatuteMention(named[0], raw, span, why)
    if topical and SECTION_1373 in candidates:
        why = f"enacted in {year}; the article is about the sanctuary grant conditions"
        return StatuteMention(SECTION_1373, raw, span, why)
    return None


def article_statute(article: Article) -> StatuteMention | None:
    """The statute the article is about: the one it mentions most (the first on a tie).

    >>> article_statute(Article("Nothing cited here.")) is None
    True
    """
    mentions = extract_statutes(article)
    if not mentions:
        return None
    counts = Counter(m.statute for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.statute] == best)
