"""Fast paths of the converter for grant awards and their parts, the bulk of what is stored.

``read(data, cls)`` builds a ``GrantAward`` (or an ``Amount``, ``Span``, ``FiscalYear``,
``GrantProgram``, ``Jurisdiction``, or a list or tuple of one of them) from JSON data, and
``write(obj)`` writes one (or a list or tuple of them) as compact JSON text. Each takes only
input it can prove the ordinary path (the cattrs converter and the model's validators) treats
the same way and raises ``DeclinedError`` for anything else, bad input included; the caller then
runs the ordinary path, which reads, writes or refuses it and words every error. A fast
result therefore always equals the ordinary one.

Reading checks every field as the converter and the validators do (exact JSON types, no
unknown or missing field, the schema's grammars, the classes' ranges and cross-field rules)
and skips only what it has proven: an ``Amount`` is built without re-running its validators.
Programs and fiscal years, frozen and repeated in almost every record, are built
once per distinct input and shared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Final, TypeVar

import attrs

from .model import money
from .model._iso4217 import ISO_4217_CODES
from .model.geography import STATES_BY_CODE
from .model.grants import FiscalYear, GrantAward, GrantProgram
from .model.jurisdictions import Jurisdiction, JurisdictionKind
from .model.money import Amount
from .model.span import Span

__all__ = ["DeclinedError", "read", "readable", "readers", "write"]


class DeclinedError(Exception):
    """Not for the fast path: the ordinary path reads, writes or refuses it."""


# Figures an Amount's validators are sure to accept, a subset of the schema's grammar: no
# sign, below 10**60, at most 30 decimal places; as written ("37509", "522943.00") or as
# str(Decimal) writes a rounded figure ("1.9E+6": at most 30 digits, below 10**10).
_FIGURE = re.compile(r"[0-9]{1,60}(?:\.[0-9]{1,30})?|[0-9](?:\.[0-9]{1,29})?E\+[0-9]")
_KINDS: Final = {kind.value: kind for kind in JurisdictionKind}
_new = object.__new__
_trusted_amount = Amount._trusted
_CACHE_LIMIT = 1024
_programs: dict[tuple[str, str, str | None], GrantProgram] = {}
_years: dict[int, FiscalYear] = {}
K = TypeVar("K")
V = TypeVar("V")


def _kept(cache: dict[K, V], key: K, value: V) -> V:
    """``value``, kept under ``key`` in a cache emptied whenever it reaches ``_CACHE_LIMIT``."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def _figure(text: object) -> Decimal:
    if type(text) is not str or _FIGURE.fullmatch(text) is None:
        raise DeclinedError
    return Decimal(text)


def read_amount(o: Any) -> Amount:
    if type(o) is not dict:
        raise DeclinedError
    size = len(o)
    if size == 4:
        currency = o["currency"]
        if type(currency) is not str or currency not in ISO_4217_CODES:
            raise DeclinedError
    elif size == 3:
        currency = "USD"
    else:
        raise DeclinedError
    value, low, high = o["value"], o["low"], o["high"]
    number = _figure(value)
    if low == value and high == value:  # an exact amount: one figure, three times
        return _trusted_amount(number, number, number, currency)
    bottom, top = _figure(low), _figure(high)
    if not bottom <= number <= top:
        raise DeclinedError
    return _trusted_amount(number, bottom, top, currency)


def read_span(o: Any) -> Span:
    if type(o) is not dict or len(o) != 2:
        raise DeclinedError
    start, end = o["start"], o["end"]
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise DeclinedError
    return Span(start, end)  # proven above: Span's own check is then a single test


def read_fiscal_year(o: Any) -> FiscalYear:
    if type(o) is not dict or len(o) != 1:
        raise DeclinedError
    year = o["year"]
    if type(year) is not int:
        raise DeclinedError
    known = _years.get(year)
    if known is None:  # validated: only valid years are kept
        known = _kept(_years, year, FiscalYear(year))
    return known


def read_program(o: Any) -> GrantProgram:
    if type(o) is not dict:
        raise DeclinedError
    name, short_name = o["name"], o["short_name"]
    listing = o.get("assistance_listing")
    if len(o) != (3 if "assistance_listing" in o else 2):
        raise DeclinedError
    if type(name) is not str or type(short_name) is not str:
        raise DeclinedError
    if listing is not None and type(listing) is not str:
        raise DeclinedError
    key = (name, short_name, listing)
    known = _programs.get(key)
    if known is None:
        known = _kept(_programs, key, GrantProgram(name, short_name, listing))
    return known


