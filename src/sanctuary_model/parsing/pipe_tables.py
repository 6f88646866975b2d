"""Markdown pipe tables in plain text, read into the same ``Table`` an ``[lz_table]`` gives.

A block of lines whose second line is a delimiter row (``|---|---:|``) is a table: the first
line its header, the lines after the delimiter its rows, cells separated by ``|`` (``\\|`` is
a literal bar). :mod:`~sanctuary_model.parsing.block_tables` finds such blocks in an
article, with their titles, and reads their awards by the one table-to-awards path.

>>> text = "FY 2017 JAG\\n\\n| City | State | Amount |\\n|---|---|---:|\\n| Chicago | IL | $5 |"
>>> table, problems = read_pipe_table(text, Span(13, len(text)), title="FY 2017 JAG")
>>> [cell.text for cell in table.rows[0].cells]
['Chicago', 'IL', '$5']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import TableError
from ..model.documents import Problem, Table, TableCell, TableRow
from ..model.span import Span

__all__ = ["is_pipe_table", "read_pipe_table"]

_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?")


def is_pipe_table(block: str) -> bool:
    """Whether a block of text is a Markdown pipe table (a header, then a delimiter row).

    >>> is_pipe_table("| a | b |\\n|---|---|"), is_pipe_table("a | b\\nnot a delimiter")
    (True, False)
    """
    first_end = block.find("\n")
    if first_end < 0 or "|" not in block[:first_end]:
        return False
    second_end = block.find("\n", first_end + 1)
    second = block[first_end + 1 : None if second_end < 0 else second_end].strip()
    return _DELIMITER.fullmatch(second) is not None and "|" in second


def read_pipe_table(
    text: str, block: Span, *, title: str | None = None, strict: bool = True
) -> tuple[Table, tuple[Problem, ...]]:
    """The pipe table ``text[block]`` holds. A row with the wrong number of cells raises
    ``TableError`` naming its row and column, or with ``strict=False`` is left out and a
    ``Problem`` says why."""
    lines = list(block_lines(text, block))
    header = tuple(_cells(text, *lines[0]))
    rows: list[TableRow] = []
    problems: list[Problem] = []
    for index, (start, end) in enumerate(lines[2:]):
        cells = tuple(_cells(text, start, end))
        span = Span(start, end)
        if len(cells) != len(header):
            column = min(len(cells), len(header))
            many = "many" if len(cells) > len(header) else "few"
            reason = f"{len(cells)} cells, too {many} for the {len(header)}-column header"
            if strict:
                raise TableError(reason, text, start, row=index, column=column)
            where = f"row {index}, column {column}: "
            problems.append(Problem(where + reason, span, row=index, column=column))
            continue
        rows.append(TableRow(cells, span))
    table = Table(
        title=title,
        source=None,
        caption=None,
        header=header,
        rows=tuple(rows),
        footnotes=(),
        span=block,
    )
    return table, tuple(problems)


def block_lines(text: str, block: Span) -> Iterator[tuple[int, int]]:
    start = block.start
    while start <= block.end:
        newline = text.find("\n", start, block.end)
        end = block.end if newline < 0 else newline
        line = text[start:end]
        left = start + len(line) - len(line.lstrip())
        right = start + len(line.rstrip())
        if right > left:
            yield left, right
        start = end + 1


def _cells(text: str, start: int, end: int) -> Iterator[TableCell]:
    """The ``|``-separated cells of ``text[start:end]`` (outer bars optional), trimmed."""
    if text.startswith("|", start):
        start += 1
    if end > start and text[end - 1] == "|" and text[end - 2 : end] != "\\|":
        end -= 1
    position = start
    cell_start = start
    while position <= end:
        if position == end or (text[position] == "|" and text[position - 1] != "\\"):
            raw = text[cell_start:position]
            left = cell_start + len(raw) - len(raw.lstrip())
            right = cell_start + len(raw.rstrip())
            right = max(right, left)
            yield TableCell(text[left:right].replace("\\|", "|"), Span(left, right))
            cell_start = position + 1
        position += 1
