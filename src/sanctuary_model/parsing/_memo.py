"""Reuse an extractor's result for the same ``Article`` object.

Several extractors need the same intermediate reading (the dates, the statutes, the notices,
the quotes with their people); ``parse_article`` calls them in turn on one article, so the
result for the last few article *objects* is kept. Articles are immutable, so a result can
never go stale; identity, not equality, is the key, so no article is ever hashed.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from ..model.documents import Article

__all__ = ["per_article"]

R = TypeVar("R")

_KEEP = 4


def per_article(extract: Callable[[Article], R]) -> Callable[[Article | str], R]:
    """Decorate ``extract`` so a repeated call on the same article object is free, and so
    that it also takes a plain string (read as an article with that text)."""
    recent: deque[tuple[Article, R]] = deque(maxlen=_KEEP)
    lock = threading.Lock()

    @functools.wraps(extract)
    def cached(article: Article | str) -> R:
        if isinstance(article, str):
            return extract(Article(article))
        if not isinstance(article, Article):
            raise TypeError(
                f"{extract.__name__}() takes an Article or a str, not {type(article).__name__}"
            )
        with lock:
            for seen, result in recent:
                if seen is article:
                    return result
        result = extract(article)
        with lock:
            recent.append((article, result))
        return result

    return cached
