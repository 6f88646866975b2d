"""Whole articles: blocks, shortcodes, tables, the seed's 28 awards, spans and bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    Article,
    FiscalYear,
    ParseError,
    SanctuaryModelError,
    ShortcodeError,
    Span,
    TableError,
    parse_article,
    parse_jurisdiction,
    seed_text,
)
from sanctuary_model.model.documents import FurnitureKind
from sanctuary_model.model.grants import COPS, SCAAP, GrantProgram
from sanctuary_model.parsing.grants import find_program, find_programs, parse_program
from tests.strategies.articles import ExpectedTable, GeneratedArticle, generated_articles


def assert_spans_slice_back(article: Article) -> None:
    """Every extracted object's span slices back to the raw text it was read from."""
    text = article.text
    for paragraph in article.paragraphs:
        assert paragraph.span.slice(text) == paragraph.text
    for code in article.shortcodes:
        raw = code.span.slice(text)
        assert raw.startswith("[" + code.name)
        assert raw.endswith("]")
        if code.body_span is not None:
            assert code.body_span.slice(text) == code.body
    for table in article.tables:
        assert table.span.slice(text).startswith("[lz_table")
        for cell in table.header + tuple(c for row in table.rows for c in row.cells):
            raw = cell.span.slice(text)
            assert (raw.replace('""', '"') if cell.quoted else raw) == cell.text
        for row in table.rows:
            assert table.span.contains(row.span)
            assert row.span.slice(text) == row.span.slice(text).strip()
        for footnote in table.footnotes:
            raw = footnote.span.slice(text)
            assert raw.startswith(footnote.marker)
            assert raw.endswith(footnote.text)
    for embed in article.embeds:
        assert embed.media_id in embed.span.slice(text)
    for link in article.related:
        label, _colon, title = link.span.slice(text).partition(":")
        assert label.strip().lower() == "related"
        assert title.strip() == link.title
    for piece in article.furniture:
        assert piece.span.slice(text) == piece.text
    rows = {row.span for table in article.tables for row in table.rows}
    for award in article.awards:
        assert award.span in rows


