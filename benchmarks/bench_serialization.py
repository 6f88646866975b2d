"""Serialization speed: ``GrantAward``s through ``to_json``/``from_json`` against hand-written
dict conversion with the same JSON library and against pydantic v2, measured in the same run.

    .venv/bin/python benchmarks/bench_serialization.py [--count 10080] [--repeat 7]

Prints microseconds per record and the ratios ours / contender. Targets: encode <= 1.3x and
decode <= 1.2x the hand-written baseline; encode and decode <= 1.0x pydantic v2
(``TypeAdapter(list[Award]).dump_json`` / ``validate_json``) with equivalent validation: the
pydantic models below mirror the JSON shape and refuse what our converter refuses. Every
contender must write the same JSON and read back the same records, which the script checks
before timing anything. pydantic is benchmark-only (the ``bench`` extra); without it that
contender is skipped.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import platform
import random
import re
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
    seed_awards,
    serialization,
    to_json,
)
from sanctuary_model.model._iso4217 import ISO_4217_CODES
from sanctuary_model.model.geography import STATES_BY_CODE
from sanctuary_model.model.money import EXACT, MAX_MAGNITUDE, MAX_PLACES
from sanctuary_model.schema import DECIMAL_PATTERN
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
PYDANTIC_TARGET = 1.0

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


def make_records(count: int) -> list[GrantAward]:
    """The seed article's 28 awards, then generated ones up to ``count`` (10,080 by default)."""
    seed = list(seed_awards())[:count]
    return seed + make_awards(count - len(seed))


# --- pydantic v2, with the validation our converter and model classes do -------------------


def _in_range(value: Decimal) -> bool:
    magnitude = value.adjusted()
    if value.is_zero():
        return -MAX_PLACES <= magnitude < MAX_MAGNITUDE
    if magnitude >= MAX_MAGNITUDE:
        return False
    shifted = value.scaleb(MAX_PLACES, EXACT)
    return bool(shifted == shifted.to_integral_value())


_DECIMAL_TEXT = re.compile(DECIMAL_PATTERN)


def _figure(value: object) -> Decimal:
    if not isinstance(value, str):
        raise ValueError("expected a decimal string")  # a float has lost the figure
    if _DECIMAL_TEXT.fullmatch(value) is None:
        raise ValueError(f"not a decimal: {value!r}")
    number = Decimal(value)
    if not number.is_finite() or (number.is_signed() and not number.is_zero()):
        raise ValueError(f"must be finite and not negative, got {number}")
    if not _in_range(number):
        raise ValueError(f"{number} is outside the range of amounts")
    return number


pydantic = _optional_module("pydantic")

if pydantic is not None:
    # Strict (no string for a number or the reverse, no bool for an int), no unknown fields,
    # frozen; the checks our converter and the attrs validators make, with pydantic's own
    # constraints where they say the same thing and validators where they do not.
    from typing import Annotated, Literal

    from pydantic import BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

    _SEGMENT = r"[a-z0-9]+(?:-[a-z0-9]+)*"
    Figure = Annotated[Decimal, BeforeValidator(_figure)]
    NonBlank = Annotated[str, StringConstraints(pattern=r"\S")]
    StateCode = Literal[tuple(STATES_BY_CODE)]  # type: ignore[valid-type]
    Currency = Literal[tuple(sorted(ISO_4217_CODES))]  # type: ignore[valid-type]
    Key = Annotated[str, StringConstraints(pattern=rf"^[a-z]{{2}}/{_SEGMENT}(?:/{_SEGMENT})?$")]
    Fips = Annotated[str, StringConstraints(pattern=r"^(?:[0-9]{2,7}|[0-9]{10})$")]
    Listing = Annotated[str, StringConstraints(pattern=r"^[0-9]{2}\.[0-9]{3}$")]
    Whole = Annotated[int, Field(ge=0)]
    _CONFIG = ConfigDict(strict=True, extra="forbid", frozen=True)

    class PJurisdiction(pydantic.BaseModel):
        model_config = _CONFIG
        name: NonBlank
        kind: JurisdictionKind
        state: StateCode
        key: Key
        fips: Fips | None = None
        notes: tuple[str, ...] = ()
        government: PJurisdiction | None = None

        @model_validator(mode="after")
        def consistent(self) -> PJurisdiction:
            if not self.key.startswith(self.state.lower() + "/"):
                raise ValueError("the key does not start with the state's code")
            government = self.government
            if government is not None:
                if self.kind is not JurisdictionKind.AGENCY:
                    raise ValueError("only an agency belongs to a government")
                if government.state != self.state:
                    raise ValueError("an agency and its government are in different states")
                if not self.key.startswith(government.key + "/"):
                    raise ValueError("an agency's key must extend its government's")
            return self

    class PProgram(pydantic.BaseModel):
        model_config = _CONFIG
        name: NonBlank
        short_name: NonBlank
        assistance_listing: Listing | None = None

    class PFiscalYear(pydantic.BaseModel):
        model_config = _CONFIG
        year: Annotated[int, Field(ge=1790, le=9999)]

    class PAmount(pydantic.BaseModel):
        model_config = _CONFIG
        value: Figure
        low: Figure
        high: Figure
        currency: Currency = "USD"

        @model_validator(mode="after")
        def bounded(self) -> PAmount:
            if not self.low <= self.value <= self.high:
                raise ValueError(f"bounds {self.low}..{self.high} do not contain {self.value}")
            if self.value.is_signed() or self.low.is_signed() or self.high.is_signed():
                for name in ("value", "low", "high"):  # -0 is 0, as Amount makes it
                    object.__setattr__(self, name, getattr(self, name).copy_abs())
            return self

    class PSpan(pydantic.BaseModel):
        model_config = _CONFIG
        start: Whole
        end: Whole

        @model_validator(mode="after")
        def ordered(self) -> PSpan:
            if self.start > self.end:
                raise ValueError(f"span start {self.start} is after its end {self.end}")
            return self

    class PAward(pydantic.BaseModel):
        model_config = _CONFIG
        jurisdiction: PJurisdiction
        program: PProgram
        fiscal_year: PFiscalYear
        amount: PAmount
        span: PSpan | None = None

    PYDANTIC_AWARDS = pydantic.TypeAdapter(list[PAward])


