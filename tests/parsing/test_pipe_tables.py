"""Markdown pipe tables in plain text: the same Table and awards as an HTML or [lz_table] one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sanctuary_model import TableError, parse_article, parse_html
from sanctuary_model.parsing.pipe_tables import is_pipe_table
from tests.linear import assert_linear

STORY = """\
The department listed the money at stake.

## FY 2017 Byrne JAG awards

| Jurisdiction | State | Amount |
|:--|:-:|--:|
| Chicago | Ill. | $2,300,000 |
| Albany | N.Y. | $120 500 |
| Seattle | WA | $673 166 |

The cities have until Friday to answer."""


def _awards(text: str) -> list[tuple[str, int, str, Decimal]]:
    article = parse_article(text, strict=False)
    return [
        (a.jurisdiction.key, a.fiscal_year.year, a.program.short_name, a.amount.value)
        for a in article.awards
    ]


def test_pipe_table_gives_table_and_awards() -> None:
    article = parse_article(STORY)
    assert [p.text for p in article.paragraphs] == [
        "The department listed the money at stake.",
        "## FY 2017 Byrne JAG awards",
        "The cities have until Friday to answer.",
    ]
    table = article.tables[0]
    assert table.title == "FY 2017 Byrne JAG awards"
    assert [cell.text for cell in table.header] == ["Jurisdiction", "State", "Amount"]
    assert _awards(STORY) == [
        ("il/chicago", 2017, "Byrne JAG", Decimal(2_300_000)),
        ("ny/albany", 2017, "Byrne JAG", Decimal(120_500)),
        ("wa/seattle", 2017, "Byrne JAG", Decimal(673_166)),
    ]
    for row in (table.header, *(row.cells for row in table.rows)):
        assert [cell.span.slice(STORY) for cell in row] == [cell.text for cell in row]
    assert article.awards[0].span is not None
    assert article.awards[0].span.slice(STORY) == "| Chicago | Ill. | $2,300,000 |"


def test_one_path_for_html_and_markdown_tables() -> None:
    page = (
        "<p>The department listed the money at stake.</p><h2>FY 2017 Byrne JAG awards</h2>"
        "<table><tr><th>Jurisdiction</th><th>State</th><th>Amount</th></tr>"
        "<tr><td>Chicago</td><td>Ill.</td><td>$2,300,000</td></tr>"
        "<tr><td>Albany</td><td>N.Y.</td><td>$120 500</td></tr>"
        "<tr><td>Seattle</td><td>WA</td><td>$673 166</td></tr></table>"
    )
    from_html = [
        (a.jurisdiction, a.program, a.fiscal_year, a.amount) for a in parse_html(page).awards
    ]
    from_markdown = [
        (a.jurisdiction, a.program, a.fiscal_year, a.amount) for a in parse_article(STORY).awards
    ]
    assert from_html == from_markdown


def test_unreadable_rows_are_problems_or_errors() -> None:
    text = (
        "FY 2016 JAG\n\n| City | FY 2016 |\n|---|---|\n| Seattle | $5 |\n| Total | $5 |\n| Short |"
    )
    article = parse_article(text, strict=False)
    assert [a.jurisdiction.key for a in article.awards] == ["wa/seattle"]
    assert [(p.row, p.column) for p in article.problems] == [(2, 1), (1, 0)]
    with pytest.raises(TableError, match="too few"):
        parse_article(text)


def test_escaped_bar_and_missing_outer_bars() -> None:
    text = "Name | Note\n--- | ---\nA \\| B | x"
    table = parse_article(text).tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["A | B", "x"]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        pytest.param("| a | b |\n|---|---|", True, id="minimal"),
        pytest.param("a | b\n:-|-:", True, id="no-outer-bars"),
        pytest.param("a | b\nc | d", False, id="no-delimiter"),
        pytest.param("Prose with a | bar.\n---", False, id="setext-heading"),
        pytest.param("| a |", False, id="one-line"),
        pytest.param("a\n|---|", False, id="no-bar-in-header"),
    ],
)
def test_is_pipe_table(block: str, expected: bool) -> None:
    assert is_pipe_table(block) is expected


@pytest.mark.parametrize(
    ("head", "unit", "tail", "count"),
    [
        pytest.param("| a |\n|", "-", "x", 50_000, id="long-bad-delimiter"),
        pytest.param("| a |\n", "|-", "x", 25_000, id="many-bad-cells"),
        pytest.param("| a | b |\n|---|---|\n", "| x | y |\n", "", 5_000, id="many-rows"),
        pytest.param("| a |\n|---|\n|", " c |", "", 25_000, id="wide-row"),
    ],
)
def test_hostile_pipe_tables_are_linear(head: str, unit: str, tail: str, count: int) -> None:
    assert_linear(lambda body: parse_article(head + body + tail, strict=False), unit, count)
