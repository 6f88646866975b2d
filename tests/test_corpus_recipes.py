"""The distributed recipes of docs/corpus.md, run where Dask is installed (the ``[dask]`` extra;
``make`` installs it, so CI runs these)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sanctuary_model import Article, from_json, parse_article, seed_text, to_json
from sanctuary_model.corpus import ParseFailure, parse_corpus, parse_source


def test_dask_bag_recipe(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(seed_text(), encoding="utf-8")
    bag = db.read_text(str(tmp_path / "*.txt"), linedelimiter="\0")
    lines = bag.map(parse_article).map(to_json).compute()
    assert [len(from_json(line, Article).awards) for line in lines] == [28, 28]


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[Any]:
    """Two worker processes, one thread each, as `docs/corpus.md` describes."""
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=50,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def corpus(folder: Path) -> list[Path]:
    texts = {
        "a.txt": seed_text(),
        "b.txt": "WASHINGTON — A short article with no table. “We will comply,” the mayor said.",
        "c.txt": "[lz_table title=x]never closed",
        "d.txt": seed_text().replace("Berkeley", "Oakland"),
        "e.html": "<html><body><h1>Page</h1><p>Cook County, Ill., got $1.9M.</p></body></html>",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [*sorted(folder.iterdir()), folder / "missing.txt"]


def test_parse_corpus_work_on_a_distributed_bag_equals_the_serial_parse(
    cluster_client: Any, tmp_path: Path
) -> None:
    db = pytest.importorskip("dask.bag")

    paths = corpus(tmp_path)
    serial = list(parse_corpus(paths))
    bag = db.from_sequence(paths, npartitions=2).map(parse_source)
    distributed = bag.compute(scheduler=cluster_client)
    assert distributed == serial  # same articles and failures, in input order
    assert [type(r).__name__ for r in distributed] == [
        "Article", "Article", "ParseFailure", "Article", "Article", "ParseFailure",
    ]  # fmt: skip
    failures = [r for r in distributed if isinstance(r, ParseFailure)]
    assert [Path(f.source).name for f in failures] == ["c.txt", "missing.txt"]
    assert len(cluster_client.scheduler_info()["workers"]) == 2
