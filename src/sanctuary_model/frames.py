"""Records of parsed articles as flat tables: rows, Arrow tables and pandas DataFrames.

One row per record (an award, a quote, a person, a ruling, a notice, a jurisdiction mention),
with flat columns named in :data:`COLUMNS`. Every row carries ``source`` (the name the caller
gives the article, by default its index as text), ``article`` (the article's position) and the
record's span as ``start``/``end`` (empty for people, which have no span). Money is exact:
``value``, ``low`` and ``high`` are Arrow ``decimal128(38, s)`` (``decimal256(76, s)`` past 38
digits) with the smallest scale ``s`` that keeps every digit, never floats. Dates are
``date32``; enums are their string values; lists of notes are lists of strings.

:func:`rows` needs nothing beyond the library (the CLI's CSV uses it); :func:`to_arrow` needs
``pyarrow`` and :func:`to_pandas` also ``pandas``: ``pip install 'sanctuary-model[frames]'``
(their examples are plain code, not doctests, so the doctests pass without the extra;
``tests/test_frames.py`` checks the same results).

>>> from sanctuary_model import seed_article
>>> la = next(r for r in rows(seed_article()) if r["jurisdiction_key"] == "ca/los-angeles")
>>> la["state"], la["value"], la["low"], la["high"]
('CA', Decimal('1900000'), Decimal('1850000'), Decimal('1950000'))
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TextIO

from .errors import SanctuaryModelError, StateLookupError
from .model.dates import DateMention
from .model.documents import Article
from .model.geography import state_by_code
from .model.grants import FiscalYear, GrantAward, GrantProgram
from .model.jurisdictions import Jurisdiction, JurisdictionKind, JurisdictionMention
from .model.legal import CourtRuling
from .model.money import Amount
from .model.notices import DojNotice
from .model.people import Person
from .model.quotes import Quote
from .model.span import Span

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "COLUMNS",
    "TABLES",
    "FramesError",
    "TableName",
    "awards_from_arrow",
    "rows",
    "to_arrow",
    "to_pandas",
    "write_csv",
    "write_parquet",
]

TableName = Literal["awards", "quotes", "people", "rulings", "notices", "jurisdictions"]
#: The tables an article's records make, in the order ``--table`` lists them.
TABLES: tuple[TableName, ...] = (
    "awards",
    "quotes",
    "people",
    "rulings",
    "notices",
    "jurisdictions",
)

Row = dict[str, Any]
# A column's type: "str", "int", "bool", "date", "decimal" or "list" (of strings).
_Kind = Literal["str", "int", "bool", "date", "decimal", "list"]

_WHERE: list[tuple[str, _Kind]] = [
    ("source", "str"),
    ("article", "int"),
    ("start", "int"),
    ("end", "int"),
]
_PLACE: list[tuple[str, _Kind]] = [
    ("jurisdiction", "str"),
    ("jurisdiction_key", "str"),
    ("jurisdiction_kind", "str"),
    ("state", "str"),
    ("jurisdiction_fips", "str"),
]

#: Each table's columns and their types, in order.
COLUMNS: dict[TableName, tuple[tuple[str, _Kind], ...]] = {
    "awards": (
        *_WHERE,
        *_PLACE,
        ("jurisdiction_notes", "list"),
        ("government", "str"),
        ("government_key", "str"),
        ("government_kind", "str"),
        ("government_fips", "str"),
        ("government_notes", "list"),
        ("program", "str"),
        ("program_short_name", "str"),
        ("assistance_listing", "str"),
        ("fiscal_year", "int"),
        ("value", "decimal"),
        ("low", "decimal"),
        ("high", "decimal"),
        ("currency", "str"),
    ),
    "quotes": (
        *_WHERE,
        ("text", "str"),
        ("speaker", "str"),
        ("speaker_type", "str"),
        ("speaker_role", "str"),
        ("speaker_organization", "str"),
        ("kind", "str"),
        ("verb", "str"),
        ("channel", "str"),
        ("attribution", "str"),
        ("continued", "bool"),
        ("unnamed", "str"),
    ),
    "people": (*_WHERE, ("name", "str"), ("role", "str"), ("organization", "str")),
    "rulings": (
        *_WHERE,
        ("judge", "str"),
        ("court", "str"),
        ("court_abbreviation", "str"),
        ("party", "str"),
        ("party_key", "str"),
        ("decided_text", "str"),
        ("decided", "date"),
        ("outcome", "str"),
        ("scope", "str"),
        ("kind", "str"),
        ("pages", "int"),
        ("holding", "str"),
        ("subject", "str"),
    ),
    "notices": (
        *_WHERE,
        ("issuer", "str"),
        ("issued_text", "str"),
        ("issued", "date"),
        ("response_deadline_text", "str"),
        ("response_deadline", "date"),
        ("listed_recipient_count", "int"),
        ("stated_recipient_count", "int"),
        ("program", "str"),
        ("fiscal_year_at_stake", "int"),
        ("statute", "str"),
        ("prior_awards", "int"),
        ("discrepancies", "list"),
    ),
    "jurisdictions": (
        *_WHERE,
        ("text", "str"),
        *_PLACE,
        ("resolution", "str"),
    ),
}

_EXTRA = "pip install 'sanctuary-model[frames]'"


class FramesError(SanctuaryModelError, ValueError):
    """A table that cannot be made or read back (an unknown table, a bad column)."""


def rows(
    articles: Article | Iterable[Article],
    table: TableName = "awards",
    *,
    sources: Sequence[str] | None = None,
) -> list[Row]:
    """One flat ``dict`` per record of ``table`` in ``articles``, keys as in :data:`COLUMNS`."""
    if table not in COLUMNS:
        raise FramesError(f"unknown table {table!r}: expected one of {', '.join(TABLES)}")
    batch = [articles] if isinstance(articles, Article) else list(articles)
    if sources is not None and len(sources) != len(batch):
        raise FramesError(f"{len(sources)} sources given for {len(batch)} articles")
    out: list[Row] = []
    for index, article in enumerate(batch):
        source = str(index) if sources is None else sources[index]
        for span, record in _records(article, table):
            where = {
                "source": source,
                "article": index,
                "start": None if span is None else span.start,
                "end": None if span is None else span.end,
            }
            out.append({**where, **record})
    return out


def _records(article: Article, table: TableName) -> Iterable[tuple[Span | None, Row]]:
    if table == "awards":
        return ((a.span, _award(a)) for a in article.awards)
    if table == "quotes":
        return ((q.span, _quote(q)) for q in article.quotes)
    if table == "people":
        return ((None, _person(p)) for p in article.people)
    if table == "rulings":
        return ((r.span, _ruling(r)) for r in article.rulings)
    if table == "notices":
        return ((n.span, _notice(n)) for n in article.notices)
    return ((m.span, _mention(m)) for m in article.jurisdictions)


def _place(place: Jurisdiction | None) -> Row:
    return {
        "jurisdiction": None if place is None else place.name,
        "jurisdiction_key": None if place is None else place.key,
        "jurisdiction_kind": None if place is None else place.kind.value,
        "state": None if place is None else place.state.code,
        "jurisdiction_fips": None if place is None else place.fips,
    }


def _award(award: GrantAward) -> Row:
    place, government = award.jurisdiction, award.jurisdiction.government
    return {
        **_place(place),
        "jurisdiction_notes": list(place.notes),
        "government": None if government is None else government.name,
        "government_key": None if government is None else government.key,
        "government_kind": None if government is None else government.kind.value,
        "government_fips": None if government is None else government.fips,
        "government_notes": None if government is None else list(government.notes),
        "program": award.program.name,
        "program_short_name": award.program.short_name,
        "assistance_listing": award.program.assistance_listing,
        "fiscal_year": award.fiscal_year.year,
        "value": award.amount.value,
        "low": award.amount.low,
        "high": award.amount.high,
        "currency": award.amount.currency,
    }


def _quote(quote: Quote) -> Row:
    speaker = quote.speaker
    return {
        "text": quote.text,
        "speaker": None if speaker is None else speaker.name,
        "speaker_type": None if speaker is None else type(speaker).__name__.lower(),
        "speaker_role": speaker.role if isinstance(speaker, Person) else None,
        "speaker_organization": speaker.organization if isinstance(speaker, Person) else None,
        "kind": quote.kind.value,
        "verb": quote.verb,
        "channel": quote.channel,
        "attribution": None if quote.attribution is None else quote.attribution.value,
        "continued": quote.continued,
        "unnamed": None if quote.unnamed is None else quote.unnamed.description,
    }


def _person(person: Person) -> Row:
    return {"name": person.name, "role": person.role, "organization": person.organization}


def _text(mention: DateMention | None) -> str | None:
    return None if mention is None else mention.text


def _day(mention: DateMention | None) -> dt.date | None:
    return None if mention is None else mention.date


def _ruling(ruling: CourtRuling) -> Row:
    return {
        "judge": None if ruling.judge is None else ruling.judge.name,
        "court": None if ruling.court is None else ruling.court.name,
        "court_abbreviation": None if ruling.court is None else ruling.court.abbreviation,
        "party": None if ruling.party is None else ruling.party.name,
        "party_key": None if ruling.party is None else ruling.party.key,
        "decided_text": _text(ruling.decided),
        "decided": _day(ruling.decided),
        "outcome": None if ruling.outcome is None else ruling.outcome.value,
        "scope": None if ruling.scope is None else ruling.scope.value,
        "kind": ruling.kind.value,
        "pages": ruling.pages,
        "holding": ruling.holding,
        "subject": ruling.subject,
    }


def _notice(notice: DojNotice) -> Row:
    return {
        "issuer": notice.issuer,
        "issued_text": _text(notice.issued),
        "issued": _day(notice.issued),
        "response_deadline_text": _text(notice.response_deadline),
        "response_deadline": _day(notice.response_deadline),
        "listed_recipient_count": notice.listed_recipient_count,
        "stated_recipient_count": notice.stated_recipient_count,
        "program": None if notice.program is None else notice.program.short_name,
        "fiscal_year_at_stake": (
            None if notice.fiscal_year_at_stake is None else notice.fiscal_year_at_stake.year
        ),
        "statute": None if notice.statute is None else notice.statute.citation,
        "prior_awards": len(notice.prior_awards),
        "discrepancies": list(notice.discrepancies()),
    }


def _mention(mention: JurisdictionMention) -> Row:
    return {
        "text": mention.text,
        **_place(mention.jurisdiction),
        "resolution": mention.resolution.value,
    }


# --- Arrow and pandas -----------------------------------------------------------------------


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise ImportError(f"sanctuary_model.frames needs {name}: {_EXTRA}") from error


def to_arrow(
    articles: Article | Iterable[Article],
    table: TableName = "awards",
    *,
    sources: Sequence[str] | None = None,
) -> pyarrow.Table:
    """The records of ``table`` as an Arrow table (columns as in :data:`COLUMNS`).

    ```python
    awards = to_arrow(seed_article(), "awards", sources=["seed"])
    awards.schema.field("value").type      # decimal128(38, 0)
    awards.column("source")[0].as_py()     # 'seed'
    ```
    """
    return _arrow_table(rows(articles, table, sources=sources), table)


def _arrow_table(records: list[Row], table: TableName) -> pyarrow.Table:
    pa = _import("pyarrow")
    fields = [pa.field(name, _arrow_type(pa, kind, name, records)) for name, kind in COLUMNS[table]]
    schema = pa.schema(fields)
    columns = {name: [row[name] for row in records] for name, _ in COLUMNS[table]}
    return pa.Table.from_pydict(columns, schema=schema)


def write_parquet(records: list[Row], table: TableName, path: str | os.PathLike[str]) -> None:
    """Write :func:`rows`' ``records`` of ``table`` to a Parquet file at ``path``."""
    _import("pyarrow")
    parquet = _import("pyarrow.parquet")
    parquet.write_table(_arrow_table(records, table), path)


