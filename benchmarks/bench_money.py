"""How fast ``parse_amount`` reads realistic money strings, against two baselines.

Run from the repository root:

    .venv/bin/python benchmarks/bench_money.py

The corpus (fixed random seed, so every run reads the same strings) holds the 28 table amounts
of the seed article as they are written there, the US-dollar inputs of the price-parser test
cases that we read as the peer does, and generated amounts in those forms (35% "$37 509",
25% "$16,500"/"$6,200.00", 20% "$14.99"/"28", 15% "$1.9M"/"$2 million", 5% "USD 5,000"/
"US$5"/"5,000 dollars"). Each contender reads the whole corpus, timed in chunks, best of
several repeats per chunk, reported as µs per string and as ratios measured in the same run
to:

- the floor: ``decimal.Decimal`` built from the already-cleaned digit string ("37509" for
  "$37 509", "1.9" for "$1.9M"): the least work any parser must do;
- price-parser's ``Price.fromstring`` on the same strings, if it is installed
  (a benchmark-only dependency: ``.venv/bin/pip install price-parser``).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sanctuary_model import AmountParseError, find_amounts, parse_amount, seed_text

ROOT = Path(__file__).resolve().parent.parent
PEER_CASES = ROOT / "tests" / "data" / "price_parser_cases.json"
CORPUS_SIZE = 10_000
REPEATS = 15
CHUNK = 200


def seed_strings() -> list[str]:
    """The seed table's amounts exactly as the article writes them (" $99 109" included)."""
    strings = []
    for line in seed_text().splitlines():
        if "," in line and line.count("$") == 1:
            raw = line.rsplit(",", 1)[1]
            if [m.raw for m in find_amounts(raw)] == [raw.strip()]:
                strings.append(raw)
    return strings


def peer_strings() -> list[str]:
    """Inputs of the price-parser cases in dollars or no currency that we read as the peer does
    (so not "129.900", which the peer reads as 129,900)."""
    cases = json.loads(PEER_CASES.read_text(encoding="utf-8"))["cases"]
    strings = []
    for case in cases:
        text = case["input"]
        if text is None or case["currency"] not in ("$", "USD", "US$", None):
            continue
        try:
            amount = parse_amount(text)
        except AmountParseError:
            continue
        if case["amount"] is not None and amount.value == Decimal(case["amount"]):
            strings.append(text)
    return strings


def _grouped(number: int, separator: str) -> str:
    return f"{number:,}".replace(",", separator)


def generated_strings(count: int, rng: random.Random) -> list[str]:
    """Amounts in the forms news text and price lists write, in a fixed mix."""

    def seed_style() -> str:  # "$37 509", "$1 476 400"
        return "$" + _grouped(rng.randrange(1_000, 10_000_000), " ")

    def comma_style() -> str:  # "$16,500", "$6,200.00"
        cents = f".{rng.randrange(100):02d}" if rng.random() < 0.5 else ""
        return "$" + _grouped(rng.randrange(1_000, 100_000_000), ",") + cents

    def price_style() -> str:  # "$14.99", "28", "1,099.99", "$ 22.00"
        number = f"{rng.randrange(1, 2_000):,}.{rng.randrange(100):02d}"
        return rng.choice(["$", "", "$ "]) + number

    def rounded_style() -> str:  # "$1.9M", "$250K", "$2 million", "$1.2bn"
        whole = rng.randrange(1, 1_000)
        figure = f"{whole}.{rng.randrange(10)}" if whole < 100 else str(whole)
        suffix = rng.choice(["M", "M", "K", " million", " billion", "bn"])
        return f"${figure}{suffix}"

    def marked_style() -> str:  # "USD 5,000", "US$5,000", "5,000 dollars"
        number = _grouped(rng.randrange(1, 1_000_000), ",")
        return rng.choice([f"USD {number}", f"US${number}", f"{number} dollars"])

    forms: Sequence[tuple[Callable[[], str], int]] = [
        (seed_style, 35),
        (comma_style, 25),
        (price_style, 20),
        (rounded_style, 15),
        (marked_style, 5),
    ]
    makers = [maker for maker, weight in forms for _ in range(weight)]
    return [rng.choice(makers)() for _ in range(count)]


