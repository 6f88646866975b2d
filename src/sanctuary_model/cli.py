"""The ``sanctuary-model`` command line: a thin shell over the public functions.

Exit codes: 0 success, 1 input that cannot be read or parsed (the message on stderr says
which input, where and why), 2 usage errors. See ``docs/cli.md``.

>>> main(["--version"])
sanctuary-model ...
0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import pathlib
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from decimal import Decimal
from typing import TextIO

from . import __version__
from .aggregation import total, total_by_state
from .annotate import annotate
from .corpus import (
    MAX_SOURCE_BYTES,
    ParseFailure,
    decode_document,
    parse_corpus,
    parse_failure,
    printable,
    read_document,
    read_failure,
    read_limited_bytes,
)
from .datasets import SEED_PUBLISHED, seed_text
from .errors import SanctuaryModelError
from .frames import TABLES, TableName, write_csv, write_parquet
from .frames import rows as frame_rows
from .model.dates import DateMention
from .model.documents import Article
from .model.grants import GrantAward
from .model.money import Amount
from .parsing.articles import parse_article
from .parsing.html import parse_html
from .parsing.money import find_amounts, parse_amount
from .schema import json_schema
from .serialization import _escape_surrogates, json_chunks, to_json, unstructure

__all__ = ["SEED_PUBLISHED", "main"]

PROG = "sanctuary-model"

SEED_NAME = "<bundled seed>"
STDIN_NAME = "<stdin>"

# A progress bar is noise for a handful of files.
_PROGRESS_MIN_FILES = 4
# Longer jurisdiction names are clipped in the summary table (``parse`` has them whole).
_NAME_WIDTH = 40
# More worker processes than this is a mistake, not a plan (the run uses at most one per CPU).
MAX_JOBS = 1024


class _InputError(Exception):
    """An input that cannot be read or parsed; the message is ready for stderr."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["summary"]
    parser = _build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # argparse exits for --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else 2
    command: Callable[[argparse.Namespace], int] = args.run
    if sys.stdout is None:  # started with standard output closed (``>&-``)
        _error("cannot write the output: standard output is closed")
        return 1
    try:
        code = command(args)
        sys.stdout.flush()
    except _InputError as error:
        _error(str(error))
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        _discard_stdout()
        return 1
    except OSError as error:  # a full disk (``> /dev/full``), a closed descriptor
        _discard_stdout()
        _error(f"cannot write the output: {error.strerror or error}")
        return 1
    return code


def _error(message: str) -> None:
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"{PROG}: error: {message}", file=sys.stderr)


