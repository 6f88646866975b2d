"""Benchmark ``parse_article`` against one pass of a precompiled regex over the same text.

Run from the repository root::

    .venv/bin/python benchmarks/bench_articles.py [--repeat N] [--check]

It parses the seed article and a synthetic article 100 times its size (the seed repeated,
blank-line separated: 100 tables, 2,800 awards), and reports microseconds per kB of text and
the ratio to one ``re.findall(r"\\w+", text)`` pass (a word tokeniser, the cheapest pass a
text parser makes) measured in the same run, for two stages: the structure (paragraphs,
shortcodes, tables, awards: what the 30x target of the articles issue covers) and the whole
``parse_article`` (adding dates, quotes, people, rulings and notices). Times are the best of
``--repeat`` runs. ``--check`` exits non-zero unless the structure is within 30x of the regex
pass and 100x the text costs at most 120x the time for both stages.

The parsers keep bounded caches across calls (a name cell read, a place placed: a corpus names
the same governments again and again), so a parse repeated on one text finds them warm.
``--cold`` empties every such cache before each parse, as the first article of a corpus finds
them.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import time
from collections.abc import Callable

from sanctuary_model import parse_article, seed_text
from sanctuary_model.parsing.articles import _read_structure

BASELINE = re.compile(r"\w+")
MAX_RATIO_TO_REGEX = 30.0
MAX_SCALING = 120.0
SCALE = 100


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` timings of ``work()``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def bounded_caches() -> list[functools._lru_cache_wrapper[object]]:
    """The parsers' caches of results per input (bounded ones; data loads are unbounded)."""
    caches = []
    for name, module in list(sys.modules.items()):
        if name.startswith("sanctuary_model"):
            for value in vars(module).values():
                bounded = isinstance(value, functools._lru_cache_wrapper) and (
                    value.cache_parameters()["maxsize"] is not None
                )
                if bounded and value not in caches:
                    caches.append(value)
    return caches


def measure(
    text: str, repeat: int, stage: Callable[[str], object], cold: bool = False
) -> tuple[float, float]:
    """``(parse seconds, regex seconds)`` for ``text``, the best of ``repeat`` each, timed in
    turns so that both see the machine alike; ``cold`` empties the parsers' bounded caches
    before each parse (outside the timing)."""
    caches = bounded_caches() if cold else []
    parse = regex = float("inf")
    for _ in range(repeat):
        for cache in caches:
            cache.cache_clear()
        parse = min(parse, best_of(1, lambda: stage(text)))
        regex = min(regex, best_of(1, lambda: BASELINE.findall(text)))
    return parse, regex


def structure(text: str) -> object:
    return _read_structure(text, None, True)


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    options.add_argument("--repeat", type=int, default=20, help="timings per case (best kept)")
    options.add_argument("--check", action="store_true", help="fail when a target is missed")
    options.add_argument(
        "--cold", action="store_true", help="empty the parsers' caches before each parse"
    )
    arguments = options.parse_args(argv)
    seed = seed_text()
    synthetic = "\n\n".join([seed.strip()] * SCALE) + "\n"
    assert len(parse_article(synthetic).awards) == 28 * SCALE  # also warms up the gazetteer
    missed = []
    header = f"{'stage':<10} {'text':<18} {'kB':>8} {'parse ms':>9} {'µs/kB':>8} {'regex ms':>9}"
    print(header + f" {'ratio':>6}")
    for stage_name, stage, target in (
        ("structure", structure, MAX_RATIO_TO_REGEX),
        ("whole", parse_article, None),
    ):
        rows = []
        for label, text, repeat in (
            ("seed", seed, arguments.repeat),
            (f"synthetic ({SCALE}x)", synthetic, max(3, arguments.repeat // 5)),
        ):
            parse, regex = measure(text, repeat, stage, arguments.cold)
            kilobytes = len(text.encode("utf-8")) / 1000
            rows.append((kilobytes, parse, regex))
            print(
                f"{stage_name:<10} {label:<18} {kilobytes:8.1f} {parse * 1e3:9.2f}"
                f" {parse * 1e6 / kilobytes:8.1f} {regex * 1e3:9.3f} {parse / regex:6.1f}"
            )
        (small_kb, small, _), (large_kb, large, _) = rows
        scaling = large / small
        print(f"{stage_name}: {large_kb / small_kb:.0f}x the text took {scaling:.1f}x the time")
        worst = max(parse / regex for _kb, parse, regex in rows)
        if target is not None and worst > target:
            missed.append(f"{stage_name} is {worst:.1f}x the regex pass (target {target}x)")
        if scaling > MAX_SCALING:
            missed.append(f"{stage_name}: {SCALE}x the text took {scaling:.1f}x the time")
    for line in missed:
        print("MISSED:", line)
    return 1 if arguments.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
