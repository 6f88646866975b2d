"""Corpus parsing: lazy, ordered, parallel, and carrying on past bad sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctuary_model import Article, parse_article, seed_text
from sanctuary_model.corpus import CorpusError, ParseFailure, parse_articles, parse_corpus


def test_parse_articles_is_lazy() -> None:
    def sources() -> Iterator[str]:
        yield seed_text()
        raise AssertionError("read past the first article")

    stream = parse_articles(sources())
    first = next(stream)
    assert len(first.awards) == 28


def test_parse_articles_reads_paths_and_texts(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    articles = list(parse_articles([path, "Plain text."]))
    assert articles[0] == parse_article(seed_text())
    assert articles[1].awards == ()


def test_parse_articles_names_the_bad_source(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"missing\.txt"):
        list(parse_articles([tmp_path / "missing.txt"]))


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_corpus_keeps_order_and_goes_on(jobs: int) -> None:
    texts = [seed_text(), "[lz_table]unclosed", "Nothing here.", seed_text()] * 3
    results = list(parse_corpus(texts, jobs=jobs, chunksize=1))
    kinds = [type(result).__name__ for result in results]
    assert kinds == ["Article", "ParseFailure", "Article", "Article"] * 3
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert failure.source == "<text 1>"
    assert failure.error == "ShortcodeError"
    assert failure.position is not None
    assert all(isinstance(r, Article) and len(r.awards) == 28 for r in results[::4])