# Every row of the seed's table: raw jurisdiction, its key, amount value, low, high.
SEED_AWARDS = [
    ("Berkeley (Calf.)", "ca/berkeley", 37_509, 37_509, 37_509),
    ("San Francisco", "ca/san-francisco", 522_943, 522_943, 522_943),
    ("Los Angeles", "ca/los-angeles", 1_900_000, 1_850_000, 1_950_000),
    ("Santa Clara Cty. (CA.)", "ca/santa-clara-county", 72_612, 72_612, 72_612),
    ("Contra Costa Cty. (CA.)", "ca/contra-costa-county", 194_562, 194_562, 194_562),
    ("Fremont (Calif.)", "ca/fremont", 21_872, 21_872, 21_872),
    ("Monterey Cty. (Calif.)", "ca/monterey-county", 17_607, 17_607, 17_607),
    ("Riverside Cty. (Calif.)", "ca/riverside-county", 54_551, 54_551, 54_551),
    ("Sacramento Cty. (CA.)", "ca/sacramento-county", 241_650, 241_650, 241_650),
    ("Santa Ana (Calif.)", "ca/santa-ana", 99_109, 99_109, 99_109),
    ("Sonoma Cty. (Calif.)", "ca/sonoma-county", 48_287, 48_287, 48_287),
    ("Watsonville City (Calif.)", "ca/watsonville", 20_115, 20_115, 20_115),
    ("Denver City & Cty.", "co/denver", 426_590, 426_590, 426_590),
    ("D.C. (Vic. Services)", "dc/washington/victim-services", 1_476_400, 1_476_400, 1_476_400),
    ("West Palm Beach (Fla.)", "fl/west-palm-beach", 61_115, 61_115, 61_115),
    ("Illinois", "il/state", 6_700_000, 6_650_000, 6_750_000),
    ("Louisville/Jeff. Cty.", "ky/louisville-jefferson-county", 598_104, 598_104, 598_104),
    ("Lawrence (Mass.)", "ma/lawrence", 71_811, 71_811, 71_811),
    ("Jackson (Miss.)", "ms/jackson", 260_499, 260_499, 260_499),
    ("Newark Police Department", "nj/newark/police-department", 525_446, 525_446, 525_446),
    ("Middlesex Cty. (N.J.)", "nj/middlesex-county", 17_862, 17_862, 17_862),
    ("Bernalillo Cty. (N.M.)", "nm/bernalillo-county", 63_236, 63_236, 63_236),
    ("Albany Pub Safety", "ny/albany/department-of-public-safety", 65_738, 65_738, 65_738),
    ("Multnomah Cty. (Ore.)", "or/multnomah-county", 173_088, 173_088, 173_088),
    (
        "Ore. Criminal Justice",
        "or/state/criminal-justice-commission",
        2_100_000,
        2_050_000,
        2_150_000,
    ),
    ("Burlington (Vt.)", "vt/burlington", 39_945, 39_945, 39_945),
    ("Seattle", "wa/seattle", 673_166, 673_166, 673_166),
    ("King Cty. (Wash.)", "wa/king-county", 203_065, 203_065, 203_065),
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return parse_article(seed_text())


def test_seed_has_28_awards(seed: Article) -> None:
    assert len(seed.awards) == len(SEED_AWARDS) == 28
    assert {award.fiscal_year for award in seed.awards} == {FiscalYear(2016)}
    assert {award.program for award in seed.awards} == {BYRNE_JAG}
    assert len({award.jurisdiction.key for award in seed.awards}) == 28
    assert seed.problems == ()


@pytest.mark.parametrize(
    ("index", "name", "key", "value", "low", "high"),
    [(index, *row) for index, row in enumerate(SEED_AWARDS)],
    ids=[row[0] for row in SEED_AWARDS],
)
def test_seed_award(
    seed: Article, index: int, name: str, key: str, value: int, low: int, high: int
) -> None:
    award = seed.awards[index]
    assert award.jurisdiction.key == key
    assert (award.amount.value, award.amount.low, award.amount.high) == (
        Decimal(value),
        Decimal(low),
        Decimal(high),
    )
    assert award.amount.currency == "USD"
    assert award.amount.is_exact == (value == low == high)
    assert award.span is not None
    assert " ".join(award.span.slice(seed.text).split()).startswith(name + ",")


def test_seed_structure(seed: Article) -> None:
    assert len(seed.paragraphs) == 26
    assert seed.paragraphs[0].text.startswith("Two things happened last week")
    assert seed.paragraphs[-1].text.startswith("“It’s a lot safer for an ICE agent")
    assert [code.name for code in seed.shortcodes] == ["lz_ndn", "lz_table", "lower"]
    assert [(e.provider, e.media_id) for e in seed.embeds] == [("ndn", "33262507")]
    assert [link.title for link in seed.related] == [
        "Almost 300 Illegal Alien Criminals Released in Late 2016",
        "ICE Chief: Shame on Those Who Criticize Us for Enforcing Immigration Laws",
    ]
    assert [(piece.kind, piece.text[:24]) for piece in seed.furniture] == [
        (FurnitureKind.POLL_QUESTION, "Who do you think would w"),
        (FurnitureKind.POLL_CONSENT, "By completing the poll, "),
    ]
    (table,) = seed.tables
    assert table.title == "Sanctuary Jurisdictions"


def test_seed_blocks_are_not_paragraphs(seed: Article) -> None:
    texts = [paragraph.text for paragraph in seed.paragraphs]
    assert not any(
        text.startswith(("[", "Related", "Who do you", "By completing")) for text in texts
    )
    assert not any("|Jurisdiction" in text or "Byrne Memorial" in text[:20] for text in texts)


def test_seed_spans_slice_back(seed: Article) -> None:
    assert_spans_slice_back(seed)


def test_published_is_kept() -> None:
    article = parse_article("Text.", published=dt.date(2017, 11, 22))
    assert article.published == dt.date(2017, 11, 22)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("", []),
        ("\n \n\xa0\n", []),
        ("One.", ["One."]),
        ("  One.  \n\n\n  Two.\n", ["One.", "Two."]),
        ("Line one\nline two\n\nNext.", ["Line one\nline two", "Next."]),
        ("Before [lower court] after.", ["Before [lower court] after."]),
        ("Before.\n[lz_ndn video=1]\nAfter.", ["Before.", "After."]),
        ("Before.\n[caption id=1]multi\n\nline[/caption]\nAfter.", ["Before.", "After."]),
        ("Text [lz_table]|A\n1\n[/lz_table] more", ["Text", "more"]),
        ("Related: A\nRelated: B\n\nRelated and more.", ["Related and more."]),
        ("Is this a question?\n\nAnother one.", ["Is this a question?", "Another one."]),
    ],
    ids=[
        "empty",
        "only-blank",
        "one",
        "trimmed",
        "single-newline-kept",
        "inline-shortcode",
        "shortcode-line",
        "multi-line-shortcode",
        "inline-table",
        "related-lines",
        "question-without-poll",
    ],
)
def test_paragraphs(text: str, paragraphs: list[str]) -> None:
    article = parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert_spans_slice_back(article)


