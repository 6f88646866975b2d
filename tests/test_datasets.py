"""The bundled seed: shipped as package data, read exactly, parsed once."""

from __future__ import annotations

from pathlib import Path

from sanctuary_model import BYRNE_JAG, Article, FiscalYear, from_json, to_json
from sanctuary_model.datasets import seed_article, seed_awards, seed_text

BUNDLED_SEED = Path(__file__).parents[1] / "src" / "sanctuary_model" / "data" / "seed_article.txt"


def test_seed_text_is_the_bundled_file_unchanged() -> None:
    text = seed_text()
    assert text == BUNDLED_SEED.read_text("utf-8")
    assert text.startswith("Two things happened last week")
    assert "[lz_table title=”Sanctuary Jurisdictions”" in text
    assert len(text) == 7111


def test_seed_article_is_parsed_once() -> None:
    assert seed_article() is seed_article()
    assert seed_article().text == seed_text()


def test_seed_awards() -> None:
    awards = seed_awards()
    assert len(awards) == 28
    assert {(award.program, award.fiscal_year) for award in awards} == {
        (BYRNE_JAG, FiscalYear(2016))
    }
    assert awards == seed_article().awards


def test_seed_article_round_trips() -> None:
    article = seed_article()
    assert from_json(to_json(article), Article) == article
