"""CSV blocks in plain text: the same Table and awards as a pipe, HTML or [lz_table] table,
and never a table made of prose."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import Span, parse_article, parse_html
from sanctuary_model.parsing.csv_tables import is_csv_table
from tests.linear import assert_linear

CSV_STORY = """\
Three cities stand to lose money they were promised.

FY 2017 Byrne JAG awards

Jurisdiction,State,Amount
Chicago,Ill.,"$2,300,000"
Albany,N.Y.,$120 500
Seattle,WA,$673 166

The cities have until Friday to answer."""

PIPE_STORY = """\
Three cities stand to lose money they were promised.

FY 2017 Byrne JAG awards

| Jurisdiction | State | Amount |
|---|---|---:|
| Chicago | Ill. | $2,300,000 |
| Albany | N.Y. | $120 500 |
| Seattle | WA | $673 166 |

The cities have until Friday to answer."""


def _facts(awards: object) -> list[tuple[str, int, str, Decimal]]:
    return [
        (a.jurisdiction.key, a.fiscal_year.year, a.program.short_name, a.amount.value)
        for a in awards  # type: ignore[attr-defined]
    ]


def test_a_csv_block_is_a_table_with_awards() -> None:
    article = parse_article(CSV_STORY)
    assert [p.text for p in article.paragraphs] == [
        "Three cities stand to lose money they were promised.",
        "FY 2017 Byrne JAG awards",
        "The cities have until Friday to answer.",
    ]
    (table,) = article.tables
    assert table.title == "FY 2017 Byrne JAG awards"
    assert [cell.text for cell in table.rows[0].cells] == ["Chicago", "Ill.", "$2,300,000"]
    assert _facts(article.awards) == [
        ("il/chicago", 2017, "Byrne JAG", Decimal(2_300_000)),
        ("ny/albany", 2017, "Byrne JAG", Decimal(120_500)),
        ("wa/seattle", 2017, "Byrne JAG", Decimal(673_166)),
    ]
    for row in table.rows:
        assert row.span.slice(CSV_STORY).startswith(row.cells[0].text)
        for cell in row.cells:
            assert cell.span.slice(CSV_STORY) == cell.text


def test_one_path_for_csv_pipe_and_html_tables() -> None:
    page = (
        "<p>Three cities stand to lose money they were promised.</p>"
        "<h2>FY 2017 Byrne JAG awards</h2>"
        "<table><tr><th>Jurisdiction</th><th>State</th><th>Amount</th></tr>"
        "<tr><td>Chicago</td><td>Ill.</td><td>$2,300,000</td></tr>"
        "<tr><td>Albany</td><td>N.Y.</td><td>$120 500</td></tr>"
        "<tr><td>Seattle</td><td>WA</td><td>$673 166</td></tr></table>"
        "<p>The cities have until Friday to answer.</p>"
    )
    from_csv = _facts(parse_article(CSV_STORY).awards)
    assert from_csv == _facts(parse_article(PIPE_STORY).awards)
    assert from_csv == _facts(parse_html(page).awards)


@pytest.mark.parametrize(
    "block",
    [
        pytest.param("Chicago, Albany and Seattle, officials said, had until Friday.", id="prose"),
        pytest.param("City,Amount\nChicago,$5", id="one-row"),
        pytest.param("Name,Role\nJane Doe,Mayor\nJohn Roe,Sheriff", id="no-amount-column"),
        pytest.param("City,$5\nChicago,$5\nAlbany,$7", id="amount-in-header"),
        pytest.param("City,Amount\nChicago,$5\nAlbany,$7,extra", id="uneven-rows"),
        pytest.param("City,,Amount\nChicago,x,$5\nAlbany,y,$7", id="empty-header-cell"),
        pytest.param(
            "Dear Mayor,\nWe write, as before, about 2017,\nand about 2018, too,", id="letter"
        ),
        pytest.param("City,Amount\n" + "Chicago" * 60 + ",$5\nAlbany,$7", id="long-line"),
        pytest.param('City,Amount\n"Chicago,$5\nAlbany,$7', id="unclosed-quote"),
    ],
)
def test_blocks_that_are_not_tables(block: str) -> None:
    assert not is_csv_table(block, Span(0, len(block)))
    article = parse_article(block, strict=False)
    assert article.tables == ()
    assert article.awards == ()


@given(
    st.text(alphabet=st.characters(exclude_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
)
def test_a_single_line_is_never_a_csv_table(line: str) -> None:
    assert not is_csv_table(line, Span(0, len(line)))


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        pytest.param("City,Amount\nChicago,$5\n", 500, id="many-tables-in-one-block"),
        pytest.param("a,", 20_000, id="wide-line"),
        pytest.param('"a"",', 20_000, id="quotes"),
        pytest.param("x,$1\n", 4_000, id="many-rows"),
    ],
)
def test_hostile_csv_blocks_are_linear(unit: str, count: int) -> None:
    assert_linear(lambda text: parse_article(text, strict=False), unit, count)
