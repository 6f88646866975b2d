"""The user scripts in examples/ run and print what a journalist expects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sanctuary_model import seed_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_totals_by_state_ends_with_the_seed_total() -> None:
    result = run("totals_by_state.py")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Illinois")
    assert lines[1].startswith("California")
    assert lines[-1].split()[:2] == ["Total", "$16,686,882"]
    assert "16,536,882 – 16,836,882" in lines[-1]


def test_folder_to_jsonl_then_rank(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(seed_text(), encoding="utf-8")
    (corpus / "b.txt").write_text("A short article with no table.", encoding="utf-8")
    (corpus / "c.txt").write_text("[lz_table title=x]never closed", encoding="utf-8")
    converted = run("folder_to_jsonl.py", str(corpus))
    assert converted.returncode == 1  # one bad file
    assert "c.txt" in converted.stderr
    assert len(converted.stdout.splitlines()) == 2
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(converted.stdout, encoding="utf-8")
    ranked = run("rank_from_json.py", str(jsonl))
    assert ranked.returncode == 0, ranked.stderr
    lines = ranked.stdout.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("1. Illinois") or "Illinois" in lines[0]
    assert lines[0].rstrip().endswith("$6.7M")


def test_duckdb_over_a_folder_of_parsed_articles(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text(seed_text(), encoding="utf-8")
    result = run("duckdb_folder.py", str(corpus), str(tmp_path / "tables"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Twice the seed: Illinois's two rounded $6.7M awards, bounds added exactly.
    assert lines[1] == "IL  2  13400000  [13300000, 13500000]"
    assert lines[2] == "CA  24  6461634  [6361634, 6561634]"
    speakers = lines[lines.index("speaker  quotes  articles") + 1 :]
    assert speakers[0] == "Jessica Vaughan  12  2"
    assert (tmp_path / "tables" / "awards.parquet").is_file()