def cleaned(text: str) -> str:
    """The digits and decimal point of ``text``: the input of the floor."""
    return "".join(char for char in text if char.isdigit() or char == ".").strip(".")


def best_times(
    contenders: dict[str, tuple[Callable[[str], object], Sequence[str]]],
) -> dict[str, float]:
    """Best wall time, in seconds, for each contender to read its whole corpus.

    Each corpus is timed in chunks short enough to run within one scheduler time slice,
    and each chunk keeps its best time over the repeats: on a busy machine a long run is
    almost never left alone, a short one often is. Rounds are interleaved (one pass of each
    contender per round) so that load hits every contender alike.
    """
    best = {name: [float("inf")] * len(_chunks(corpus)) for name, (_, corpus) in contenders.items()}
    for _ in range(REPEATS):
        for name, (function, corpus) in contenders.items():
            times = best[name]
            for index, chunk in enumerate(_chunks(corpus)):
                start = time.perf_counter()
                for text in chunk:
                    function(text)
                times[index] = min(times[index], time.perf_counter() - start)
    return {name: sum(times) for name, times in best.items()}


def _chunks(corpus: Sequence[str]) -> list[Sequence[str]]:
    return [corpus[start : start + CHUNK] for start in range(0, len(corpus), CHUNK)]


def _price_parser() -> Callable[[str], Any] | None:
    """price-parser's ``Price.fromstring``, or ``None`` if it is not installed."""
    try:
        from price_parser import Price
    except ImportError:
        return None
    fromstring: Callable[[str], Any] = Price.fromstring
    return fromstring


def main() -> int:
    rng = random.Random(20171115)
    seeds, peers = seed_strings(), peer_strings()
    corpus = seeds + peers
    corpus += generated_strings(CORPUS_SIZE - len(corpus), rng)
    digits = [cleaned(text) for text in corpus]
    for text in corpus:  # every string must be one we read, or the timing means nothing
        parse_amount(text)
    print(
        f"corpus: {len(corpus)} strings ({len(seeds)} from the seed table, "
        f"{len(peers)} price-parser inputs, {len(corpus) - len(seeds) - len(peers)} generated)"
    )

    contenders: dict[str, tuple[Callable[[str], object], Sequence[str]]] = {
        "parse_amount": (parse_amount, corpus),
        "Decimal floor": (Decimal, digits),
    }
    price_fromstring = _price_parser()
    if price_fromstring is None:
        print("price-parser is not installed: skipping that baseline")
        print("(install it with: .venv/bin/pip install price-parser)")
    else:
        contenders["price-parser"] = (price_fromstring, corpus)
    per_string = {
        name: seconds / len(corpus) * 1e6 for name, seconds in best_times(contenders).items()
    }

    print(f"best of {REPEATS} runs over each chunk of {CHUNK} strings, µs per string:")
    for name, micros in per_string.items():
        print(f"  {name:<14} {micros:7.3f}")
    ours = per_string["parse_amount"]
    floor_ratio = ours / per_string["Decimal floor"]
    print(f"parse_amount / Decimal floor: {floor_ratio:5.2f}x  (target <= 12x)")
    if price_fromstring is not None:
        speedup = per_string["price-parser"] / ours
        print(f"price-parser / parse_amount:  {speedup:5.2f}x  (target >= 3x)")
        differ = [
            text for text in corpus if price_fromstring(text).amount != parse_amount(text).value
        ]
        example = f" (e.g. {differ[0]!r}: {price_fromstring(differ[0]).amount})" if differ else ""
        print(f"strings where price-parser's amount differs from ours: {len(differ)}{example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
