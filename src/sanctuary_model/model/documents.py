"""Articles and the structures inside them: paragraphs, shortcodes, tables, embeds.

Every object read from an article carries a :class:`Span`; ``span.slice(article.text)`` is
the raw text it was read from.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator
from typing import Protocol

import attrs

from ._validators import non_blank
from .dates import DateMention, publication_date
from .grants import GrantAward
from .jurisdictions import JurisdictionMention
from .legal import CourtRuling
from .notices import DojNotice
from .people import Person
from .quotes import Quote
from .span import Span

__all__ = [
    "Article",
    "Embed",
    "Footnote",
    "Furniture",
    "FurnitureKind",
    "Paragraph",
    "Problem",
    "PublishedSource",
    "RelatedLink",
    "Shortcode",
    "Table",
    "TableCell",
    "TableRow",
]

_SHORTCODE_NAME = re.compile(r"[A-Za-z][\w-]*")


def _check_length(text: str, span: Span) -> None:
    if len(text) != len(span):
        raise ValueError(f"text {text!r} is not {len(span)} characters long, as its span")


@attrs.frozen
class Paragraph:
    """A paragraph of running text (blank-line separated) and where it is.

    >>> Paragraph("Two things happened.", Span(0, 20)).text
    'Two things happened.'
    """

    text: str = attrs.field(validator=non_blank)
    span: Span

    def __attrs_post_init__(self) -> None:
        _check_length(self.text, self.span)


@attrs.frozen
class Shortcode:
    """A WordPress-style ``[name attr=value]`` tag, with its body when it has a closing tag.

    ``attributes`` keeps the order written (a value written without a name is keyed by its
    position, ``"0"``, ``"1"``…); ``span`` covers the whole shortcode, opening tag to closing
    tag, and ``body_span`` the text between them.

    >>> code = Shortcode("lz_ndn", (("video", "33262507"),), Span(0, 23))
    >>> code.get("video"), code.is_enclosing
    ('33262507', False)
    """

    name: str = attrs.field()
    attributes: tuple[tuple[str, str], ...]
    span: Span
    body: str | None = None
    body_span: Span | None = None

    @name.validator
    def _name_form(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not _SHORTCODE_NAME.fullmatch(value):
            raise ValueError(f"not a shortcode name: {value!r}")

    def __attrs_post_init__(self) -> None:
        if (self.body is None) != (self.body_span is None):
            raise ValueError("a shortcode has both a body and a body span, or neither")
        if self.body is not None and self.body_span is not None:
            if not self.span.contains(self.body_span):
                raise ValueError(f"body {self.body_span} lies outside the shortcode {self.span}")
            if len(self.body) != len(self.body_span):
                raise ValueError(f"body is not {len(self.body_span)} characters long")

    @property
    def is_enclosing(self) -> bool:
        """Whether the shortcode has a closing tag (and so a body)."""
        return self.body_span is not None

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of attribute ``key``, or ``default``."""
        for name, value in self.attributes:
            if name == key:
                return value
        return default


@attrs.frozen
class TableCell:
    """One cell: its value (surrounding spaces and CSV quotes removed) and its span.

    ``footnote`` is the marker (``*``) a header cell ends with, if any; ``quoted`` says the
    cell was a quoted CSV field, in which a doubled ``""`` stands for one quote mark.

    >>> TableCell("FY 2016*", Span(13, 21), footnote="*").label
    'FY 2016'
    """

    text: str
    span: Span
    footnote: str | None = None
    quoted: bool = False

    def __attrs_post_init__(self) -> None:
        if self.footnote is not None and not (self.footnote and self.text.endswith(self.footnote)):
            raise ValueError(f"cell {self.text!r} does not end with its marker {self.footnote!r}")

    @property
    def label(self) -> str:
        """The text without its footnote marker."""
        if self.footnote is None:
            return self.text
        return self.text[: -len(self.footnote)].rstrip()


@attrs.frozen
class TableRow:
    """A data row of a table: its cells and the span of the whole line."""

    cells: tuple[TableCell, ...]
    span: Span

    def __attrs_post_init__(self) -> None:
        for cell in self.cells:
            if not self.span.contains(cell.span):
                raise ValueError(f"cell {cell.span} lies outside its row {self.span}")


