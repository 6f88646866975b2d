"""Articles and the structures inside them: paragraphs, shortcodes, tables, embeds."""

from __future__ import annotations

import datetime as dt

import attrs

from .dates import DateMention
from .grants import GrantAward
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
    "Paragraph",
    "Problem",
    "RelatedLink",
    "Shortcode",
    "Table",
    "TableCell",
    "TableRow",
]


@attrs.frozen
class Paragraph:
    """A paragraph of running text (blank-line separated) and where it is."""

    text: str
    span: Span


@attrs.frozen
class Shortcode:
    """A WordPress-style ``[name attr=value]`` tag, with its body when it has a closing tag.

    ``attributes`` keeps the order written; ``span`` covers the whole shortcode, opening tag
    to closing tag, and ``body_span`` the text between them.
    """

    name: str
    attributes: tuple[tuple[str, str], ...]
    span: Span
    body: str | None = None
    body_span: Span | None = None

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of attribute ``key``, or ``default``."""
        for name, value in self.attributes:
            if name == key:
                return value
        return default


@attrs.frozen
class TableCell:
    """One cell: its text (surrounding spaces and CSV quotes removed) and its span."""

    text: str
    span: Span
    footnote: str | None = None


@attrs.frozen
class TableRow:
    """A data row of a table."""

    cells: tuple[TableCell, ...]
    span: Span


@attrs.frozen
class Footnote:
    """A table footnote: its marker (``*``) and text."""

    marker: str
    text: str
    span: Span


@attrs.frozen
class Table:
    """An ``[lz_table]``: title, source, caption, header, rows and footnotes."""

    title: str | None
    source: str | None
    caption: str | None
    header: tuple[TableCell, ...]
    rows: tuple[TableRow, ...]
    footnotes: tuple[Footnote, ...]
    span: Span


@attrs.frozen
class Embed:
    """An embedded media item (``[lz_ndn video=33262507]``)."""

    provider: str
    media_id: str
    span: Span


@attrs.frozen
class RelatedLink:
    """A "Related:" link to another article."""

    title: str
    span: Span


@attrs.frozen
class Furniture:
    """A block of page furniture rather than reporting (a poll, its consent line)."""

    kind: str
    text: str
    span: Span


@attrs.frozen
class Problem:
    """Something a lenient parse skipped or could not read, and where."""

    message: str
    span: Span | None = None


@attrs.frozen
class Article:
    """A whole news article: its exact text and everything read from it."""

    text: str
    published: dt.date | None = None
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
