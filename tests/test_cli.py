"""The ``sanctuary-model`` command line, in process (``main``) and once as a subprocess.

Most tests run the commands on a hand-built article (the parsers are replaced by fakes),
so they pin the CLI's own behaviour; the ``test_seed_*`` tests run the real parsers on the
bundled seed end to end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from unittest import mock

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    SECTION_1373,
    Amount,
    AmountParseError,
    Article,
    DateMention,
    DatePrecision,
    DojNotice,
    FiscalYear,
    GrantAward,
    Jurisdiction,
    JurisdictionKind,
    SanctuaryModelError,
    Span,
    __version__,
    cli,
    from_json,
    parse_article,
    seed_text,
    unstructure,
)
from sanctuary_model.cli import SEED_PUBLISHED, main
from sanctuary_model.model.geography import STATES_BY_CODE
from sanctuary_model.schema import json_schema

TEXT = (
    "Berkeley (Calif.),$37 509\n"
    "Los Angeles,$1.9M\n"
    "Illinois,$6.7M\n"
    "On Wednesday, the Justice Department put 4 jurisdictions on notice"
    " and demanded a response by December 8.\n"
)


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece))


def _award(name: str, kind: JurisdictionKind, key: str, written: str, amount: Amount) -> GrantAward:
    state = STATES_BY_CODE[key[:2].upper()]
    jurisdiction = Jurisdiction(name, kind, state, key)
    return GrantAward(jurisdiction, BYRNE_JAG, FiscalYear(2016), amount, _span(written))


def _mention(text: str, day: dt.date | None) -> DateMention:
    return DateMention(text, _span(text), day, DatePrecision.DAY)


def build_article(published: dt.date | None) -> Article:
    """Three awards (one exact, two rounded), and a notice stating 4 recipients for 3.

    The notice is dated a year after the real one, which the official rosters know, so that
    its discrepancies are only the ones this article makes.
    """
    awards = (
        _award("Berkeley", JurisdictionKind.CITY, "ca/berkeley", "$37 509", Amount.exact(37509)),
        _award(
            "Los Angeles",
            JurisdictionKind.CITY,
            "ca/los-angeles",
            "$1.9M",
            Amount(Decimal(1_900_000), Decimal(1_850_000), Decimal(1_950_000)),
        ),
        _award(
            "Illinois",
            JurisdictionKind.STATE,
            "il/illinois",
            "$6.7M",
            Amount(Decimal(6_700_000), Decimal(6_650_000), Decimal(6_750_000)),
        ),
    )
    resolved = published is not None
    notice = DojNotice(
        issuer="U.S. Department of Justice",
        issued=_mention("Wednesday", dt.date(2018, 11, 14) if resolved else None),
        recipients=(),
        stated_recipient_count=4,
        program=BYRNE_JAG,
        fiscal_year_at_stake=FiscalYear(2017),
        response_deadline=_mention("December 8", dt.date(2018, 12, 8) if resolved else None),
        statute=SECTION_1373,
        prior_awards=awards,
        span=None,
    )
    return Article(TEXT, published, awards=awards, notices=(notice,))


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dt.date | None]]:
    """Replace the parsers with fakes; the list records each ``parse_article`` call."""
    calls: list[tuple[str, dt.date | None]] = []

    def fake_parse_article(text: str, *, published: dt.date | None = None) -> Article:
        calls.append((text, published))
        if "UNPARSABLE" in text:
            piece = "$1.2.3"
            raise AmountParseError("second decimal point", piece, 4)
        if "UNPLACEABLE" in text:
            raise SanctuaryModelError("the table has no header")
        return build_article(published)

    amounts = {"$37 509": Amount.exact(37509), "$1.9M": build_article(None).awards[1].amount}

    def fake_parse_amount(text: str) -> Amount:
        if text not in amounts:
            raise AmountParseError("second decimal point", text, 4)
        return amounts[text]

    monkeypatch.setattr(cli, "parse_article", fake_parse_article)
    monkeypatch.setattr(cli, "parse_amount", fake_parse_amount)
    monkeypatch.setattr(cli, "seed_text", lambda: TEXT)
    return calls


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


EXPECTED_SUMMARY = """\
<bundled seed> (published 2017-11-20, assumed: the text carries no date)

