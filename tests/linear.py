"""A complexity check for hostile inputs: work on 4n characters may take about 4 times the
work on n, never the 16 times a quadratic regression takes.

Not a timed assertion of speed: only the ratio of two timings in the same process counts,
each the best of a few runs, so a slow or busy machine scales both alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Linear work gives about 4 for 4 times the input; quadratic about 16.
MAX_RATIO = 10.0
_RUNS = 3


def _best(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(_RUNS):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(work: Callable[[str], object], unit: str, count: int) -> None:
    """Run ``work`` on ``unit`` repeated ``count`` and ``4 * count`` times and check that the
    time grows at most ``MAX_RATIO`` fold (with a floor so that microsecond noise cannot fail)."""
    small, large = unit * count, unit * (4 * count)
    work(small)  # warm caches and compiled patterns before timing
    ratio = _best(lambda: work(large)) / max(_best(lambda: work(small)), 1e-3)
    assert ratio <= MAX_RATIO, f"4x the input took {ratio:.1f}x the time: not linear"
