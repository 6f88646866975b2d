"""The bundled seed: shipped as package data, read exactly, parsed once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sanctuary_model import BYRNE_JAG, Article, FiscalYear, from_json, to_json
from sanctuary_model.datasets import (
    SEED_PUBLISHED,
    seed_article,
    seed_awards,
    seed_text,
)
from sanctuary_model.rosters import official_notices

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


def test_seeds_folder_holds_the_same_bytes() -> None:
    seeds = Path(__file__).parents[1] / "seeds" / "000_9ac2eed6b4e29803.txt"
    assert seeds.read_bytes() == BUNDLED_SEED.read_bytes()


def test_seed_article_is_read_as_published_on_the_monday_after_the_letters() -> None:
    article = seed_article()
    assert article.published == SEED_PUBLISHED == date(2017, 11, 20)
    (notice,) = article.notices
    assert notice.issued is not None
    assert notice.issued.date == date(2017, 11, 15)
    assert notice.issued.date.strftime("%A") == "Wednesday"


def test_official_notices_are_shipped() -> None:
    assert [len(notice.recipients) for notice in official_notices()] == [23, 29, 9]


def test_seed_json_is_byte_identical_to_the_recorded_reading() -> None:
    """A differential guard: any change to what the seed reads as shows here. After a
    deliberate change, record the new reading with
    ``python -c "import sanctuary_model as s; open('tests/data/seed_article.json', 'w',
    encoding='utf-8').write(s.to_json(s.seed_article()))"`` and say why in the commit."""
    recorded = (Path(__file__).parent / "data" / "seed_article.json").read_text(encoding="utf-8")
    assert to_json(seed_article()) == recorded
