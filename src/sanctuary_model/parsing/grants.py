"""Grant programs named in text, and the awards a grant table lists.

>>> find_program("*Edward Byrne Memorial Justice Assistance Grant") is BYRNE_JAG
True
"""

from __future__ import annotations

import functools
import re

from ..errors import ParseError, TableError
from ..model.documents import Problem, Table, TableCell
from ..model.grants import BYRNE_JAG, COPS, SCAAP, FiscalYear, GrantAward, GrantProgram
from ..model.jurisdictions import Jurisdiction
from ..model.span import Span
from .dates import parse_fiscal_year
from .jurisdictions import parse_jurisdiction
from .money import parse_amount

__all__ = ["awards_from_table", "find_program", "find_programs", "names_program", "parse_program"]

# Each program with the ways text names it: names in any case and spacing, acronyms only
# in capitals (so "cops" in prose is not the COPS program), all as whole words. Only whether
# a text names a program is asked, so each pattern starts with a plain character class (the
# first letters of its names, ``ſ`` being an ``s`` to ``re.IGNORECASE``): ``re`` then skips
# to those characters instead of trying every position, about 10x faster on an article. The
# word boundary before a name is the look-behind past its first letter.
_NAMES: tuple[tuple[GrantProgram, re.Pattern[str]], ...] = (
    (
        BYRNE_JAG,  # Byrne, Edward Byrne Memorial JAG, Justice Assistance Grant(s), 16.738
        re.compile(
            r"[BbJj1](?<!\w.)(?:(?<=[Bb])(?i:yrne)\b"
            r"|(?<=[Jj])(?i:ustice\s+Assistance\s+Grants?)\b|(?<=J)AG\b|(?<=1)6\.738\b)"
        ),
    ),
    (
        COPS,  # Community Oriented Policing, COPS, 16.710
        re.compile(
            r"[Cc1](?<!\w.)(?:(?<=[Cc])(?i:ommunity\s+Oriented\s+Policing)\b"
            r"|(?<=C)OPS\b|(?<=1)6\.710\b)"
        ),
    ),
    (
        SCAAP,  # State Criminal Alien Assistance, SCAAP, 16.606
        re.compile(
            r"[Ssſ1](?<!\w.)(?:(?<=[Ssſ])(?i:tate\s+Criminal\s+Alien\s+Assistance)\b"
            r"|(?<=S)CAAP\b|(?<=1)6\.606\b)"
        ),
    ),
)


def find_programs(text: str) -> tuple[GrantProgram, ...]:
    """Every grant program ``text`` names, in the library's order (Byrne JAG, COPS, SCAAP).

    >>> [p.short_name for p in find_programs("JAG and COPS grants, but not the cops")]
    ['Byrne JAG', 'COPS']
    """
    return tuple(program for program, pattern in _NAMES if pattern.search(text))