def test_related_lines_each_become_a_link() -> None:
    article = parse_article("Related: A\nrelated:B")
    assert [link.title for link in article.related] == ["A", "B"]


@pytest.mark.parametrize(
    ("text", "error", "reason"),
    [
        ("Intro.\n\n[lz_table]\n|A,B\n", ShortcodeError, "has no closing"),
        ("Intro [/lz_table]", ShortcodeError, "closes nothing"),
        (
            "[lz_table]|Place,FY 2016*\nSeattle,$1\nAlbany\n|\n*Byrne JAG\n[/lz_table]",
            TableError,
            "row 1, column 1",
        ),
        (
            "[lz_table]|Place,FY 2016*\nSeattle,$1\nAlbany,lots\n|\n*Byrne JAG\n[/lz_table]",
            TableError,
            "row 1, column 1",
        ),
        ("[lz_table]|Place,FY 2016\nSeattle,$1\n|\n[/lz_table]", TableError, "column 1"),
    ],
    ids=["unclosed-table", "stray-closing", "wrong-width", "bad-amount", "unknown-program"],
)
def test_strict_errors(text: str, error: type[Exception], reason: str) -> None:
    with pytest.raises(error) as caught:
        parse_article(text)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("text", "awards", "problem"),
    [
        ("Intro.\n\n[lz_table]\n|A,B\n", 0, "has no closing"),
        (
            "[lz_table]|Place,FY 2016*\nSeattle,$1\nAlbany\n|\n*Byrne JAG\n[/lz_table]",
            1,
            "row 1, column 1: 1 cells, too few",
        ),
        (
            "[lz_table]|Place,FY 2016*\nSeattle,$1\nAlbany,lots\n|\n*Byrne JAG\n[/lz_table]",
            1,
            "row 1, column 1: cannot read 'lots'",
        ),
        (
            "[lz_table]|Place,FY 2016*\nNowhere Special,$1\nSeattle,$2\n|\n*Byrne JAG\n[/lz_table]",
            1,
            "row 0, column 0: cannot read 'Nowhere Special'",
        ),
        (
            "[lz_table]|Place,FY 2016\nSeattle,$1\n|\n[/lz_table]",
            0,
            "cannot tell which grant program column 1",
        ),
    ],
    ids=["unclosed-table", "wrong-width", "bad-amount", "bad-jurisdiction", "unknown-program"],
)
def test_lenient_records_problems(text: str, awards: int, problem: str) -> None:
    article = parse_article(text, strict=False)
    assert len(article.awards) == awards
    (recorded,) = article.problems
    assert problem in recorded.message
    assert_spans_slice_back(article)


def test_lenient_never_keeps_a_wrong_award() -> None:
    text = "[lz_table]|Place,FY 2016*\nSeattle,$1.2.3\nSeattle,$5\n|\n*Byrne JAG\n[/lz_table]"
    article = parse_article(text, strict=False)
    assert [award.amount.value for award in article.awards] == [Decimal(5)]
    assert article.problems[0].span == Span(text.index("Seattle"), text.index("\nSeattle,$5"))


def test_a_table_without_fiscal_years_lists_no_awards() -> None:
    article = parse_article("[lz_table]|Place,Population\nSeattle,737 015\n|\n[/lz_table]")
    assert (len(article.tables), article.awards, article.problems) == (1, (), ())