def _discard_stdout() -> None:
    # What is still buffered would fail again when Python flushes it at exit.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Read news articles on the DOJ's sanctuary-jurisdiction grant notices into exact "
            "data. With no command, summarises the bundled seed article."
        ),
        epilog="Exit codes: 0 success, 1 unreadable or unparsable input, 2 usage error.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    summary = commands.add_parser(
        "summary",
        help="awards, totals by state, grand total and the DOJ notice, as a table",
        description=(
            "Print the grant awards (rounded amounts with their bounds), totals by state, the "
            "grand total with bounds and the DOJ notice's dates and discrepancies. Without "
            f"FILE, reads the bundled seed article, published {SEED_PUBLISHED} unless "
            "--published says otherwise."
        ),
    )
    summary.add_argument(
        "file", nargs="?", metavar="FILE", help="article text file, or - for stdin"
    )
    _add_published(summary)
    summary.set_defaults(run=_run_summary)

    parse = commands.add_parser(
        "parse",
        help="the whole article as JSON",
        description=(
            "Print each article as the JSON the library's converter writes "
            "(sanctuary_model.from_json(text, Article) reads it back). One input gives one "
            "indented JSON document; several give JSON Lines, one article a line. Without "
            "FILE, reads the bundled seed."
        ),
    )
    parse.add_argument(
        "files", nargs="*", metavar="FILE", help="article text files, or - for stdin"
    )
    _add_published(parse)
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "parquet"),
        help="json: one document (an array for several inputs); jsonl: one article a line "
        "(default: json for one input, jsonl for several); csv, parquet: one row per record "
        "of --table (parquet needs pyarrow: pip install 'sanctuary-model[frames]')",
    )
    parse.add_argument(
        "--table",
        choices=TABLES,
        help="the records to write as rows with --format csv or parquet (default awards; "
        "--table alone means csv)",
    )
    parse.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the csv or parquet table to OUT (csv defaults to standard output; parquet "
        "needs OUT)",
    )
    parse.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse FILEs in N worker processes (1 to 1024; no more are started than there "
        "are FILEs or CPUs); output keeps the input order (default 1)",
    )
    parse.set_defaults(run=_run_parse)

    amount = commands.add_parser(
        "amount",
        help="parse amounts of money, as JSON Lines",
        description=(
            'Print one JSON object a line, {"text": TEXT, "amount": {...}}, for each TEXT '
            "read as an amount of money; a rounded figure carries its bounds."
        ),
        epilog="A TEXT starting with '-' would be read as an option: put -- before the texts, "
        "as in: sanctuary-model amount -- -$5",
    )
    amount.add_argument("texts", nargs="+", metavar="TEXT", help='an amount, e.g. "$1.9M"')
    amount.set_defaults(run=_run_amount)

    annotate_ = commands.add_parser(
        "annotate",
        help="an HTML page highlighting what was read",
        description=(
            "Write a self-contained HTML page (no script, no network) of the article with every "
            "quote, amount, jurisdiction mention, date and award highlighted at its span (hover "
            "for the speaker, bounds, state and FIPS, resolved date) and a side panel of the DOJ "
            "notice's discrepancies. Without FILE, reads the bundled seed."
        ),
    )
    annotate_.add_argument(
        "file", nargs="?", metavar="FILE", help="article text or web page, or - for stdin"
    )
    annotate_.add_argument("-o", "--output", required=True, metavar="PAGE", help="the HTML file")
    _add_published(annotate_)
    annotate_.set_defaults(run=_run_annotate)

    schema = commands.add_parser(
        "schema",
        help="JSON Schema of the article JSON",
        description="Print the JSON Schema (draft 2020-12) of what `parse` writes.",
    )
    schema.set_defaults(run=_run_schema)
    return parser


def _add_published(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) that relative dates like 'Wednesday' resolve "
        f"against (the bundled seed defaults to {SEED_PUBLISHED})",
    )


def _jobs(text: str) -> int:
    digits = text.strip().lstrip("+")
    if digits.isascii() and digits.isdigit() and len(digits.lstrip("0")) > len(str(MAX_JOBS)):
        number = MAX_JOBS + 1  # too long for int() to be worth calling
    else:
        try:
            number = int(text)
        except ValueError:
            number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    if number > MAX_JOBS:
        raise argparse.ArgumentTypeError(
            f"at most {MAX_JOBS} worker processes, not {_clipped(text)}"
        )
    return number


def _clipped(text: str) -> str:
    return text if len(text) <= 30 else f"{text[:30]}… ({len(text)} characters)"


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


# --- commands -------------------------------------------------------------------------------


def _run_summary(args: argparse.Namespace) -> int:
    name, article = _load(args.file, args.published)
    sys.stdout.write(_render_summary(article, _describe_source(name, article, args)))
    return 0


