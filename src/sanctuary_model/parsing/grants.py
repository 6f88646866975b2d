"""Grant programs named in text, and the awards a grant table lists.

>>> find_program("*Edward Byrne Memorial Justice Assistance Grant") is BYRNE_JAG
True
"""

from __future__ import annotations

import re

from ..errors import ParseError, TableError
from ..model.documents import Problem, Table, TableCell
from ..model.grants import BYRNE_JAG, COPS, SCAAP, FiscalYear, GrantAward, GrantProgram
from ..model.span import Span
from .dates import parse_fiscal_year
from .jurisdictions import parse_jurisdiction
from .money import parse_amount

__all__ = ["awards_from_table", "find_program", "find_programs", "parse_program"]

# Each program with the ways text names it: names in any case and spacing, acronyms only
# in capitals (so "cops" in prose is not the COPS program).
_NAMES: tuple[tuple[GrantProgram, re.Pattern[str]], ...] = (
    (
        BYRNE_JAG,
        re.compile(
            r"(?i:\bEdward\s+Byrne\s+Memorial\s+Justice\s+Assistance\s+Grants?\b"
            r"|\bByrne\b|\bJustice\s+Assistance\s+Grants?\b)"
            r"|\bJAG\b|\b16\.738\b"
        ),
    ),
    (
        COPS,
        re.compile(r"(?i:\bCommunity\s+Oriented\s+Policing\b)|\bCOPS\b|\b16\.710\b"),
    ),
    (
        SCAAP,
        re.compile(r"(?i:\bState\s+Criminal\s+Alien\s+Assistance\b)|\bSCAAP\b|\b16\.606\b"),
    ),
)


def find_programs(text: str) -> tuple[GrantProgram, ...]:
    """Every grant program ``text`` names, in the library's order (Byrne JAG, COPS, SCAAP).

    >>> [p.short_name for p in find_programs("JAG and COPS grants, but not the cops")]
    ['Byrne JAG', 'COPS']
    """
    return tuple(program for program, pattern in _NAMES if pattern.search(text))


def find_program(text: str) -> GrantProgram | None:
    """The grant program ``text`` names, or ``None`` when it names none (or several).

    >>> find_program("Byrne JAG").assistance_listing
    '16.738'
    >>> find_program("a footnote about something else") is None
    True
    """
    found = find_programs(text)
    return found[0] if len(found) == 1 else None


def parse_program(text: str) -> GrantProgram:
    """The grant program ``text`` names; ``ParseError`` when it names none or several.

    >>> parse_program("Edward Byrne Memorial Justice Assistance Grant").short_name
    'Byrne JAG'
    """
    program = find_program(text)
    if program is None:
        raise ParseError("names no known grant program", text, None)
    return program


def awards_from_table(
    text: str, table: Table, *, strict: bool = True
) -> tuple[tuple[GrantAward, ...], tuple[Problem, ...]]:
    """The grant awards a table of ``text`` lists: one per data row and fiscal-year column.

    The first column names the jurisdiction; a column whose header is a fiscal year
    (``FY 2016*``) holds amounts of the program its footnote (or header, title or caption)
    names. A table without such a column lists no awards. A cell that cannot be read raises
    ``TableError`` naming its row and column, or with ``strict=False`` skips the row and
    records a ``Problem``.
    """
    columns: list[tuple[int, FiscalYear, GrantProgram]] = []
    problems: list[Problem] = []
    for index, cell in enumerate(table.header[1:], start=1):
        try:
            fiscal_year = parse_fiscal_year(cell.label)
        except ParseError:
            continue
        program = _column_program(table, cell)
        if program is None:
            error = TableError(
                f"cannot tell which grant program column {index} ({cell.label!r}) pays",
                text,
                cell.span.start,
                column=index,
            )
            if strict:
                raise error
            problems.append(Problem(error.reason, cell.span, column=index))
            continue
        columns.append((index, fiscal_year, program))
    if not columns:
        return (), tuple(problems)
    awards: list[GrantAward] = []
    for row_index, row in enumerate(table.rows):
        try:
            awards.extend(_row_awards(text, row_index, row.cells, row.span, columns))
        except TableError as error:
            if strict:
                raise
            message = f"row {error.row}, column {error.column}: {error.reason}; row skipped"
            problems.append(Problem(message, row.span, row=error.row, column=error.column))
    return tuple(awards), tuple(problems)


def _column_program(table: Table, cell: TableCell) -> GrantProgram | None:
    footnote = table.footnote_for(cell)
    for place in (footnote.text if footnote else None, cell.label, table.title, table.caption):
        if place is not None and (program := find_program(place)) is not None:
            return program
    return None


def _row_awards(
    text: str,
    row_index: int,
    cells: tuple[TableCell, ...],
    span: Span,
    columns: list[tuple[int, FiscalYear, GrantProgram]],
) -> list[GrantAward]:
    name = cells[0]
    try:
        jurisdiction = parse_jurisdiction(_one_line(name.text))
    except ParseError as error:
        raise _cell_error(text, name, row_index, 0, error) from error
    awards = []
    for column, fiscal_year, program in columns:
        cell = cells[column]
        try:
            amount = parse_amount(_one_line(cell.text))
        except ParseError as error:
            raise _cell_error(text, cell, row_index, column, error) from error
        awards.append(GrantAward(jurisdiction, program, fiscal_year, amount, span))
    return awards


def _cell_error(text: str, cell: TableCell, row: int, column: int, error: ParseError) -> TableError:
    position = cell.span.start
    if error.position is not None and error.text == cell.text:
        position += error.position
    return TableError(
        f"cannot read {cell.text!r}: {error.reason}", text, position, row=row, column=column
    )


def _one_line(cell: str) -> str:
    # Tables write non-breaking spaces inside names ("Riverside\xa0Cty."); read them as spaces.
    return " ".join(cell.split())
