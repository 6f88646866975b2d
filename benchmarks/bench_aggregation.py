"""How fast ``total_by_state`` adds up awards, against a hand-written loop, and how much memory
it needs when the awards come from a generator.

Run from the repository root (``--n`` for a quicker, smaller run):

    .venv/bin/python benchmarks/bench_aggregation.py            # 1,000,000 awards
    .venv/bin/python benchmarks/bench_aggregation.py --n 100000

The synthetic awards (fixed random seed) spread over 1,120 jurisdictions in all 56 states
and territories; most amounts are exact, one in ten is rounded with bounds, one in twenty is
exact but with three distinct ``Decimal`` objects, as JSON gives them. They are built once,
outside the timings. Each contender reads them all; the best of several repeats is reported
in µs per award, with its ratio to the baseline measured in the same run:

- the baseline is the loop anyone would write: a dict from state code to a list of three
  ``Decimal`` running sums (value, low, high), no checks, no ``Amount`` built;
- the generator variants pass ``(a for a in awards)`` instead of the list.

Memory: the peak traced by ``tracemalloc`` while ``total_by_state`` reads a generator that
builds each award on the fly, for ``n / 10`` and ``n`` awards. Flat means the same peak.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from sanctuary_model import (
    BYRNE_JAG,
    Amount,
    FiscalYear,
    GrantAward,
    Jurisdiction,
    JurisdictionKind,
    all_states,
    total_by_state,
)

JURISDICTIONS_PER_STATE = 20
TARGET = 1.5


def jurisdictions() -> list[Jurisdiction]:
    kinds = list(JurisdictionKind)
    return [
        Jurisdiction(
            name=f"Place {number}",
            kind=kinds[number % len(kinds)] if number else JurisdictionKind.STATE,
            state=state,
            key=f"{state.code.lower()}/place-{number}",
        )
        for state in all_states()
        for number in range(JURISDICTIONS_PER_STATE)
    ]


def synthetic_awards(count: int, seed: int = 20171115) -> Iterator[GrantAward]:
    """``count`` awards in a fixed mix of exact, rounded and deserialised-looking amounts."""
    rng = random.Random(seed)
    places = jurisdictions()
    years = [FiscalYear(year) for year in range(2014, 2019)]
    for _ in range(count):
        dollars = rng.randrange(1_000, 10_000_000)
        draw = rng.random()
        if draw < 0.10:  # "$1.9M": a figure rounded to a hundred thousand
            half = Decimal(50_000)
            value = Decimal(dollars // 100_000 * 100_000 + 100_000)
            amount = Amount(value, value - half, value + half)
        elif draw < 0.15:  # exact, but value, low and high are three objects (from JSON)
            amount = Amount(Decimal(dollars), Decimal(dollars), Decimal(dollars))
        else:
            amount = Amount.exact(Decimal(dollars))
        yield GrantAward(rng.choice(places), BYRNE_JAG, rng.choice(years), amount)


def baseline(awards: Iterable[GrantAward]) -> dict[str, list[Decimal]]:
    """The hand-written loop: state code -> [value, low, high] running sums."""
    sums: dict[str, list[Decimal]] = {}
    for award in awards:
        amount = award.amount
        code = award.jurisdiction.state.code
        running = sums.get(code)
        if running is None:
            sums[code] = [amount.value, amount.low, amount.high]
        else:
            running[0] += amount.value
            running[1] += amount.low
            running[2] += amount.high
    return sums


def timed(run: Callable[[], object]) -> float:
    """Wall time, in seconds, of one call of ``run``."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_memory(count: int) -> int:
    """Peak bytes traced while ``total_by_state`` reads ``count`` awards made on the fly."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        total_by_state(synthetic_awards(count))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="awards (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs each (default 5)")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory measure")
    args = parser.parse_args(argv)
    count: int = args.n

    start = time.perf_counter()
    awards = list(synthetic_awards(count))
    print(f"built {count:,} awards in {time.perf_counter() - start:.1f} s (not timed below)")

    # The timings mean nothing unless both loops find the same sums.
    ours = {state.code: amount for state, amount in total_by_state(awards).items()}
    theirs = baseline(awards)
    assert ours.keys() == theirs.keys()
    assert all([a.value, a.low, a.high] == theirs[code] for code, a in ours.items())

    contenders: dict[str, Callable[[], object]] = {
        "baseline, list": lambda: baseline(awards),
        "total_by_state, list": lambda: total_by_state(awards),
        "baseline, generator": lambda: baseline(a for a in awards),
        "total_by_state, generator": lambda: total_by_state(a for a in awards),
    }
    # Interleaved, so a busy moment on the machine hurts both sides alike.
    seconds = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.repeat):
        for name, run in contenders.items():
            seconds[name] = min(seconds[name], timed(run))
    micros = {name: best / count * 1e6 for name, best in seconds.items()}

    print(f"\nbest of {args.repeat} runs over {count:,} awards")
    print(f"  {'contender':<27} {'µs/award':>9} {'× baseline':>11}")
    for name, value in micros.items():
        base = micros["baseline, " + name.split(", ")[1]]
        print(f"  {name:<27} {value:9.3f} {value / base:10.2f}×")
    worst = max(
        micros["total_by_state, list"] / micros["baseline, list"],
        micros["total_by_state, generator"] / micros["baseline, generator"],
    )
    verdict = "met" if worst <= TARGET else "MISSED"
    print(f"  target ≤ {TARGET}× of the baseline: {verdict} (worst {worst:.2f}×)")

    if not args.no_memory:
        del awards, contenders
        small = max(count // 10, 1)
        print("\npeak memory of total_by_state over a generator (tracemalloc)")
        peaks = {size: peak_memory(size) for size in (small, count)}
        for size, peak in peaks.items():
            print(f"  {size:>11,} awards  {peak / 1024:9.1f} KiB")
        print(f"  ratio {peaks[count] / peaks[small]:.2f} for {count // small}× the awards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