def _run_parse(args: argparse.Namespace) -> int:
    if args.format in ("csv", "parquet") or args.table is not None:
        return _run_parse_table(args)
    if args.output is not None:
        return _usage("-o/--output is for --format csv or parquet (json goes to standard output)")
    sources: list[str | None] = list(args.files) or [None]
    layout = args.format or ("json" if len(sources) == 1 else "jsonl")
    progress = _Progress(len(sources), sys.stderr)
    written = 0
    failed = False
    with contextlib.closing(_outcomes(sources, args)) as outcomes:
        for done, (source, outcome) in enumerate(zip(sources, outcomes, strict=True)):
            progress.show(done, printable(source or SEED_NAME))
            if isinstance(outcome, str):
                progress.clear()
                print(f"{PROG}: error: {outcome}", file=sys.stderr)
                failed = True
            elif layout == "jsonl":
                sys.stdout.write(to_json(outcome) + "\n")
            elif len(sources) == 1:
                _write_json(outcome, sys.stdout)
                sys.stdout.write("\n")
            else:
                # An array written an element at a time: memory stays that of one article.
                sys.stdout.write(",\n" if written else "[\n")
                _write_json(outcome, _Indented(sys.stdout))
            written += 1
    progress.clear()
    if layout == "json" and len(sources) > 1:
        if written:
            sys.stdout.write("\n]\n")
        elif not failed:
            sys.stdout.write("[]\n")
    return 1 if failed else 0


def _usage(message: str) -> int:
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(f"{PROG} parse: error: {message}", file=sys.stderr)
    return 2