def names_program(text: str, program: GrantProgram) -> bool:
    """Whether ``text`` names ``program`` (one of the programs the library knows).

    >>> names_program("a Justice Assistance Grant", BYRNE_JAG)
    True
    """
    return any(pattern.search(text) for known, pattern in _NAMES if known == program)


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

    The column headed ``Jurisdiction`` (``City``, ``Recipient``…), else the first, names the
    jurisdiction, and a column headed ``State`` its state in any written form (``Ill.``,
    ``IL``, ``Illinois``). A column whose header is a fiscal year (``FY 2016*``) holds
    amounts of the program its footnote (or header, title or caption) names; failing that,
    a single ``Amount`` column holds them when the title or caption names one fiscal year
    (``FY 2017 Byrne JAG awards``). A table without such a column lists no awards. A cell
    that cannot be read raises ``TableError`` naming its row and column, or with
    ``strict=False`` skips the row and records a ``Problem``.
    """
    columns: list[tuple[int, FiscalYear, GrantProgram]] = []
    problems: list[Problem] = []
    places = _place_columns(table)
    for index, fiscal_year, cell in _amount_columns(table, places):
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
            awards.extend(_row_awards(text, row_index, row.cells, row.span, columns, places))
        except TableError as error:
            if strict:
                raise
            message = f"row {error.row}, column {error.column}: {error.reason}; row skipped"
            problems.append(Problem(message, row.span, row=error.row, column=error.column))
    return tuple(awards), tuple(problems)


# Header words of the column naming the government, and of an amount column whose fiscal
# year the table's title or caption gives ("FY 2017 grant funding": Amount).
_PLACE_HEADER = re.compile(
    r"\s*(?:jurisdictions?|recipients?|grantees?|places?|cit(?:y|ies)|count(?:y|ies)"
    r"|localit(?:y|ies)|governments?|names?)\s*",
    re.IGNORECASE,
)
_STATE_HEADER = re.compile(r"\s*states?\s*", re.IGNORECASE)
_AMOUNT_HEADER = re.compile(
    r"\s*(?:(?:grant|award(?:ed)?|total)\s+)?(?:amounts?|awards?|grants?|funding|allocations?"
    r"|totals?|\$|dollars|funds)(?:\s*\(\$\))?\s*",
    re.IGNORECASE,
)
_FISCAL_YEAR_IN_TEXT = re.compile(
    r"\b(?:FY|fiscal\s{1,5}year)[\s\-]{0,3}['’]?(?:[0-9]{4}|[0-9]{2})\b", re.IGNORECASE
)


class _Places:
    """Which columns name the place: the government's name, and a separate state if any."""

    def __init__(self, name: int, state: int | None) -> None:
        self.name = name
        self.state = state


def _place_columns(table: Table) -> _Places:
    labels = [cell.label for cell in table.header]
    name = next((i for i, label in enumerate(labels) if _PLACE_HEADER.fullmatch(label)), 0)
    state = next(
        (i for i, label in enumerate(labels) if i != name and _STATE_HEADER.fullmatch(label)),
        None,
    )
    return _Places(name, state)


def _amount_columns(table: Table, places: _Places) -> list[tuple[int, FiscalYear, TableCell]]:
    """Columns of amounts: headed by a fiscal year (``FY 2016*``), or else a single amount
    column (``Amount``) when the title or caption names exactly one fiscal year."""
    found: list[tuple[int, FiscalYear, TableCell]] = []
    skipped = {places.name, places.state}
    for index, cell in enumerate(table.header):
        if index in skipped:
            continue
        try:
            found.append((index, parse_fiscal_year(cell.label), cell))
        except ParseError:
            continue
    if found:
        return found
    amounts = [
        (index, cell)
        for index, cell in enumerate(table.header)
        if index not in skipped and _AMOUNT_HEADER.fullmatch(cell.label)
    ]
    years = {
        parse_fiscal_year(match.group()).year
        for place in (table.title, table.caption)
        if place is not None
        for match in _FISCAL_YEAR_IN_TEXT.finditer(place)
    }
    if len(amounts) != 1 or len(years) != 1:
        return []
    index, cell = amounts[0]
    return [(index, FiscalYear(years.pop()), cell)]


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
    places: _Places,
) -> list[GrantAward]:
    name = cells[places.name]
    written = _one_line(name.text)
    state = "" if places.state is None else _one_line(cells[places.state].text)
    if state and not written.endswith(")"):  # a state the name already gives stays the name's
        written = f"{written} ({state})"
    try:
        jurisdiction = _listed(written)
    except ParseError as error:
        raise _cell_error(text, name, row_index, places.name, error) from error
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


@functools.lru_cache(maxsize=4096)
def _listed(written: str) -> Jurisdiction:
    """A name cell, read once per distinct name: a corpus's tables list the same governments
    again and again. (A name that fails is read again each time; errors are not kept.)"""
    return parse_jurisdiction(written)
