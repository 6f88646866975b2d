"""The annotated HTML view: highlights wrap exactly their spans' text."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from sanctuary_model import Article, parse_article, seed_article, seed_text
from sanctuary_model.annotate import Mark, _highlighted, annotate, marks
from sanctuary_model.cli import main

SEED = seed_article()


def highlighted_texts(page: str) -> dict[str, str]:
    """Each ``data-mark`` id and the text of its pieces, joined in document order."""
    texts: dict[str, str] = defaultdict(str)
    for node in LexborHTMLParser(page).css("mark[data-mark]"):
        texts[str(node.attributes["data-mark"])] += node.text(deep=True)
    return dict(texts)


def test_every_highlight_wraps_exactly_its_span() -> None:
    page = annotate(SEED)
    tree = LexborHTMLParser(page)
    main_ = tree.css_first("main")
    assert main_ is not None
    assert main_.text(deep=True) == SEED.text
    found = marks(SEED)
    texts = highlighted_texts(page)
    assert set(texts) == {m.id for m in found}
    for mark in found:
        assert texts[mark.id] == SEED.text[mark.start : mark.end], mark
    kinds = Counter(m.kind for m in found)
    assert kinds["award"] == len(SEED.awards)
    assert kinds["quote"] == len(SEED.quotes)
    assert kinds["jurisdiction"] == len(SEED.jurisdictions)
    assert kinds["date"] == sum(d.span is not None for d in SEED.dates)
    assert kinds["amount"] >= len(SEED.awards)


def test_hover_titles_say_speaker_bounds_place_and_date() -> None:
    tree = LexborHTMLParser(annotate(SEED))
    titles: dict[str, list[str]] = defaultdict(list)
    for node in tree.css("mark[data-mark]"):
        kind = str(node.attributes["data-mark"]).split("-")[0]
        titles[kind].append(str(node.attributes["title"]))
    assert "direct quote: Chris Chmielenski" in titles["quote"]
    assert "amount: 1,900,000 USD within [1,850,000, 1,950,000]" in titles["amount"]
    assert any(
        "Philadelphia: city_county, Pennsylvania, FIPS 42101" in t for t in titles["jurisdiction"]
    )
    assert "date: 2017-11-15 (day)" in titles["date"]


def test_side_panel_lists_the_notices_discrepancies_and_nothing_is_fetched() -> None:
    page = annotate(SEED)
    tree = LexborHTMLParser(page)
    items = [li.text() for li in tree.css("aside ul.discrepancies li")]
    assert items == list(SEED.notices[0].discrepancies())
    assert tree.css("script") == []
    assert not any(tree.css(selector) for selector in ("link", "img", "iframe", "[src]"))
    assert "http" not in page.lower().replace("http-equiv", "")


def test_text_is_escaped() -> None:
    article = parse_article("<b>Tags</b> & “quotes” said the mayor of Oakland, Calif.")
    page = annotate(article)
    main_ = LexborHTMLParser(page).css_first("main")
    assert main_ is not None
    assert main_.text(deep=True) == article.text
    assert LexborHTMLParser(page).css("main b") == []


@given(
    st.text(alphabet="ab<&\n ", min_size=1, max_size=40).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(st.integers(0, len(text)), st.integers(0, len(text))),
                max_size=8,
            ),
        )
    )
)
def test_crossing_marks_are_split_but_still_cover_their_spans(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, pairs = case
    found = [
        Mark("quote", min(a, b), max(a, b), "t", f"m-{n}")
        for n, (a, b) in enumerate(pairs)
        if a != b
    ]
    found.sort(key=lambda m: (m.start, -m.end))
    page = f"<main>{''.join(_highlighted(text, found))}</main>"
    main_ = LexborHTMLParser(page).css_first("main")
    assert main_ is not None
    assert main_.text(deep=True) == text
    texts = highlighted_texts(page)
    for mark in found:
        assert texts[mark.id] == text[mark.start : mark.end]


def test_cli_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "seed.txt"
    source.write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["annotate", str(source), "--published", "2017-11-20", "-o", str(out)]) == 0
    article: Article = parse_article(seed_text(), published=SEED.published)
    assert out.read_text(encoding="utf-8") == annotate(article, title=str(source))
    assert capsys.readouterr() == ("", "")


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["annotate", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.html")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["annotate", "-o", str(tmp_path / "no" / "a.html")]) == 1
    assert capsys.readouterr().err.startswith("sanctuary-model: error: cannot write")
    assert main(["annotate"]) == 2
