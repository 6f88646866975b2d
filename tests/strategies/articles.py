"""Hypothesis strategies for articles: model objects, and article TEXT built from parts whose
spans are known before parsing."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from sanctuary_model import (
    Article,
    Paragraph,
    Problem,
    Shortcode,
    Span,
    Table,
)
from sanctuary_model.model.documents import (
    Embed,
    Footnote,
    Furniture,
    FurnitureKind,
    PublishedSource,
    RelatedLink,
    TableCell,
    TableRow,
)
from tests.strategies import awards as grant_awards
from tests.strategies import spans

# Running text: no brackets (shortcodes), no newlines (blank lines cut blocks).
_PROSE_ALPHABET = st.characters(
    codec="utf-8",
    exclude_categories=("Cs", "Cc", "Zl", "Zp"),
    exclude_characters="[]\n\r\x0b\x0c\x1c\x1d\x1e\x85",
)
words = st.from_regex(r"[A-Za-z][a-z]{0,9}", fullmatch=True)
sentences = st.lists(words, min_size=1, max_size=12).map(" ".join).map(lambda s: s + ".")
prose = (
    st.text(_PROSE_ALPHABET, min_size=1, max_size=80)
    .map(str.strip)
    .filter(lambda s: s and not s.lower().startswith(("related", "by ")))
)
paragraph_texts = st.one_of(sentences, prose)

# Names the jurisdiction parser reads (the seed's own rows) and amounts as tables write them.
SEED_NAMES = (
    "Berkeley (Calf.)",
    "San Francisco",
    "Santa Clara Cty. (CA.)",
    "Fremont (Calif.)",
    "Santa Ana (Calif.)",
    "Denver City &\xa0Cty.",
    "West Palm Beach (Fla.)",
    "Illinois",
    "Lawrence (Mass.)",
    "Jackson (Miss.)",
    "Seattle",
    "King\xa0Cty.\xa0(Wash.)",
)


def _spaced(value: int) -> str:
    return f"{value:,}".replace(",", " ")


@st.composite
def amount_cells(draw: st.DrawFn) -> tuple[str, str, int]:
    """``(raw cell, cell text, value)``: ``$37 509``, `` $99 109`` or ``"$1,476,400"``."""
    value = draw(st.integers(1, 99_999_999))
    style = draw(st.sampled_from(["spaced", "leading", "quoted"]))
    if style == "quoted":
        text = f"${value:,}"
        return f'"{text}"', text, value
    text = f"${_spaced(value)}"
    return (" " + text if style == "leading" else text), text, value


@attrs.frozen
class Part:
    """A block of a generated article: its raw text and what it should parse as."""

    kind: str
    raw: str
    expected: object = None


@attrs.frozen
class GeneratedArticle:
    """An article's text and, for every part, its kind, raw text and span."""

    text: str
    parts: tuple[tuple[Part, Span], ...]

    def spans_of(self, kind: str) -> list[Span]:
        return [span for part, span in self.parts if part.kind == kind]

    def parts_of(self, kind: str) -> list[Part]:
        return [part for part, _span in self.parts if part.kind == kind]


@attrs.frozen
class ExpectedTable:
    title: str
    caption: str | None
    names: tuple[str, ...]
    values: tuple[int, ...]
    cell_texts: tuple[str, ...]
    fiscal_year: int


titles = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,3}", fullmatch=True)


