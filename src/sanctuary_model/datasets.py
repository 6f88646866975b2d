"""The bundled seed article, shipped inside the package, and what it parses to.

>>> len(seed_awards())
28
"""

from __future__ import annotations

import datetime as dt
import functools

from ._resources import read_text
from .model.documents import Article
from .model.grants import GrantAward
from .parsing.articles import parse_article

__all__ = ["SEED_PUBLISHED", "seed_article", "seed_awards", "seed_text"]

#: The date the seed is read as published on. Its text carries none; it reports the DOJ's
#: letters of Wednesday 15 November 2017 as sent "last week", so it appeared in the week of
#: 20 November 2017. The Monday of that week is the earliest date the text allows.
SEED_PUBLISHED = dt.date(2017, 11, 20)


@functools.cache
def seed_text() -> str:
    """The seed article's exact text (a LifeZette report on the DOJ's November 2017 letters).

    >>> seed_text().startswith("Two things happened last week")
    True
    """
    return read_text("seed_article.txt")


@functools.cache
def seed_article() -> Article:
    """The seed article, parsed (once; later calls return the same object).

    Relative dates ("On Wednesday", "last week") resolve against :data:`SEED_PUBLISHED`;
    call ``parse_article(seed_text())`` to read it with no publication date.

    >>> seed_article().tables[0].title
    'Sanctuary Jurisdictions'
    >>> seed_article().notices[0].issued.date
    datetime.date(2017, 11, 15)
    """
    return parse_article(seed_text(), published=SEED_PUBLISHED)


def seed_awards() -> tuple[GrantAward, ...]:
    """The 28 FY 2016 Byrne JAG awards of the seed article's table.

    >>> str(seed_awards()[0].fiscal_year), seed_awards()[0].program.short_name
    ('FY 2016', 'Byrne JAG')
    """
    return seed_article().awards