def write_csv(records: list[Row], table: TableName, stream: TextIO, *, header: bool = True) -> None:
    """Write :func:`rows`' ``records`` of ``table`` as CSV (no extras needed); ``header``
    writes the column names first.

    Decimals are written in full (``1850000``, never ``1.85E+6``), dates as ``YYYY-MM-DD``,
    booleans as ``true``/``false``, lists as JSON arrays and missing values as empty cells.

    >>> import io
    >>> from sanctuary_model import seed_article
    >>> out = io.StringIO()
    >>> write_csv(rows(seed_article(), "notices"), "notices", out)
    >>> print(out.getvalue().splitlines()[1][:60])
    0,0,162,443,U.S. Department of Justice,On Wednesday,2017-11-
    """
    names = [name for name, _ in COLUMNS[table]]
    writer = csv.writer(stream, lineterminator="\n")
    if header:
        writer.writerow(names)
    for record in records:
        writer.writerow([_cell(record[name]) for name in names])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _arrow_type(pa: Any, kind: _Kind, name: str, records: list[Row]) -> Any:
    if kind == "str":
        return pa.string()
    if kind == "int":
        return pa.int64()
    if kind == "bool":
        return pa.bool_()
    if kind == "date":
        return pa.date32()
    if kind == "list":
        return pa.list_(pa.string())
    return _decimal_type(pa, [row[name] for row in records])


