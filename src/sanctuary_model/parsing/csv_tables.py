"""CSV tables in plain text, read into the same ``Table`` an ``[lz_table]`` gives.

A block of comma-separated lines is a table only when nothing else it could be fits: at
least a header and two rows, every line the same number of cells (two or more; CSV quoting
allowed, so ``"$1,476,400"`` is one cell), no line longer than a table row, a header of
names (none empty, none an amount), and a column of amounts in every row. A paragraph of
prose has commas too, but not that shape, so no sentence becomes an award. Cells are read
as in an ``[lz_table]`` body; awards come from
:func:`~sanctuary_model.parsing.grants.awards_from_table`, the one table-to-awards path.

>>> text = "City,State,FY 2017\\nChicago,IL,\\"$2,300,000\\"\\nAlbany,NY,$120 500"
>>> is_csv_table(text, Span(0, len(text)))
True
>>> table = read_csv_table(text, Span(0, len(text)))
>>> [cell.text for cell in table.rows[0].cells] if table else None
['Chicago', 'IL', '$2,300,000']
"""

from __future__ import annotations

from ..errors import SanctuaryModelError
from ..model.documents import Table, TableCell, TableRow
from ..model.span import Span
from .money import parse_amount
from .pipe_tables import block_lines
from .tables import csv_cells

__all__ = ["is_csv_table", "read_csv_table"]

_MIN_ROWS = 2
_MAX_LINE = 300  # characters: a table row, not a paragraph of prose
_MAX_LINES = 5_000


def is_csv_table(text: str, block: Span) -> bool:
    """Whether ``text[block]`` is a CSV table (see the module's rules).

    >>> prose = "Chicago, Seattle and Albany, the letters said, had until Friday."
    >>> is_csv_table(prose, Span(0, len(prose)))
    False
    """
    return read_csv_table(text, block) is not None


def read_csv_table(text: str, block: Span, *, title: str | None = None) -> Table | None:
    """The table ``text[block]`` holds, or ``None`` when it is no CSV table. Lines are read
    one at a time, and the answer is given at the first line that rules a table out."""
    if text.count("\n", block.start, block.end) < _MIN_ROWS:
        return None  # fewer than three lines: most paragraphs end here
    lines = block_lines(text, block)
    header = _cells(text, next(lines, None), 0)
    if header is None or len(header) < 2:
        return None
    if any(not cell.text or _is_amount(cell.text) for cell in header):
        return None
    amounts = [True] * len(header)  # the columns holding an amount in every row so far
    rows: list[TableRow] = []
    for index, line in enumerate(lines, 1):
        cells = _cells(text, line, index)
        if cells is None or len(cells) != len(header) or index > _MAX_LINES:
            return None
        amounts = [
            so_far and _is_amount(cell.text) for so_far, cell in zip(amounts, cells, strict=True)
        ]
        if not any(amounts):
            return None
        rows.append(TableRow(cells, Span(*line)))
    if len(rows) < _MIN_ROWS:
        return None
    return Table(
        title=title,
        source=None,
        caption=None,
        header=header,
        rows=tuple(rows),
        footnotes=(),
        span=block,
    )


def _cells(text: str, line: tuple[int, int] | None, index: int) -> tuple[TableCell, ...] | None:
    """The cells of one line, or ``None`` when it is no table row (absent, too long, or
    with broken quoting)."""
    if line is None or line[1] - line[0] > _MAX_LINE:
        return None
    try:
        return tuple(csv_cells(text, line[0], line[1], index))
    except SanctuaryModelError:
        return None


def _is_amount(cell: str) -> bool:
    if not any(char.isdigit() for char in cell):
        return False
    try:
        parse_amount(cell)
    except SanctuaryModelError:
        return False
    return True
