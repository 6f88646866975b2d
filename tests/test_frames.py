"""Records as flat rows, Arrow tables and DataFrames (``sanctuary_model.frames``)."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctuary_model import Amount, Article, GrantAward, seed_article
from sanctuary_model.frames import (
    COLUMNS,
    TABLES,
    FramesError,
    awards_from_arrow,
    rows,
    to_arrow,
    to_pandas,
)

from .strategies import amounts, awards

pa = pytest.importorskip("pyarrow")

SEED = seed_article()
# Long enough for every span the strategies draw (they end by 2,000).
BLANK = " " * 2_000


def deep(award: GrantAward) -> dict[str, Any]:
    """Every field, the ones equality ignores included (a jurisdiction's name, notes...)."""
    return attrs.asdict(award, recurse=True)


def test_every_table_has_its_documented_columns_and_one_row_per_record() -> None:
    counts = {
        "awards": len(SEED.awards),
        "quotes": len(SEED.quotes),
        "people": len(SEED.people),
        "rulings": len(SEED.rulings),
        "notices": len(SEED.notices),
        "jurisdictions": len(SEED.jurisdictions),
    }
    assert set(TABLES) == set(COLUMNS) == set(counts)
    for name in TABLES:
        table = to_arrow(SEED, name, sources=["seed.txt"])
        assert table.column_names == [column for column, _ in COLUMNS[name]], name
        assert table.num_rows == counts[name] > 0, name
        assert set(table.column("source").to_pylist()) == {"seed.txt"}


def test_spans_on_rows_are_the_records_spans() -> None:
    table = to_arrow(SEED, "quotes").to_pylist()
    for row, quote in zip(table, SEED.quotes, strict=True):
        assert quote.span is not None
        assert (row["start"], row["end"]) == (quote.span.start, quote.span.end)
        assert SEED.text[row["start"] : row["end"]] == quote.text
    mentions = to_arrow(SEED, "jurisdictions").to_pylist()
    assert all(SEED.text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_money_is_decimal_dates_are_dates_enums_are_strings() -> None:
    awards_table = to_arrow(SEED, "awards")
    for column in ("value", "low", "high"):
        assert pa.types.is_decimal(awards_table.schema.field(column).type)
    assert awards_table.schema.field("jurisdiction_kind").type == pa.string()
    notices = to_arrow(SEED, "notices")
    assert notices.schema.field("issued").type == pa.date32()
    notice = notices.to_pylist()[0]
    assert notice["issued"] == dt.date(2017, 11, 15)
    assert notice["response_deadline"] == dt.date(2017, 12, 8)
    assert notice["discrepancies"] == list(SEED.notices[0].discrepancies())
    la = next(r for r in awards_table.to_pylist() if r["jurisdiction_key"] == "ca/los-angeles")
    assert (la["value"], la["low"], la["high"]) == (
        Decimal("1900000"),
        Decimal("1850000"),
        Decimal("1950000"),
    )


def test_the_scale_keeps_every_digit_and_wide_amounts_go_to_decimal256() -> None:
    tiny = Amount.exact(Decimal("0.000000001"))
    huge = Amount.exact(Decimal("123456789012345678901234567890"))
    base = SEED.awards[0]
    article = Article(
        text=SEED.text,
        awards=(attrs.evolve(base, amount=tiny), attrs.evolve(base, amount=huge)),
    )
    table = to_arrow(article, "awards")
    assert str(table.schema.field("value").type) == "decimal256(76, 9)"
    assert table.column("value").to_pylist() == [tiny.value, huge.value]
    assert awards_from_arrow(table) == list(article.awards)


def test_seed_awards_round_trip_through_arrow_and_parquet(tmp_path: Any) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    table = to_arrow(SEED, "awards")
    assert [deep(a) for a in awards_from_arrow(table)] == [deep(a) for a in SEED.awards]
    pq.write_table(table, tmp_path / "awards.parquet")
    again = awards_from_arrow(pq.read_table(tmp_path / "awards.parquet"))
    assert [deep(a) for a in again] == [deep(a) for a in SEED.awards]


@settings(max_examples=60, deadline=None)
@given(st.lists(awards, max_size=6), st.lists(amounts(), min_size=1, max_size=3))
def test_generated_awards_round_trip(generated: list[GrantAward], money: list[Amount]) -> None:
    # Other currencies too, each amount on one award.
    generated += [attrs.evolve(generated[0], amount=m) for m in money] if generated else []
    article = Article(text=BLANK, awards=tuple(generated))
    back = awards_from_arrow(to_arrow(article, "awards"))
    assert back == generated
    assert [deep(a) for a in back] == [deep(a) for a in generated]


def test_many_articles_are_numbered_and_named() -> None:
    table = to_arrow([SEED, SEED], "notices", sources=["a", "b"])
    assert table.column("source").to_pylist() == ["a", "b"]
    assert table.column("article").to_pylist() == [0, 1]
    assert to_arrow([SEED, SEED], "notices").column("source").to_pylist() == ["0", "1"]


def test_people_have_no_span() -> None:
    people = rows(SEED, "people")
    assert [p["name"] for p in people] == [p.name for p in SEED.people]
    assert {(p["start"], p["end"]) for p in people} == {(None, None)}


def test_pandas_frame_keeps_decimals() -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(SEED, "awards")
    assert len(frame) == len(SEED.awards)
    assert all(isinstance(v, Decimal) for v in frame["value"])
    assert frame["value"].sum() == sum(a.amount.value for a in SEED.awards)


def test_errors_say_what_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FramesError, match="unknown table 'grants'"):
        rows(SEED, "grants")  # type: ignore[arg-type]
    with pytest.raises(FramesError, match="2 sources given for 1 articles"):
        rows(SEED, sources=["a", "b"])
    with pytest.raises(FramesError, match="not an awards table: no column"):
        awards_from_arrow(to_arrow(SEED, "quotes"))
    broken = to_arrow(SEED, "awards").set_column(7, "state", pa.array(["ZZ"] * len(SEED.awards)))
    with pytest.raises(FramesError, match="row 0"):
        awards_from_arrow(broken)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"pip install 'sanctuary-model\[frames\]'"):
        to_arrow(SEED)


def test_no_articles_or_no_records_make_empty_tables_with_every_column() -> None:
    for articles in ([], [Article(text="Nothing here.")]):
        for name in TABLES:
            table = to_arrow(articles, name)
            assert table.num_rows == 0
            assert table.column_names == [column for column, _ in COLUMNS[name]]
    assert awards_from_arrow(to_arrow([], "awards")) == []


def test_the_docstring_examples() -> None:
    pytest.importorskip("pandas")
    awards_table = to_arrow(SEED, "awards", sources=["seed"])
    assert str(awards_table.schema.field("value").type) == "decimal128(38, 0)"
    assert awards_table.column("source")[0].as_py() == "seed"
    frame = to_pandas(SEED, "awards")
    assert frame.groupby("state")["value"].sum()["CA"] == Decimal("3230817")
