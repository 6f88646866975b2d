"""A hostile user's worst cases end cleanly: bounded time and memory, no traceback, no lost input.

Each finding of the reliability review (``REVIEW-reliability.md``: T1, A1-A5, C1-C8, J1-J9,
T2-T8) has a test here named after it. The worst cases run in a subprocess under an
address-space limit and a CPU-time limit (``resource``), so a regression fails the test
instead of swapping the machine; a decoder fuzz mutates valid JSON the way an attacker would.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sanctuary_model.corpus as corpus
from sanctuary_model import (
    Amount,
    AmountParseError,
    Article,
    CorpusError,
    DateMention,
    DatePrecision,
    DeserializationError,
    GrantAward,
    ParseFailure,
    ShortcodeError,
    Span,
    format_amount,
    from_json,
    parse_amount,
    parse_article,
    parse_articles,
    parse_corpus,
    parse_jurisdiction,
    parse_shortcodes,
    resolve_date,
    seed_article,
    seed_awards,
    seed_text,
    shares,
    to_json,
    total,
)
from sanctuary_model.cli import main
from sanctuary_model.corpus import read_source
from sanctuary_model.parsing.shortcodes import MAX_DEPTH
from sanctuary_model.serialization import MAX_ERRORS, json_chunks

try:
    import resource
except ImportError:  # not on Unix
    resource = None  # type: ignore[assignment]

LINUX = sys.platform.startswith("linux")
needs_limits = pytest.mark.skipif(
    resource is None or not LINUX, reason="needs the resource module and Linux /proc"
)

_MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for a worst case
_PYTHON = [sys.executable, "-X", "faulthandler"]


def _limited(cpu_seconds: int) -> Callable[[], None]:
    def apply() -> None:
        assert resource is not None
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    return apply


def run_limited(
    args: list[str], *, seconds: int = 20, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``args`` in a fresh process capped at 1 GiB and ``seconds`` of CPU and wall time."""
    return subprocess.run(
        args,
        capture_output=True,
        encoding="utf-8",
        errors="backslashreplace",
        timeout=seconds,
        preexec_fn=_limited(seconds),  # resource limits must be set in the child
        cwd=cwd,
        check=False,
    )


def cli(*args: str) -> list[str]:
    return [*_PYTHON, "-m", "sanctuary_model", *args]


def award_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(seed_awards()[0]))
    return data


def article_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(seed_article()))
    return data


def errors_of(document: str, cls: type) -> tuple[str, ...]:
    with pytest.raises(DeserializationError) as caught:
        from_json(document, cls)
    return caught.value.errors


# --- T1: nested shortcodes -----------------------------------------------------------------


def test_t1_nesting_up_to_the_limit_is_read() -> None:
    text = "[box]" * MAX_DEPTH + "core" + "[/box]" * MAX_DEPTH
    codes = parse_shortcodes(text)
    assert len(codes) == MAX_DEPTH
    assert codes[-1].body == "core"


def test_t1_nesting_past_the_limit_is_a_shortcode_error() -> None:
    depth = MAX_DEPTH + 1
    with pytest.raises(ShortcodeError, match=f"nested {depth} deep, more than the {MAX_DEPTH}"):
        parse_shortcodes("[box]" * depth + "[/box]" * depth)


def test_t1_lenient_parse_keeps_deep_shortcodes_without_bodies() -> None:
    depth = 3000
    article = parse_article("[a]" * depth + "[/a]" * depth, strict=False)
    assert len(article.shortcodes) == depth
    copied = sum(len(code.body or "") for code in article.shortcodes)
    # At most MAX_DEPTH levels copy a body: linear in the text, not quadratic.
    assert copied <= MAX_DEPTH * len(article.text)
    assert article.problems
    assert "deep" in article.problems[0].message


@needs_limits
def test_t1_deep_nesting_file_ends_cleanly_under_limits(tmp_path: Path) -> None:
    nested = tmp_path / "n.txt"
    nested.write_text("[a]" * 30_000 + "[/a]" * 30_000, encoding="utf-8")
    started = time.monotonic()
    result = run_limited(cli("parse", str(nested)))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "more than the 20 allowed" in result.stderr
    assert time.monotonic() - started < 20


