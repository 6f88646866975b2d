"""How fast jurisdiction names are read, and what importing the package costs.

Run from the repository root:

    .venv/bin/python benchmarks/bench_jurisdictions.py

Three figures, each with a baseline measured in the same run:

- ``import sanctuary_model`` in a fresh interpreter (best of 5), against a fresh interpreter
  that imports nothing (``python -c pass``): the gazetteer must not load at import;
- the first ``parse_jurisdiction`` call, which loads the national gazetteer (once);
- ``parse_jurisdiction`` per name on a mixed list (the official DOJ roster names, the seed
  table's names, and list forms written for this benchmark: inversions, agencies, markers,
  bare county names with a state, Census-area suffixes), best of several repeats, against a
  ``dict`` lookup of the same strings and against ``str.split`` of them.

Targets (issue 13): import under 200 ms; under 40 µs per name.
"""

from __future__ import annotations

import contextlib
import functools
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from sanctuary_model import ParseError, lookup_state, parse_jurisdiction
from sanctuary_model.rosters import official_notices

REPEATS = 7
CHUNK = 50

# List forms, written for this benchmark (not copied from any list).
FORMS: tuple[tuple[str, str | None], ...] = (
    ("Boise, City Of", None),
    ("Corrections, Kansas Dept Of", None),
    ("Tulsa (OK) Police Department", None),
    ("Polk County in Iowa", None),
    ("Dane County Wis. (includes Madison)", None),
    ("Broomfield, City + County", None),
    ("Yakima County*", None),
    ("Spokane (EO)", "WA"),
    ("Tangipahoa Parish Sheriff's Office", None),
    ("Bethel (CA)", "AK"),
    ("Rowan", "NC"),
    ("Brookline", "MA"),
    ("Ponce", None),
    ("Ohio Department of Rehabilitation and Correction", None),
    ("Fresno - Fresno County", None),
    ("Santa Clara Cty. (CA.)", None),
    ("Denver City & Cty.", None),
    ("Newark Police Department", None),
    ("City and County of Denver, Colorado", None),
    ("Cook County, Ill.", None),
)


def names() -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = list(FORMS)
    for notice in official_notices():
        for recipient in notice.recipients:
            found.append((recipient.name, None))
    return found


def best(run: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def chunked(
    items: Sequence[tuple[str, str | None]],
    run: Callable[[Sequence[tuple[str, str | None]]], object],
) -> float:
    """Seconds per item: each chunk timed best of REPEATS, so a busy machine's pauses drop out."""
    total = 0.0
    for start in range(0, len(items), CHUNK):
        total += best(functools.partial(run, items[start : start + CHUNK]))
    return total / len(items)


def fresh(code: str) -> float:
    return best(lambda: subprocess.run([sys.executable, "-c", code], check=True), 5)


def parse_all(items: Sequence[tuple[str, str | None]]) -> None:
    for text, state in items:
        with contextlib.suppress(ParseError):
            parse_jurisdiction(text, state=None if state is None else lookup_state(state))


def main() -> None:
    empty = fresh("pass")
    imported = fresh("import sanctuary_model")
    first = fresh("from sanctuary_model import parse_jurisdiction as p; p('Ponce')")
    print(
        f"import sanctuary_model: {(imported - empty) * 1000:.0f} ms over a bare interpreter "
        f"({imported / empty:.2f}x its {empty * 1000:.0f} ms)"
    )
    print(f"first parse (loads the gazetteer): {(first - imported) * 1000:.0f} ms more")

    items = names() * 4
    parse_all(items)  # warm the gazetteer and the reader's caches
    table = dict(items)
    parse = chunked(items, parse_all)
    lookup = chunked(items, lambda chunk: [table.get(text) for text, _ in chunk])
    split = chunked(items, lambda chunk: [text.split() for text, _ in chunk])
    print(
        f"parse_jurisdiction: {parse * 1e6:.1f} µs per name over {len(items)} names "
        f"({parse / lookup:.0f}x a dict lookup, {parse / split:.0f}x str.split)"
    )


if __name__ == "__main__":
    main()
