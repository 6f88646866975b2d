"""Gated patterns: the literals read from a pattern are held by every one of its matches, so
a gated search finds exactly what the plain one does."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model.parsing._gate import Gated, required_literals
from tests.test_differential import corpus


def _gated_patterns() -> Iterator[tuple[str, Gated]]:
    """Every gated pattern the parsers use, by its module and name."""
    import sanctuary_model.parsing.articles  # noqa: F401  (loads every reader)

    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("sanctuary_model."):
            continue
        for name, value in vars(module).items():
            found = value if isinstance(value, tuple) else (value,)
            for index, item in enumerate(found):
                if isinstance(item, Gated):
                    suffix = f"[{index}]" if isinstance(value, tuple) else ""
                    yield f"{module_name}.{name}{suffix}", item


GATED = dict(_gated_patterns())
# The literals are read with CPython's own pattern parser (``re._parser``, Python 3.11+); where
# it is missing every pattern runs ungated, and only the reading itself is untestable.
reads_patterns = pytest.mark.skipif(
    required_literals(re.compile("a")) is None, reason="no re._parser on this Python"
)


def _holds_need(gated: Gated, matched: str) -> bool:
    if gated.folded:
        lowered = matched.lower().replace("ſ", "s").replace("ı", "i").replace("i̇", "i")
        return any(literal in lowered for literal in gated.folded)
    assert gated.literals is not None
    return any(literal in matched for literal in gated.literals) or (
        gated.digit and re.search(r"\d", matched) is not None
    )


@reads_patterns
@pytest.mark.parametrize(
    ("pattern", "literals", "digit"),
    [
        (r"\bupheld\s(?:the\s)?order", {"upheld"}, False),  # the longer literal is kept
        (r"(?:blocked|barred)\b", {"locked", "arred"}, False),  # after re's common "b"
        (r"(?:rule|ruled|ruling)", {"rul"}, False),
        (r"(?:rule|overrule)s", {"rule"}, False),  # a text holding "overrule" holds "rule"
        (r"ab(?=c)(?<=b)cd", {"abcd"}, False),  # lookarounds consume nothing
        (r"\d{1,2}-page\b", {"-page"}, False),
        (r"(?:\d+|§)\s", {"§"}, True),
        (r"[0-9]{4}", set(), True),
        (r"[Tt]he\scity", {"city"}, False),
        (r"(?:Mr|Mrs)\.\s[A-Z]", {"Mr"}, False),
    ],
)
def test_required_literals_read_from_the_pattern(
    pattern: str, literals: set[str], digit: bool
) -> None:
    assert required_literals(re.compile(pattern)) == (frozenset(literals), digit)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i:judge)",  # case-insensitive letters match ſ, K and ı too: no promise
        r"(?i)order",
        r"[A-Z]\w+",
        r"(?:order)?\w",  # optional
        r"(?:order|\w)",  # one branch promises nothing
        r"[^a]",
        r"(?:\w\w)+",
    ],
)
def test_no_promise_no_gate(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None
    gated = Gated(re.compile(pattern))
    assert gated.literals is None
    assert gated.possible("anything at all")


@reads_patterns
def test_case_insensitive_part_gives_no_literal() -> None:
    # "ſ" (long s) matches "s" when case is ignored: a gate on "sessions" would miss it.
    pattern = re.compile(r"(?i:sessions)\swrote")
    gated = Gated(pattern)
    assert gated.literals == ("wrote",)
    text = "ſessions wrote"
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert gated.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the COUNTIES OF Marin",
        "the ſtates of Texas",
        "the cıtıes of Austin",
        "the cİtİes of Austin",
        "the counties oF Marin",
        "two towns, none of Them",
    ],
)
def test_folded_literals_are_sought_as_case_blind_patterns_read(text: str) -> None:
    pattern = re.compile(r"(?i:counties|cities|states|towns) of (?=[A-Z])")
    gated = Gated(pattern, folded=["counties of ", "cities of ", "states of ", "towns of "])
    assert gated.literals is None
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in gated.finditer(text)] == plain
    assert gated.possible(text) or not plain


def test_folded_literals_must_be_lower_case() -> None:
    with pytest.raises(ValueError, match="lower-case ASCII"):
        Gated(re.compile("(?i)Of"), folded=["Of"])


def test_bounds_are_the_pattern_s_own() -> None:
    gated = Gated(re.compile(r"\border\b"))
    text = "an order, then another order"
    assert gated.search(text, 5) is not None
    assert gated.search(text, 5, 20) is None
    assert [m.start() for m in gated.finditer(text, 0, 9)] == [3]
    assert list(gated.finditer("no match here")) == []


@reads_patterns
def test_every_reader_gate_is_a_real_one() -> None:
    assert len(GATED) >= 20
    for name, gated in GATED.items():
        assert gated.literals or gated.folded, name  # a gate with nothing to look for is a mistake


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_in_the_corpus_holds_a_literal(name: str) -> None:
    gated = GATED[name]
    for _article, text, _published in corpus():
        for match in gated.pattern.finditer(text):
            assert _holds_need(gated, match.group(0)), (name, match.group(0))
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.pattern.finditer(text)
        ]


def _vocabulary(gated: Gated) -> list[str]:
    if gated.folded:  # the words of a case-blind gate, in several cases, and a name
        forms = (
            form
            for literal in gated.folded
            for word in literal.split()
            for form in (word, word.title(), word.upper(), word.replace("s", "ſ"))
        )
        return sorted({*forms, "29", "three", "Twenty-One", "more", "Chicago", "the", ","})
    words = re.findall(r"[A-Za-z’'\-.§]+", gated.pattern.pattern)
    return sorted({*words, "the", "a", "city", "Chicago", "128", "2017", ",", "said", "\x1f"})


@pytest.mark.parametrize("name", sorted(GATED))
@given(data=st.data())
def test_gated_search_is_the_plain_search(name: str, data: st.DataObject) -> None:
    gated = GATED[name]
    words = data.draw(st.lists(st.sampled_from(_vocabulary(gated)), max_size=24))
    text = data.draw(st.sampled_from([" ", "\n", " \x1f "])).join(words)
    plain = [m.span() for m in gated.pattern.finditer(text)]
    assert [m.span() for m in gated.finditer(text)] == plain
    for start, end in plain:
        assert _holds_need(gated, text[start:end])
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = gated.search(text, start, end)
    expected = gated.pattern.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


_LIST_OPENER = GATED["sanctuary_model.parsing.jurisdictions._mentions._LIST_OPENER"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from("CcSsſTtPp"),
            st.sampled_from(["ounties", "ities", "tates", "owns", "arishes", "ounty"]),
            st.sampled_from(["of", "OF", "Of", "oF", "on"]),
            st.sampled_from(["Marin", "marin", ""]),
            st.booleans(),
        ),
        max_size=4,
    )
)
def test_list_opener_gate_finds_every_opener(
    phrases: list[tuple[str, str, str, str, bool]],
) -> None:
    text = " ".join(
        f"{first}{rest.upper() if upper else rest} {of} {name}"
        for first, rest, of, name, upper in phrases
    )
    plain = [m.span() for m in _LIST_OPENER.pattern.finditer(text)]
    assert [m.span() for m in _LIST_OPENER.finditer(text)] == plain
