"""The distributed recipes of docs/corpus.md, run where Dask is installed (not a dependency)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctuary_model import Article, from_json, parse_article, seed_text, to_json


def test_dask_bag_recipe(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(seed_text(), encoding="utf-8")
    bag = db.read_text(str(tmp_path / "*.txt"), linedelimiter="\0")
    lines = bag.map(parse_article).map(to_json).compute()
    assert [len(from_json(line, Article).awards) for line in lines] == [28, 28]