def _decimal_type(pa: Any, values: list[Decimal]) -> Any:
    """The narrowest decimal type that holds every value exactly."""
    scale = 0
    whole = 1
    for value in values:
        _sign, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # finite: Amount's validators say so
        scale = max(scale, -exponent)
        whole = max(whole, len(digits) + exponent)
    precision = whole + scale
    if precision <= 38:
        return pa.decimal128(38, scale)
    if precision <= 76:
        return pa.decimal256(76, scale)
    raise FramesError(f"an amount needs {precision} digits: more than Arrow's 76")


def to_pandas(
    articles: Article | Iterable[Article],
    table: TableName = "awards",
    *,
    sources: Sequence[str] | None = None,
) -> pandas.DataFrame:
    """The records of ``table`` as a pandas DataFrame; money stays ``Decimal`` objects.

    ```python
    frame = to_pandas(seed_article(), "awards")
    frame.groupby("state")["value"].sum()["CA"]     # Decimal('3230817')
    ```
    """
    _import("pandas")
    frame: pandas.DataFrame = to_arrow(articles, table, sources=sources).to_pandas()
    return frame


def awards_from_arrow(table: pyarrow.Table) -> list[GrantAward]:
    """The ``GrantAward`` of each row of an ``awards`` table :func:`to_arrow` made.

    ```python
    article = seed_article()
    assert awards_from_arrow(to_arrow(article, "awards")) == list(article.awards)
    ```
    """
    names = {name for name, _ in COLUMNS["awards"]} - {"source", "article"}
    missing = sorted(names - set(table.column_names))
    if missing:
        raise FramesError(f"not an awards table: no column {', '.join(missing)}")
    awards: list[GrantAward] = []
    for number, row in enumerate(table.to_pylist()):
        try:
            awards.append(_award_from(row))
        except (ValueError, TypeError, KeyError, SanctuaryModelError) as error:
            raise FramesError(f"row {number}: {error}") from error
    return awards


def _award_from(row: Row) -> GrantAward:
    state = state_by_code(row["state"])
    if state is None:
        raise StateLookupError("not a USPS state code", str(row["state"]))
    government = None
    if row["government_key"] is not None:
        government = Jurisdiction(
            name=row["government"],
            kind=JurisdictionKind(row["government_kind"]),
            state=state,
            key=row["government_key"],
            fips=row["government_fips"],
            notes=tuple(row["government_notes"] or ()),
        )
    place = Jurisdiction(
        name=row["jurisdiction"],
        kind=JurisdictionKind(row["jurisdiction_kind"]),
        state=state,
        key=row["jurisdiction_key"],
        fips=row["jurisdiction_fips"],
        notes=tuple(row["jurisdiction_notes"] or ()),
        government=government,
    )
    span = None if row["start"] is None else Span(row["start"], row["end"])
    return GrantAward(
        jurisdiction=place,
        program=GrantProgram(
            name=row["program"],
            short_name=row["program_short_name"],
            assistance_listing=row["assistance_listing"],
        ),
        fiscal_year=FiscalYear(row["fiscal_year"]),
        amount=Amount(row["value"], row["low"], row["high"], row["currency"]),
        span=span,
    )
