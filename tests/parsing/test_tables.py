"""The [lz_table] reader: layout, CSV cells with exact spans, footnotes and bad rows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import ShortcodeError, TableError, parse_shortcodes, seed_text
from sanctuary_model.model.documents import Problem, Table
from sanctuary_model.parsing.tables import parse_table, read_table
from tests.strategies.articles import ExpectedTable, table_parts


def _read(text: str, *, strict: bool = True) -> tuple[Table, tuple[Problem, ...]]:
    (code,) = [code for code in parse_shortcodes(text) if code.name == "lz_table"]
    return read_table(text, code, strict=strict)


def _table(body: str) -> str:
    return f"[lz_table title=”T” source=”S”]{body}[/lz_table]"


def test_seed_table_layout() -> None:
    text = seed_text()
    table = parse_table(text)
    assert (table.title, table.source, table.caption) == (
        "Sanctuary Jurisdictions",
        "Justice Department",
        "Jurisdictions put on notice for sanctuary policies",
    )
    assert [cell.text for cell in table.header] == ["Jurisdiction", "FY 2016*"]
    assert [cell.label for cell in table.header] == ["Jurisdiction", "FY 2016"]
    (footnote,) = table.footnotes
    assert (footnote.marker, footnote.text) == (
        "*",
        "Edward Byrne Memorial Justice Assistance Grant",
    )
    assert footnote.span.slice(text) == "*Edward Byrne Memorial Justice Assistance Grant"
    assert table.footnote_for(table.header[1]) == footnote
    assert table.footnote_for(table.header[0]) is None
    assert len(table.rows) == 28
    assert table.span.slice(text).startswith("[lz_table title=")
    assert table.span.slice(text).endswith("[/lz_table]")


@pytest.mark.parametrize(
    ("index", "name", "amount", "raw_row"),
    [
        (0, "Berkeley (Calf.)", "$37 509", "Berkeley (Calf.),$37 509"),
        (2, "Los Angeles", "$1.9M", "Los Angeles,$1.9M"),
        (7, "Riverside\xa0Cty.\xa0(Calif.)", "$54 551", "Riverside\xa0Cty.\xa0(Calif.),$54 551"),
        (9, "Santa Ana (Calif.)", "$99 109", "Santa Ana (Calif.), $99 109"),
        (11, "Watsonville City (Calif.)", "$20 115", "Watsonville City (Calif.), $20 115"),
        (13, "D.C. (Vic. Services)", "$1 476 400", "D.C. (Vic. Services),$1 476 400"),
        (27, "King\xa0Cty.\xa0(Wash.)", "$203 065", "King\xa0Cty.\xa0(Wash.),$203 065"),
    ],
    ids=["first", "rounded", "nbsp-name", "leading-space", "leading-space-2", "dc", "last"],
)
def test_seed_rows_and_cell_spans(index: int, name: str, amount: str, raw_row: str) -> None:
    text = seed_text()
    row = parse_table(text).rows[index]
    assert [cell.text for cell in row.cells] == [name, amount]
    assert [cell.span.slice(text) for cell in row.cells] == [name, amount]
    assert row.span.slice(text) == raw_row


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ('Washington,"$1,476,400"', ["Washington", "$1,476,400"]),
        ('Washington, "$1,476,400" ', ["Washington", "$1,476,400"]),
        ('"Denver, City and County of",$426 590', ["Denver, City and County of", "$426 590"]),
        ('"The ""Big"" City",$1', ['The "Big" City', "$1"]),
        ("Seattle ,  $673 166  ", ["Seattle", "$673 166"]),
        ("|Seattle,$673 166", ["Seattle", "$673 166"]),
        ("Seattle,", ["Seattle", ""]),
    ],
    ids=["quoted", "quoted-spaced", "comma-in-quotes", "doubled-quote", "spaces", "bar", "empty"],
)
def test_csv_cells(row: str, cells: list[str]) -> None:
    text = _table(f"\n|Jurisdiction,FY 2016\n{row}\n|\n")
    table, problems = _read(text)
    assert problems == ()
    (parsed,) = table.rows
    assert [cell.text for cell in parsed.cells] == cells
    for cell in parsed.cells:
        raw = cell.span.slice(text)
        assert (raw.replace('""', '"') if cell.quoted else raw) == cell.text


@pytest.mark.parametrize(
    ("body", "caption", "rows", "footnotes"),
    [
        ("|A,B\n1,2\n|\n", None, 1, 0),
        ("Caption\n|A,B\n1,2\n", "Caption", 1, 0),
        ("Two\nlines\n|A,B\n1,2\n|\n", "Two lines", 1, 0),
        ("|A,B*\n1,2\n*Note one\n**Note two\n", None, 1, 2),
        ("|A,B†\n1,2\n|\n\n† Dagger note\n", None, 1, 1),
        ("|A,B\n\n1,2\n\n3,4\n|\n", None, 2, 0),
    ],
    ids=["minimal", "no-closing-bar", "two-line-caption", "footnotes-end-rows", "dagger", "blanks"],
)
def test_layout_variants(body: str, caption: str | None, rows: int, footnotes: int) -> None:
    table, _problems = _read(_table(body))
    assert (table.caption, len(table.rows), len(table.footnotes)) == (caption, rows, footnotes)


def test_dagger_footnote_is_linked() -> None:
    table, _problems = _read(_table("|A,B†\n1,2\n|\n† Dagger note\n"))
    footnote = table.footnote_for(table.header[1])
    assert footnote is not None
    assert (footnote.marker, footnote.text) == ("†", "Dagger note")


@pytest.mark.parametrize(
    ("body", "row", "column", "reason", "kept"),
    [
        ("|A,B\n1,2\n3\n|\n", 1, 1, "1 cells, too few for the 2-column header", ["1", "2"]),
        ("|A,B\n1,2,3\n|\n", 0, 2, "3 cells, too many for the 2-column header", []),
        ('|A,B\nx,"$1\n|\n', 0, 1, "a quoted cell has no closing quote", []),
        ('|A,B\n"x"y,1\n|\n', 0, 0, "text after a quoted cell's closing quote", []),
        ("|A,B\n1,2\n|\nnot a footnote\n", None, None, "not a footnote", ["1", "2"]),
    ],
    ids=["too-few", "too-many", "unclosed-quote", "after-quote", "stray-line"],
)
def test_bad_rows(
    body: str, row: int | None, column: int | None, reason: str, kept: list[str]
) -> None:
    text = _table(body)
    with pytest.raises(TableError, match=reason) as caught:
        _read(text)
    assert (caught.value.row, caught.value.column) == (row, column)
    assert caught.value.position is not None
    assert 0 <= caught.value.position <= len(text)
    table, problems = _read(text, strict=False)
    (problem,) = problems
    assert problem.row == row
    assert problem.column == column
    assert reason in problem.message
    assert [cell.text for r in table.rows for cell in r.cells] == kept


def test_lenient_keeps_the_good_rows() -> None:
    text = _table("|A,B\n1,2\n3\n4,5,6\n7,8\n|\n")
    table, problems = _read(text, strict=False)
    assert [[cell.text for cell in row.cells] for row in table.rows] == [["1", "2"], ["7", "8"]]
    assert [(p.row, p.column) for p in problems] == [(1, 1), (2, 2)]
    assert [p.span.slice(text) for p in problems if p.span] == ["3", "4,5,6"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (_table("no header here\n"), TableError),
        ("[lz_table]\n|A,B\n", ShortcodeError),
        ("no table", TableError),
    ],
    ids=["no-header", "unclosed", "no-table"],
)
def test_unreadable_tables(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_table(text)


@given(table_parts(awards=False))
def test_generated_tables_read_back(part: object) -> None:
    from tests.strategies.articles import Part

    assert isinstance(part, Part)
    assert isinstance(part.expected, ExpectedTable)
    table = parse_table(part.raw)
    assert table.title == part.expected.title
    assert table.caption == part.expected.caption
    assert [row.cells[0].text for row in table.rows] == list(part.expected.names)
    assert [row.cells[1].text for row in table.rows] == list(part.expected.cell_texts)
    for row in table.rows:
        for cell in row.cells:
            raw = cell.span.slice(part.raw)
            assert (raw.replace('""', '"') if cell.quoted else raw) == cell.text
        assert row.span.slice(part.raw).startswith(row.cells[0].text)


@given(st.text(alphabet=st.sampled_from('|,"*\n ab1†'), max_size=80), st.booleans())
def test_arbitrary_bodies_only_raise_table_errors(body: str, strict: bool) -> None:
    text = _table(body)
    if not any(line.strip().startswith("|") for line in body.split("\n")):
        with pytest.raises(TableError, match=r"no '\|' header row"):
            _read(text, strict=strict)
        return
    error = None
    try:
        table, problems = _read(text, strict=strict)
    except TableError as caught:
        error = caught
    if error is not None:
        # Leniency skips bad rows; a table without a readable header is unreadable either way.
        assert strict or error.row is None
        assert error.position is not None
        assert 0 <= error.position <= len(text)
        return
    for row in table.rows:
        assert len(row.cells) == len(table.header)
        assert table.span.contains(row.span)
    for footnote in table.footnotes:
        assert footnote.span.slice(text).startswith(footnote.marker)
        assert footnote.span.slice(text).endswith(footnote.text)
    assert strict is False or problems == ()


@pytest.mark.parametrize(
    "body",
    [
        "|A,B\n" + "x," * 500_000 + "\n",
        "|A,B\n" + '"' * 1_000_000 + "\n",
        "|A,B\n" + "1,2\n" * 250_000,
        "|" + "*" * 1_000_000 + "\n1\n",
        "|A,B\n" + '"a""' * 250_000 + "\n",
    ],
    ids=["wide-row", "quotes", "many-rows", "long-marker", "doubled-quotes"],
)
def test_hostile_tables_complete(body: str) -> None:
    table, problems = _read(_table(body), strict=False)
    assert len(table.rows) + len(problems) >= 1
