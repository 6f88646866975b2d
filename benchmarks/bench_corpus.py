"""Corpus-scale parsing: articles per second with 1 and 2 worker processes, and memory.

Builds N synthetic articles in the seed's styles (its table with rows dropped, reordered and
re-priced, in space-, comma- and CSV-quoted figures; its paragraphs with other speakers and
dates), writes them to a temporary folder, and parses them with
``sanctuary_model.corpus.parse_corpus``. The baseline, measured in the same run, is reading
the same files and running one precompiled regex over each.

Peak memory (tracemalloc) of streaming ``parse_articles`` over N/4 and N articles shows it flat.

Run: python benchmarks/bench_corpus.py [--n 2000]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from sanctuary_model import seed_text
from sanctuary_model.corpus import ParseFailure, parse_articles, parse_corpus

_SPEAKERS = [
    ("Maria Lopez", "city attorney", "Oakland"),
    ("Tom Becker", "sheriff", "Multnomah County"),
    ("Angela Wu", "spokeswoman", "the Justice Department"),
    ("Robert Hale", "mayor", "Burlington"),
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_BASELINE = re.compile(r"\w+")


def synthetic_articles(count: int, seed: int = 2017) -> Iterator[str]:
    """``count`` article texts in the seed's styles, reproducibly."""
    rng = random.Random(seed)
    text = seed_text()
    head, rest = text.split("|Jurisdiction,FY 2016*\n", 1)
    body, tail = rest.split("\n|\n", 1)
    rows = body.split("\n")
    for index in range(count):
        chosen = rng.sample(rows, rng.randint(5, len(rows)))
        table = "\n".join(_reprice(row, rng) for row in chosen)
        name, role, place = rng.choice(_SPEAKERS)
        extra = (
            f"\n“We will answer by the deadline,” said {name}, {role} of {place}. "
            f"On {rng.choice(_DAYS)}, {place} said it had received {len(chosen)} letters.\n"
        )
        yield f"{head}|Jurisdiction,FY 2016*\n{table}\n|\n{tail}{extra}<!-- {index} -->\n"


def _reprice(row: str, rng: random.Random) -> str:
    place, _amount = row.rsplit(",", 1)
    value = rng.randint(10_000, 2_000_000)
    spaced = f"${value:,}".replace(",", " ")
    return rng.choice(
        [
            f"{place},{spaced}",  # the seed's own style
            f"{place}, {spaced}",  # with a leading space
            f'{place},"${value:,}"',  # a CSV-quoted cell
            f"{place},${value / 1_000_000:.1f}M",  # a rounded figure
        ]
    )


def _baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        _BASELINE.findall(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start


def _parse(paths: list[Path], jobs: int) -> float:
    start = time.perf_counter()
    failures = sum(isinstance(r, ParseFailure) for r in parse_corpus(paths, jobs=jobs))
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"{failures} synthetic articles failed to parse")
    return elapsed


def _memory(count: int) -> tuple[int, int]:
    """Peak and still-allocated bytes (tracemalloc) of streaming ``count`` articles."""
    gc.collect()
    tracemalloc.start()
    for _article in parse_articles(synthetic_articles(count)):
        pass
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, current


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sanctuary-corpus-") as folder:
        paths = []
        for index, text in enumerate(synthetic_articles(args.n)):
            path = Path(folder) / f"{index:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        baseline = min(_baseline(paths) for _ in range(3))
        one = _parse(paths, jobs=1)
        two = _parse(paths, jobs=2)
    print(f"{args.n} synthetic articles, {megabytes:.1f} MB")
    print(f"{'contender':<28}{'articles/s':>12}{'× baseline time':>18}")
    for label, seconds in [("read + one regex pass", baseline), ("parse, --jobs 1", one),
                           ("parse, --jobs 2", two)]:  # fmt: skip
        print(f"{label:<28}{args.n / seconds:>12,.0f}{seconds / baseline:>17.1f}×")
    print(f"speed-up of --jobs 2 over --jobs 1: {one / two:.2f}×")
    small, large = max(1, args.n // 4), args.n
    for count in (small, large):
        peak, left = _memory(count)
        print(
            f"streaming {count:>5} articles: peak {peak / 1024:,.0f} KiB,"
            f" still allocated after {left / 1024:,.0f} KiB"
        )
    print("(the peak follows the largest single article, not the number of articles)")


if __name__ == "__main__":
    main()
