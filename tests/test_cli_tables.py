"""``sanctuary-model parse --table T --format csv|parquet``: records as rows."""

from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from sanctuary_model import seed_article, seed_text
from sanctuary_model.cli import main
from sanctuary_model.frames import COLUMNS, TABLES, awards_from_arrow

SEED = seed_article()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("table", TABLES)
def test_csv_of_the_seed_has_a_row_per_record(
    capsys: pytest.CaptureFixture[str], table: str
) -> None:
    code, out, err = run(capsys, "parse", "--table", table, "--format", "csv")
    assert (code, err) == (0, "")
    header, *records = list(csv.reader(io.StringIO(out)))
    assert header == [name for name, _ in COLUMNS[table]]  # type: ignore[index]
    assert len(records) == len(getattr(SEED, table))
    assert {r[0] for r in records} == {"<bundled seed>"}


def test_csv_amounts_are_exact_and_table_alone_means_csv(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "parse", "--table", "awards")
    assert code == 0
    records = list(csv.DictReader(io.StringIO(out)))
    la = next(r for r in records if r["jurisdiction_key"] == "ca/los-angeles")
    assert (la["value"], la["low"], la["high"]) == ("1900000", "1850000", "1950000")
    assert sum(Decimal(r["value"]) for r in records) == sum(a.amount.value for a in SEED.awards)


def test_csv_to_a_file_numbers_the_inputs_and_goes_on_after_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "quotes.csv"
    argv = ["parse", str(article), str(tmp_path / "missing.txt"), str(article)]
    code, stdout, err = run(capsys, *argv, "--table", "quotes", "-o", str(out))
    assert code == 1
    assert stdout == ""
    assert err.count("\n") == 1
    assert "missing.txt" in err
    records = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["article"] for r in records} == {"0", "2"}
    assert len(records) == 2 * len(SEED.quotes)


def test_parquet_round_trips_the_awards(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "awards.parquet"
    code, _, err = run(capsys, "parse", "--format", "parquet", "-o", str(out))
    assert (code, err) == (0, "")
    assert awards_from_arrow(parquet.read_table(out)) == list(SEED.awards)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--format", "parquet"], "needs -o OUT", id="parquet-to-stdout"),
        pytest.param(["--table", "awards", "--format", "jsonl"], "--table needs", id="json"),
        pytest.param(["-o", "x.json"], "-o/--output is for", id="json-output"),
        pytest.param(["--table", "grants"], "invalid choice: 'grants'", id="unknown-table"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "parse", *argv)
    assert code == 2
    assert out == ""
    assert message in err.splitlines()[-1]


def test_parquet_without_pyarrow_says_which_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, _, err = run(capsys, "parse", "--format", "parquet", "-o", str(tmp_path / "a.pq"))
    assert code == 2
    assert "pip install 'sanctuary-model[frames]'" in err
    # CSV needs no extra.
    code, out, _ = run(capsys, "parse", "--table", "people", "--format", "csv")
    assert code == 0
    assert out.startswith("source,article,start,end,name")


def test_an_unwritable_output_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "parse", "--table", "awards", "-o", str(tmp_path / "no" / "x.csv"))
    assert code == 1
    assert err.startswith("sanctuary-model: error: cannot write")
    assert err.count("\n") == 1
