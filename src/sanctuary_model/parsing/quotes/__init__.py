"""Who said what: quotations, reported speech and the people an article names.

Reads the conventions of news writing: a quote then its attribution (``“…,” predicted Chris
Chmielenski``), an attribution then a quote, a second quote continuing the first, roles
before and after names, ``he said`` and ``said Vaughan`` referring back to people named
earlier, organisations and the documents they issue (``the letter states``), unnamed
officials, statements a paragraph introduces with a colon, reported speech (``told KRIO 7
that …``) and quoted passages of a law. When the speaker cannot be told for sure the quote
keeps ``speaker=None``.

The reading runs in stages, one module each: ``_setup`` (paragraphs, people, organisations),
``_subjects`` (who some words name), ``_attribution`` (the words around a quote),
``_sentences`` (the sentence's speaker, colon introductions), ``_reported`` (reported speech)
and ``_reader`` (quotes in order, continuations).

>>> from sanctuary_model.model.documents import Article
>>> text = "Mayor Jane Doe spoke.\\n\\n“We will win,” she said in a statement."
>>> [(q.text, q.speaker.name, q.verb, q.channel) for q in extract_quotes(Article(text))]
[('We will win', 'Jane Doe', 'said', 'in a statement')]
"""

from __future__ import annotations

from ...model.documents import Article
from ...model.people import Person
from ...model.quotes import Quote
from ._reader import read_article

__all__ = ["extract_people", "extract_quotes"]


def extract_quotes(article: Article | str) -> tuple[Quote, ...]:
    """Every quotation and piece of reported speech in ``article``, in text order.

    >>> from sanctuary_model.model.documents import Article
    >>> text = "Joe Doe, a spokesman for the county, said the county would sue."
    >>> [(q.kind.value, q.text, q.speaker.role) for q in extract_quotes(Article(text))]
    [('indirect', 'the county would sue', 'spokesman for the county')]
    """
    return read_article(article)[0]


def extract_people(article: Article | str) -> tuple[Person, ...]:
    """Everyone ``article`` introduces by name in its running text, once each, in order.

    >>> from sanctuary_model.model.documents import Article
    >>> extract_people(Article("U.S. District Judge Michael Baylson ruled."))
    (Person(name='Michael Baylson', role='U.S. District Judge', organization=None),)
    """
    return read_article(article)[1]
