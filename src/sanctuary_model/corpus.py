"""Parsing many articles: lazily, in order, optionally in parallel processes.

Each article is parsed by the same pure :func:`~sanctuary_model.parse_article`, so the
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
from pathlib import Path

import attrs

from .errors import SanctuaryModelError
from .model.documents import Article
from .parsing.articles import parse_article

__all__ = ["CorpusError", "ParseFailure", "parse_articles", "parse_corpus"]

Source = str | os.PathLike[str]


class CorpusError(SanctuaryModelError):
    """A source of a corpus could not be read or parsed (raised by :func:`parse_articles`)."""


@attrs.frozen
class ParseFailure:
    """Why one source of a corpus could not be parsed: its name, where, and why."""

    source: str
    reason: str
    position: int | None = None
    error: str = "ParseError"


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
            where = "" if outcome.position is None else f" at position {outcome.position}"
            raise CorpusError(f"{outcome.source}{where}: {outcome.reason}")
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
        text = source if isinstance(source, str) else Path(source).read_text(encoding="utf-8")
        return parse_article(text, published=published)
    except SanctuaryModelError as error:
        position = getattr(error, "position", None)
        reason = getattr(error, "reason", None) or str(error)
        return ParseFailure(name, reason, position, type(error).__name__)
    except (OSError, UnicodeDecodeError) as error:
        return ParseFailure(name, str(error), None, type(error).__name__)
