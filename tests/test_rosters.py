"""Official rosters: the DOJ's own lists, and matching reported jurisdictions against them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    DojNotice,
    Jurisdiction,
    JurisdictionKind,
    from_json,
    parse_jurisdiction,
    seed_article,
    seed_awards,
    to_json,
)
from sanctuary_model.rosters import (
    JurisdictionMatch,
    RosterComparison,
    compare_with_official,
    match_jurisdictions,
    official_notice_for,
    official_notices,
)
from tests import strategies as s

DATA = Path(__file__).resolve().parent.parent / "src" / "sanctuary_model" / "data"
RAW = json.loads((DATA / "doj_1373_notices.json").read_text(encoding="utf-8"))
OFFICIAL_NAMES = [name for notice in RAW["notices"] for name in notice["recipients"]]
NOVEMBER = dt.date(2017, 11, 15)


def test_shipped_file_is_the_curated_one() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "doj_1373_notices.json"
    if shared.exists():
        assert shared.read_bytes() == (DATA / "doj_1373_notices.json").read_bytes()


@pytest.mark.parametrize("name", OFFICIAL_NAMES)
def test_every_official_name_parses(name: str) -> None:
    jurisdiction = parse_jurisdiction(name)
    assert jurisdiction.kind is not JurisdictionKind.AGENCY


def test_official_notices_are_typed_and_carry_their_source() -> None:
    january, november, april = official_notices()
    assert january.issued is not None
    assert january.issued.date == dt.date(2018, 1, 24)
    assert len({j.key for j in january.recipients}) == 23
    assert january.response_deadline is not None
    assert january.response_deadline.date == dt.date(2018, 2, 23)
    assert january.source is not None
    assert "subpoena" in january.source
    assert november.issued is not None
    assert november.issued.date == NOVEMBER
    assert april.issued is not None
    assert april.issued.date == dt.date(2017, 4, 21)
    assert (len(november.recipients), len(april.recipients)) == (29, 9)
    assert november.response_deadline is not None
    assert november.response_deadline.date == dt.date(2017, 12, 8)
    assert november.statute is not None
    assert november.statute.section == "1373"
    assert november.source is not None
    assert "29 Jurisdictions" in november.source
    assert len({j.key for j in november.recipients}) == 29
    assert official_notice_for(NOVEMBER) is november
    assert official_notice_for(dt.date(2017, 11, 16)) is None


def test_every_seed_row_matches_exactly_one_official_recipient() -> None:
    official = official_notice_for(NOVEMBER)
    assert official is not None
    rows = [award.jurisdiction for award in seed_awards()]
    comparison = match_jurisdictions(rows, official.recipients)
    assert comparison.unmatched == ()
    assert len(comparison.matches) == 28
    assert len({m.official.key for m in comparison.matches}) == 28
    assert [j.name for j in comparison.missing] == ["State of Vermont"]


@pytest.mark.parametrize(
    ("reported", "official_key", "rule"),
    [
        ("Newark Police Department", "nj/newark", "grantee agency"),
        ("Albany Pub Safety", "ny/albany", "grantee agency"),
        ("Ore. Criminal Justice", "or/state", "grantee agency"),
        ("D.C. (Vic. Services)", "dc/washington", "grantee agency"),
        ("Louisville/Jeff.\u00a0Cty.", "ky/louisville-jefferson-county", "same jurisdiction"),
        ("Denver City &\u00a0Cty.", "co/denver", "same jurisdiction"),
        ("Middlesex\u00a0Cty.\u00a0(N.J.)", "nj/middlesex-county", "same jurisdiction"),
        ("Berkeley (Calf.)", "ca/berkeley", "same jurisdiction"),
    ],
)
def test_pairings_say_why(reported: str, official_key: str, rule: str) -> None:
    official = official_notice_for(NOVEMBER)
    assert official is not None
    comparison = match_jurisdictions([parse_jurisdiction(reported)], official.recipients)
    (match,) = comparison.matches
    assert match.official.key == official_key
    assert match.reason.startswith(rule)


def test_names_are_never_paired_by_similarity() -> None:
    comparison = match_jurisdictions(
        [parse_jurisdiction("Albany County, N.Y.")], [parse_jurisdiction("Albany, New York")]
    )
    assert comparison.matches == ()
    assert [j.key for j in comparison.unmatched] == [parse_jurisdiction("Albany County, N.Y.").key]


def test_seed_notice_discrepancies_explain_29_against_28() -> None:
    (notice,) = seed_article().notices
    found = notice.discrepancies()
    assert any("29" in line and "28" in line for line in found)
    assert any("State of Vermont" in line and "official" in line for line in found)
    comparison = compare_with_official(notice)
    assert comparison is not None
    assert comparison.discrepancies() == (
        "State of Vermont is on the official list but not in the report",
    )


@given(st.data())
def test_matching_is_order_independent(data: st.DataObject) -> None:
    official = official_notice_for(NOVEMBER)
    assert official is not None
    rows = [award.jurisdiction for award in seed_awards()]
    reported = data.draw(st.permutations(rows))
    roster = data.draw(st.permutations(official.recipients))
    assert match_jurisdictions(reported, roster) == match_jurisdictions(rows, official.recipients)


matches = st.builds(JurisdictionMatch, s.jurisdictions(), s.jurisdictions(), s.names)
comparisons = st.builds(
    RosterComparison,
    st.lists(matches, max_size=3).map(tuple),
    st.lists(s.jurisdictions(), max_size=3).map(tuple),
    st.lists(s.jurisdictions(), max_size=3).map(tuple),
)


@given(matches)
def test_match_round_trips(match: JurisdictionMatch) -> None:
    assert from_json(to_json(match), JurisdictionMatch) == match


@given(comparisons)
def test_comparison_round_trips(comparison: RosterComparison) -> None:
    assert from_json(to_json(comparison), RosterComparison) == comparison


@pytest.mark.parametrize(
    "notice", official_notices(), ids=["2018-01-24", "2017-11-15", "2017-04-21"]
)
def test_official_notice_round_trips(notice: DojNotice) -> None:
    assert from_json(to_json(notice), DojNotice) == notice
    assert all(isinstance(j, Jurisdiction) for j in notice.recipients)
