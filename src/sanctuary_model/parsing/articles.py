"""A whole article: paragraphs, shortcodes, tables and their awards, embeds, links, furniture.

>>> article = parse_article("First.\\n\\n[lz_ndn video=33262507]\\n\\nRelated: More news")
>>> [p.text for p in article.paragraphs], article.embeds[0].media_id, article.related[0].title
(['First.'], '33262507', 'More news')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ..errors import ShortcodeError, TableError
from ..model.dates import publication_date
from ..model.documents import (
    Article,
    Embed,
    Furniture,
    FurnitureKind,
    Paragraph,
    Problem,
    RelatedLink,
    Shortcode,
    Table,
)
from ..model.grants import GrantAward
from ..model.span import Span
from ..rosters import with_official
from .block_tables import block_tables
from .dates import extract_dates
from .grants import awards_from_table
from .jurisdictions import extract_jurisdictions
from .legal import extract_rulings
from .notices import extract_notices
from .quotes import extract_people, extract_quotes
from .shortcodes import scan_shortcodes
from .tables import read_table
from .text import blocks

__all__ = ["parse_article"]

_RELATED = re.compile(r"Related\s*:\s*(?P<title>\S.*)", re.IGNORECASE)
_POLL_CONSENT = re.compile(
    r"By\s+(?:completing|taking|submitting|answering)\s+(?:the|this|our)\s+(?:poll|survey|quiz)\b",
    re.IGNORECASE,
)
_POLL_QUESTION_MAX = 200
_MEDIA_ATTRIBUTES = ("video", "video_id", "media_id")
_BLOCK_SHORTCODES = frozenset({"lz_table"})


def parse_article(text: str, *, published: dt.date | None = None, strict: bool = True) -> Article:
    """Read an article's structure from its exact text.

    With ``strict=True`` (the default) a malformed shortcode raises ``ShortcodeError`` and a
    bad table row ``TableError`` (naming row and column); with ``strict=False`` each becomes a
    ``Problem`` on the article and the row is skipped, so no award is ever silently wrong.

    >>> article = parse_article("[lz_table]|Place,Count\\nAlbany,1,2\\n|\\n[/lz_table]",
    ...                         strict=False)
    >>> article.problems[0].message
    'row 0, column 2: 3 cells, too many for the 2-column header'
    >>> article.tables[0].rows
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article reads a str, not {type(text).__name__}")
    return _read_reporting(_read_structure(text, publication_date(published), strict))


def _read_structure(text: str, published: dt.date | None, strict: bool) -> Article:
    """The article's structure: paragraphs, shortcodes, tables and their awards."""
    problems: list[Problem] = []
    shortcodes, errors = scan_shortcodes(text)
    if errors and strict:
        raise errors[0]
    problems.extend(_shortcode_problem(text, error) for error in errors)
    blocks = _Blocks(text, _top_level(shortcodes))
    tables, awards = _tables(text, shortcodes, strict, problems)
    # Markdown pipe tables and CSV blocks are read by the same table -> awards path.
    paragraphs, in_blocks, block_awards, block_problems = block_tables(
        text, blocks.paragraphs, strict=strict
    )
    if in_blocks:
        tables = tuple(sorted((*tables, *in_blocks), key=lambda table: table.span.start))
        awards = tuple(sorted((*awards, *block_awards), key=_position))
        problems.extend(block_problems)
    return Article(
        text=text,
        published=published,
        paragraphs=tuple(paragraphs),
        shortcodes=shortcodes,
        tables=tables,
        embeds=tuple(_embeds(shortcodes)),
        related=tuple(blocks.related),
        furniture=tuple(blocks.furniture),
        awards=awards,
        problems=tuple(problems),
    )


def _position(award: GrantAward) -> int:
    return -1 if award.span is None else award.span.start


def _read_reporting(article: Article) -> Article:
    """Add what the running text reports: dates, quotes, people, rulings, and notices with
    the official roster of the same notice attached where the bundled rosters have one."""
    return attrs.evolve(
        article,
        dates=extract_dates(article),
        quotes=extract_quotes(article),
        people=extract_people(article),
        rulings=extract_rulings(article),
        notices=tuple(with_official(notice) for notice in extract_notices(article)),
        jurisdictions=extract_jurisdictions(article),
    )


