"""Governments named in running text, and the list forms the name reader learned."""

from __future__ import annotations

import pytest
from hypothesis import given

from sanctuary_model import (
    JurisdictionKind,
    JurisdictionMention,
    MentionResolution,
    Span,
    extract_jurisdictions,
    from_json,
    parse_article,
    parse_jurisdiction,
    to_json,
)
from sanctuary_model.errors import JurisdictionParseError
from sanctuary_model.model.geography import STATES_BY_CODE
from sanctuary_model.parsing.jurisdictions import jurisdictions_in
from tests.strategies import jurisdiction_mentions

K = JurisdictionKind
R = MentionResolution


@given(jurisdiction_mentions())
def test_a_mention_round_trips_through_json(mention: JurisdictionMention) -> None:
    assert from_json(to_json(mention), JurisdictionMention) == mention


def test_a_mention_text_must_fit_its_span() -> None:
    chicago = parse_jurisdiction("Chicago")
    with pytest.raises(ValueError, match="does not fit"):
        JurisdictionMention("Chicago", Span(0, 3), chicago, R.RANKED)


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.jurisdiction.key, m.resolution.value) for m in extract_jurisdictions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aid to Denver and Multnomah County, Ore., was frozen.",
            [
                ("Denver", "co/denver", "ranked"),
                ("Multnomah County", "or/multnomah-county", "explicit"),
            ],
        ),
        (
            "The mayor of Evanston, Illinois, objected.",
            [("Evanston", "il/evanston", "explicit")],
        ),
        (
            "Letters went to the counties of Marin, Napa and Solano in California.",
            [
                ("Marin", "ca/marin-county", "context"),
                ("Napa", "ca/napa-county", "context"),
                ("Solano", "ca/solano-county", "context"),
                ("California", "ca/state", "explicit"),
            ],
        ),
        (
            "Officials in Erie, Monroe and Albany counties in New York met.",
            [
                ("Erie", "ny/erie-county", "context"),
                ("Monroe", "ny/monroe-county", "context"),
                ("Albany", "ny/albany-county", "context"),
                ("New York", "ny/state", "explicit"),
            ],
        ),
        (
            "the states of Oregon, Vermont and Washington sued",
            [
                ("Oregon", "or/state", "explicit"),
                ("Vermont", "vt/state", "explicit"),
                ("Washington", "wa/state", "explicit"),
            ],
        ),
        (
            "The city of Boston said the Boston Police Commissioner agreed.",
            [("Boston", "ma/boston", "ranked"), ("Boston", "ma/boston", "ranked")],
        ),
        (
            "Seattle Mayor Jenny Durkan spoke; the Justice Department did not.",
            [("Seattle", "wa/seattle", "ranked")],
        ),
        ("Washington said the grants would stop.", []),
        ("George Washington and Lawrence Tribe wrote.", []),
        ("The Washington Post and the Chicago Tribune reported it.", []),
        (
            "a rally in Washington, D.C., on Friday",
            [("Washington", "dc/washington", "explicit")],
        ),
        (
            "the New York Police Department and New York City",
            [
                ("New York", "ny/new-york-city", "context"),
                ("New York City", "ny/new-york-city", "ranked"),
            ],
        ),
    ],
    ids=[
        "city-and-county-with-state",
        "state-spelled-out",
        "counties-of-list",
        "trailing-counties-list",
        "states-of-list",
        "city-of",
        "title-after-place",
        "metonymy",
        "people",
        "newspapers",
        "dc",
        "state-name-as-city",
    ],
)
def test_running_text_names_these_governments(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == expected


def test_table_cells_in_the_text_keep_their_states() -> None:
    text = "Lowell (Mass.),$10 Hennepin Cty. (Minn.),$20 Macon Cty., Ill.,$30"
    assert _read(text) == [
        ("Lowell", "ma/lowell", "explicit"),
        ("Hennepin Cty.", "mn/hennepin-county", "explicit"),
        ("Macon Cty.", "il/macon-county", "explicit"),
    ]


def test_the_nearest_named_state_places_a_designated_name() -> None:
    text = (
        "Ohio was first. Later, in Jackson, Mississippi, officials said the city of Jackson"
        " would comply."
    )
    last = extract_jurisdictions(text)[-1]
    assert (last.jurisdiction.key, last.resolution) == ("ms/jackson", R.CONTEXT)


def test_a_court_district_names_no_state_and_places_nothing() -> None:
    text = "A suit in the Eastern District of Texas names Cook County and the city of Aurora."
    assert _read(text)[0] == ("Cook County", "il/cook-county", "ranked")
    assert all(key != "tx/state" for _, key, _ in _read(text))


def test_an_office_is_read_with_the_government_it_serves() -> None:
    text = "Deputies of the Hennepin County Sheriff's Office and the Tulsa Police Department"
    assert _read(text) == [
        ("Hennepin County Sheriff's Office", "mn/hennepin-county/sheriff", "explicit"),
        ("Hennepin County", "mn/hennepin-county", "explicit"),
        ("Tulsa Police Department", "ok/tulsa/police-department", "ranked"),
        ("Tulsa", "ok/tulsa", "ranked"),
    ]


def test_the_district_of_columbia_is_read_whole() -> None:
    assert _read("grants to the District of Columbia") == [
        ("District of Columbia", "dc/washington", "explicit")
    ]


def test_a_locator_state_is_not_a_separate_mention() -> None:
    keys = [m.jurisdiction.key for m in extract_jurisdictions("Cook County, Illinois, and Ohio")]
    assert keys == ["il/cook-county", "oh/state"]


def test_spans_point_back_into_the_text_and_can_be_offset() -> None:
    text = "Grants to Newark, N.J., and Sacramento County were held."
    for mention in extract_jurisdictions(text):
        assert text[mention.span.start : mention.span.end] == mention.text
    moved = jurisdictions_in(text, offset=7)
    assert [m.span.start for m in moved] == [m.span.start + 7 for m in extract_jurisdictions(text)]


def test_an_article_carries_its_jurisdictions() -> None:
    article = parse_article("The city of Philadelphia sued the Justice Department.")
    assert [m.jurisdiction.key for m in article.jurisdictions] == ["pa/philadelphia"]


@pytest.mark.parametrize(
    ("text", "state", "key", "kind"),
    [
        ("Tulsa (OK) Police Department", None, "ok/tulsa/police-department", K.AGENCY),
        ("Cobb (GA) County Sheriff's Office", None, "ga/cobb-county/sheriff", K.AGENCY),
        ("Polk County in Iowa", None, "ia/polk-county", K.COUNTY),
        ("Dane County Wis. (includes Madison)", None, "wi/dane-county", K.COUNTY),
        ("Omaha, City Of", None, "ne/omaha", K.CITY),
        ("Pima, County Of", None, "az/pima-county", K.COUNTY),
        ("Caddo, Parish Of", None, "la/caddo-parish", K.COUNTY),
        ("Corrections, Nevada Dept Of", None, "nv/state/department-of-corrections", K.AGENCY),
        ("Broomfield, City + County", None, "co/broomfield", K.CITY_COUNTY),
        ("Tucson, City", None, "az/tucson", K.CITY),
        ("Spokane (EO)", "WA", "wa/spokane", K.CITY),
        ("Yakima County*", None, "wa/yakima-county", K.COUNTY),
        ("Salem (New)", "OR", "or/salem", K.CITY),
        ("Tangipahoa Parish Sheriff's Office", None, "la/tangipahoa-parish/sheriff", K.AGENCY),
        ("Kenai Peninsula Borough", None, "ak/kenai-peninsula-borough", K.COUNTY),
        ("Bethel (CA)", "AK", "ak/bethel-census-area", K.COUNTY),
        (
            "Ohio Department of Rehabilitation and Correction",
            None,
            "oh/state/department-of-rehabilitation-and-correction",
            K.AGENCY,
        ),
        (
            "Arizona Criminal Justice Commission (ACJC)",
            None,
            "az/state/criminal-justice-commission",
            K.AGENCY,
        ),
        ("Georgia Bureau of Investigation", None, "ga/state/bureau-of-investigation", K.AGENCY),
        ("Fresno - Fresno County", None, "ca/fresno", K.CITY),
        ("Rowan", "NC", "nc/rowan-county", K.COUNTY),
        ("Macon-Bibb County", None, "ga/macon-bibb-county", K.CITY_COUNTY),
        ("Athens", "GA", "ga/athens-clarke-county", K.CITY_COUNTY),
        ("Norfolk", "VA", "va/norfolk", K.CITY),
        ("Suffolk", "VA", "va/suffolk", K.CITY_COUNTY),
        ("Brookline", "MA", "ma/brookline", K.CITY),
        ("Ponce", None, "pr/ponce-municipio", K.COUNTY),
    ],
)
def test_real_list_forms(text: str, state: str | None, key: str, kind: K) -> None:
    given = None if state is None else STATES_BY_CODE[state]
    jurisdiction = parse_jurisdiction(text, state=given)
    assert (jurisdiction.key, jurisdiction.kind) == (key, kind)


def test_an_office_of_a_borough_keeps_the_whole_borough_name() -> None:
    police = parse_jurisdiction("North Slope Borough Police Department")
    assert (police.name, police.key) == (
        "North Slope Borough Police Department",
        "ak/north-slope-borough/police-department",
    )


def test_a_marker_and_an_explanation_are_kept_as_notes() -> None:
    notes = parse_jurisdiction("Dane County Wis. (includes Madison)").notes
    assert any("includes Madison" in note for note in notes)
    assert any("'(EO)'" in note for note in parse_jurisdiction("Spokane, WA (EO)").notes)


def test_a_name_with_another_state_than_the_given_one_is_an_error() -> None:
    with pytest.raises(JurisdictionParseError, match="places it in TX but state=OK"):
        parse_jurisdiction("Tulsa (TX)", state=STATES_BY_CODE["OK"])


def test_an_unranked_ambiguous_name_is_refused() -> None:
    with pytest.raises(JurisdictionParseError, match=r"ambiguous.*give its state"):
        parse_jurisdiction("Washington County")
