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
import errno
import itertools
import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import BinaryIO

import attrs

from .errors import ParseError, SanctuaryModelError
from .model.documents import Article
from .parsing.articles import parse_article
from .parsing.html import decode_html, looks_like_html, parse_html

__all__ = [
    "MAX_SOURCE_BYTES",
    "CorpusError",
    "ParseFailure",
    "line_and_column",
    "locate",
    "parse_articles",
    "parse_corpus",
    "parse_document",
    "parse_failure",
    "parse_source",
    "printable",
    "read_document",
    "read_failure",
    "read_limited",
    "read_limited_bytes",
    "read_source",
]

Source = str | os.PathLike[str]

MAX_SOURCE_BYTES = 32 * 1024 * 1024
"""The most bytes :func:`read_source` reads from one file (32 MiB, far above any article):
a larger file, or an endless one such as ``/dev/zero``, is a failure rather than a hang."""

Task = tuple[Source, dt.date | None, int]


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
        return f"{printable(self.source)}{where}: {self.message or self.reason}"


def printable(name: str) -> str:
    r"""``name`` with control characters (and lone surrogates) escaped, so a message that
    shows it stays on one line and sends no terminal escape sequence.

    >>> print(printable("two" + chr(10) + "lines" + chr(27) + "[31m.txt"))
    two\nlines\x1b[31m.txt
    """
    if name.isprintable():
        return name
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in name)


