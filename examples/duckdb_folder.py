"""Parse a folder of articles to Parquet, then ask DuckDB: totals by state, quotes by speaker.

Needs the frames extra: pip install 'sanctuary-model[frames]'
Run: python examples/duckdb_folder.py FOLDER OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from sanctuary_model.corpus import ParseFailure, parse_corpus
from sanctuary_model.frames import to_arrow


def write_tables(folder: Path, out: Path) -> None:
    """One Parquet file per table, every article of ``folder`` in it, named by file."""
    paths = sorted(folder.glob("*.txt"))
    articles, names = [], []
    for path, result in zip(paths, parse_corpus(paths), strict=True):
        if isinstance(result, ParseFailure):
            print(f"{path}: {result.reason}", file=sys.stderr)
            continue
        articles.append(result)
        names.append(path.name)
    out.mkdir(parents=True, exist_ok=True)
    for table in ("awards", "quotes"):
        pq.write_table(to_arrow(articles, table, sources=names), out / f"{table}.parquet")


TOTALS_BY_STATE = """
    SELECT state, count(*) AS awards, sum(value) AS total, sum(low) AS low, sum(high) AS high
    FROM read_parquet($awards)
    GROUP BY state
    ORDER BY total DESC, state
"""

QUOTES_BY_SPEAKER = """
    SELECT speaker, count(*) AS quotes, count(DISTINCT source) AS articles
    FROM read_parquet($quotes)
    WHERE speaker IS NOT NULL
    GROUP BY speaker
    ORDER BY quotes DESC, speaker
    LIMIT 5
"""


def main(folder: str, out: str) -> int:
    where = Path(out)
    write_tables(Path(folder), where)
    awards = {"awards": str(where / "awards.parquet")}
    quotes = {"quotes": str(where / "quotes.parquet")}
    with duckdb.connect() as db:
        print("state  awards  total  [low, high]")
        for state, count, amount, low, high in db.execute(TOTALS_BY_STATE, awards).fetchall():
            print(f"{state}  {count}  {amount}  [{low}, {high}]")
        print()
        print("speaker  quotes  articles")
        for speaker, said, articles in db.execute(QUOTES_BY_SPEAKER, quotes).fetchall():
            print(f"{speaker}  {said}  {articles}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