# One bad field each, from a valid record: both contenders must refuse every one.
BAD_FIELDS: tuple[tuple[tuple[str, ...], object], ...] = (
    (("amount", "value"), 1.5),
    (("amount", "value"), "1_000"),
    (("amount", "value"), "-5"),
    (("amount", "value"), "1e60"),
    (("amount", "value"), "NaN"),
    (("amount", "high"), "0"),
    (("amount", "currency"), "XXY"),
    (("jurisdiction", "state"), "ZZ"),
    (("jurisdiction", "key"), "zz/elsewhere"),
    (("jurisdiction", "name"), " "),
    (("jurisdiction", "fips"), 6),
    (("jurisdiction", "kind"), "town"),
    (("program", "assistance_listing"), "16738"),
    (("fiscal_year", "year"), True),
    (("fiscal_year", "year"), "2016"),
    (("fiscal_year", "year"), 1789),
    (("span", "start"), -1),
    (("span", "start"), 10**9),
    (("span", "extra"), 1),
)


def bad_documents(record: dict[str, Any]) -> list[str]:
    """``record`` with each of ``BAD_FIELDS`` in turn, as one-record JSON arrays."""
    documents = []
    for path, value in BAD_FIELDS:
        copy = json.loads(json.dumps(record))
        parent = copy
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value
        documents.append(json.dumps([copy]))
    return documents


def refuses(read: Callable[[str], object], document: str) -> bool:
    try:
        read(document)
    except Exception:
        return True
    return False


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


def header(title: str, contender: str) -> None:
    print(title)
    print(f"  {'':<8} {'ours':>10} {contender:>14} {'ratio':>8}   target")
    print(f"  {'':<8} {'µs/record':>10} {'µs/record':>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_080, help="awards (default 10080)")
    parser.add_argument("--repeat", type=int, default=7, help="runs, best kept (default 7)")
    args = parser.parse_args()
    n, repeat = args.count, args.repeat
    many = list[GrantAward]

    awards = make_records(n)
    text = to_json(awards)
    # Same JSON out, same objects back: otherwise the comparison would mean nothing.
    assert json.loads(hand_encode(awards, stdlib_dumps)) == json.loads(text)
    assert hand_decode(text, json.loads) == awards == from_json(text, many)

    print(
        f"{n:,} GrantAwards (the seed's {len(seed_awards())} and generated ones), "
        f"{len(text) / n:.0f} bytes of JSON each; best of {repeat} (CPU time); "
        f"Python {platform.python_version()}, cattrs {version('cattrs')}"
    )
    # The baseline writes with the library to_json writes with: orjson when it is installed
    # and serialization uses it (the [fast] extra), else the standard library.
    library = "orjson" if getattr(serialization, "_orjson", None) is not None else "json"
    dumps = orjson_dumps if library == "orjson" else stdlib_dumps
    header(
        f"to_json / from_json against hand-written dicts + {library} (json.loads to read)",
        "hand-written",
    )
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

    if pydantic is None:
        print("pydantic is not installed (pip install -e '.[bench]'): that contender is skipped")
    else:
        adapter = PYDANTIC_AWARDS
        models = adapter.validate_json(text)
        # The same bytes written, the same records read back, the same bad records refused.
        assert adapter.dump_json(models) == text.encode()
        for document in bad_documents(json.loads(text)[0]):
            assert refuses(lambda d: from_json(d, many), document), document
            assert refuses(adapter.validate_json, document), document
        header(
            f"to_json / from_json against pydantic {version('pydantic')} "
            "TypeAdapter(list[Award]).dump_json / .validate_json",
            "pydantic",
        )
        encode = measure(
            "encode",
            n,
            repeat,
            lambda: to_json(awards),
            lambda: adapter.dump_json(models),
            PYDANTIC_TARGET,
        )
        decode = measure(
            "decode",
            n,
            repeat,
            lambda: from_json(text, many),
            lambda: adapter.validate_json(text),
            PYDANTIC_TARGET,
        )
        failed |= encode[0] > encode[1] * PYDANTIC_TARGET
        failed |= decode[0] > decode[1] * PYDANTIC_TARGET

    if orjson is not None and library == "json":
        # What the converter would give with orjson (the [fast] extra) writing the text.
        assert structure(orjson.loads(orjson_dumps(unstructure(awards))), many) == awards
        header("the converter + orjson against hand-written dicts + orjson", "hand-written")
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
