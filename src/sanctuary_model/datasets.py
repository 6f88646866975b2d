"""The bundled seed article, shipped inside the package, and what it parses to.

>>> len(seed_awards())
28
"""

from __future__ import annotations

import functools
from importlib import resources

from .model.documents import Article
from .model.grants import GrantAward
from .parsing.articles import parse_article

__all__ = ["seed_article", "seed_awards", "seed_text"]


@functools.cache
def seed_text() -> str:
    """The seed article's exact text (a LifeZette report on the DOJ's November 2017 letters).

    >>> seed_text().startswith("Two things happened last week")
    True
    """
    return (resources.files("sanctuary_model") / "data" / "seed_article.txt").read_text("utf-8")


@functools.cache
def seed_article() -> Article:
    """The seed article, parsed (once; later calls return the same object).

    >>> seed_article().tables[0].title
    'Sanctuary Jurisdictions'
    """
    return parse_article(seed_text())


def seed_awards() -> tuple[GrantAward, ...]:
    """The 28 FY 2016 Byrne JAG awards of the seed article's table.

    >>> str(seed_awards()[0].fiscal_year), seed_awards()[0].program.short_name
    ('FY 2016', 'Byrne JAG')
    """
    return seed_article().awards
