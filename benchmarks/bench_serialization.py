"""Serialization speed: ``GrantAward``s through ``to_json``/``from_json`` against hand-written
dict conversion with the same JSON library, measured in the same run.

    .venv/bin/python benchmarks/bench_serialization.py [--count 100000] [--repeat 5]

Prints microseconds per record and the ratios to the hand-written baseline; the targets are
encode <= 1.3x and decode <= 1.2x. Both sides must produce the same JSON text and read back
equal awards, which the script checks before timing anything.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import platform
import random
import time
from collections.abc import Callable
from decimal import Decimal
from importlib.metadata import version
from types import ModuleType
from typing import Any

from sanctuary_model import (
    Amount,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    Span,
    all_states,
    from_json,
    serialization,
    to_json,
)
from sanctuary_model.model.geography import STATES_BY_CODE
from sanctuary_model.serialization import structure, unstructure


def _optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# Measured too when installed (the proposed ``[fast]`` extra); the standard library otherwise.
orjson = _optional_module("orjson")

ENCODE_TARGET = 1.3
DECODE_TARGET = 1.2

PROGRAMS = (
    GrantProgram("Edward Byrne Memorial Justice Assistance Grant", "Byrne JAG", "16.738"),
    GrantProgram("State Criminal Alien Assistance Program", "SCAAP", "16.606"),
    GrantProgram("Community Oriented Policing Services", "COPS"),
)


def make_awards(count: int, seed: int = 6) -> list[GrantAward]:
    """``count`` varied, valid awards: every kind, every state, one in five amounts rounded."""
    rng = random.Random(seed)
    states = all_states()
    kinds = list(JurisdictionKind)
    awards = []
    for i in range(count):
        state = states[i % len(states)]
        kind = kinds[i % len(kinds)]
        slug = f"{state.code.lower()}/place-{i}"
        government = None
        if kind is JurisdictionKind.AGENCY and i % 2:
            government = Jurisdiction(f"City {i}", JurisdictionKind.CITY, state, slug)
            slug = f"{slug}/police"
        jurisdiction = Jurisdiction(
            name=f"Place {i} ({state.ap_abbreviation})",
            kind=kind,
            state=state,
            key=slug,
            fips=f"{state.fips}{i % 1000:03d}" if i % 3 else None,
            notes=("read 'Cty.' as 'County'",) if i % 4 == 0 else (),
            government=government,
        )
        value = Decimal(rng.randrange(10_000, 10_000_000))
        if i % 5 == 0:  # a figure like "$1.9M": a hundred thousand either way
            value = value.quantize(Decimal("1E5"))
            half = Decimal(50_000)
            amount = Amount(value, max(value - half, Decimal(0)), value + half)
        else:
            amount = Amount.exact(value)
        span = Span(i * 20, i * 20 + 9) if i % 7 else None
        program = PROGRAMS[i % len(PROGRAMS)]
        awards.append(GrantAward(jurisdiction, program, FiscalYear(2014 + i % 5), amount, span))
    return awards


# --- the hand-written baseline --------------------------------------------------------------


def jurisdiction_to_dict(j: Jurisdiction) -> dict[str, Any]:
    return {
        "name": j.name,
        "kind": j.kind.value,
        "state": j.state.code,
        "key": j.key,
        "fips": j.fips,
        "notes": list(j.notes),
        "government": None if j.government is None else jurisdiction_to_dict(j.government),
    }


def award_to_dict(a: GrantAward) -> dict[str, Any]:
    amount, span, program = a.amount, a.span, a.program
    return {
        "jurisdiction": jurisdiction_to_dict(a.jurisdiction),
        "program": {
            "name": program.name,
            "short_name": program.short_name,
            "assistance_listing": program.assistance_listing,
        },
        "fiscal_year": {"year": a.fiscal_year.year},
        "amount": {
            "value": str(amount.value),
            "low": str(amount.low),
            "high": str(amount.high),
            "currency": amount.currency,
        },
        "span": None if span is None else {"start": span.start, "end": span.end},
    }


def jurisdiction_from_dict(d: dict[str, Any]) -> Jurisdiction:
    government = d["government"]
    return Jurisdiction(
        d["name"],
        JurisdictionKind(d["kind"]),
        STATES_BY_CODE[d["state"]],
        d["key"],
        d["fips"],
        tuple(d["notes"]),
        None if government is None else jurisdiction_from_dict(government),
    )


def award_from_dict(d: dict[str, Any]) -> GrantAward:
    program, amount, span = d["program"], d["amount"], d["span"]
    return GrantAward(
        jurisdiction_from_dict(d["jurisdiction"]),
        GrantProgram(program["name"], program["short_name"], program["assistance_listing"]),
        FiscalYear(d["fiscal_year"]["year"]),
        Amount(
            Decimal(amount["value"]),
            Decimal(amount["low"]),
            Decimal(amount["high"]),
            amount["currency"],
        ),
        None if span is None else Span(span["start"], span["end"]),
    )


Dumps = Callable[[Any], str]
Loads = Callable[[str], Any]


def stdlib_dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def orjson_dumps(data: Any) -> str:
    assert orjson is not None
    return str(orjson.dumps(data).decode())


def hand_encode(awards: list[GrantAward], dumps: Dumps) -> str:
    return dumps([award_to_dict(a) for a in awards])


def hand_decode(text: str, loads: Loads) -> list[GrantAward]:
    return [award_from_dict(d) for d in loads(text)]


# --- timing ---------------------------------------------------------------------------------


def best_times(repeat: int, *runs: Callable[[], object]) -> list[float]:
    """The fastest of ``repeat`` runs of each, in seconds of this process's CPU time (other
    processes on a shared machine do not count), the runs taking turns so that whatever
    disturbs one round disturbs every contender alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            gc.collect()
            start = time.process_time()
            run()
            best[index] = min(best[index], time.process_time() - start)
    return best


