"""Tables written as blocks of plain text, Markdown pipe tables and CSV blocks: the blocks
that are tables are taken out of the running text and read, with their awards, by the one
table-to-awards path.

A single short line just before a table (``FY 2017 Byrne JAG awards``, with or without
``#`` marks) is its title, so the fiscal year and program can be read from it.
"""

from __future__ import annotations

from ..model.documents import Paragraph, Problem, Table
from ..model.grants import GrantAward
from .csv_tables import read_csv_table
from .grants import awards_from_table
from .pipe_tables import is_pipe_table, read_pipe_table

__all__ = ["block_tables"]

_TITLE_MAX = 120


def block_tables(
    text: str, paragraphs: list[Paragraph], *, strict: bool = True
) -> tuple[list[Paragraph], list[Table], list[GrantAward], list[Problem]]:
    """Split an article's paragraphs into running text and tables (with their awards).

    >>> from sanctuary_model.model.span import Span
    >>> text = "Byrne JAG\\n\\nCity,State,FY 2016\\nSeattle,WA,$5\\nAlbany,NY,$7"
    >>> title, table = Paragraph(text[:9], Span(0, 9)), Paragraph(text[11:], Span(11, len(text)))
    >>> kept, tables, awards, problems = block_tables(text, [title, table])
    >>> [p.text for p in kept], [(a.jurisdiction.key, str(a.amount.value)) for a in awards]
    (['Byrne JAG'], [('wa/seattle', '5'), ('ny/albany', '7')])
    """
    kept: list[Paragraph] = []
    tables: list[Table] = []
    awards: list[GrantAward] = []
    problems: list[Problem] = []
    for paragraph in paragraphs:
        title = _title(kept[-1].text) if kept else None
        table_problems: tuple[Problem, ...] = ()
        table: Table | None
        if is_pipe_table(paragraph.text):
            table, table_problems = read_pipe_table(
                text, paragraph.span, title=title, strict=strict
            )
        else:
            table = read_csv_table(text, paragraph.span, title=title)
        if table is None:
            kept.append(paragraph)
            continue
        found, award_problems = awards_from_table(text, table, strict=strict)
        tables.append(table)
        awards.extend(found)
        problems.extend(table_problems)
        problems.extend(award_problems)
    return kept, tables, awards, problems


def _title(previous: str) -> str | None:
    line = previous.strip()
    if "\n" in line or len(line) > _TITLE_MAX:
        return None
    return line.lstrip("#").strip() or None
