"""Corpus parsing on Dask: articles per second in one process and on 2 Dask worker processes.

Writes N synthetic articles (``bench_corpus.synthetic_articles``) to a temporary folder, then
parses them three ways, each measured in this run: serially (``parse_corpus``, one process),
with ``parse_corpus(jobs=2)``, and as a ``dask.bag`` of paths mapped with
``corpus.parse_source`` on a ``distributed.LocalCluster(n_workers=2, processes=True,
threads_per_worker=1)`` (cluster start-up timed apart), once gathering every
``Article`` back to the client and once summing award counts on the workers. Needs the
``[dask]`` extra.

Run: python benchmarks/bench_dask.py [--n 400]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import dask.bag as db
import distributed

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import synthetic_articles

from sanctuary_model import Article
from sanctuary_model.corpus import ParseFailure, parse_corpus, parse_source


def _award_count(result: Article | ParseFailure) -> int:
    """What stays on the workers: a count, not the article (no transfer back)."""
    return len(result.awards) if isinstance(result, Article) else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    count = parser.parse_args().n
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(synthetic_articles(count)):
            path = Path(folder) / f"{index:06}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        started = time.perf_counter()
        serial = list(parse_corpus(paths))
        one = time.perf_counter() - started
        started = time.perf_counter()
        pooled = list(parse_corpus(paths, jobs=2))
        two = time.perf_counter() - started
        started = time.perf_counter()
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
            setup = time.perf_counter() - started
            started = time.perf_counter()
            bag = db.from_sequence(paths, npartitions=16).map(parse_source)
            spread = bag.compute(scheduler=client)
            dask = time.perf_counter() - started
            started = time.perf_counter()
            awards = bag.map(_award_count).sum().compute(scheduler=client)
            kept = time.perf_counter() - started
        assert serial == pooled == spread
        assert awards == sum(_award_count(result) for result in serial)
    print(f"{count} articles")
    print(f"one process          {count / one:8.1f} articles/s  ({one:.2f} s)")
    print(f"parse_corpus jobs=2  {count / two:8.1f} articles/s  ({two:.2f} s)")
    print(f"dask, 2 workers      {count / dask:8.1f} articles/s  ({dask:.2f} s)")
    print(f"dask, 2 workers, sum {count / kept:8.1f} articles/s  ({kept:.2f} s)")
    print(f"  cluster start-up   {setup:.2f} s")


if __name__ == "__main__":
    main()