def measure(
    name: str,
    count: int,
    repeat: int,
    ours: Callable[[], object],
    baseline: Callable[[], object],
    target: float,
) -> tuple[float, float]:
    """Print and return (ours, baseline) in microseconds per record."""
    ours_s, base_s = best_times(repeat, ours, baseline)
    us = 1e6 / count
    ratio = ours_s / base_s
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(
        f"  {name:<8} {ours_s * us:>10.2f} {base_s * us:>14.2f} {ratio:>7.2f}x"
        f"   <= {target:.1f}x  {verdict}"
    )
    return ours_s * us, base_s * us


def header(title: str) -> None:
    print(title)
    print(f"  {'':<8} {'ours':>10} {'hand-written':>14} {'ratio':>8}   target")
    print(f"  {'':<8} {'µs/record':>10} {'µs/record':>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="awards (default 100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs, best kept (default 5)")
    args = parser.parse_args()
    n, repeat = args.count, args.repeat
    many = list[GrantAward]

    awards = make_awards(n)
    text = to_json(awards)
    # Same JSON out, same objects back: otherwise the comparison would mean nothing.
    assert json.loads(hand_encode(awards, stdlib_dumps)) == json.loads(text)
    assert hand_decode(text, json.loads) == awards == from_json(text, many)

    print(
        f"{n:,} GrantAwards, {len(text) / n:.0f} bytes of JSON each; best of {repeat} "
        f"(CPU time); Python {platform.python_version()}, cattrs {version('cattrs')}"
    )
    # The baseline writes with the library to_json writes with: orjson when it is installed
    # and serialization uses it (the [fast] extra), else the standard library.
    library = "orjson" if getattr(serialization, "_orjson", None) is not None else "json"
    dumps = orjson_dumps if library == "orjson" else stdlib_dumps
    header(f"to_json / from_json against hand-written dicts + {library} (json.loads to read)")
    encode = measure(
        "encode",
        n,
        repeat,
        lambda: to_json(awards),
        lambda: hand_encode(awards, dumps),
        ENCODE_TARGET,
    )
    decode = measure(
        "decode",
        n,
        repeat,
        lambda: from_json(text, many),
        lambda: hand_decode(text, json.loads),
        DECODE_TARGET,
    )
    failed = encode[0] > ENCODE_TARGET * encode[1] or decode[0] > DECODE_TARGET * decode[1]

    if orjson is not None and library == "json":
        # What the converter would give with orjson (the [fast] extra) writing the text.
        assert structure(orjson.loads(orjson_dumps(unstructure(awards))), many) == awards
        header("the converter + orjson against hand-written dicts + orjson")
        fast_encode = measure(
            "encode",
            n,
            repeat,
            lambda: orjson_dumps(unstructure(awards)),
            lambda: hand_encode(awards, orjson_dumps),
            ENCODE_TARGET,
        )
        fast_decode = measure(
            "decode",
            n,
            repeat,
            lambda: structure(orjson.loads(text), many),
            lambda: hand_decode(text, orjson.loads),
            DECODE_TARGET,
        )
        print(
            f"  orjson against the standard library: encode {fast_encode[0] / encode[0]:.2f}x, "
            f"decode {fast_decode[0] / decode[0]:.2f}x the time (same run)"
        )
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