def read_jurisdiction(o: Any) -> Jurisdiction:
    if type(o) is not dict:
        raise DeclinedError
    name, key = o["name"], o["key"]
    kind = _KINDS[o["kind"]]
    state = STATES_BY_CODE[o["state"]]
    size = 4
    fips = notes = government = None
    if "fips" in o:
        size += 1
        fips = o["fips"]  # a string or None, or Jurisdiction's validator refuses it
    if "notes" in o:
        size += 1
        notes = o["notes"]
        if type(notes) is not list:
            raise DeclinedError
        for note in notes:
            if type(note) is not str:
                raise DeclinedError
    if "government" in o:
        size += 1
        government = o["government"]
        if government is not None:
            government = read_jurisdiction(government)
    if len(o) != size or type(name) is not str or type(key) is not str:
        raise DeclinedError
    return Jurisdiction(name, kind, state, key, fips, tuple(notes) if notes else (), government)


def read_award(o: Any) -> GrantAward:
    if type(o) is not dict:
        raise DeclinedError
    size = len(o)
    if size == 5:
        where = o["span"]
        where = None if where is None else read_span(where)
    elif size == 4:
        where = None
    else:
        raise DeclinedError
    return GrantAward(
        read_jurisdiction(o["jurisdiction"]),
        read_program(o["program"]),
        read_fiscal_year(o["fiscal_year"]),
        read_amount(o["amount"]),
        where,
    )


_READ: dict[type, Callable[[Any], Any]] = {
    Amount: read_amount,
    Span: read_span,
    FiscalYear: read_fiscal_year,
    GrantProgram: read_program,
    Jurisdiction: read_jurisdiction,
    GrantAward: read_award,
}


def _many(one: Callable[[Any], Any], make: Callable[[list[Any]], object]) -> Callable[[Any], Any]:
    def read_many(data: Any) -> object:
        if type(data) is not list:
            raise DeclinedError
        return make([one(item) for item in data])

    return read_many


def _shape(cls: type) -> tuple[tuple[str, object], ...]:
    return tuple((field.name, field.default) for field in attrs.fields(cls))


_NO = attrs.NOTHING
# The fields (name and default) the functions above were written for. Should a class change,
# it loses its fast paths rather than being read or written by stale code.
_WRITTEN_FOR: Final[dict[type, tuple[tuple[str, object], ...]]] = {
    Amount: (("value", _NO), ("low", _NO), ("high", _NO), ("currency", "USD")),
    Span: (("start", _NO), ("end", _NO)),
    FiscalYear: (("year", _NO),),
    GrantProgram: (("name", _NO), ("short_name", _NO), ("assistance_listing", None)),
    Jurisdiction: (
        ("name", _NO),
        ("kind", _NO),
        ("state", _NO),
        ("key", _NO),
        ("fips", None),
        ("notes", ()),
        ("government", None),
    ),
    GrantAward: (
        ("jurisdiction", _NO),
        ("program", _NO),
        ("fiscal_year", _NO),
        ("amount", _NO),
        ("span", None),
    ),
}


def _unchanged(cls: type) -> bool:
    if _shape(cls) != _WRITTEN_FOR[cls]:
        return False
    fields = attrs.fields(cls)
    # An Amount is built without its validators: only the ones proven above will do.
    if cls is Amount:
        figures = {fields.value.validator, fields.low.validator, fields.high.validator}
        return figures == {money._finite_non_negative} and (
            fields.currency.validator is money._iso_4217
        )
    return True


def readers() -> dict[object, Callable[[Any], Any]]:
    """The fast readers by target type: each class, ``list[cls]`` and ``tuple[cls, ...]``."""
    if not all(_unchanged(cls) for cls in _WRITTEN_FOR):
        return {}
    table: dict[object, Callable[[Any], Any]] = {}
    for cls, one in _READ.items():
        table[cls] = one
        table[list[cls]] = _many(one, list)  # type: ignore[valid-type]
        table[tuple[cls, ...]] = _many(one, tuple)  # type: ignore[valid-type]
    return table


_READERS = readers()


def readable(cls: object) -> bool:
    """Whether ``cls`` has a fast reader."""
    try:
        return cls in _READERS
    except TypeError:  # not hashable
        return False


