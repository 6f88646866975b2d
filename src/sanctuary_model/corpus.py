"""Parsing many articles: lazily, in order, optionally in parallel processes.

Each article is parsed by the same pure :func:`~sanctuary_model.parse_article` (a web page,
told by its extension or first bytes, by :func:`~sanctuary_model.parse_html`), so the
work maps over any executor (or a Dask bag, or a Spark RDD) unchanged.

>>> from sanctuary_model import seed_text
>>> [len(article.awards) for article in parse_articles([seed_text(), "No table here."])]
[28, 0]
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor

import attrs

from .errors import ParseError, SanctuaryModelError
from .model.documents import Article
from .parsing.articles import parse_article
from .parsing.html import decode_html, looks_like_html, parse_html

__all__ = [
    "CorpusError",
    "ParseFailure",
    "line_and_column",
    "locate",
    "parse_articles",
    "parse_corpus",
    "parse_document",
    "parse_failure",
    "read_document",
    "read_failure",
    "read_source",
]

Source = str | os.PathLike[str]


class CorpusError(SanctuaryModelError):
    """A source of a corpus could not be read or parsed (raised by :func:`parse_articles`)."""


@attrs.frozen
class ParseFailure:
    """Why one source of a corpus could not be parsed: its name, where, and why.

    ``position`` is the character offset into the source's text, ``line`` and ``column``
    the same place counted from 1, when the error can be placed; ``error`` names the
    exception class; ``message`` is the whole message (``str()`` gives
    ``source:line:column: message``, as the command line prints it).
    """

    source: str
    reason: str
    position: int | None = None
    error: str = "ParseError"
    line: int | None = None
    column: int | None = None
    message: str = ""

    def __str__(self) -> str:
        where = "" if self.line is None else f":{self.line}:{self.column}"
        return f"{self.source}{where}: {self.message or self.reason}"


def read_source(path: str | os.PathLike[str]) -> str:
    """A file's text (UTF-8, a leading byte-order mark dropped).

    Raises ``OSError`` or ``UnicodeDecodeError``; :func:`read_failure` words either.
    """
    with open(path, "rb") as file:
        return file.read().decode("utf-8-sig")


HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_SNIFF = 4096


def read_document(path: str | os.PathLike[str]) -> tuple[str, bool]:
    """A file's text and whether it is a web page: by its extension (``.html``, ``.htm``)
    or its first bytes (a doctype, ``<html>``…). A page is decoded as a browser would
    (BOM, ``<meta charset>``, UTF-8, windows-1252), other text as :func:`read_source`.

    Raises ``OSError`` or ``UnicodeDecodeError``; :func:`read_failure` words either.
    """
    with open(path, "rb") as file:
        raw = file.read()
    return decode_document(raw, os.path.splitext(os.fspath(path))[1].lower() in HTML_SUFFIXES)


def decode_document(raw: bytes, html: bool = False) -> tuple[str, bool]:
    """Bytes read from a file or standard input as text, and whether they are a web page."""
    html = html or looks_like_html(decode_html(raw[:_SNIFF]))
    return (decode_html(raw) if html else raw.decode("utf-8-sig")), html


def parse_document(
    text: str, *, html: bool | None = None, published: dt.date | None = None
) -> Article:
    """:func:`~sanctuary_model.parse_html` for a web page, else
    :func:`~sanctuary_model.parse_article`; ``html=None`` decides by the text's start.

    >>> parse_document("<html><body><p>Hello.</p></body></html>").text
    'Hello.'
    """
    if html is None:
        html = looks_like_html(text)
    if html:
        return parse_html(text, published=published)
    return parse_article(text, published=published)


def read_failure(name: str, error: OSError | UnicodeDecodeError) -> ParseFailure:
    """The failure to read source ``name``, worded for people."""
    if isinstance(error, UnicodeDecodeError):
        message = f"byte {error.start}: not UTF-8 text ({error.reason})"
    else:
        message = f"cannot read: {error.strerror or error}"
    return ParseFailure(name, message, None, type(error).__name__, message=message)


def parse_failure(name: str, text: str, error: SanctuaryModelError) -> ParseFailure:
    """The failure of parsing source ``name`` (whose text is ``text``), placed when possible.

    >>> from sanctuary_model import AmountParseError
    >>> error = AmountParseError("second decimal point", "$1.2.3", 4)
    >>> str(parse_failure("a.txt", "x" + chr(10) + "$1.2.3", error))
    "a.txt:2:5: cannot read '$1.2.3' as an amount: second decimal point"
    """
    reason = error.reason if isinstance(error, ParseError) else str(error)
    kind = type(error).__name__
    offset = locate(text, error)
    if offset is None:
        return ParseFailure(name, reason, None, kind, message=str(error))
    line, column = line_and_column(text, offset)
    # The file's line and column say where; the parser's excerpt and offset would repeat it.
    message = error.brief() if isinstance(error, ParseError) else str(error)
    return ParseFailure(name, reason, offset, kind, line, column, message)


def locate(text: str, error: SanctuaryModelError) -> int | None:
    """The offset into ``text`` where ``error`` happened, when it can be placed.

    A parser that failed on a piece of the text (a table cell) reports a position within
    that piece; it is placed when the piece occurs exactly once in ``text``.

    >>> from sanctuary_model import ParseError
    >>> locate("Seattle,$1 23", ParseError("broken grouping", "$1 23", 3))
    11
    """
    if not isinstance(error, ParseError) or error.position is None:
        return None
    if error.text == text:
        return error.position
    start = text.find(error.text) if error.text else -1
    if start < 0 or text.find(error.text, start + 1) >= 0:
        return None
    return start + error.position


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``.

    >>> line_and_column("first line" + chr(10) + "second", 13)
    (2, 3)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_articles(
    sources: Iterable[Source], *, published: dt.date | None = None
) -> Iterator[Article]:
    """Parse texts (``str``) or files (``pathlib.Path``/``os.PathLike``) one at a time.

    A generator: memory stays constant however many sources there are. A source that
    cannot be read or parsed raises :class:`CorpusError` naming it; use
    :func:`parse_corpus` to carry on past bad sources.
    """
    for index, source in enumerate(sources):
        outcome = _parse_one((source, published, index))
        if isinstance(outcome, ParseFailure):
            raise CorpusError(str(outcome))
        yield outcome


def parse_corpus(
    sources: Iterable[Source],
    *,
    published: dt.date | None = None,
    jobs: int = 1,
    chunksize: int = 8,
) -> Iterator[Article | ParseFailure]:
    """Parse every source, in input order, yielding an ``Article`` or a ``ParseFailure``.

    With ``jobs > 1`` the parsing runs in that many worker processes; results still come
    back in input order. One bad source yields a ``ParseFailure`` and the run goes on.

    >>> results = list(parse_corpus(["[lz_table]unclosed"]))
    >>> type(results[0]).__name__, results[0].error
    ('ParseFailure', 'ShortcodeError')
    """
    tasks = ((source, published, index) for index, source in enumerate(sources))
    if jobs <= 1:
        yield from map(_parse_one, tasks)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _ordered_map(pool, tasks, chunksize=chunksize)


def _ordered_map(
    pool: Executor,
    tasks: Iterator[tuple[Source, dt.date | None, int]],
    *,
    chunksize: int,
) -> Iterator[Article | ParseFailure]:
    # Executor.map submits everything at once; keep a bounded window instead so memory
    # stays flat on a corpus of any size.
    window = max(2, chunksize) * 4
    pending: deque[Future[Article | ParseFailure]] = deque()
    for task in tasks:
        pending.append(pool.submit(_parse_one, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    for future in pending:
        yield future.result()


def _parse_one(task: tuple[Source, dt.date | None, int]) -> Article | ParseFailure:
    source, published, index = task
    name = f"<text {index}>" if isinstance(source, str) else os.fspath(source)
    try:
        text, html = (
            (source, looks_like_html(source))
            if isinstance(source, str)
            else (read_document(source))
        )
    except (OSError, UnicodeDecodeError) as error:
        return read_failure(name, error)
    try:
        return parse_document(text, html=html, published=published)
    except SanctuaryModelError as error:
        return parse_failure(name, text, error)