@st.composite
def table_parts(draw: st.DrawFn, awards: bool = True) -> Part:
    """An ``[lz_table]`` in the seed's layout, with FY-column amounts (or plain numbers)."""
    title = draw(titles)
    caption = draw(st.none() | sentences)
    year = draw(st.integers(2000, 2030))
    names = draw(st.lists(st.sampled_from(SEED_NAMES), min_size=1, max_size=6))
    cells = [draw(amount_cells()) for _ in names]
    column = f"FY {year}*" if awards else "Count"
    rows = "".join(f"{name},{raw}\n" for name, (raw, _t, _v) in zip(names, cells, strict=True))
    note = "*Edward Byrne Memorial Justice Assistance Grant\n" if awards else ""
    raw = (
        f"[lz_table title=”{title}” source=”Justice Department”]{caption or ''}\n"
        f"|Jurisdiction,{column}\n{rows}|\n{note}[/lz_table]"
    )
    expected = ExpectedTable(
        title,
        caption,
        tuple(names),
        tuple(value for _r, _t, value in cells),
        tuple(text for _r, text, _v in cells),
        year,
    )
    return Part("table", raw, expected)


paragraph_parts = paragraph_texts.map(lambda text: Part("paragraph", text))
related_parts = sentences.map(lambda title: Part("related", f"Related:\xa0{title}", title))
embed_parts = st.integers(1, 10**9).map(
    lambda media: Part("embed", f"[lz_ndn video={media}]", str(media))
)
poll_parts = st.just(
    (
        Part("poll_question", "Who do you think would win the Presidency?"),
        Part(
            "poll_consent",
            "By completing the poll, you agree to receive emails from LifeZette.",
        ),
    )
)


@st.composite
def generated_articles(draw: st.DrawFn, awards: bool = True) -> GeneratedArticle:
    """Article text assembled from parts separated by blank lines, with every part's span."""
    single = st.one_of(
        paragraph_parts,
        paragraph_parts,
        related_parts,
        embed_parts,
        table_parts(awards=awards),
    ).map(lambda part: (part,))
    groups = draw(st.lists(single | poll_parts, min_size=1, max_size=8))
    separators = st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n\xa0\n"])
    text = draw(st.sampled_from(["", "\n", " "]))
    placed: list[tuple[Part, Span]] = []
    for group in groups:
        for part in group:
            if placed:
                text += draw(separators)
            placed.append((part, Span(len(text), len(text) + len(part.raw))))
            text += part.raw
    text += draw(st.sampled_from(["", "\n", "\n\n"]))
    return GeneratedArticle(text, tuple(placed))


# Model objects for round trips: each class built valid, spans inside a text when needed.


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(paragraph_texts)
    start = draw(st.integers(0, 1000))
    return Paragraph(text, Span(start, start + len(text)))


shortcode_names = st.from_regex(r"[A-Za-z][\w-]{0,10}", fullmatch=True)


@st.composite
def shortcodes(draw: st.DrawFn) -> Shortcode:
    span = draw(spans())
    attributes = tuple(draw(st.lists(st.tuples(shortcode_names, st.text(max_size=10)))))
    if draw(st.booleans()) and len(span) >= 2:
        body_start = draw(st.integers(span.start, span.end))
        body_end = draw(st.integers(body_start, span.end))
        body = draw(st.text(min_size=body_end - body_start, max_size=body_end - body_start))
        return Shortcode(draw(shortcode_names), attributes, span, body, Span(body_start, body_end))
    return Shortcode(draw(shortcode_names), attributes, span)


@st.composite
def table_cells(draw: st.DrawFn) -> TableCell:
    marker = draw(st.none() | st.sampled_from(["*", "**", "†"]))
    text = draw(st.text(max_size=12)) + (marker or "")
    return TableCell(text, draw(spans()), footnote=marker, quoted=draw(st.booleans()))


@st.composite
def tables(draw: st.DrawFn) -> Table:
    header = tuple(draw(st.lists(table_cells(), min_size=1, max_size=4)))
    rows = []
    for _ in range(draw(st.integers(0, 3))):
        cells = tuple(
            TableCell(draw(st.text(max_size=5)), Span(10 * i, 10 * i + 5))
            for i in range(len(header))
        )
        rows.append(TableRow(cells, Span(0, 10 * len(header))))
    footnotes = tuple(
        draw(st.lists(st.builds(Footnote, st.sampled_from(["*", "†"]), st.text(), spans())))
    )
    return Table(
        title=draw(st.none() | st.text()),
        source=draw(st.none() | st.text()),
        caption=draw(st.none() | st.text()),
        header=header,
        rows=tuple(rows),
        footnotes=footnotes,
        span=draw(spans()),
    )