def read_source(path: str | os.PathLike[str], *, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """A file's text (UTF-8, a leading byte-order mark dropped), at most ``max_bytes`` long.

    Raises ``OSError`` (``EFBIG`` for a file over the limit) or ``UnicodeDecodeError``;
    :func:`read_failure` words either.
    """
    with open(path, "rb") as file:
        return read_limited(file, max_bytes)


def read_limited(file: BinaryIO, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """The UTF-8 text of an open binary ``file``, refused (``OSError``) past ``max_bytes``."""
    return read_limited_bytes(file, max_bytes).decode("utf-8-sig")


def read_limited_bytes(file: BinaryIO, max_bytes: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of an open binary ``file``, refused (``OSError``) past ``max_bytes``."""
    data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OSError(errno.EFBIG, f"larger than the limit of {max_bytes:,} bytes")
    return data


HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_SNIFF = 4096


def read_document(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_SOURCE_BYTES
) -> tuple[str, bool]:
    """A file's text and whether it is a web page: by its extension (``.html``, ``.htm``)
    or its first bytes (a doctype, ``<html>``…). A page is decoded as a browser would
    (BOM, ``<meta charset>``, UTF-8, windows-1252), other text as :func:`read_source`.

    Raises ``OSError`` or ``UnicodeDecodeError``; :func:`read_failure` words either.
    """
    with open(path, "rb") as file:
        raw = read_limited_bytes(file, max_bytes)
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
    :func:`parse_corpus` to carry on past bad sources. Any other item (``bytes``
    included) is a ``TypeError``.
    """
    for task in _tasks(sources, published):
        outcome = _parse_one(task)
        if isinstance(outcome, ParseFailure):
            raise CorpusError(str(outcome))
        yield outcome


def parse_corpus(
    sources: Iterable[Source],
    *,
    published: dt.date | None = None,
    jobs: int = 1,
    chunksize: int = 8,
) -> Generator[Article | ParseFailure, None, None]:
    """Parse every source, in input order, yielding an ``Article`` or a ``ParseFailure``.

    With ``jobs > 1`` the parsing runs in worker processes (no more than there are sources
    or CPUs); results still come back in input order. A source that fails for any reason
    (a parse error, no memory left, a worker killed) yields a ``ParseFailure`` and the run
    goes on. Interrupting the run (Ctrl-C) or closing the generator stops the workers.

    >>> results = list(parse_corpus(["[lz_table]unclosed"]))
    >>> type(results[0]).__name__, results[0].error
    ('ParseFailure', 'ShortcodeError')
    """
    tasks = _tasks(sources, published)
    first = list(itertools.islice(tasks, max(1, min(jobs, _cpus()))))
    workers = min(jobs, len(first), _cpus())
    if workers <= 1:
        yield from map(_parse_one, itertools.chain(first, tasks))
        return
    yield from _parallel(itertools.chain(first, tasks), workers, chunksize)


def parse_source(
    source: Source, *, published: dt.date | None = None, index: int = 0
) -> Article | ParseFailure:
    """What :func:`parse_corpus` does with one source: an ``Article`` or a ``ParseFailure``.

    A module-level function, so it pickles: map it over a Dask bag or a Spark RDD of paths
    (``index`` only names a text source, ``<text 3>``, in its failure).

    >>> parse_source("[lz_table]unclosed", index=3).source
    '<text 3>'
    """
    checked, published, _ = next(_tasks([source], published))
    return _parse_one((checked, published, index))


def _tasks(sources: Iterable[Source], published: dt.date | None) -> Iterator[Task]:
    if isinstance(sources, str | bytes | os.PathLike):
        raise TypeError(
            f"sources must be an iterable of texts or paths, not a single {type(sources).__name__}"
        )
    for index, source in enumerate(sources):
        path = os.fspath(source) if isinstance(source, os.PathLike) else source
        if not isinstance(path, str):
            raise TypeError(
                f"source {index} is {_kind(source)}: give a str (a text) or an os.PathLike "
                "(a file); decode bytes first"
            )
        yield source, published, index


def _kind(value: object) -> str:
    return f"a {type(value).__name__}"


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parallel(
    tasks: Iterator[Task], workers: int, chunksize: int
) -> Iterator[Article | ParseFailure]:
    # Executor.map submits everything at once; keep a bounded window instead so memory
    # stays flat on a corpus of any size.
    window = max(2, chunksize, workers) * 4
    pool = _new_pool(workers)
    pending: deque[tuple[Task, Future[Article | ParseFailure]]] = deque()
    try:
        for task in tasks:
            pending.append((task, pool.submit(_parse_one, task)))
            while len(pending) >= window:
                result, pool = _next_result(pending, pool, workers)
                yield result
        while pending:
            result, pool = _next_result(pending, pool, workers)
            yield result
    except BaseException:  # Ctrl-C, or the consumer closed the generator: stop at once
        _abandon(pool)
        raise
    pool.shutdown()


def _next_result(
    pending: deque[tuple[Task, Future[Article | ParseFailure]]],
    pool: ProcessPoolExecutor,
    workers: int,
) -> tuple[Article | ParseFailure, ProcessPoolExecutor]:
    """The oldest pending result; when a worker died, the pool is rebuilt around it."""
    task, future = pending[0]
    try:
        result = future.result()
    except BrokenProcessPool:
        # Some worker died (killed, out of memory) and took every pending task with it.
        # Parse the oldest alone to learn whether it is to blame, then resubmit the rest.
        _abandon(pool)
        result = _parse_alone(task)
        pool = _new_pool(workers)
        pending.popleft()
        for position, (later, _future) in enumerate(pending):
            pending[position] = (later, pool.submit(_parse_one, later))
        return result, pool
    except Exception as error:  # a result that could not come back, say
        result = _crash_failure(task, error)
    pending.popleft()
    return result, pool


def _parse_alone(task: Task) -> Article | ParseFailure:
    solo = _new_pool(1)
    try:
        result = solo.submit(_parse_one, task).result()
    except BrokenProcessPool:
        result = _crash_failure(task, None)
    except Exception as error:
        result = _crash_failure(task, error)
    finally:
        _abandon(solo)
    return result


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; only the parent should act on it, so a
    # worker never half-finishes a task or prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _abandon(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool`` now: cancel what has not started and end the workers mid-task."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=1)


def _name(source: Source, index: int) -> str:
    return f"<text {index}>" if isinstance(source, str) else os.fspath(source)


def _crash_failure(task: Task, error: BaseException | None) -> ParseFailure:
    source, _published, index = task
    if error is None:
        reason = "the worker process parsing it died (killed, or out of memory)"
        kind = "BrokenProcessPool"
    elif isinstance(error, MemoryError):
        reason, kind = "out of memory while parsing it", "MemoryError"
    else:
        reason = f"internal error ({type(error).__name__}: {error}); please report it"
        kind = type(error).__name__
    return ParseFailure(_name(source, index), reason, None, kind, message=reason)


def _parse_one(task: Task) -> Article | ParseFailure:
    source, published, index = task
    name = _name(source, index)
    try:
        text, html = (
            (source, looks_like_html(source))
            if isinstance(source, str)
            else (read_document(source))
        )
    except (OSError, UnicodeDecodeError) as error:
        return read_failure(name, error)
    except MemoryError as error:
        return _crash_failure(task, error)
    try:
        return parse_document(text, html=html, published=published)
    except SanctuaryModelError as error:
        return parse_failure(name, text, error)
    except Exception as error:  # MemoryError, RecursionError, a bug: one source fails, not the run
        return _crash_failure(task, error)
