"""The converter's fast paths for awards agree with its ordinary path on every input: the same
objects and bytes for good records, the same ``DeserializationError`` for bad ones."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    DeserializationError,
    FiscalYear,
    GrantAward,
    GrantProgram,
    Jurisdiction,
    JurisdictionKind,
    Span,
    _fast,
    from_json,
    seed_awards,
    serialization,
    structure,
    to_json,
    unstructure,
)
from sanctuary_model.model.geography import STATES_BY_CODE
from tests import strategies as s

T = TypeVar("T")

# Any text at all: quotes, backslashes, control characters, lone surrogates.
odd_text = st.text(
    st.characters() | st.sampled_from('"\\\x00\x1f\x7f\u2028\ud800\udc00\udfffé'), min_size=1
).filter(str.strip)
odd_decimals = st.one_of(
    s.decimals,
    st.integers(0, 10**59).map(Decimal),
    st.builds(
        lambda digits, exponent: Decimal(digits).scaleb(exponent),
        st.integers(0, 10**12),
        st.integers(-30, 12),
    ).filter(lambda d: d < Decimal(10) ** 59),
)


@st.composite
def odd_amounts(draw: st.DrawFn) -> Amount:
    low, value, high = sorted(draw(st.lists(odd_decimals, min_size=3, max_size=3)))
    currency = draw(s.currencies)
    return Amount.exact(value, currency) if draw(st.booleans()) else Amount(value, low, high)


@st.composite
def odd_jurisdictions(draw: st.DrawFn) -> Jurisdiction:
    place = draw(s.jurisdictions())
    notes = tuple(draw(st.lists(odd_text, max_size=2)))
    government = place.government
    if government is not None:
        government = Jurisdiction(draw(odd_text), government.kind, government.state, government.key)
    return Jurisdiction(
        draw(odd_text), place.kind, place.state, place.key, place.fips, notes, government
    )


odd_programs = st.builds(
    GrantProgram,
    odd_text,
    odd_text,
    st.none() | st.from_regex(r"[0-9]{2}\.[0-9]{3}", fullmatch=True),
)
odd_awards = st.builds(
    GrantAward,
    jurisdiction=s.jurisdictions() | odd_jurisdictions(),
    program=s.programs | odd_programs,
    fiscal_year=s.fiscal_years,
    amount=s.usd_amounts | odd_amounts(),
    span=st.none() | s.spans(),
)
CASES: list[tuple[st.SearchStrategy[Any], Any]] = [
    (odd_awards, GrantAward),
    (st.lists(odd_awards, max_size=4), list[GrantAward]),
    (st.lists(odd_awards, max_size=3).map(tuple), tuple[GrantAward, ...]),
    (odd_amounts(), Amount),
    (s.spans(), Span),
    (s.fiscal_years, FiscalYear),
    (odd_programs, GrantProgram),
    (odd_jurisdictions(), Jurisdiction),
]


def ordinary(run: Callable[[], T]) -> T:
    """``run()`` with the fast paths switched off: the converter and the validators alone."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_fast, "_READERS", {})
        patch.setattr(_fast, "_WRITERS", {})
        return run()


def outcome(run: Callable[[], object]) -> str:
    """What ``run()`` gives, all fields shown, or the errors it raises."""
    try:
        result = run()
    except DeserializationError as error:
        return f"refused: {error.errors}"
    return repr(result)


def test_the_fast_paths_are_live_for_the_seed_awards() -> None:
    awards = list(seed_awards())
    assert _fast.readers()
    assert _fast.write(awards) == ordinary(lambda: to_json(awards))
    data = unstructure(awards)
    assert repr(_fast.read(data, list[GrantAward])) == repr(awards)
    for cls in (GrantAward, Amount, Span, FiscalYear, GrantProgram, Jurisdiction):
        assert _fast.readable(cls)
        assert _fast.readable(list[cls])  # type: ignore[valid-type]