embeds = st.builds(Embed, words, st.from_regex(r"[0-9]{1,10}", fullmatch=True), spans())
related_links = st.builds(RelatedLink, sentences, spans())


@st.composite
def furniture(draw: st.DrawFn) -> Furniture:
    text = draw(sentences)
    start = draw(st.integers(0, 1000))
    return Furniture(draw(st.sampled_from(FurnitureKind)), text, Span(start, start + len(text)))


problems = st.builds(
    Problem,
    st.text(),
    st.none() | spans(),
    row=st.none() | st.integers(0, 100),
    column=st.none() | st.integers(0, 10),
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An ``Article`` built field by field, every span inside its text and every copied text
    (a paragraph's, a furniture block's, a shortcode's body) equal to the text at its span."""
    prose = draw(st.lists(paragraphs(), max_size=3))
    blocks = draw(st.lists(furniture(), max_size=2))
    text = draw(st.text(min_size=0, max_size=200))
    placed_paragraphs, placed_furniture = [], []
    for paragraph in prose:
        text += "\n\n"
        placed_paragraphs.append(
            Paragraph(paragraph.text, Span(len(text), len(text) + len(paragraph.text)))
        )
        text += paragraph.text
    for block in blocks:
        text += "\n\n"
        placed_furniture.append(
            Furniture(block.kind, block.text, Span(len(text), len(text) + len(block.text)))
        )
        text += block.text
    text += " " * 10_000
    codes = tuple(
        code if code.body_span is None else attrs.evolve(code, body=code.body_span.slice(text))
        for code in draw(st.lists(shortcodes(), max_size=3))
    )
    dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))
    article = Article(
        text=text,
        published=draw(dates),
        paragraphs=tuple(placed_paragraphs),
        shortcodes=codes,
        tables=tuple(draw(st.lists(tables(), max_size=2))),
        embeds=tuple(draw(st.lists(embeds, max_size=2))),
        related=tuple(draw(st.lists(related_links, max_size=2))),
        furniture=tuple(placed_furniture),
        awards=tuple(draw(st.lists(grant_awards, max_size=3))),
        problems=tuple(draw(st.lists(problems, max_size=2))),
    )
    return draw(with_page_metadata(article))


_EASTERN_STANDARD = dt.timezone(-dt.timedelta(hours=5))


@st.composite
def with_page_metadata(draw: st.DrawFn, article: Article) -> Article:
    """``article`` with page metadata (a timestamp only on its publication date)."""
    names = st.text(min_size=1, max_size=30)
    published_at = None
    if article.published is not None and draw(st.booleans()):
        zone = draw(st.none() | st.sampled_from([dt.timezone.utc, _EASTERN_STANDARD]))
        published_at = dt.datetime.combine(article.published, draw(st.times()), tzinfo=zone)
    return attrs.evolve(
        article,
        headline=draw(st.none() | names),
        authors=tuple(draw(st.lists(names, max_size=3))),
        outlet=draw(st.none() | names),
        url=draw(st.none() | st.just("https://example.com/2017/11/15/a-story/")),
        published_at=published_at,
        published_source=draw(st.none() | st.sampled_from(PublishedSource)),
    )


__all__ = [
    "SEED_NAMES",
    "ExpectedTable",
    "GeneratedArticle",
    "Part",
    "amount_cells",
    "articles",
    "embeds",
    "furniture",
    "generated_articles",
    "grant_awards",
    "paragraphs",
    "problems",
    "related_links",
    "shortcodes",
    "table_parts",
    "tables",
    "with_page_metadata",
]