# --- A1-A4: absurd exponents -----------------------------------------------------------------


@pytest.mark.parametrize(
    "figure", ["1e999999999", "1e-999999999", "1e999999999999999999", "0e-999999999", "1e99999"]
)
def test_a1_a2_a4_absurd_exponents_are_refused_at_decode(figure: str) -> None:
    data = award_data()
    data["amount"] = {"value": figure, "low": figure, "high": figure, "currency": "USD"}
    errors = errors_of(json.dumps(data), GrantAward)
    assert any("outside the range of amounts" in line for line in errors), errors


@pytest.mark.parametrize("figure", ["1e60", "1e-31", "0e60", "9" * 61])
def test_a3_amount_itself_refuses_figures_outside_its_range(figure: str) -> None:
    with pytest.raises(ValueError, match="outside the range"):
        Amount.exact(figure)


def test_a1_a3_a4_arithmetic_at_the_edges_of_the_range_is_quick() -> None:
    largest = Amount.exact("9" * 60)
    finest = Amount.exact("0." + "0" * 29 + "1")
    started = time.monotonic()
    assert (largest + finest).value == Decimal("9" * 60 + "." + "0" * 29 + "1")
    assert len(format_amount(largest)) < 100
    assert len(format_amount(finest)) < 100
    first, second = seed_awards()[:2]
    awards = [attrs.evolve(first, amount=largest), attrs.evolve(second, amount=finest)]
    assert sum(share.value for share in shares(awards, lambda award: award.span).values()) == 1
    assert time.monotonic() - started < 1


@needs_limits
def test_a1_huge_exponent_ends_cleanly_under_limits() -> None:
    script = (
        "import json; from sanctuary_model import *\n"
        "d = json.loads(to_json(seed_awards()[0]))\n"
        "d['amount'] = dict(value='1e999999999', low='1e999999999', high='1e999999999')\n"
        "try:\n"
        "    a = from_json(json.dumps(d), GrantAward)\n"
        "except DeserializationError as e:\n"
        "    print('refused:', e.errors[0])\n"
        "else:\n"
        "    total([a, a]); format_amount(a.amount); print('accepted')\n"
    )
    result = run_limited([*_PYTHON, "-c", script], seconds=15)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused: amount: value 1E+999999999 is outside the range")


# --- A5: negative zero -----------------------------------------------------------------------


def test_a5_negative_zero_is_zero() -> None:
    amount = Amount(Decimal("-0"), Decimal("-0.00"), Decimal("5"))
    assert not amount.value.is_signed()
    assert not amount.low.is_signed()
    assert str(amount.low) == "0.00"
    written = format_amount(amount)
    assert "-" not in written
    assert parse_amount(written) == amount


def test_a5_negative_zero_from_json_comes_back_as_zero() -> None:
    amount = from_json('{"value": "-0", "low": "-0", "high": "-0", "currency": "USD"}', Amount)
    assert to_json(amount) == '{"value":"0","low":"0","high":"0","currency":"USD"}'


# --- C1, C2: absurd --jobs -------------------------------------------------------------------


def test_c1_workers_are_capped_by_sources_and_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = corpus._new_pool

    def counting(workers: int) -> Any:
        asked.append(workers)
        return real(workers)

    monkeypatch.setattr(corpus, "_new_pool", counting)
    monkeypatch.setattr(corpus, "_cpus", lambda: 2)
    texts = ["One.", "Two.", "Three."]
    results = list(parse_corpus(texts, jobs=100_000))
    assert [article.text for article in results if isinstance(article, Article)] == texts
    assert asked == [2]
    asked.clear()
    monkeypatch.setattr(corpus, "_cpus", lambda: 64)
    assert len(list(parse_corpus(texts[:2], jobs=100_000))) == 2
    assert asked == [2]


