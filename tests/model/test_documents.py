"""The document model: validation at construction and exact round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    Article,
    Paragraph,
    Shortcode,
    Span,
    Table,
    from_json,
    to_json,
)
from sanctuary_model.model.documents import (
    Embed,
    Footnote,
    Furniture,
    FurnitureKind,
    TableCell,
    TableRow,
)
from tests.strategies.articles import (
    articles,
    embeds,
    furniture,
    paragraphs,
    problems,
    related_links,
    shortcodes,
    tables,
)


@pytest.mark.parametrize(
    "strategy",
    [paragraphs(), shortcodes(), tables(), embeds, related_links, furniture(), problems],
    ids=["paragraph", "shortcode", "table", "embed", "related", "furniture", "problem"],
)
@given(data=st.data())
def test_round_trip(strategy: st.SearchStrategy[object], data: st.DataObject) -> None:
    value = data.draw(strategy)
    assert from_json(to_json(value), type(value)) == value


@given(articles())
def test_article_round_trip(article: Article) -> None:
    assert from_json(to_json(article), Article) == article


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Paragraph(" ", Span(0, 1)), "must not be blank"),
        (lambda: Paragraph("abc", Span(0, 2)), "not 2 characters long"),
        (lambda: Furniture(FurnitureKind.POLL_QUESTION, "Who?", Span(0, 3)), "not 3 characters"),
        (lambda: Shortcode("9lives", (), Span(0, 8)), "not a shortcode name"),
        (lambda: Shortcode("a", (), Span(0, 8), body="x"), "both a body and a body span"),
        (lambda: Shortcode("a", (), Span(0, 8), "x", Span(7, 9)), "outside the shortcode"),
        (lambda: Shortcode("a", (), Span(0, 8), "xy", Span(3, 4)), "1 characters long"),
        (lambda: TableCell("FY 2016", Span(0, 7), footnote="*"), "does not end with its marker"),
        (lambda: TableRow((TableCell("a", Span(5, 6)),), Span(0, 3)), "outside its row"),
        (lambda: Footnote("", "note", Span(0, 4)), "must not be blank"),
        (lambda: Embed("ndn", " ", Span(0, 1)), "must not be blank"),
        (
            lambda: Table(
                header=(TableCell("a", Span(0, 1)), TableCell("b", Span(2, 3))),
                rows=(TableRow((TableCell("x", Span(4, 5)),), Span(4, 5)),),
                span=Span(0, 9),
            ),
            "row 0 has 1 cells, the header 2",
        ),
        (lambda: Article("short", paragraphs=(Paragraph("x" * 9, Span(0, 9)),)), "runs past"),
    ],
    ids=[
        "blank-paragraph",
        "paragraph-span-length",
        "furniture-span-length",
        "shortcode-name",
        "body-without-span",
        "body-outside",
        "body-length",
        "marker-not-at-end",
        "cell-outside-row",
        "blank-marker",
        "blank-media-id",
        "row-width",
        "span-past-text",
    ],
)
def test_invalid_objects_are_refused(build: object, message: str) -> None:
    assert callable(build)
    with pytest.raises(ValueError, match=message):
        build()


def test_cell_label_drops_the_marker() -> None:
    cell = TableCell("FY 2016 **", Span(0, 10), footnote="**")
    assert (cell.label, TableCell("Seattle", Span(0, 7)).label) == ("FY 2016", "Seattle")


def test_footnote_for_matches_the_marker() -> None:
    star, dagger = Footnote("*", "Byrne JAG", Span(0, 10)), Footnote("†", "COPS", Span(11, 16))
    header = (TableCell("FY 2016†", Span(20, 28), footnote="†"), TableCell("X", Span(29, 30)))
    table = Table(header=header, footnotes=(star, dagger), span=Span(0, 40))
    assert [table.footnote_for(cell) for cell in header] == [dagger, None]


def test_article_lists_its_spans() -> None:
    article = Article(
        "One.\n\nTwo.",
        paragraphs=(Paragraph("One.", Span(0, 4)), Paragraph("Two.", Span(6, 10))),
    )
    assert list(article.spans()) == [Span(0, 4), Span(6, 10)]