def _run_parse_table(args: argparse.Namespace) -> int:
    """``parse --table T --format csv|parquet``: one row per record, every article's rows."""
    layout = args.format or "csv"
    table: TableName = args.table or "awards"
    if layout not in ("csv", "parquet"):
        return _usage(f"--table needs --format csv or parquet, not {layout}")
    if layout == "parquet":
        if args.output is None:
            return _usage("--format parquet needs -o OUT (Parquet is not text)")
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            return _usage("--format parquet needs pyarrow: pip install 'sanctuary-model[frames]'")
    sources: list[str | None] = list(args.files) or [None]
    try:
        if layout == "parquet":
            found: list[dict[str, object]] = []
            failed = _table_rows(sources, args, table, found.extend)
            write_parquet(found, table, args.output)
        elif args.output is None:
            failed = _csv_rows(sources, args, table, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as stream:
                failed = _csv_rows(sources, args, table, stream)
    except OSError as error:
        if args.output is None:
            raise  # standard output: main() reports it
        raise _InputError(
            f"cannot write {printable(args.output)}: {error.strerror or error}"
        ) from None
    return 1 if failed else 0


def _csv_rows(
    sources: list[str | None], args: argparse.Namespace, table: TableName, stream: TextIO
) -> bool:
    """Write the header, then each article's rows as it is parsed; whether any input failed."""
    write_csv([], table, stream)
    return _table_rows(
        sources, args, table, lambda found: write_csv(found, table, stream, header=False)
    )


def _table_rows(
    sources: list[str | None],
    args: argparse.Namespace,
    table: TableName,
    emit: Callable[[list[dict[str, object]]], None],
) -> bool:
    """Hand each article's rows to ``emit``, in input order; whether any input failed."""
    failed = False
    with contextlib.closing(_outcomes(sources, args)) as outcomes:
        for index, (source, outcome) in enumerate(zip(sources, outcomes, strict=True)):
            if isinstance(outcome, str):
                _error(outcome)
                failed = True
                continue
            name = SEED_NAME if source is None else STDIN_NAME if source == "-" else source
            found = frame_rows(outcome, table, sources=[name])
            for row in found:
                row["article"] = index
            emit(found)
    return failed


def _write_json(article: Article, stream: TextIO | _Indented) -> None:
    """``to_json(article, indent=2)`` written to ``stream`` piece by piece."""
    for chunk in json_chunks(article, indent=2):
        stream.write(chunk)


class _Indented:
    """Writes to ``stream`` with every line indented two more spaces (an array's element)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stream.write("  ")

    def write(self, text: str) -> None:
        self.stream.write(text.replace("\n", "\n  "))


def _outcomes(
    sources: list[str | None], args: argparse.Namespace
) -> Generator[Article | str, None, None]:
    """Each source's article, or the message saying why it failed, in input order."""
    parallel = args.jobs > 1 and len(sources) > 1 and all(s not in (None, "-") for s in sources)
    if parallel:
        paths = [pathlib.Path(source) for source in sources if source is not None]
        with contextlib.closing(
            parse_corpus(paths, published=args.published, jobs=args.jobs)
        ) as results:
            for result in results:
                yield str(result) if isinstance(result, ParseFailure) else result
        return
    for source in sources:
        try:
            yield _load(source, args.published)[1]
        except _InputError as error:
            yield str(error)


def _run_amount(args: argparse.Namespace) -> int:
    failed = False
    for index, text in enumerate(args.texts, start=1):
        try:
            amount: Amount = parse_amount(text)
        except SanctuaryModelError as error:
            _error(f"TEXT {index}: {printable(str(error))}")
            failed = True
            continue
        record = {"text": text, "amount": unstructure(amount)}
        sys.stdout.write(_escape_surrogates(json.dumps(record, ensure_ascii=False)) + "\n")
    return 1 if failed else 0


def _run_annotate(args: argparse.Namespace) -> int:
    name, article = _load(args.file, args.published)
    page = annotate(article, title=article.headline or printable(name))
    try:
        with open(args.output, "w", encoding="utf-8") as stream:
            stream.write(page)
    except OSError as error:
        raise _InputError(
            f"cannot write {printable(args.output)}: {error.strerror or error}"
        ) from None
    return 0


def _run_schema(_args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(json_schema(Article), indent=2, ensure_ascii=False) + "\n")
    return 0


# --- reading inputs -------------------------------------------------------------------------


def _load(source: str | None, published: dt.date | None) -> tuple[str, Article]:
    """Read and parse one input: ``None`` is the bundled seed, ``-`` standard input."""
    html = False
    if source is None:
        name, text = SEED_NAME, seed_text()
        published = SEED_PUBLISHED if published is None else published
    else:
        name, text, html = _read(source)
    try:
        article: Article = (
            parse_html(text, published=published)
            if html
            else parse_article(text, published=published)
        )
    except SanctuaryModelError as error:
        raise _InputError(str(parse_failure(name, text, error))) from error
    return name, article


def _read(source: str) -> tuple[str, str, bool]:
    """A source's name, text, and whether it is a web page (by extension or content)."""
    name = STDIN_NAME if source == "-" else source
    try:
        if source == "-":
            text, html = decode_document(read_limited_bytes(sys.stdin.buffer, MAX_SOURCE_BYTES))
        else:
            text, html = read_document(source)
    except (OSError, UnicodeDecodeError) as error:
        raise _InputError(str(read_failure(name, error))) from None
    return name, text, html


def _describe_source(name: str, article: Article, args: argparse.Namespace) -> str:
    name = printable(name)
    if article.published is None:
        return f"{name} (no publication date: relative dates stay unresolved)"
    assumed = name == SEED_NAME and args.published is None
    note = ", assumed: the text carries no date" if assumed else ""
    return f"{name} (published {article.published}{note})"


# --- the summary ----------------------------------------------------------------------------


def _render_summary(article: Article, source: str) -> str:
    """The ``summary`` text for ``article``; ``source`` heads it."""
    lines = [source, ""]
    lines += _awards_table(article)
    lines += ["", *_state_table(article), ""]
    grand = total(article.awards)
    lines.append(f"Grand total: {_money(grand.value, grand.currency)}{_within(grand)}")
    lines += _notice_lines(article)
    return "\n".join(lines) + "\n"


def _awards_table(article: Article) -> list[str]:
    if not article.awards:
        return ["No grant awards found."]
    rows = [
        [
            _clip(award.jurisdiction.name),
            award.jurisdiction.kind.value,
            award.jurisdiction.state.code,
            str(award.fiscal_year.year),
            _money(award.amount.value, award.amount.currency),
            _bounds(award.amount, _as_written(article, award)),
        ]
        for award in article.awards
    ]
    header = ["Jurisdiction", "Kind", "State", "FY", "Amount", ""]
    title = f"Grant awards ({len(rows)})"
    return [title, *_table(header, rows, right={4})]


def _state_table(article: Article) -> list[str]:
    by_state = total_by_state(article.awards)
    counts = Counter(award.jurisdiction.state for award in article.awards)
    ordered = sorted(by_state.items(), key=lambda item: (-item[1].value, item[0].code))
    rows = [
        [
            state.code,
            state.name,
            str(counts[state]),
            _money(amount.value, amount.currency),
            _bounds(amount, None),
        ]
        for state, amount in ordered
    ]
    header = ["State", "", "Awards", "Amount", ""]
    return ["Totals by state", *_table(header, rows, right={2, 3})]


def _notice_lines(article: Article) -> list[str]:
    lines: list[str] = []
    for notice in article.notices:
        listed = notice.listed_recipient_count
        stated = notice.stated_recipient_count
        recipients = f"{listed} listed" + ("" if stated is None else f", {stated} stated")
        lines += [
            "",
            f"Notice from {notice.issuer}",
            f"  issued:             {_date(notice.issued)}",
            f"  response deadline:  {_date(notice.response_deadline)}",
            f"  recipients:         {recipients}",
        ]
        found = notice.discrepancies()
        lines += [f"  discrepancy:        {item}" for item in found] or [
            "  discrepancies:      none"
        ]
    return lines or ["", "No DOJ notice found."]


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> Iterator[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        yield "  " + "  ".join(cells).rstrip()


def _clip(name: str) -> str:
    return name if len(name) <= _NAME_WIDTH else name[: _NAME_WIDTH - 1] + "…"


def _money(value: Decimal, currency: str) -> str:
    """``$1,900,000`` for whole units however the Decimal is written, else ``$37,509.50``."""
    prefix = "$" if currency == "USD" else f"{currency} "
    if value == value.to_integral_value():
        return f"{prefix}{value.to_integral_value():,f}"
    places = max(2, -int(value.normalize().as_tuple().exponent))
    return f"{prefix}{value:,.{places}f}"


def _bounds(amount: Amount, written: str | None) -> str:
    """``$1.9M  ±$50,000: $1,850,000–$1,950,000`` for a rounded amount, else ``written``."""
    if amount.is_exact:
        return ""
    below, above = amount.value - amount.low, amount.high - amount.value
    spread = f"±{_money(below, amount.currency)}: " if below == above else ""
    low, high = _money(amount.low, amount.currency), _money(amount.high, amount.currency)
    shown = f"{written}  " if written else ""
    return f"{shown}{spread}{low}–{high}"


def _within(amount: Amount) -> str:
    if amount.is_exact:
        return " (exact)"
    low, high = _money(amount.low, amount.currency), _money(amount.high, amount.currency)
    return f" within [{low}, {high}]"


def _as_written(article: Article, award: GrantAward) -> str | None:
    """The award's figure as the text writes it (``$1.9M``), found inside its span."""
    if award.span is None:
        return None
    try:
        for mention in find_amounts(award.span.slice(article.text)):
            if mention.amount == award.amount:
                return mention.raw
    except SanctuaryModelError:
        return None
    return None


def _date(mention: DateMention | None) -> str:
    if mention is None:
        return "not stated"
    if mention.date is None:
        return f'"{mention.text}" (unresolved)'
    precision = mention.precision.value
    detail = "" if precision == "day" else f" ({precision})"
    return f'"{mention.text}" → {mention.date.isoformat()}{detail}'


# --- progress -------------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on ``stream``, drawn only when it is a terminal."""

    WIDTH = 30

    def __init__(self, count: int, stream: TextIO) -> None:
        self.count = count
        self.stream = stream
        self.enabled = count >= _PROGRESS_MIN_FILES and _isatty(stream)
        self.drawn = 0

    def show(self, done: int, label: str) -> None:
        if not self.enabled:
            return
        filled = self.WIDTH * done // self.count
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"[{bar}] {done}/{self.count} {label[-40:]}"
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(line)

    def clear(self) -> None:
        if self.enabled and self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