@pytest.mark.parametrize(("strategy", "cls"), CASES, ids=lambda v: getattr(v, "__name__", ""))
def test_fast_and_ordinary_paths_write_and_read_the_same(
    strategy: st.SearchStrategy[Any], cls: Any
) -> None:
    @settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def check(obj: Any) -> None:
        written = ordinary(lambda: to_json(obj))
        assert to_json(obj) == written
        assert written == serialization._escape_surrogates(
            json.dumps(unstructure(obj), ensure_ascii=False, separators=(",", ":"))
        )
        data = unstructure(obj)
        expected = repr(ordinary(lambda: structure(data, cls)))
        assert expected == repr(obj)
        assert repr(structure(data, cls)) == expected
        assert repr(from_json(written, cls)) == expected
        assert repr(from_json(written.encode("utf-8", "surrogatepass"), cls)) == expected
        try:
            fast = _fast.read(data, cls)
        except _fast.DeclinedError:
            return
        assert repr(fast) == expected

    check()


def _places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _places(value, (*path, index))


_BAD = [
    None, True, 0, -1, 1.5, 10**30, "", " ", "x", "-5", "-0", "1e60", "NaN", "1_000", "٣",
    "1.5E+6", "1E+60", "1E-31", "1.5E+59", "0." + "0" * 30 + "1", "9" * 61, "\ud800", "ZZ",
    "16738", "zz/elsewhere", "agency", "XXY", 1789, 2016.0, [], ["x", 1], {},
    {"start": 1, "end": 0}, {"year": 2016},
]  # fmt: skip


def _mutated(data: Any, path: tuple[Any, ...], how: str, value: object) -> Any:
    copy = json.loads(json.dumps(data))
    if not path:
        return value
    *above, last = path
    parent = copy
    for step in above:
        parent = parent[step]
    if how == "replace":
        parent[last] = value
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[f"{last}_x"] = value
    return copy


def _same_outcome(data: Any, cls: Any) -> None:
    expected = outcome(lambda: ordinary(lambda: structure(data, cls)))
    assert outcome(lambda: structure(data, cls)) == expected, data
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except ValueError:
        return
    expected = outcome(lambda: ordinary(lambda: from_json(text, cls)))
    assert outcome(lambda: from_json(text, cls)) == expected, text


def _agency() -> GrantAward:
    city = Jurisdiction("Springfield", JurisdictionKind.CITY, STATES_BY_CODE["IL"], "il/spfld")
    police = Jurisdiction(
        "Police", JurisdictionKind.AGENCY, city.state, "il/spfld/police", "1772000", ("n",), city
    )
    rounded = Amount(Decimal("1.9E+6"), Decimal("1.85E+6"), Decimal("1.95E+6"))
    return GrantAward(police, GrantProgram("P", "P"), FiscalYear(2017), rounded)


@pytest.mark.parametrize("many", [False, True])
def test_every_bad_field_is_refused_with_the_ordinary_errors(many: bool) -> None:
    cls: Any = list[GrantAward] if many else GrantAward
    for award in (seed_awards()[0], _agency()):
        data: Any = unstructure([award] if many else award)
        for path in _places(data):
            for how in ("replace", "delete", "unknown"):
                for value in _BAD if how != "delete" else [None]:
                    _same_outcome(_mutated(data, path, how, value), cls)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    award=odd_awards,
    where=st.integers(0, 10**6),
    how=st.sampled_from(["replace", "delete", "unknown"]),
    value=st.sampled_from(_BAD),
)
def test_bad_generated_records_are_refused_with_the_ordinary_errors(
    award: GrantAward, where: int, how: str, value: object
) -> None:
    data = unstructure(award)
    places = list(_places(data))
    _same_outcome(_mutated(data, places[where % len(places)], how, value), GrantAward)


@pytest.mark.parametrize("repeat", ['"span":', '"year":', '"value":', '"name":'])
def test_a_key_twice_is_refused_in_compact_documents_too(repeat: str) -> None:
    text = to_json(list(seed_awards()))
    doubled = text.replace(repeat, f"{repeat}null,{repeat}", 1)
    with pytest.raises(DeserializationError) as caught:
        from_json(doubled, list[GrantAward])
    assert caught.value.errors == (f"$: key '{repeat[1:-2]}' appears twice in one object",)


def test_a_class_that_changes_loses_its_fast_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_fast._WRITTEN_FOR, Span, (("start", None), ("end", None)))
    assert _fast.readers() == {}


def test_shared_parts_are_read_once() -> None:
    first, second = from_json(to_json(list(seed_awards())[:2]), list[GrantAward])
    assert first.program is second.program
    assert first.fiscal_year is second.fiscal_year
