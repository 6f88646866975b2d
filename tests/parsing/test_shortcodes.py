"""The shortcode grammar: tags, attributes, bodies, and the errors for broken ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import ShortcodeError, Span, parse_shortcodes, seed_text
from sanctuary_model.parsing.shortcodes import scan_shortcodes

SEED_TABLE_TAG = "[lz_table title=”Sanctuary Jurisdictions” source=”Justice Department”]"


@pytest.mark.parametrize(
    ("text", "name", "attributes", "body"),
    [
        ("[lz_ndn video=33262507]", "lz_ndn", (("video", "33262507"),), None),
        (
            SEED_TABLE_TAG + "x[/lz_table]",
            "lz_table",
            (("title", "Sanctuary Jurisdictions"), ("source", "Justice Department")),
            "x",
        ),
        ('[a title="Straight quotes" n=1]', "a", (("title", "Straight quotes"), ("n", "1")), None),
        ("[a title='Single quotes']", "a", (("title", "Single quotes"),), None),
        ("[a title=“Curly pair”]", "a", (("title", "Curly pair"),), None),
        ("[a title = ”Spaced”]", "a", (("title", "Spaced"),), None),
        ('[a title=""]', "a", (("title", ""),), None),
        (
            "[caption id=5 align=left]A photo[/caption]",
            "caption",
            (("id", "5"), ("align", "left")),
            "A photo",
        ),
        ("[gallery ids=1,2,3 /]", "gallery", (("ids", "1,2,3"),), None),
        ("[video https://example.com/v.mp4]", "video", (("0", "https://example.com/v.mp4"),), None),
        ("[lower court]", "lower", (("0", "court"),), None),
        ("[b]\nline one\n\nline two\n[/b]", "b", (), "\nline one\n\nline two\n"),
        ("[x-y_z]", "x-y_z", (), None),
    ],
    ids=[
        "ndn-embed",
        "seed-table-curly-quotes",
        "straight-quotes",
        "single-quotes",
        "curly-pair",
        "spaces-around-equals",
        "empty-value",
        "enclosing",
        "explicit-self-closing",
        "positional",
        "unknown-kept",
        "multi-line-body",
        "dashes-underscores",
    ],
)
def test_one_shortcode(
    text: str, name: str, attributes: tuple[tuple[str, str], ...], body: str | None
) -> None:
    (code,) = parse_shortcodes(text)
    assert (code.name, code.attributes, code.body) == (name, attributes, body)
    assert code.span == Span(0, len(text))
    if code.body_span is not None:
        assert code.body_span.slice(text) == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no tags at all", []),
        ("[a][b]", [("a", None), ("b", None)]),
        ("[a][b]x[/a]", [("a", "[b]x"), ("b", None)]),
        ("[a][a]x[/a][/a]", [("a", "[a]x[/a]"), ("a", "x")]),
        ("[a]1[/a][a]2[/a]", [("a", "1"), ("a", "2")]),
        ("[a][b]x[/b][/a]", [("a", "[b]x[/b]"), ("b", "x")]),
        ("x [1] y", []),
        ("[[a]]", [("a", None)]),
        ("[ a]", []),
        ("[a", []),
    ],
    ids=[
        "none",
        "two-self-closing",
        "self-closing-inside",
        "same-name-nested",
        "siblings",
        "properly-nested",
        "number-in-brackets",
        "doubled-brackets",
        "space-before-name",
        "unterminated-tag",
    ],
)
def test_several_shortcodes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(code.name, code.body) for code in parse_shortcodes(text)] == expected


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("[lz_table]x", 0, "[lz_table] opened at line 1, column 1 has no closing [/lz_table]"),
        ("one\n two [lz_table]", 9, "opened at line 2, column 6"),
        ("text [/a]", 5, "closing tag [/a] closes nothing that is open"),
        ("[a][b][/a][/b]", 10, "closing tag [/b] closes nothing that is open"),
        ("[a][lz_table][/a]", 3, "[lz_table] opened at line 1, column 4 is not closed before [/a]"),
        ("[a]x[/a y]", 4, "closing tag [/a] takes no attributes"),
        ('[a title="open]', 9, "the value of 'title' opens a quote that never closes"),
        ("[a title=”open]", 9, "opens a quote that never closes"),
    ],
    ids=[
        "unclosed-table",
        "unclosed-position",
        "stray-closing",
        "mismatched",
        "table-closed-by-outer",
        "closing-with-attributes",
        "unterminated-straight",
        "unterminated-curly",
    ],
)
def test_broken_shortcodes(text: str, position: int, reason: str) -> None:
    with pytest.raises(ShortcodeError, match=reason.replace("[", r"\[")) as caught:
        parse_shortcodes(text)
    assert caught.value.position == position
    assert caught.value.text == text


def test_scan_reports_every_problem_and_keeps_what_it_can() -> None:
    codes, problems = scan_shortcodes("[/x] [lz_table] [a]b[/a] [/y]")
    assert [code.name for code in codes] == ["lz_table", "a"]
    assert [error.position for error in problems] == [0, 5, 25]


def test_seed_shortcodes() -> None:
    codes = parse_shortcodes(seed_text())
    assert [code.name for code in codes] == ["lz_ndn", "lz_table", "lower"]
    table = codes[1]
    assert table.body is not None
    assert table.body.startswith("Jurisdictions put on notice for sanctuary policies\n|")
    assert table.body.endswith("*Edward Byrne Memorial Justice Assistance Grant\n")


_BRACKETY = st.text(alphabet=st.sampled_from("[]/ab =”“\"'\n x"), max_size=60)


@given(st.one_of(st.text(), _BRACKETY))
def test_arbitrary_text_only_raises_shortcode_errors(text: str) -> None:
    codes, problems = scan_shortcodes(text)
    if problems:
        with pytest.raises(ShortcodeError) as caught:
            parse_shortcodes(text)
        assert caught.value.position == problems[0].position
    else:
        assert parse_shortcodes(text) == codes
    assert all(p.position is not None and 0 <= p.position < len(text) for p in problems)
    for code in codes:
        raw = code.span.slice(text)
        assert raw.startswith("[" + code.name)
        assert raw.endswith("]")
        if code.body_span is not None:
            assert raw.endswith(f"[/{code.name}]")
            assert code.body_span.slice(text) == code.body


@given(st.lists(st.sampled_from(["a", "b", "lz_table"]), max_size=6), st.text("xy \n", max_size=5))
def test_properly_nested_tags_parse(names: list[str], filler: str) -> None:
    text = "".join(f"[{name} k=”v”]{filler}" for name in names)
    text += "".join(f"[/{name}]" for name in reversed(names))
    codes = parse_shortcodes(text)
    assert [code.name for code in codes] == names
    assert all(code.is_enclosing and code.get("k") == "v" for code in codes)


@pytest.mark.parametrize(
    ("hostile", "codes", "problems"),
    [
        ("[a" * 500_000, 0, 0),
        ("[" + "a" * 1_000_000, 0, 0),
        ("[a " + "“x " * 300_000 + "]", 1, 0),
        ("[a " + '"' * 1_000_001 + "]", 1, 0),
        ("[a]" * 300_000, 300_000, 0),
        ("[/a]" * 250_000, 0, 250_000),
        ("[lz_table]" * 100_000, 100_000, 100_000),
        ("[a x=" + "-" * 1_000_000 + "]", 1, 0),
    ],
    ids=[
        "open-brackets",
        "long-name",
        "curly-quotes",
        "straight-quotes",
        "many-tags",
        "stray-closings",
        "unclosed-tables",
        "long-value",
    ],
)
def test_hostile_text_completes(hostile: str, codes: int, problems: int) -> None:
    found, errors = scan_shortcodes(hostile)
    assert (len(found), len(errors)) == (codes, problems)