def read(data: Any, cls: object) -> Any:
    """``data`` as a ``cls`` through the fast path; ``DeclinedError`` (or any other exception)
    when the ordinary path must decide."""
    try:
        reader = _READERS[cls]
    except (KeyError, TypeError):  # not a fast type, or not even hashable
        raise DeclinedError from None
    return reader(data)


# --- writing -------------------------------------------------------------------------------

_escape = encode_basestring  # what json.dumps(ensure_ascii=False) writes a string with
_SURROGATE = re.compile("[\ud800-\udfff]")
_program_text: dict[GrantProgram, str] = {}


def _string(value: str) -> str:
    """``value`` as a JSON string, a lone surrogate as its ``\\uXXXX`` escape."""
    written = _escape(value)
    if written.isascii() or _SURROGATE.search(written) is None:
        return written
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", written)


def write_amount(amount: Amount) -> str:
    value, low, high = amount.value, amount.low, amount.high
    shown = str(value)
    return (
        f'{{"value":"{shown}","low":"{shown if low is value else str(low)}",'
        f'"high":"{shown if high is value else str(high)}","currency":{_escape(amount.currency)}}}'
    )


def write_span(where: Span) -> str:
    return f'{{"start":{where.start:d},"end":{where.end:d}}}'


def write_fiscal_year(year: FiscalYear) -> str:
    return f'{{"year":{year.year:d}}}'


def write_program(program: GrantProgram) -> str:
    # Shared by most records: written once per program (equal programs write alike).
    known = _program_text.get(program)
    if known is not None:
        return known
    listing = program.assistance_listing
    written = (
        f'{{"name":{_string(program.name)},"short_name":{_string(program.short_name)},'
        f'"assistance_listing":{"null" if listing is None else _string(listing)}}}'
    )
    return _kept(_program_text, program, written)


# Keys, FIPS codes, state and currency codes and kinds are ASCII by their validators' patterns
# (no lone surrogate can hide in them), so they go straight to the escaping; free text (names,
# notes) goes through _string.
def write_jurisdiction(place: Jurisdiction) -> str:
    government, notes, fips = place.government, place.notes, place.fips
    return (
        f'{{"name":{_string(place.name)},"kind":{_escape(place.kind._value_)},'
        f'"state":{_escape(place.state.code)},"key":{_escape(place.key)},'
        f'"fips":{"null" if fips is None else _escape(fips)},'
        f'"notes":[{",".join([_string(note) for note in notes]) if notes else ""}],'
        f'"government":{"null" if government is None else write_jurisdiction(government)}}}'
    )


def write_award(award: GrantAward) -> str:
    amount, where = award.amount, award.span
    value, low, high = amount.value, amount.low, amount.high
    shown = str(value)
    # The amount, fiscal year and span written in line: this runs once per record.
    spanned = "null" if where is None else f'{{"start":{where.start:d},"end":{where.end:d}}}'
    return (
        f'{{"jurisdiction":{write_jurisdiction(award.jurisdiction)},'
        f'"program":{write_program(award.program)},'
        f'"fiscal_year":{{"year":{award.fiscal_year.year:d}}},'
        f'"amount":{{"value":"{shown}","low":"{shown if low is value else str(low)}",'
        f'"high":"{shown if high is value else str(high)}",'
        f'"currency":{_escape(amount.currency)}}},'
        f'"span":{spanned}}}'
    )


_WRITE: dict[type, Callable[[Any], str]] = {
    Amount: write_amount,
    Span: write_span,
    FiscalYear: write_fiscal_year,
    GrantProgram: write_program,
    Jurisdiction: write_jurisdiction,
    GrantAward: write_award,
}
_WRITERS = _WRITE if _READERS else {}


def write(obj: object) -> str:
    """``obj`` (one fast class, or a list or tuple of one) as compact JSON text."""
    kind = type(obj)
    if kind is list or kind is tuple:
        items: list[Any] | tuple[Any, ...] = obj  # type: ignore[assignment]
        if not items:
            raise DeclinedError
        cls = type(items[0])
        writer = _WRITERS.get(cls)
        if writer is None:
            raise DeclinedError
        for item in items:
            if type(item) is not cls:
                raise DeclinedError
        return "[" + ",".join([writer(item) for item in items]) + "]"
    writer = _WRITERS.get(kind)
    if writer is None:
        raise DeclinedError
    return writer(obj)