@pytest.mark.parametrize("jobs", ["100000", "99999999999999999999999", "9" * 5000])
def test_c1_c2_absurd_jobs_is_a_usage_error(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--jobs", jobs, "a.txt", "b.txt"]) == 2
    assert "at most 1024 worker processes" in capsys.readouterr().err


@needs_limits
def test_c1_jobs_100000_ends_at_once_under_limits(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Nothing happened.", encoding="utf-8")
    started = time.monotonic()
    result = run_limited(cli("parse", "--jobs", "100000", "a.txt", "b.txt"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 10


# --- C3: Ctrl-C during a parallel run --------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


@needs_limits
def test_c3_ctrl_c_during_jobs_2_exits_within_2_seconds(tmp_path: Path) -> None:
    big = "\n\n".join([seed_text()] * 20)  # about 0.6 MB: each parse takes a while
    names = []
    for index in range(6):
        path = tmp_path / f"c{index}.txt"
        path.write_text(big, encoding="utf-8")
        names.append(str(path))
    process = subprocess.Popen(
        cli("parse", "--jobs", "2", *names),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        encoding="utf-8",
    )
    try:
        deadline = time.monotonic() + 30
        while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _children(process.pid), "the workers never started"
        time.sleep(0.3)  # the workers are now parsing
        interrupted = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        _out, err = process.communicate(timeout=10)
        elapsed = time.monotonic() - interrupted
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err
    assert elapsed < 2, f"took {elapsed:.1f} s to stop"
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):  # no worker left behind in the group
        os.killpg(process.pid, 0)


def test_c3_closing_a_parallel_run_early_stops_its_workers(tmp_path: Path) -> None:
    import multiprocessing

    paths = []
    for index in range(8):
        path = tmp_path / f"{index}.txt"
        path.write_text(f"Article number {index}.", encoding="utf-8")
        paths.append(path)
    results = parse_corpus(paths, jobs=2, chunksize=1)
    first = next(results)
    assert isinstance(first, Article)
    results.close()
    # The workers are told to stop at close; give the last one a moment to be reaped.
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


# --- C4: one failing input never loses the others -------------------------------------------


@needs_limits
def test_c4_bad_inputs_in_a_jobs_2_run_leave_the_later_ones_written(tmp_path: Path) -> None:
    (tmp_path / "good1.txt").write_text("First good article.", encoding="utf-8")
    (tmp_path / "deep.txt").write_text("[a]" * 5000 + "[/a]" * 5000, encoding="utf-8")
    (tmp_path / "good2.txt").write_text("Second good article.", encoding="utf-8")
    names = ["good1.txt", "/dev/zero", "deep.txt", "good2.txt"]
    result = run_limited(cli("parse", "--jobs", "2", *names), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == ["First good article.", "Second good article."]
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("sanctuary-model: error: /dev/zero: cannot read: larger than")
    assert errors[1].startswith("sanctuary-model: error: deep.txt:1:1: ")


_DYING_WORKERS = """
import os, pathlib, signal, sys
import sanctuary_model.corpus as corpus
real = corpus.parse_article

def fragile(text, **options):
    if text.startswith("KILL"):
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    if text.startswith("HUGE"):
        raise MemoryError
    return real(text, **options)

corpus.parse_article = fragile  # the fork start method hands it to the workers
paths = [pathlib.Path(name) for name in sys.argv[1:]]  # files, not texts
for path, result in zip(paths, corpus.parse_corpus(paths, jobs=2, chunksize=1), strict=True):
    print(type(result).__name__, getattr(result, "error", ""))
"""


@needs_limits
@pytest.mark.skipif(
    sys.version_info >= (3, 14), reason="relies on workers being forked from the test's script"
)
def test_c4_a_killed_worker_or_memory_error_fails_only_its_input(tmp_path: Path) -> None:
    contents = ["Fine.", "KILL", "Fine.", "HUGE", "Fine.", "KILL", "Fine."]
    paths = []
    for index, content in enumerate(contents):
        path = tmp_path / f"{index}.txt"
        path.write_text(content, encoding="utf-8")
        paths.append(str(path))
    result = run_limited([*_PYTHON, "-c", _DYING_WORKERS, *paths], seconds=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Article ",
        "ParseFailure BrokenProcessPool",
        "Article ",
        "ParseFailure MemoryError",
        "Article ",
        "ParseFailure BrokenProcessPool",
        "Article ",
    ]


def test_c4_an_unexpected_error_in_one_source_is_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(text: str, **_options: object) -> Article:
        if text == "boom":
            raise RecursionError("maximum recursion depth exceeded")
        return Article(text)

    monkeypatch.setattr(corpus, "parse_article", broken)
    results = list(parse_corpus(["before", "boom", "after"]))
    assert isinstance(results[1], ParseFailure)
    assert results[1].error == "RecursionError"
    assert [r.text for r in results if isinstance(r, Article)] == ["before", "after"]


# --- C5: closed or full standard output ------------------------------------------------------


def _dev_full_is_a_device() -> bool:
    try:
        return stat.S_ISCHR(os.stat("/dev/full").st_mode)
    except OSError:
        return False


@pytest.mark.skipif(not LINUX or not _dev_full_is_a_device(), reason="needs the /dev/full device")
@pytest.mark.parametrize("command", [["parse"], ["amount", "$1"], ["schema"]])
def test_c5_full_stdout_is_one_line_and_exit_1(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            cli(*command), stdout=full, stderr=subprocess.PIPE, encoding="utf-8", check=False
        )
    assert result.returncode == 1
    assert (
        result.stderr
        == "sanctuary-model: error: cannot write the output: No space left on device\n"
    )


@pytest.mark.skipif(not LINUX, reason="closes a file descriptor in the child")
def test_c5_closed_stdout_is_one_line_and_exit_1() -> None:
    result = subprocess.run(
        cli("parse"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        encoding="utf-8",
        preexec_fn=lambda: os.close(1),  # the child starts without stdout
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "sanctuary-model: error: cannot write the output: standard output is closed"
    ]


# --- C8: amounts that start with a minus sign ------------------------------------------------


def test_c8_help_says_how_to_pass_a_text_starting_with_minus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["amount", "--help"]) == 0
    assert "sanctuary-model amount -- -$5" in capsys.readouterr().out
    assert main(["amount", "--", "-$5"]) == 1
    assert "negative amount" in capsys.readouterr().err


# --- T2, T3: reading and writing big things --------------------------------------------------


@needs_limits
@pytest.mark.parametrize("command", ["parse", "summary"])
def test_t2_dev_zero_is_refused_quickly_under_limits(command: str) -> None:
    started = time.monotonic()
    result = run_limited(cli(command, "/dev/zero"))
    assert result.returncode == 1
    assert result.stderr == (
        "sanctuary-model: error: /dev/zero: cannot read: larger than the limit of "
        "33,554,432 bytes\n"
    )
    assert time.monotonic() - started < 10


def test_t2_the_read_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("12345", encoding="utf-8")
    assert read_source(path, max_bytes=5) == "12345"
    with pytest.raises(OSError, match="larger than the limit of 4 bytes"):
        read_source(path, max_bytes=4)


def test_t3_json_is_written_in_pieces_without_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    import sanctuary_model.serialization as serialization

    monkeypatch.setattr(serialization, "_orjson", None)
    article = seed_article()
    pieces = list(json_chunks(article, indent=2))
    assert len(pieces) > 1
    assert "".join(pieces) == to_json(article, indent=2)


def test_t3_a_streamed_json_array_is_the_array_json_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = []
    for index, text in enumerate(["First.", "Second “quoted” one.", "Third."]):
        path = tmp_path / f"{index}.txt"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
    assert main(["parse", "--format", "json", *names]) == 0
    out = capsys.readouterr().out
    articles = [parse_article(Path(name).read_text(encoding="utf-8")) for name in names]
    expected = json.dumps(
        [json.loads(to_json(article)) for article in articles], indent=2, ensure_ascii=False
    )
    assert out == expected + "\n"


# --- T4: a datetime as the publication date --------------------------------------------------


def test_t4_a_datetime_publication_date_is_its_day() -> None:
    moment = dt.datetime(2017, 11, 20, 9, 30)
    article = parse_article(seed_text(), published=moment)
    assert type(article.published) is dt.date
    assert article == parse_article(seed_text(), published=moment.date())
    assert from_json(to_json(article), Article) == article
    assert resolve_date("Wednesday", moment).date == dt.date(2017, 11, 15)


def test_t4_a_publication_date_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"a publication date is a datetime\.date or None, not str"):
        parse_article("Text.", published="2017-11-20")  # type: ignore[arg-type]


# --- T6: file names with control characters --------------------------------------------------


def test_t6_control_characters_in_file_names_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = str(tmp_path / "missing\nfile\x1b[31m.txt")
    assert main(["parse", name]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "\x1b" not in err
    assert "missing\\nfile\\x1b[31m.txt: cannot read: No such file or directory" in err


# --- T7, T8: wrong types at the library's doors ----------------------------------------------


def test_t7_amount_exact_words_its_refusals() -> None:
    with pytest.raises(AmountParseError, match="not a decimal number"):
        Amount.exact("abc")
    with pytest.raises(AmountParseError):
        Amount.exact(" 5_000 ")
    with pytest.raises(TypeError, match="not float"):
        Amount.exact(1.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not bool"):
        Amount.exact(True)
    assert Amount.exact("1.10").value == Decimal("1.10")


def test_t7_floats_never_become_money() -> None:
    with pytest.raises(TypeError, match="must be a Decimal, not float"):
        Amount(1.5, Decimal(1), Decimal(2))  # type: ignore[arg-type]
    errors = errors_of('{"value": 1.5, "low": "1", "high": "2"}', Amount)
    assert errors == ("value: expected a decimal string, got a number",)


def test_t7_parse_jurisdiction_of_none_is_a_worded_type_error() -> None:
    with pytest.raises(TypeError, match="parse_jurisdiction reads a str, not NoneType"):
        parse_jurisdiction(None)  # type: ignore[arg-type]
    assert parse_jurisdiction("Cook County, Ill.").key == "il/cook-county"


def test_t8_bytes_sources_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="source 0 is a bytes"):
        list(parse_articles([b"/etc/passwd"]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="source 1 is a bytes"):
        list(parse_corpus(["fine", b"/etc/passwd"]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a single str"):
        list(parse_corpus("a text, not a list of them"))
    with pytest.raises(CorpusError):
        list(parse_articles([Path("/nonexistent/for/sure.txt")]))


# --- J1-J9: the JSON decoder -----------------------------------------------------------------


def test_j1_integers_past_the_digit_limit_are_a_deserialization_error() -> None:
    errors = errors_of('{"start": %s, "end": 1}' % ("9" * 5000), Span)
    assert errors[0].startswith("$: not JSON we can read: Exceeds the limit")


def test_j2_mentions_reaching_past_year_9999_end_there() -> None:
    data = article_data()
    data["notices"][0]["response_deadline"].update(date="9999-12-01", precision="month")
    article = from_json(json.dumps(data), Article)
    deadline = article.notices[0].response_deadline
    assert deadline is not None
    assert deadline.last_day == dt.date.max
    article.notices[0].discrepancies()
    fiscal = DateMention("FY 10000", None, dt.date(9999, 10, 1), DatePrecision.YEAR, fiscal=True)
    assert fiscal.last_day == dt.date.max


def test_j3_a_string_is_never_read_as_an_array() -> None:
    data = award_data()
    data["jurisdiction"]["notes"] = "typo fixed"
    assert errors_of(json.dumps(data), GrantAward) == (
        "jurisdiction.notes: expected an array, got a string",
    )
    assert errors_of('{"text": "x", "paragraphs": ""}', Article) == (
        "paragraphs: expected an array, got a string",
    )
    assert errors_of('{"text": "x", "paragraphs": {"a": 1}}', Article) == (
        "paragraphs: expected an array, got an object",
    )


@pytest.mark.parametrize("figure", [" 5 ", "5_000", "٥", "５０", "0x10", "1/2", "Infinity"])
def test_j4_decimals_follow_the_schema_grammar(figure: str) -> None:
    document = json.dumps({"value": figure, "low": figure, "high": figure})
    assert f"value: not a decimal: {figure!r}" in errors_of(document, Amount)


@pytest.mark.parametrize("day", ["20171115", "2017-W46-3", "2017-11-15T00:00", "٢٠١٧-11-15"])
def test_j4_dates_follow_the_schema_grammar(day: str) -> None:
    document = json.dumps({"text": "x", "published": day})
    assert errors_of(document, Article) == (
        f"published: not a date in the form YYYY-MM-DD: {day!r}",
    )


def test_j5_unknown_fields_and_duplicate_keys_are_refused() -> None:
    unknown = '{"value": "5", "low": "5", "high": "5", "evil": {}}'
    assert errors_of(unknown, Amount) == ("$: unknown field 'evil': Amount has no such field",)
    twice = '{"value": "5", "low": "5", "high": "5", "value": "7"}'
    assert errors_of(twice, Amount) == ("$: key 'value' appears twice in one object",)


_PYTHON_WORDS = (
    "indices must be",
    "not subscriptable",
    "is not iterable",
    "Fraction(",
    "object has no attribute",
    "Only input mappings",
)


@pytest.mark.parametrize(
    ("document", "cls", "expected"),
    [
        ("[1, 2]", Amount, "$: expected an object (Amount), got an array"),
        ('"text"', GrantAward, "$: expected an object (GrantAward), got a string"),
        ('{"start": [], "end": 1}', Span, "start: expected an integer, got an array"),
        ('{"text": "x", "paragraphs": [5]}', Article, "paragraphs[0]: expected an object"),
    ],
)
def test_j6_shape_errors_say_what_was_expected(document: str, cls: type, expected: str) -> None:
    errors = errors_of(document, cls)
    assert any(line.startswith(expected) for line in errors), errors


def test_j6_a_wrong_speaker_is_worded() -> None:
    data = article_data()
    data["quotes"][0]["speaker"] = "Bob"
    assert errors_of(json.dumps(data), Article) == (
        "quotes[0].speaker: expected an object (a speaker), got a string",
    )


def test_j7_copied_texts_must_match_the_article_text() -> None:
    data = article_data()
    data["paragraphs"][0]["text"] = "X" + data["paragraphs"][0]["text"][1:]
    (line,) = errors_of(json.dumps(data), Article)
    assert line.startswith("paragraphs[0].text: 'Xwo things")
    assert "is not the text at its span 0..160" in line


def test_j7_articles_in_a_list_are_checked_too() -> None:
    data = article_data()
    data["quotes"][0]["text"] = "Words nobody said here." + " " * (
        len(data["quotes"][0]["text"]) - 23
    )
    (line,) = errors_of(json.dumps([{"text": "fine"}, data]), list[Article])
    assert line.startswith("[1].quotes[0].text: 'Words nobody said here.")


def test_j7_nested_spans_must_lie_inside_the_text() -> None:
    data = article_data()
    data["notices"][0]["response_deadline"]["span"] = {"start": 10**6, "end": 10**6 + 4}
    data["notices"][0]["response_deadline"]["text"] = "Dec."
    errors = errors_of(json.dumps(data), Article)
    assert errors == (
        "notices[0].response_deadline.span: span 1000000..1000004 runs past the end of the text "
        f"({len(data['text'])} characters)",
    )


def test_j8_300_000_bad_items_give_a_bounded_error_quickly() -> None:
    document = '{"text": "x", "paragraphs": [' + ",".join(["1"] * 300_000) + "]}"
    started = time.monotonic()
    errors = errors_of(document, Article)
    assert time.monotonic() - started < 10
    assert len(errors) == MAX_ERRORS + 1
    assert errors[-1] == "… and 299980 more problems"


def test_j9_lone_surrogates_are_escaped_so_json_always_encodes() -> None:
    article = from_json('{"text": "\\ud800x"}', Article)
    written = to_json(article)
    written.encode("utf-8")
    assert (
        written
        == '{"text":"\\ud800x","published":null,"paragraphs":[],"shortcodes":[],'
        + (written.split('"shortcodes":[],', 1)[1])
    )
    assert from_json(written, Article) == article
    parsed = parse_article("\ud800 A paragraph.")
    assert from_json(to_json(parsed, indent=2), Article) == parsed
    to_json(parsed, indent=4).encode("utf-8")


# --- the decoder fuzz ------------------------------------------------------------------------


class _Duplicated:
    """An object rendered with one of its keys written twice."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self.pairs = pairs


class _Literal:
    """A number written as given (a 5000-digit integer, an exponent json cannot produce)."""

    def __init__(self, text: str) -> None:
        self.text = text


def render(value: Any) -> str:
    if isinstance(value, _Literal):
        return value.text
    if isinstance(value, _Duplicated):
        return "{" + ",".join(f"{json.dumps(k)}:{render(v)}" for k, v in value.pairs) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{render(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(render(item) for item in value) + "]"
    return json.dumps(value)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


_REPLACEMENTS: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    "",
    "x",
    [],
    {},
    [1, 2],
    {"a": 1},
    "-0",
    "1e999999999",
    "1E-999999999",
    "9" * 100,
    "2017-02-30",
    "\ud800",
    _Literal("9" * 5000),
    _Literal("1e999"),
    _Literal("-0.0"),
]
_MUTATIONS = ("replace", "delete", "unknown", "duplicate", "swap")
_AWARD = award_data()
_ARTICLE = article_data()
_DOCUMENTS: list[tuple[Any, type, list[tuple[Any, ...]]]] = [
    (_AWARD, GrantAward, list(paths(_AWARD))),
    (_ARTICLE, Article, list(paths(_ARTICLE))),
]


def mutate(document: Any, path: tuple[Any, ...], how: str, replacement: Any) -> Any:
    copy = json.loads(json.dumps(document))
    if not path:
        return replacement if how in ("replace", "swap") else copy
    *above, last = path
    parent = copy
    for step in above:
        parent = parent[step]
    if how == "replace":
        parent[last] = replacement
    elif how == "swap":  # the value of a sibling of another type, when there is one
        siblings = list(parent.values()) if isinstance(parent, dict) else list(parent)
        others = [item for item in siblings if type(item) is not type(parent[last])]
        parent[last] = others[0] if others else replacement
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict) and how == "unknown":
        parent[f"{last}_extra"] = replacement
    elif isinstance(parent, dict):  # duplicate: the key again, with another value
        pairs = [*parent.items(), (last, replacement)]
        return _replace_at(copy, tuple(above), _Duplicated(pairs))
    return copy


def _replace_at(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.integers(0, len(_DOCUMENTS) - 1),
    where=st.integers(0, 10**6),
    how=st.sampled_from(_MUTATIONS),
    replacement=st.sampled_from(_REPLACEMENTS),
)
def test_mutated_json_round_trips_or_is_refused_in_bounded_time(
    which: int, where: int, how: str, replacement: Any
) -> None:
    document, cls, places = _DOCUMENTS[which]
    text = render(mutate(document, places[where % len(places)], how, replacement))
    started = time.monotonic()
    try:
        value: Any = from_json(text, cls)
    except DeserializationError as error:
        refused: DeserializationError | None = error
    else:
        refused = None
    if refused is not None:
        assert not any(words in str(refused) for words in _PYTHON_WORDS), str(refused)
        assert len(refused.errors) <= MAX_ERRORS + 1
    else:
        written = to_json(value)
        written.encode("utf-8")
        assert from_json(written, cls) == value
        awards = value.awards if isinstance(value, Article) else (value,)
        total(awards)
        for award in awards:
            format_amount(award.amount)
        for notice in value.notices if isinstance(value, Article) else ():
            notice.discrepancies()
    assert time.monotonic() - started < 5
