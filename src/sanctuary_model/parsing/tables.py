"""The ``[lz_table]`` reader: caption, ``|`` header, CSV rows, closing ``|`` and footnotes.

The body of an ``[lz_table]`` shortcode looks like::

    Jurisdictions put on notice for sanctuary policies    <- caption (optional)
    |Jurisdiction,FY 2016*                                <- header row
    Berkeley (Calf.),$37 509                              <- data rows, CSV
    |                                                     <- end of rows
    *Edward Byrne Memorial Justice Assistance Grant       <- footnotes

>>> text = ('[lz_table title="T"]Caption\\n|Name,FY 2016*\\nA,"$1,476,400"\\n|\\n'
...         '*Byrne JAG\\n[/lz_table]')
>>> table, problems = read_table(text, parse_shortcodes(text)[0])
>>> table.rows[0].cells[1].text, table.footnote_for(table.header[1]).text
('$1,476,400', 'Byrne JAG')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import TableError
from ..model.documents import Footnote, Problem, Shortcode, Table, TableCell, TableRow
from ..model.span import Span
from .shortcodes import parse_shortcodes

__all__ = ["parse_table", "read_table"]

_FOOTNOTE = re.compile(r"(?P<marker>\*+|[†‡§¶]+)[^\S\n]*(?P<text>.*)")
_DAGGERS = "†‡§¶"
# A quoted CSV field: "" is an escaped quote; the field runs to the first lone quote.
_QUOTED = re.compile(r'"(?P<body>(?:[^"]|"")*)"')


def parse_table(text: str) -> Table:
    """Read the first ``[lz_table]`` in ``text``, raising ``TableError`` on any bad row.

    >>> table = parse_table("[lz_table]|City,FY 2016\\nSeattle,$673 166\\n|\\n[/lz_table]")
    >>> [cell.text for cell in table.rows[0].cells]
    ['Seattle', '$673 166']
    """
    for code in parse_shortcodes(text):
        if code.name == "lz_table":
            table, _problems = read_table(text, code)
            return table
    raise TableError("no [lz_table] shortcode", text, None)


def read_table(
    text: str, code: Shortcode, *, strict: bool = True
) -> tuple[Table, tuple[Problem, ...]]:
    """The table an enclosing ``[lz_table]`` shortcode of ``text`` holds.

    A bad row (wrong width, broken quoting) raises ``TableError`` naming its row and column;
    with ``strict=False`` the row is left out and a ``Problem`` says why. A table without a
    readable ``|`` header row raises ``TableError`` either way.
    """
    if code.body_span is None:
        raise TableError(f"[{code.name}] has no closing tag", text, code.span.start)
    reader = _TableReader(text, code.body_span, strict)
    return reader.read(code), tuple(reader.problems)


class _TableReader:
    def __init__(self, text: str, body: Span, strict: bool) -> None:
        self.text = text
        self.body = body
        self.strict = strict
        self.problems: list[Problem] = []

    def read(self, code: Shortcode) -> Table:
        lines = list(_lines(self.text, self.body))
        header_at = next(
            (
                i
                for i, (start, end) in enumerate(lines)
                if self._stripped(start, end).startswith("|")
            ),
            None,
        )
        if header_at is None:
            raise TableError("no '|' header row", self.text, self.body.start)
        caption = self._caption(lines[header_at][0])
        start, end = lines[header_at]
        bar = self.text.index("|", start, end)
        header = tuple(_with_marker(cell) for cell in self._cells(bar + 1, end, None))
        rows: list[TableRow] = []
        footnotes: list[Footnote] = []
        in_rows = True
        data_lines = 0
        for start, end in lines[header_at + 1 :]:
            line = self._stripped(start, end)
            if not line:
                continue
            if in_rows and line == "|":
                in_rows = False
                continue
            footnote = _FOOTNOTE.fullmatch(line)
            if footnote is not None:
                in_rows = False
                footnotes.append(self._footnote(start, end, footnote))
                continue
            if not in_rows:
                self._fail("a line after the table's rows is not a footnote", start, None, None)
                continue
            row = self._row(start, end, data_lines, len(header))
            data_lines += 1
            if row is not None:
                rows.append(row)
        return Table(
            title=code.get("title"),
            source=code.get("source"),
            caption=caption,
            header=header,
            rows=tuple(rows),
            footnotes=tuple(footnotes),
            span=code.span,
        )

    def _stripped(self, start: int, end: int) -> str:
        return self.text[start:end].strip()

    def _caption(self, header_start: int) -> str | None:
        caption = " ".join(self.text[self.body.start : header_start].split())
        return caption or None

    def _footnote(self, start: int, end: int, match: re.Match[str]) -> Footnote:
        left = start + _leading_space(self.text[start:end])
        note = match["text"].rstrip()
        return Footnote(match["marker"], note, Span(left, left + match.start("text") + len(note)))

    def _row(self, start: int, end: int, index: int, width: int) -> TableRow | None:
        line = self.text[start:end]
        first = start + _leading_space(line)
        last = start + len(line.rstrip())
        if self.text[first] == "|":  # a row written like the header
            first += 1
        span = Span(first, last)
        try:
            cells = tuple(self._cells(first, last, index))
        except TableError as error:
            self._fail(error.reason, error.position, index, error.column, span)
            return None
        if len(cells) != width:
            column = min(len(cells), width)
            where = cells[column].span.start if column < len(cells) else last
            many = "many" if len(cells) > width else "few"
            reason = f"{len(cells)} cells, too {many} for the {width}-column header"
            self._fail(reason, where, index, column, span)
            return None
        return TableRow(cells, span)

    def _cells(self, start: int, end: int, row: int | None) -> Iterator[TableCell]:
        return csv_cells(self.text, start, end, row)

    def _fail(
        self,
        reason: str,
        position: int | None,
        row: int | None,
        column: int | None,
        span: Span | None = None,
    ) -> None:
        error = TableError(reason, self.text, position, row=row, column=column)
        if self.strict:
            raise error
        self.problems.append(Problem(_where(row, column) + reason, span, row=row, column=column))


def csv_cells(text: str, start: int, end: int, row: int | None) -> Iterator[TableCell]:
    """The comma-separated cells of ``text[start:end]`` (CSV quoting allowed), trimmed;
    ``TableError`` (naming ``row`` and the column) for broken quoting."""
    position = start
    column = 0
    while True:
        while position < end and text[position].isspace():
            position += 1
        if position < end and text[position] == '"':
            quoted = _QUOTED.match(text, position, end)
            if quoted is None:
                raise TableError(
                    "a quoted cell has no closing quote", text, position, row=row, column=column
                )
            body = quoted["body"]
            yield TableCell(body.replace('""', '"'), Span(*quoted.span("body")), quoted=True)
            position = quoted.end()
            while position < end and text[position] != ",":
                if not text[position].isspace():
                    raise TableError(
                        "text after a quoted cell's closing quote",
                        text,
                        position,
                        row=row,
                        column=column,
                    )
                position += 1
        else:
            comma = text.find(",", position, end)
            stop = end if comma < 0 else comma
            value = text[position:stop].rstrip()
            yield TableCell(value, Span(position, position + len(value)))
            position = stop
        if position >= end:
            return
        position += 1  # the comma
        column += 1


def _where(row: int | None, column: int | None) -> str:
    if row is None:
        return "" if column is None else f"column {column}: "
    return f"row {row}: " if column is None else f"row {row}, column {column}: "


def _leading_space(line: str) -> int:
    return len(line) - len(line.lstrip())


def _lines(text: str, within: Span) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` inside ``within``, newlines excluded."""
    start = within.start
    while start <= within.end:
        newline = text.find("\n", start, within.end)
        end = within.end if newline < 0 else newline
        yield start, end
        start = end + 1


def _with_marker(cell: TableCell) -> TableCell:
    core = cell.text.rstrip("*")
    if core == cell.text:
        core = cell.text.rstrip(_DAGGERS)
    if core == cell.text or not core.strip():
        return cell
    return TableCell(cell.text, cell.span, footnote=cell.text[len(core) :], quoted=cell.quoted)