def _check_generated(generated: GeneratedArticle, article: Article) -> None:
    text = generated.text
    assert article.text == text
    assert_spans_slice_back(article)
    assert [p.span for p in article.paragraphs] == generated.spans_of("paragraph")
    assert [link.span for link in article.related] == generated.spans_of("related")
    assert [e.span for e in article.embeds] == generated.spans_of("embed")
    assert [e.media_id for e in article.embeds] == [p.expected for p in generated.parts_of("embed")]
    assert [t.span for t in article.tables] == generated.spans_of("table")
    assert [f.span for f in article.furniture] == sorted(
        generated.spans_of("poll_question") + generated.spans_of("poll_consent")
    )
    assert article.problems == ()


@given(generated_articles(awards=False))
def test_generated_articles_parse_back(generated: GeneratedArticle) -> None:
    _check_generated(generated, parse_article(generated.text))


@given(generated_articles(awards=True))
def test_generated_award_tables(generated: GeneratedArticle) -> None:
    article = parse_article(generated.text)
    _check_generated(generated, article)
    expected = [part.expected for part in generated.parts_of("table")]
    rows = [
        (name, value, table.fiscal_year)
        for table in expected
        if isinstance(table, ExpectedTable)
        for name, value in zip(table.names, table.values, strict=True)
    ]
    assert [
        (award.jurisdiction, award.amount.value, award.fiscal_year.year, award.program)
        for award in article.awards
    ] == [(parse_jurisdiction(" ".join(n.split())), Decimal(v), y, BYRNE_JAG) for n, v, y in rows]
    assert all(award.amount.is_exact for award in article.awards)


_MARKUP = st.lists(
    st.sampled_from([*'[]/|,*"”“\n x1$.', "lz_table", "FY 2016", "Related:", "Seattle"]),
    max_size=60,
).map("".join)


@given(st.one_of(st.text(), _MARKUP), st.booleans())
def test_arbitrary_text_only_raises_our_errors(text: str, strict: bool) -> None:
    try:
        article = parse_article(text, strict=strict)
    except SanctuaryModelError:
        assert strict, "a lenient parse records problems instead of raising"
        return
    assert_spans_slice_back(article)


@pytest.mark.parametrize(
    "hostile",
    [
        "word " * 200_000,
        "\n" * 1_000_000,
        "[a]\n\n" * 200_000,
        "Related:" * 125_000,
        " \xa0" * 500_000 + "x",
        "[lz_table]|A,FY 2016*\n" + "x,\n" * 300_000 + "[/lz_table]",
    ],
    ids=["words", "newlines", "shortcode-blocks", "related", "spaces", "huge-table"],
)
def test_hostile_text_completes(hostile: str) -> None:
    article = parse_article(hostile, strict=False)
    assert article.text == hostile


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("*Edward Byrne Memorial Justice Assistance Grant", True),
        ("Edward Byrne Memorial Justice Assistance Grants", True),
        ("the Byrne JAG program", True),
        ("Byrne Justice Assistance Grant", True),
        ("Justice\xa0Assistance Grant", True),
        ("CFDA 16.738", True),
        ("JAG", True),
        ("jagged edges", False),
        ("a jag of cops", False),
        ("16.7389", False),
        ("", False),
    ],
    ids=lambda value: repr(value) if isinstance(value, str) else str(value),
)
def test_program_names(text: str, found: bool) -> None:
    assert (find_program(text) is BYRNE_JAG) is found
    if found:
        assert parse_program(text) is BYRNE_JAG
    else:
        with pytest.raises(ParseError, match="names no known grant program"):
            parse_program(text)


@pytest.mark.parametrize(
    ("text", "program"),
    [
        ("Community Oriented Policing Services hiring grants", COPS),
        ("a COPS grant", COPS),
        ("State Criminal Alien Assistance Program reimbursements", SCAAP),
        ("SCAAP money", SCAAP),
        ("CFDA 16.606", SCAAP),
    ],
)
def test_other_programs_are_named_by_the_same_recogniser(text: str, program: GrantProgram) -> None:
    assert find_program(text) is program
    assert parse_program(text) is program


def test_several_programs_are_no_one_program() -> None:
    assert [p.short_name for p in find_programs("JAG, COPS and SCAAP")] == [
        "Byrne JAG",
        "COPS",
        "SCAAP",
    ]
    assert find_program("JAG or COPS") is None