Grant awards (3)
  Jurisdiction  Kind   State  FY        Amount
  Berkeley      city   CA     2016     $37,509
  Los Angeles   city   CA     2016  $1,900,000  $1.9M  ±$50,000: $1,850,000–$1,950,000
  Illinois      state  IL     2016  $6,700,000  $6.7M  ±$50,000: $6,650,000–$6,750,000

Totals by state
  State              Awards      Amount
  IL     Illinois         1  $6,700,000  ±$50,000: $6,650,000–$6,750,000
  CA     California       2  $1,937,509  ±$50,000: $1,887,509–$1,987,509

Grand total: $8,637,509 within [$8,537,509, $8,737,509]

Notice from U.S. Department of Justice
  issued:             "Wednesday" → 2018-11-14
  response deadline:  "December 8" → 2018-12-08
  recipients:         3 listed, 4 stated
  discrepancy:        the text states 4 recipients but lists 3
"""


@pytest.mark.usefixtures("parsed")
def test_summary_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "summary") == (0, EXPECTED_SUMMARY, "")


@pytest.mark.usefixtures("parsed")
def test_no_arguments_is_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys) == (0, EXPECTED_SUMMARY, "")


@pytest.mark.parametrize(
    ("argv", "published"),
    [
        pytest.param(["summary"], SEED_PUBLISHED, id="seed-default-date"),
        pytest.param(["summary", "--published", "2017-11-17"], dt.date(2017, 11, 17), id="seed"),
        pytest.param(["summary", "FILE"], None, id="file-has-no-default-date"),
        pytest.param(
            ["summary", "FILE", "--published", "2017-11-17"], dt.date(2017, 11, 17), id="file"
        ),
        pytest.param(["parse"], SEED_PUBLISHED, id="parse-seed-default-date"),
        pytest.param(["parse", "FILE"], None, id="parse-file"),
    ],
)
def test_publication_date_passed_to_the_parser(
    capsys: pytest.CaptureFixture[str],
    parsed: list[tuple[str, dt.date | None]],
    tmp_path: Path,
    argv: list[str],
    published: dt.date | None,
) -> None:
    path = write(tmp_path, "a.txt", TEXT)
    code, _out, err = run(capsys, *[path if arg == "FILE" else arg for arg in argv])
    assert (code, err) == (0, "")
    assert parsed == [(TEXT, published)]


@pytest.mark.usefixtures("parsed")
def test_summary_of_a_file_without_date_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "a.txt", TEXT)
    code, out, _err = run(capsys, "summary", path)
    assert code == 0
    assert out.startswith(f"{path} (no publication date: relative dates stay unresolved)\n")
    assert '"Wednesday" (unresolved)' in out


@pytest.mark.usefixtures("parsed")
def test_summary_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    code, out, _err = run(capsys, "summary", "-", "--published", "2017-11-20")
    assert code == 0
    assert out.startswith("<stdin> (published 2017-11-20)\n")


def test_summary_without_awards_or_notice(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "seed_text", lambda: "Nothing here.")
    monkeypatch.setattr(cli, "parse_article", lambda text, published: Article(text, published))
    code, out, _err = run(capsys, "summary")
    assert code == 0
    assert "No grant awards found." in out
    assert "Grand total: $0 (exact)" in out
    assert out.endswith("No DOJ notice found.\n")


def test_summary_clips_long_names_and_shows_uneven_bounds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = Jurisdiction(
        "District of Columbia Office of Victim Services and Justice Grants",
        JurisdictionKind.AGENCY,
        STATES_BY_CODE["DC"],
        "dc/ovsjg",
    )
    amount = Amount(Decimal("1000.5"), Decimal("900"), Decimal("1200"), "EUR")
    award = GrantAward(agency, BYRNE_JAG, FiscalYear(2016), amount)
    article = Article("text", awards=(award,))
    monkeypatch.setattr(cli, "parse_article", lambda text, published: article)
    code, out, _err = run(capsys, "summary")
    assert code == 0
    assert (
        "  District of Columbia Office of Victim S…  agency  DC     2016  EUR 1,000.50"
        "  EUR 900–EUR 1,200\n"
    ) in out
    assert "Grand total: EUR 1,000.50 within [EUR 900, EUR 1,200]" in out


@pytest.mark.usefixtures("parsed")
def test_parse_one_input_is_the_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse")
    assert (code, err) == (0, "")
    assert from_json(out, Article) == build_article(SEED_PUBLISHED)
    assert out.startswith('{\n  "text": ')  # indented, for people reading it


@pytest.mark.usefixtures("parsed")
def test_parse_several_inputs_is_json_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = [write(tmp_path, f"{i}.txt", TEXT) for i in range(3)]
    code, out, err = run(capsys, "parse", *paths, "--published", "2017-11-20")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(from_json(line, Article) == build_article(SEED_PUBLISHED) for line in lines)


@pytest.mark.parametrize(
    ("count", "layout", "read_back"),
    [
        pytest.param(1, "jsonl", lambda out: [from_json(out.strip(), Article)], id="one-as-jsonl"),
        pytest.param(2, "json", lambda out: from_json(out, list[Article]), id="several-as-array"),
    ],
)
@pytest.mark.usefixtures("parsed")
def test_parse_format_option(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    count: int,
    layout: str,
    read_back: Callable[[str], list[Article]],
) -> None:
    paths = [write(tmp_path, f"{i}.txt", TEXT) for i in range(count)]
    code, out, _err = run(capsys, "parse", *paths, "--format", layout)
    assert code == 0
    assert read_back(out) == [build_article(None)] * count


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            b"caf\xe9 au lait", ": byte 3: not UTF-8 text (invalid continuation byte)", id="latin-1"
        ),
        pytest.param(
            "Row one\nLos Angeles,$1.2.3\nUNPARSABLE\n",
            ":2:17: cannot read '$1.2.3' as an amount: second decimal point",
            id="parse-error-placed-by-line-and-column",
        ),
        pytest.param(
            "$1.2.3 and $1.2.3 UNPARSABLE",
            ": cannot read '$1.2.3' as an amount: second decimal point at position 4",
            id="ambiguous-piece-not-placed",
        ),
        pytest.param("UNPLACEABLE", ": the table has no header", id="error-without-position"),
    ],
)
@pytest.mark.usefixtures("parsed")
def test_unparsable_input_exits_1_naming_file_place_and_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | bytes, expected: str
) -> None:
    path = write(tmp_path, "bad.txt", content)
    code, out, err = run(capsys, "parse", path)
    assert (code, out) == (1, "")
    assert err == f"sanctuary-model: error: {path}{expected}\n"


@pytest.mark.usefixtures("parsed")
def test_missing_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    code, out, err = run(capsys, "summary", missing)
    assert (code, out) == (1, "")
    assert err == f"sanctuary-model: error: {missing}: cannot read: No such file or directory\n"


@pytest.mark.usefixtures("parsed")
def test_directory_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "parse", str(tmp_path))
    assert code == 1
    assert err.startswith(f"sanctuary-model: error: {tmp_path}: cannot read: ")


@pytest.mark.usefixtures("parsed")
def test_one_bad_file_among_several(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", TEXT)
    bad = str(tmp_path / "missing.txt")
    code, out, err = run(capsys, "parse", good, bad, good)
    assert code == 1
    assert len(out.splitlines()) == 2  # the good ones are still written
    assert err.count("\n") == 1
    assert bad in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("count", "terminal", "drawn"),
    [
        pytest.param(5, True, True, id="many-files-on-a-terminal"),
        pytest.param(3, True, False, id="few-files"),
        pytest.param(5, False, False, id="not-a-terminal"),
    ],
)
@pytest.mark.usefixtures("parsed")
def test_progress_bar_only_on_a_terminal_for_many_files(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    count: int,
    terminal: bool,
    drawn: bool,
) -> None:
    stderr = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    paths = [write(tmp_path, f"{i}.txt", TEXT) for i in range(count)]
    code, out, _err = run(capsys, "parse", *paths)
    assert code == 0
    assert len(out.splitlines()) == count  # the bar never touches stdout
    progress = stderr.getvalue()
    if drawn:
        assert f"] {count - 1}/{count} " in progress
        assert progress.endswith("\r")  # the bar is wiped when done
    else:
        assert progress == ""


@pytest.mark.usefixtures("parsed")
def test_amount_prints_one_json_object_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "amount", "$37 509", "$1.9M")
    assert (code, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"text": "$37 509", "amount": unstructure(Amount.exact(37509))},
        {
            "text": "$1.9M",
            "amount": {"value": "1900000", "low": "1850000", "high": "1950000", "currency": "USD"},
        },
    ]


@pytest.mark.usefixtures("parsed")
def test_amount_that_cannot_be_parsed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "amount", "$1.9M", "$1.2.3")
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err == (
        "sanctuary-model: error: TEXT 2: cannot read '$1.2.3' as an amount: "
        "second decimal point at position 4\n"
    )


def test_schema_prints_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "schema")
    assert (code, err) == (0, "")
    schema = json.loads(out)
    assert schema == json_schema(Article)
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        pytest.param(["frobnicate"], "invalid choice: 'frobnicate'", id="unknown-command"),
        pytest.param(["summary", "-x"], "unrecognized arguments: -x", id="unknown-option"),
        pytest.param(["parse", "--format", "xml"], "invalid choice: 'xml'", id="unknown-format"),
        pytest.param(
            ["summary", "--published", "20 Nov 2017"], "not a date in the form", id="bad-date"
        ),
        pytest.param(["summary", "--published", "2017-02-30"], "not a date", id="no-such-day"),
        pytest.param(["summary", "a.txt", "b.txt"], "unrecognized arguments", id="two-files"),
        pytest.param(["amount"], "the following arguments are required: TEXT", id="no-amount"),
        pytest.param(["schema", "extra"], "unrecognized arguments", id="schema-argument"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], complaint: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith("usage: sanctuary-model")
    assert complaint in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [[], ["summary"], ["parse"], ["amount"], ["schema"]], ids=str)
def test_help_on_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, err = run(capsys, *command, "--help")
    assert (code, err) == (0, "")
    assert out.startswith(" ".join(["usage: sanctuary-model", *command]))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"sanctuary-model {__version__}\n", "")


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    help_ = subprocess.run(
        [sys.executable, "-m", "sanctuary_model", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (help_.returncode, help_.stderr) == (0, "")
    assert help_.stdout.startswith("usage: sanctuary-model")
    missing = subprocess.run(
        [sys.executable, "-m", "sanctuary_model", "parse", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (missing.returncode, missing.stdout) == (1, "")
    assert "Traceback" not in missing.stderr
    assert "missing.txt: cannot read: No such file or directory" in missing.stderr


# --- end to end on the bundled seed, with the real parsers ----------------------------------


def test_seed_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    assert "Grand total: $16,686,882 within [$16,536,882, $16,836,882]" in out
    assert "$1,900,000  $1.9M  ±$50,000: $1,850,000–$1,950,000" in out  # Los Angeles
    lines = out.splitlines()
    issued = next(line for line in lines if line.startswith("  issued:"))
    deadline = next(line for line in lines if line.startswith("  response deadline:"))
    assert "Wednesday" in issued
    assert issued.endswith("→ 2017-11-15")
    assert "December 8" in deadline
    assert deadline.endswith("→ 2017-12-08")
    assert "  recipients:         28 listed, 29 stated" in lines
    assert "  discrepancy:        the text states 29 recipients but lists 28" in lines
    assert "Grant awards (28)" in out


def test_seed_parse_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse")
    assert (code, err) == (0, "")
    article = from_json(out, Article)
    assert article == parse_article(seed_text(), published=SEED_PUBLISHED)
    assert len(article.awards) == 28


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        pytest.param("$37 509", "37509", "37509", "37509", id="exact-spaced"),
        pytest.param("$1.9M", "1900000", "1850000", "1950000", id="rounded-millions"),
        pytest.param("$1 476 400", "1476400", "1476400", "1476400", id="exact-millions"),
    ],
)
def test_seed_amounts(
    capsys: pytest.CaptureFixture[str], text: str, value: str, low: str, high: str
) -> None:
    code, out, _err = run(capsys, "amount", text)
    assert code == 0
    amount = json.loads(out)["amount"]
    read = tuple(Decimal(amount[bound]) for bound in ("value", "low", "high"))
    assert read == (Decimal(value), Decimal(low), Decimal(high))


def _run_quietly(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    """``main(argv)`` with captured streams (Hypothesis tests cannot use ``capsys``)."""
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8", "surrogatepass")))
    with (
        mock.patch.object(sys, "stdin", fake_stdin),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@given(st.text(max_size=40))
def test_amount_of_any_text_is_json_or_one_error_line(text: str) -> None:
    code, out, err = _run_quietly(["amount", "--", text])
    if code == 0:
        assert (json.loads(out)["text"], err) == (text, "")
    else:
        assert (code, out) == (1, "")
        assert err.startswith("sanctuary-model: error: TEXT 1: ")
        assert err.count("\n") == 1


@given(st.text(max_size=300))
def test_parse_of_any_text_is_json_or_one_error_line(text: str) -> None:
    code, out, err = _run_quietly(["parse", "-"], stdin=text)
    if code == 0:
        assert from_json(out, Article).text == text.removeprefix("\ufeff")
        assert err == ""
    else:
        assert (code, out) == (1, "")
        assert err.startswith("sanctuary-model: error: <stdin>")
        assert err.count("\n") == 1


def test_real_amount_error_says_where(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "amount", "$1.2.3")
    assert (code, out) == (1, "")
    assert err.startswith("sanctuary-model: error: TEXT 1: cannot read '$1.2.3' as an amount")
    assert "position" in err


def test_parse_in_parallel_keeps_order_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = []
    for index in range(6):
        path = tmp_path / f"{index}.txt"
        text = "[lz_table]never closed" if index == 2 else seed_text() + f"\n\nArticle {index}.\n"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
    assert main(["parse", *names, "--jobs", "2"]) == 1
    parallel = capsys.readouterr()
    assert main(["parse", *names]) == 1
    sequential = capsys.readouterr()
    lines = parallel.out.splitlines()
    assert len(lines) == 5
    assert lines == sequential.out.splitlines()
    texts = [from_json(line, Article).text for line in lines]
    assert [text.rstrip().rsplit(" ", 1)[-1] for text in texts] == ["0.", "1.", "3.", "4.", "5."]
    assert parallel.err == sequential.err
    assert parallel.err.startswith(f"sanctuary-model: error: {names[2]}:1:1: cannot read ")
    assert "has no closing [/lz_table]" in parallel.err


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_whole_number(
    jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", f"--jobs={jobs}"]) == 2
    assert "not a whole number of at least 1" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_read_errors_are_worded_alike_with_any_number_of_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    latin = write(tmp_path, "latin.txt", b"caf\xe9 au lait")
    missing = str(tmp_path / "missing.txt")
    good = write(tmp_path, "good.txt", "Nothing to report.")
    assert main(["parse", good, latin, missing, "--jobs", jobs]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"sanctuary-model: error: {latin}: byte 3: not UTF-8 text (invalid continuation byte)",
        f"sanctuary-model: error: {missing}: cannot read: No such file or directory",
    ]
