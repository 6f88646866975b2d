"""extract_notices: the seed, labelled cases beyond it, and robustness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    BYRNE_JAG,
    SECTION_1373,
    DojNotice,
    FiscalYear,
    extract_notices,
    parse_article,
    seed_text,
)
from sanctuary_model.model.grants import SCAAP
from tests.linear import assert_linear
from tests.strategies.legal import legal_article, stand_in_awards

MONDAY = dt.date(2017, 11, 20)


def _seed_notice(published: dt.date | None) -> DojNotice:
    article = parse_article(seed_text(), published=published)
    (notice,) = extract_notices(article)
    assert notice.prior_awards == article.awards
    return notice


def test_seed_notice() -> None:
    notice = _seed_notice(MONDAY)
    article = parse_article(seed_text(), published=MONDAY)
    assert notice.issuer == "U.S. Department of Justice"
    assert notice.issued is not None
    assert (notice.issued.text, notice.issued.date) == ("On Wednesday", dt.date(2017, 11, 15))
    assert notice.stated_recipient_count == 29
    assert notice.recipients == tuple(award.jurisdiction for award in article.awards)
    assert len(notice.recipients) == 28
    assert notice.program == BYRNE_JAG
    assert (notice.prior_fiscal_year, notice.fiscal_year_at_stake) == (
        FiscalYear(2016), FiscalYear(2017))  # fmt: skip
    assert notice.response_deadline is not None
    assert notice.response_deadline.date == dt.date(2017, 12, 8)
    assert notice.statute == SECTION_1373
    assert notice.span is not None
    assert notice.span.slice(article.text).startswith("A federal judge in Philadelphia")
    assert len(notice.mentions) == 3


def test_seed_discrepancy_is_29_stated_28_listed() -> None:
    notice = _seed_notice(MONDAY)
    # extract_notices reads the text alone; parse_article attaches the official roster.
    assert notice.official is None
    assert notice.discrepancies() == ("the text states 29 recipients but lists 28",)
    attached = parse_article(seed_text(), published=MONDAY).notices[0]
    assert attached.official is not None
    assert attached.official.issued is not None
    assert attached.official.issued.date == dt.date(2017, 11, 15)
    assert attached.discrepancies(official=None) == notice.discrepancies()
    assert attached.discrepancies() == (
        "the text states 29 recipients but lists 28",
        "State of Vermont is on the official list but not in the report",
    )


def test_seed_notice_without_publication_date_keeps_mentions_unresolved() -> None:
    notice = _seed_notice(None)
    assert notice.issued is not None
    assert notice.response_deadline is not None
    assert (notice.issued.text, notice.issued.date) == ("On Wednesday", None)
    assert (notice.response_deadline.text, notice.response_deadline.date) == (
        "by December 8", None)  # fmt: skip


def test_seed_notice_without_parse_article() -> None:
    article = legal_article(seed_text(), MONDAY, stand_in_awards(28))
    (notice,) = extract_notices(article)
    assert len(notice.recipients) == 28
    assert notice.discrepancies(official=None) == ("the text states 29 recipients but lists 28",)


# text, published, expected notices as
# (issued text, issued date, count, program, FY at stake, deadline date, statute citation)
NOTICE_CASES = [
    ("letters-with-deadline",
     "On Friday, the Justice Department sent letters to 10 jurisdictions warning that they "
     "could lose Byrne JAG funding unless they prove compliance with 8 U.S.C. 1373 by Oct. 27.",
     dt.date(2017, 10, 16),
     [("On Friday", "2017-10-13", 10, BYRNE_JAG, None, "2017-10-27", "8 U.S.C. § 1373")]),
    ("threat-fiscal-year-until",
     "The Justice Department on Wednesday threatened to withhold fiscal year 2018 grants from "
     "23 states, cities and counties, giving them until Feb. 23 to respond.",
     dt.date(2018, 1, 25),
     [("on Wednesday", "2018-01-24", 23, None, FiscalYear(2018), "2018-02-23", None)]),
    ("opinion-is-not-a-notice",
     "Attorney General Jeff Sessions has repeatedly said sanctuary cities put public safety at "
     "risk.", None, []),
    ("background-is-not-a-notice",
     "Since taking office, Attorney General Jeff Sessions has taken steps to put jurisdictions "
     "on notice.", None, []),
    ("dated-letter-section",
     "In a letter dated Nov. 15, 2017, the Department of Justice told Cook County it had until "
     "December 8 to show compliance with Section 1373.", MONDAY,
     [("Nov. 15, 2017", "2017-11-15", None, None, None, "2017-12-08", "8 U.S.C. § 1373")]),
    ("unresolved-without-publication-date",
     "On Wednesday, the Justice Department put 29 more jurisdictions on notice.", None,
     [("On Wednesday", None, 29, None, None, None, None)]),
    ("two-rounds",
     "In April, the Justice Department sent letters to nine jurisdictions. On Wednesday, the "
     "department put 29 more jurisdictions on notice.", MONDAY,
     [("In April", "2017-04-01", 9, None, None, None, None),
      ("On Wednesday", "2017-11-15", 29, None, None, None, None)]),
    ("scaap-warning",
     "The Justice Department warned 12 cities on Tuesday that they could lose State Criminal "
     "Alien Assistance Program money.", dt.date(2017, 8, 3),
     [("on Tuesday", "2017-08-01", 12, SCAAP, None, None, None)]),
    ("other-department",
     "Vaughan said the Department of Homeland Security has resisted that because of the sheer "
     "volume of arrests.", None, []),
    ("ancient-fiscal-year",
     "The Justice Department letter demands a response about fiscal year 1200 grants from 0 "
     "cities.", None,
     [(None, None, 0, None, None, None, None)]),
    ("heldout-eight-letters",
     "The Justice Department on Thursday sent letters to eight jurisdictions, including New York "
     "City, demanding proof of compliance with Section 1373 by June 30.", dt.date(2018, 5, 1),
     [("on Thursday", "2018-04-26", 8, None, None, "2018-06-30", "8 U.S.C. § 1373")]),
    ("heldout-last-week-two-fiscal-years",
     "Last week, the Justice Department threatened to cut off fiscal year 2017 Byrne JAG money "
     "from 29 jurisdictions that received awards in fiscal year 2016.", MONDAY,
     [("Last week", "2017-11-13", 29, BYRNE_JAG, FiscalYear(2017), None, None)]),
    ("quoted-threat",
     "“The Justice Department sent letters to 40 cities,” the mayor said.", None, []),
]  # fmt: skip


def _row(notice: DojNotice) -> tuple[object, ...]:
    issued, deadline = notice.issued, notice.response_deadline
    return (
        None if issued is None else issued.text,
        None if issued is None or issued.date is None else issued.date.isoformat(),
        notice.stated_recipient_count,
        notice.program,
        notice.fiscal_year_at_stake,
        None if deadline is None or deadline.date is None else deadline.date.isoformat(),
        None if notice.statute is None else notice.statute.citation,
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [case[1:] for case in NOTICE_CASES],
    ids=[case[0] for case in NOTICE_CASES],
)
def test_labelled_notices(
    text: str, published: dt.date | None, expected: list[tuple[object, ...]]
) -> None:
    assert [_row(n) for n in extract_notices(legal_article(text, published))] == expected


def test_awards_go_to_the_notice_whose_count_matches() -> None:
    text = (
        "In April, the Justice Department sent letters to nine jurisdictions. On Wednesday, the "
        "department put 4 more jurisdictions on notice."
    )
    first, second = extract_notices(legal_article(text, MONDAY, stand_in_awards(4)))
    assert (len(first.prior_awards), len(second.prior_awards)) == (0, 4)


@given(st.text(max_size=300), st.none() | st.dates())
def test_arbitrary_text_never_raises(text: str, published: dt.date | None) -> None:
    for notice in extract_notices(legal_article(text, published)):
        assert notice.span is not None


@pytest.mark.parametrize(
    ("unit", "count"),
    [("On Wednesday, the Justice Department put 29 more jurisdictions on notice. ", 875),
     ("the Justice Department letter ", 2250), ("Justice Department ", 3500),
     ("DOJ sent letters to 5 cities by December 8 in fiscal year 2016 ", 1000)],
    ids=["notices", "letters", "department", "details"],
)  # fmt: skip
def test_hostile_inputs_take_linear_time(unit: str, count: int) -> None:
    assert_linear(lambda text: extract_notices(legal_article(text, MONDAY)), unit, count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday the Justice Department sent letters to Denver, King County and the "
            "state of Oregon, asking for records by March 2.",
            [("co/denver", "CO"), ("wa/king-county", "WA"), ("or/state", "OR")],
        ),
        (
            "The Justice Department on Friday mailed notices to Providence, R.I., and "
            "Burlington, Vt., two more sanctuary cities.",
            [("ri/providence", "RI"), ("vt/burlington", "VT")],
        ),
    ],
)
def test_recipients_named_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    (notice,) = extract_notices(text)
    assert [(j.key, j.state.code) for j in notice.recipients] == expected
    assert "recipients named in the text" in notice.notes[-1]


def test_places_before_the_addressee_are_not_recipients() -> None:
    text = (
        "A judge in Philadelphia ruled last week; on Monday the Justice Department sent "
        "letters to Fresno and Sacramento County, Calif."
    )
    (notice,) = extract_notices(text)
    assert [j.name for j in notice.recipients] == ["Fresno", "Sacramento County"]