def _shortcode_problem(text: str, error: ShortcodeError) -> Problem:
    position = error.position or 0
    tag_end = text.find("]", position)
    return Problem(error.reason, Span(position, len(text) if tag_end < 0 else tag_end + 1))


def _tables(
    text: str, shortcodes: tuple[Shortcode, ...], strict: bool, problems: list[Problem]
) -> tuple[tuple[Table, ...], tuple[GrantAward, ...]]:
    tables: list[Table] = []
    awards: list[GrantAward] = []
    for code in shortcodes:
        if code.name != "lz_table" or code.body_span is None:
            continue
        try:
            table, table_problems = read_table(text, code, strict=strict)
        except TableError as error:
            if strict:
                raise
            problems.append(Problem(f"table skipped: {error.reason}", code.span))
            continue
        problems.extend(table_problems)
        tables.append(table)
        found, award_problems = awards_from_table(text, table, strict=strict)
        awards.extend(found)
        problems.extend(award_problems)
    return tuple(tables), tuple(awards)


def _embeds(shortcodes: tuple[Shortcode, ...]) -> Iterator[Embed]:
    for code in shortcodes:
        media = next((v for k in _MEDIA_ATTRIBUTES if (v := code.get(k)) and v.strip()), None)
        if media is not None:
            yield Embed(code.name.removeprefix("lz_"), media, code.span)


def _top_level(shortcodes: tuple[Shortcode, ...]) -> list[Shortcode]:
    top: list[Shortcode] = []
    for code in shortcodes:  # in order of their opening tags
        if not top or code.span.start >= top[-1].span.end:
            top.append(code)
    return top


class _Blocks:
    """The article's text cut into blocks and sorted into paragraphs, links and furniture.

    Shortcodes standing on their own lines (or spanning several) are blocks of their own;
    the rest of the text is cut at blank lines.
    """

    def __init__(self, text: str, top_level: list[Shortcode]) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = []
        self.related: list[RelatedLink] = []
        self.furniture: list[Furniture] = []
        pending: list[Span] = []
        position = 0
        for code in top_level:
            if self._stands_alone(code):
                pending.extend(blocks(self.text, position, code.span.start))
                position = code.span.end
        pending.extend(blocks(self.text, position, len(text)))
        self._classify(pending)

    def _stands_alone(self, code: Shortcode) -> bool:
        if code.name in _BLOCK_SHORTCODES or "\n" in code.span.slice(self.text):
            return True
        text = self.text
        before = code.span.start - 1
        while before >= 0 and text[before] != "\n" and text[before].isspace():
            before -= 1
        after = code.span.end
        while after < len(text) and text[after] != "\n" and text[after].isspace():
            after += 1
        return (before < 0 or text[before] == "\n") and (after == len(text) or text[after] == "\n")

    def _classify(self, blocks: list[Span]) -> None:
        kinds = [self._kind(block) for block in blocks]
        for index, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
            followed_by_consent = index + 1 < len(kinds) and (
                kinds[index + 1] is FurnitureKind.POLL_CONSENT
            )
            if kind is None and followed_by_consent and self._is_question(block):
                kind = FurnitureKind.POLL_QUESTION
            raw = block.slice(self.text)
            if kind is not None:
                self.furniture.append(Furniture(kind, raw, block))
            elif (links := self._related(block)) is not None:
                self.related.extend(links)
            else:
                self.paragraphs.append(Paragraph(raw, block))

    def _kind(self, block: Span) -> FurnitureKind | None:
        if _POLL_CONSENT.match(self.text, block.start, block.end):
            return FurnitureKind.POLL_CONSENT
        return None

    def _is_question(self, block: Span) -> bool:
        raw = block.slice(self.text)
        return len(raw) <= _POLL_QUESTION_MAX and "\n" not in raw and raw.endswith("?")

    def _related(self, block: Span) -> list[RelatedLink] | None:
        links = []
        line_start = block.start
        while line_start < block.end:
            newline = self.text.find("\n", line_start, block.end)
            line_end = block.end if newline < 0 else newline
            line = self.text[line_start:line_end]
            stripped = line.strip()
            if stripped:
                match = _RELATED.fullmatch(stripped)
                if match is None:
                    return None
                start = line_start + len(line) - len(line.lstrip())
                links.append(
                    RelatedLink(match["title"].strip(), Span(start, start + len(stripped)))
                )
            line_start = line_end + 1
        return links
