"""Statutes, courts and rulings read from news text: tables of labelled cases and the seed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    SECTION_1373,
    CourtRuling,
    DatePrecision,
    Person,
    RulingKind,
    RulingOutcome,
    RulingScope,
    extract_notices,
    extract_rulings,
    parse_article,
    parse_jurisdiction,
    seed_text,
)
from sanctuary_model.errors import StatuteParseError
from sanctuary_model.model.legal import CourtKind
from sanctuary_model.parsing.legal import (
    all_courts,
    court_by_abbreviation,
    court_by_name,
    court_for_city,
    extract_statutes,
    find_statutes,
    parse_statute,
)
from tests.cases.rulings import RULING_CASES
from tests.linear import assert_linear
from tests.strategies.legal import legal_article

MONDAY = dt.date(2017, 11, 20)
J, G, MIXED = RulingOutcome.FOR_JURISDICTION, RulingOutcome.FOR_GOVERNMENT, RulingOutcome.MIXED
NATIONWIDE = RulingScope.NATIONWIDE

# --- statutes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under 8 U.S.C. § 1373, cities", [("8 U.S.C. § 1373", "8 U.S.C. § 1373")]),
        ("under 8 U.S.C. 1373, cities", [("8 U.S.C. 1373", "8 U.S.C. § 1373")]),
        ("under 8 USC 1373 cities", [("8 USC 1373", "8 U.S.C. § 1373")]),
        ("under 8 U.S.C. §1373(a) cities", [("8 U.S.C. §1373(a)", "8 U.S.C. § 1373")]),
        ("comply with Section 1373.", [("Section 1373", "8 U.S.C. § 1373")]),
        ("and section 1644 of Title 8", [("section 1644 of Title 8", "8 U.S.C. § 1644")]),
        ("Title 8, Section 1373 says", [("Title 8, Section 1373", "8 U.S.C. § 1373")]),
        ("under 34 U.S.C. § 10153", [("34 U.S.C. § 10153", "34 U.S.C. § 10153")]),
        ("under 42 U.S.C. 1983", [("42 U.S.C. 1983", "42 U.S.C. § 1983")]),
        ("Section 5 of the Voting Rights Act", []),
        ("a law passed by Congress in 1996", []),
        ("He cited “8 U.S.C. 1373” in quotes.", []),
        ("under 0 U.S.C. 12 and section 9 of title 0", []),
    ],
    ids=["section-sign", "no-sign", "no-periods", "subsection", "section-alone",
         "section-of-title", "title-comma-section", "byrne-jag-statute", "unknown-statute",
         "unknown-section-alone", "description-without-context", "quoted", "title-zero"],
)  # fmt: skip
def test_statutes(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_statutes(legal_article(text))
    assert [(m.text, m.statute.citation) for m in found] == expected
    assert all(m.inferred is None for m in found)


@pytest.mark.parametrize(
    ("text", "citation"),
    [
        (
            "At issue is a law passed by Congress in 1996 declaring that a government “may not "
            "prohibit, or in any way restrict,” information sharing.",
            "8 U.S.C. § 1373",
        ),
        (
            "A 1996 law says no local entity “may be prohibited, or in any way restricted,” from "
            "sharing.",
            "8 U.S.C. § 1644",
        ),
        (
            "Sanctuary cities risk Byrne JAG money. They defy a law enacted in 1996.",
            "8 U.S.C. § 1373",
        ),
        (
            "They must follow 8 U.S.C. 1644. It was a statute passed by Congress in 1996.",
            "8 U.S.C. § 1644",
        ),
    ],
    ids=["quoted-wording", "quoted-1644-wording", "sanctuary-grant-topic", "cited-elsewhere"],
)
def test_described_statutes_resolve_only_with_evidence(text: str, citation: str) -> None:
    described = [m for m in extract_statutes(legal_article(text)) if m.inferred is not None]
    assert [m.statute.citation for m in described] == [citation]


def test_seed_statute_mentions() -> None:
    found = extract_statutes(parse_article(seed_text()))
    assert [(m.text, m.statute) for m in found] == [
        ("a federal statute promoting information-sharing", SECTION_1373),
        ("a law passed by Congress in 1996", SECTION_1373),
        ("that statute", SECTION_1373),
    ]


# --- courts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("city", "abbreviation"),
    [("Philadelphia", "E.D. Pa."), ("Chicago", "N.D. Ill."), ("San Francisco", "N.D. Cal."),
     ("Los Angeles", "C.D. Cal."), ("Seattle", "W.D. Wash."), ("New York", "S.D.N.Y."),
     ("Sacramento", "E.D. Cal."), ("Berkeley", "N.D. Cal."), ("Denver", "D. Colo."),
     ("Washington", "D.D.C."), ("Jackson", "S.D. Miss."), ("Albany", "N.D.N.Y."),
     ("burlington", "D. Vt."), ("Newark", "D.N.J.")],
)  # fmt: skip
def test_district_court_for_city(city: str, abbreviation: str) -> None:
    court = court_for_city(city)
    assert court is not None
    assert court.abbreviation == abbreviation
    assert court_by_abbreviation(abbreviation) == court


@pytest.mark.parametrize(
    ("city", "abbreviation"),
    [("Boston", "1st Cir."), ("New York", "2d Cir."), ("Philadelphia", "3d Cir."),
     ("Richmond", "4th Cir."), ("New Orleans", "5th Cir."), ("Cincinnati", "6th Cir."),
     ("Chicago", "7th Cir."), ("St. Louis", "8th Cir."), ("San Francisco", "9th Cir."),
     ("Denver", "10th Cir."), ("Atlanta", "11th Cir."), ("Washington", "D.C. Cir.")],
)  # fmt: skip
def test_circuit_for_city(city: str, abbreviation: str) -> None:
    court = court_for_city(city, kind=CourtKind.CIRCUIT)
    assert court is not None
    assert (court.abbreviation, court.seat) == (abbreviation, city)


@pytest.mark.parametrize(
    ("written", "abbreviation"),
    [("S.D.N.Y.", "S.D.N.Y."), ("S.D. N.Y.", "S.D.N.Y."), ("2nd Cir.", "2d Cir."),
     ("3rd Cir.", "3d Cir."), ("Ninth Cir.", "9th Cir."), ("dc cir", "D.C. Cir.")],
)  # fmt: skip
def test_abbreviation_spellings(written: str, abbreviation: str) -> None:
    court = court_by_abbreviation(written)
    assert court is not None
    assert court.abbreviation == abbreviation


def test_ambiguous_or_unknown_cities_give_no_court() -> None:
    assert court_for_city("Portland") is None
    assert court_for_city("Springfield") is None
    assert court_for_city("Atlantis") is None
    court = court_for_city("Portland", "ME")
    assert court is not None
    assert court.abbreviation == "D. Me."


def test_court_table_is_consistent() -> None:
    courts = all_courts()
    circuits = {c.abbreviation for c in courts if c.kind is CourtKind.CIRCUIT}
    assert len(circuits) == 12
    for court in courts:
        assert court.seat == court.cities[0]
        if court.kind is CourtKind.DISTRICT:
            assert court.circuit in circuits
            assert court_by_name(court.name) == court
    assert len({c.abbreviation for c in courts}) == len(courts)


# --- rulings: the seed ---------------------------------------------------------------------

BAYLSON = Person("Michael Baylson", "U.S. District Judge")
LEINENWEBER = Person("Harry Leinenweber", "U.S. District Judge")


def _seed_rulings(published: dt.date | None) -> tuple[CourtRuling, ...]:
    return extract_rulings(parse_article(seed_text(), published=published))


def test_seed_baylson() -> None:
    baylson = _seed_rulings(MONDAY)[0]
    assert baylson.judge == BAYLSON
    assert baylson.court is not None
    assert baylson.court.abbreviation == "E.D. Pa."
    assert baylson.party is not None
    assert (baylson.party.key, baylson.party.state.code) == ("pa/philadelphia", "PA")
    assert (baylson.outcome, baylson.kind, baylson.pages, baylson.scope) == (
        J, RulingKind.ORDER, 128, None)  # fmt: skip
    assert baylson.decided is not None
    # "on the same day" as the notice issued "On Wednesday", within "last week".
    assert (baylson.decided.text, baylson.decided.date) == (
        "on the same day",
        dt.date(2017, 11, 15),
    )
    assert baylson.holding == (
        "the administration overstepped its authority in threatening to withhold grant "
        "funding to the city"
    )
    assert len(baylson.mentions) == 3


def test_seed_leinenweber() -> None:
    ruling = _seed_rulings(MONDAY)[1]
    assert ruling.judge == LEINENWEBER
    assert ruling.court is not None
    assert ruling.court.abbreviation == "N.D. Ill."
    assert ruling.party == parse_jurisdiction("Chicago, Illinois")
    assert (ruling.outcome, ruling.scope) == (MIXED, NATIONWIDE)
    assert ruling.decided is not None
    assert (ruling.decided.date, ruling.decided.precision) == (
        dt.date(2017, 9, 1), DatePrecision.MONTH)  # fmt: skip
    assert ruling.notes == ("court read from the party: Chicago sues in N.D. Ill.",)


def test_seed_denial_of_reconsideration() -> None:
    denial = _seed_rulings(MONDAY)[2]
    assert denial.judge == LEINENWEBER
    assert (denial.kind, denial.outcome, denial.party) == (
        RulingKind.DENIAL_OF_RECONSIDERATION, G, parse_jurisdiction("Chicago, Ill."))  # fmt: skip
    assert denial.decided is not None
    assert (denial.decided.text, denial.decided.date, denial.decided.precision) == (
        "last week", dt.date(2017, 11, 13), DatePrecision.WEEK)  # fmt: skip
    assert denial.subject == "the Justice Department could enforce the information-sharing rules"


def test_seed_rulings_without_publication_date() -> None:
    rulings = _seed_rulings(None)
    assert [r.judge for r in rulings] == [BAYLSON, LEINENWEBER, LEINENWEBER]
    assert [(r.decided.text, r.decided.date) for r in rulings if r.decided] == [
        ("last week", None), ("in September", None), ("last week", None)]  # fmt: skip


def test_seed_rulings_without_parse_article() -> None:
    assert extract_rulings(legal_article(seed_text(), MONDAY)) == _seed_rulings(MONDAY)


# --- rulings: labelled cases beyond the seed -----------------------------------------------


def _row(ruling: CourtRuling) -> tuple[object, ...]:
    decided = ruling.decided
    return (
        None if ruling.judge is None else ruling.judge.name,
        None if ruling.judge is None else ruling.judge.role,
        None if ruling.court is None else ruling.court.abbreviation,
        None if ruling.party is None else ruling.party.name,
        None if decided is None else decided.text,
        None if decided is None or decided.date is None else decided.date.isoformat(),
        ruling.outcome,
        ruling.scope,
        ruling.kind,
        ruling.pages,
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [case[1:] for case in RULING_CASES],
    ids=[case[0] for case in RULING_CASES],
)
def test_labelled_rulings(
    text: str, published: dt.date | None, expected: list[tuple[object, ...]]
) -> None:
    rulings = extract_rulings(legal_article(text, published))
    assert [_row(r) for r in rulings] == expected
    for ruling in rulings:
        assert ruling.span is not None
        assert ruling.span.slice(text)


# --- robustness ----------------------------------------------------------------------------

_NEWSY = st.sampled_from(
    ["Judge", "U.S.", "District", "ruled", "he", "the judge", "denied", "request", "by the city",
     "reconsider", "nationwide", "128-page order", "Philadelphia", "Chicago", "last week",
     "on the same day", "Justice Department", "29 jurisdictions", ",", ".", "\n\n", "“", "”",
     "Jane", "Roe", "Roe's", "against", "in", "Circuit", "(N.D. Cal.)", "A federal judge",
     "0-page order", "0 U.S.C. 1", "fiscal year 1000", "on Feb. 30", "by Friday", "letters",
     "sent letters to", "0 cities", "Section 1373", "a law passed by Congress in 1996"]
)  # fmt: skip


@given(st.lists(_NEWSY, max_size=60).map(" ".join), st.none() | st.dates())
def test_newsy_word_salad_never_raises(text: str, published: dt.date | None) -> None:
    article = legal_article(text, published)
    for ruling in extract_rulings(article):
        assert ruling.span is not None
    for notice in extract_notices(article):
        assert notice.span is not None


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    extract_rulings(legal_article(text, MONDAY))
    extract_statutes(legal_article(text))


@pytest.mark.parametrize(
    ("unit", "count"),
    [("U.S. District Judge Jane Roe ruled. ", 1750),
     ("A federal judge in Chicago ruled, and ", 1750),
     ("he denied a request by the city to reconsider ", 1375), ("8 U.S.C. § 1373 ", 3750),
     ("Judge ", 10500), ("“x ", 20000), ("Aa ", 20000)],
    ids=["named-judges", "clauses", "denials", "citations", "judge-words", "open-quotes",
         "capitalised"],
)  # fmt: skip
def test_hostile_inputs_take_linear_time(unit: str, count: int) -> None:
    assert_linear(lambda text: extract_rulings(legal_article(text, MONDAY)), unit, count)


@pytest.mark.parametrize(
    ("text", "citation"),
    [
        ("8 U.S.C. § 1373", "8 U.S.C. § 1373"),
        ("8 USC 1373(a)", "8 U.S.C. § 1373"),
        ("Title 8, Section 1644", "8 U.S.C. § 1644"),
        ("Section 1644 of Title 8", "8 U.S.C. § 1644"),
        ("34 U.S.C. § 10153(a)(5)", "34 U.S.C. § 10153"),
        ("Section 1373", "8 U.S.C. § 1373"),
    ],
)
def test_parse_statute_reads_one_citation(text: str, citation: str) -> None:
    statute = parse_statute(text)
    assert statute.citation == citation
    # The one grammar: the same statute, known details included, wherever it is read.
    assert [m.statute for m in extract_statutes(f"It cites {text}.")] == [statute]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no citation"),
        ("a law passed in 1996", "no citation"),
        ("8 U.S.C. § 1373 and 8 U.S.C. § 1644", "more than one statute"),
        ("see 8 U.S.C. § 1373", "words besides"),
        ("Section 99999", "no citation"),
    ],
)
def test_parse_statute_refuses_what_is_not_one_citation(text: str, reason: str) -> None:
    with pytest.raises(StatuteParseError, match=reason):
        parse_statute(text)


def test_find_statutes_reads_only_citations() -> None:
    found = find_statutes("Section 1644 of Title 8 and a 1996 law; see 8 U.S.C. § 1373.")
    assert [m.statute.citation for m in found] == ["8 U.S.C. § 1644", "8 U.S.C. § 1373"]
    assert found[0].statute.year_enacted == 1996