@attrs.frozen
class Footnote:
    """A table footnote: its marker (``*``) and text (the marker not included)."""

    marker: str = attrs.field(validator=non_blank)
    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Table:
    """An ``[lz_table]``: title, source, caption, header, rows and footnotes.

    Every row has as many cells as the header.

    >>> cell = TableCell("FY 2016*", Span(14, 22), footnote="*")
    >>> note = Footnote("*", "Byrne JAG", Span(30, 40))
    >>> table = Table(header=(cell,), footnotes=(note,), span=Span(0, 50))
    >>> table.footnote_for(cell).text
    'Byrne JAG'
    """

    title: str | None = None
    source: str | None = None
    caption: str | None = None
    header: tuple[TableCell, ...] = ()
    rows: tuple[TableRow, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    span: Span

    def __attrs_post_init__(self) -> None:
        for index, row in enumerate(self.rows):
            if len(row.cells) != len(self.header):
                raise ValueError(
                    f"row {index} has {len(row.cells)} cells, the header {len(self.header)}"
                )

    def footnote_for(self, cell: TableCell) -> Footnote | None:
        """The footnote a cell's marker refers to, if there is one."""
        if cell.footnote is None:
            return None
        for footnote in self.footnotes:
            if footnote.marker == cell.footnote:
                return footnote
        return None


@attrs.frozen
class Embed:
    """An embedded media item (``[lz_ndn video=33262507]``: provider ``ndn``)."""

    provider: str = attrs.field(validator=non_blank)
    media_id: str = attrs.field(validator=non_blank)
    span: Span


@attrs.frozen
class RelatedLink:
    """A "Related:" link to another article; ``span`` covers the whole line, label included."""

    title: str = attrs.field(validator=non_blank)
    span: Span


class FurnitureKind(enum.Enum):
    """The kinds of page furniture an article's text carries along."""

    POLL_QUESTION = "poll_question"
    POLL_CONSENT = "poll_consent"


@attrs.frozen
class Furniture:
    """A block of page furniture rather than reporting (a poll, its consent line)."""

    kind: FurnitureKind
    text: str = attrs.field(validator=non_blank)
    span: Span

    def __attrs_post_init__(self) -> None:
        _check_length(self.text, self.span)


@attrs.frozen
class Problem:
    """Something a lenient parse skipped or could not read, and where.

    ``row`` and ``column`` (0-based, data rows) say which table cell, when a table is to blame.
    """

    message: str
    span: Span | None = None
    row: int | None = None
    column: int | None = None


class PublishedSource(enum.Enum):
    """Where a page's publication date was read, most trusted first."""

    META = "article:published_time"
    JSON_LD = "json-ld"
    TIME = "time"
    URL = "url"
    GIVEN = "given"


@attrs.frozen
class Article:
    """A whole news article: its exact text and everything read from it.

    Every span of every object in the article lies inside ``text``. A page read by
    ``parse_html`` also carries its ``headline``, ``authors``, ``outlet`` and canonical
    ``url``; ``published_at`` keeps the page's full timestamp (its date is ``published``)
    and ``published_source`` says which part of the page the date was read from.

    >>> Article("Hello.", paragraphs=(Paragraph("Hello.", Span(0, 6)),)).paragraphs[0].text
    'Hello.'
    """

    text: str
    published: dt.date | None = attrs.field(default=None, converter=publication_date)
    paragraphs: tuple[Paragraph, ...] = ()
    shortcodes: tuple[Shortcode, ...] = ()
    tables: tuple[Table, ...] = ()
    embeds: tuple[Embed, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    awards: tuple[GrantAward, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    rulings: tuple[CourtRuling, ...] = ()
    notices: tuple[DojNotice, ...] = ()
    dates: tuple[DateMention, ...] = ()
    problems: tuple[Problem, ...] = ()
    jurisdictions: tuple[JurisdictionMention, ...] = ()
    # Page metadata (parse_html); None / () for plain text.
    headline: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
    published_at: dt.datetime | None = None
    published_source: PublishedSource | None = None

    def __attrs_post_init__(self) -> None:
        if self.published_at is not None and self.published_at.date() != self.published:
            raise ValueError(
                f"published {self.published} is not the date of {self.published_at.isoformat()}"
            )
        for span in self.spans():
            if span.end > len(self.text):
                raise ValueError(f"span {span} runs past the end of the text ({len(self.text)})")

    def spans(self) -> Iterator[Span]:
        """Every span the article's objects carry (not those nested in notices or rulings)."""
        groups: tuple[tuple[_Located, ...], ...] = (
            self.paragraphs,
            self.shortcodes,
            self.tables,
            self.embeds,
            self.related,
            self.furniture,
            self.awards,
            self.quotes,
            self.rulings,
            self.notices,
            self.dates,
            self.problems,
            self.jurisdictions,
        )
        for group in groups:
            for located in group:
                if located.span is not None:
                    yield located.span


class _Located(Protocol):
    @property
    def span(self) -> Span | None: ...
