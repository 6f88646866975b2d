"""Reading states and jurisdiction names: the seed table, the DOJ's own lists, common forms."""

from __future__ import annotations

import contextlib
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import (
    JurisdictionKind,
    JurisdictionParseError,
    StateLookupError,
    UsState,
    all_states,
    lookup_state,
    parse_jurisdiction,
)
from sanctuary_model.model.geography import STATES_BY_CODE
from sanctuary_model.parsing.jurisdictions import match_state
from sanctuary_model.parsing.jurisdictions._gazetteer import (
    curated_places,
    find_places,
    name_key,
    places,
)
from tests.strategies.places import (
    AGENCY_FORMS,
    CITY_COUNTY_FORMS,
    CITY_FORMS,
    COUNTY_FORMS,
    PARISH_FORMS,
    STATE_FORMS,
    city_key,
    county_key,
    place_names,
    state_key,
    states,
)

S, CO, CI, CC, D, A = (
    JurisdictionKind.STATE,
    JurisdictionKind.COUNTY,
    JurisdictionKind.CITY,
    JurisdictionKind.CITY_COUNTY,
    JurisdictionKind.DISTRICT,
    JurisdictionKind.AGENCY,
)

# ---------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("text", "code", "form"),
    [
        ("CA", "CA", "usps"),
        ("CA.", "CA", "usps"),
        (" ca ", "CA", "usps"),
        ("California", "CA", "name"),
        ("CALIFORNIA", "CA", "name"),
        ("Calif.", "CA", "ap"),
        ("calif", "CA", "ap"),
        ("Cal.", "CA", "traditional"),
        ("Wash.", "WA", "ap"),
        ("Wn.", "WA", "traditional"),
        ("Ore.", "OR", "ap"),
        ("Oreg.", "OR", "traditional"),
        ("N.J.", "NJ", "ap"),
        ("N. J.", "NJ", "ap"),
        ("N.M.", "NM", "ap"),
        ("N. Mex.", "NM", "traditional"),
        ("Fla.", "FL", "ap"),
        ("Mass.", "MA", "ap"),
        ("Miss.", "MS", "ap"),
        ("Vt.", "VT", "ap"),
        ("W.Va.", "WV", "ap"),
        ("W. Va.", "WV", "ap"),
        ("Pa.", "PA", "ap"),
        ("Penna.", "PA", "traditional"),
        ("D.C.", "DC", "ap"),
        ("District of Columbia", "DC", "name"),
        ("Puerto Rico", "PR", "name"),
        ("Virgin Islands", "VI", "name"),
        ("U.S. Virgin Islands", "VI", "name"),
        ("Guam", "GU", "name"),
        ("Texas", "TX", "name"),
        ("Tex.", "TX", "traditional"),
        ("Wis.", "WI", "ap"),
        ("Kans.", "KS", "traditional"),
        ("\u00a0Vt.\u00a0", "VT", "ap"),
    ],
    ids=lambda value: str(value),
)
def test_lookup_state_reads_every_printed_form(text: str, code: str, form: str) -> None:
    assert lookup_state(text).code == code
    match = match_state(text)
    assert (match.state.code, match.form, match.correction) == (code, form, None)


@pytest.mark.parametrize(
    ("text", "code", "correction"),
    [
        ("Calf.", "CA", "'Calf.' read as 'Calif.' (typo)"),
        ("Orgeon", "OR", "'Orgeon' read as 'Oregon' (typo)"),
        ("Tenn", "TN", None),
        ("Pennsylvnia", "PA", "'Pennsylvnia' read as 'Pennsylvania' (typo)"),
    ],
    ids=["Calf.", "Orgeon", "Tenn", "Pennsylvnia"],
)
def test_a_slip_that_points_at_one_state_is_corrected_and_recorded(
    text: str, code: str, correction: str | None
) -> None:
    match = match_state(text)
    assert (match.state.code, match.correction, match.corrected) == (
        code,
        correction,
        correction is not None,
    )
    assert match.text == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no letters"),
        ("...", "no letters"),
        ("XX", "not a US state"),
        ("Calif. Cty.", "not a US state"),
        ("Alaa", "AK or AL"),
        ("Ontario", "not a US state"),
        ("C" * 100, "longer than"),
    ],
    ids=["empty", "dots", "XX", "two-words", "ambiguous-slip", "Ontario", "long"],
)
def test_anything_else_is_a_state_lookup_error_naming_the_text(text: str, reason: str) -> None:
    with pytest.raises(StateLookupError, match=reason) as caught:
        lookup_state(text)
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


@given(states)
def test_every_state_is_found_by_each_of_its_forms(state: UsState) -> None:
    for text in (state.code, state.name, state.ap_abbreviation, state.name.upper()):
        assert lookup_state(text) is STATES_BY_CODE[state.code]


@given(st.text(max_size=80))
def test_lookup_state_raises_only_our_error(text: str) -> None:
    with contextlib.suppress(StateLookupError):
        assert lookup_state(text) in all_states()


# ---------------------------------------------------------------- the seed table

SEED = [
    ("Berkeley (Calf.)", "Berkeley", CI, "CA", "ca/berkeley", "0606000"),
    ("San Francisco", "City and County of San Francisco", CC, "CA", "ca/san-francisco", "06075"),
    ("Los Angeles", "Los Angeles", CI, "CA", "ca/los-angeles", "0644000"),
    ("Santa Clara Cty. (CA.)", "Santa Clara County", CO, "CA", "ca/santa-clara-county", "06085"),
    ("Contra Costa Cty. (CA.)", "Contra Costa County", CO, "CA", "ca/contra-costa-county", "06013"),
    ("Fremont (Calif.)", "Fremont", CI, "CA", "ca/fremont", "0626000"),
    ("Monterey Cty. (Calif.)", "Monterey County", CO, "CA", "ca/monterey-county", "06053"),
    ("Riverside Cty.\u00a0(Calif.)", "Riverside County", CO, "CA", "ca/riverside-county", "06065"),
    ("Sacramento Cty. (CA.)", "Sacramento County", CO, "CA", "ca/sacramento-county", "06067"),
    ("Santa Ana (Calif.)", "Santa Ana", CI, "CA", "ca/santa-ana", "0669000"),
    ("Sonoma Cty. (Calif.)", "Sonoma County", CO, "CA", "ca/sonoma-county", "06097"),
    ("Watsonville City (Calif.)", "Watsonville", CI, "CA", "ca/watsonville", "0683668"),
    ("Denver City & Cty.", "City and County of Denver", CC, "CO", "co/denver", "08031"),
    (
        "D.C. (Vic. Services)",
        "District of Columbia Office of Victim Services and Justice Grants",
        A,
        "DC",
        "dc/washington/victim-services",
        None,
    ),
    ("West Palm Beach (Fla.)", "West Palm Beach", CI, "FL", "fl/west-palm-beach", "1276600"),
    ("Illinois", "State of Illinois", S, "IL", "il/state", "17"),
    (
        "Louisville/Jeff. Cty.",
        "Louisville/Jefferson County Metro Government",
        CC,
        "KY",
        "ky/louisville-jefferson-county",
        "21111",
    ),
    ("Lawrence (Mass.)", "Lawrence", CI, "MA", "ma/lawrence", "2534550"),
    ("Jackson (Miss.)", "Jackson", CI, "MS", "ms/jackson", "2836000"),
    (
        "Newark Police Department",
        "Newark Police Department",
        A,
        "NJ",
        "nj/newark/police-department",
        None,
    ),
    ("Middlesex Cty. (N.J.)", "Middlesex County", CO, "NJ", "nj/middlesex-county", "34023"),
    ("Bernalillo Cty. (N.M.)", "Bernalillo County", CO, "NM", "nm/bernalillo-county", "35001"),
    (
        "Albany Pub Safety",
        "Albany Department of Public Safety",
        A,
        "NY",
        "ny/albany/department-of-public-safety",
        None,
    ),
    ("Multnomah Cty. (Ore.)", "Multnomah County", CO, "OR", "or/multnomah-county", "41051"),
    (
        "Ore. Criminal Justice",
        "Oregon Criminal Justice Commission",
        A,
        "OR",
        "or/state/criminal-justice-commission",
        None,
    ),
    ("Burlington (Vt.)", "Burlington", CI, "VT", "vt/burlington", "5010675"),
    ("Seattle", "Seattle", CI, "WA", "wa/seattle", "5363000"),
    ("King Cty. (Wash.)", "King County", CO, "WA", "wa/king-county", "53033"),
]


@pytest.mark.parametrize(
    ("text", "name", "kind", "code", "key", "fips"), SEED, ids=[row[0] for row in SEED]
)
def test_every_seed_name(
    text: str, name: str, kind: JurisdictionKind, code: str, key: str, fips: str | None
) -> None:
    jurisdiction = parse_jurisdiction(text)
    assert (jurisdiction.name, jurisdiction.kind, jurisdiction.state.code) == (name, kind, code)
    assert (jurisdiction.key, jurisdiction.fips) == (key, fips)


@pytest.mark.parametrize(
    ("text", "government_key", "government_kind"),
    [
        ("Newark Police Department", "nj/newark", CI),
        ("Albany Pub Safety", "ny/albany", CI),
        ("Ore. Criminal Justice", "or/state", S),
        ("D.C. (Vic. Services)", "dc/washington", D),
    ],
    ids=["Newark", "Albany", "Oregon", "DC"],
)
def test_seed_agencies_belong_to_their_government(
    text: str, government_key: str, government_kind: JurisdictionKind
) -> None:
    government = parse_jurisdiction(text).government
    assert government is not None
    assert (government.key, government.kind) == (government_key, government_kind)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Berkeley (Calf.)", "'Calf.' read as 'Calif.' (typo)"),
        ("Santa Clara Cty. (CA.)", "'Cty.' expanded to 'County'"),
        ("Denver City & Cty.", "'&' expanded to 'and'"),
        ("Denver City & Cty.", "state inferred from the bundled gazetteer"),
        ("Louisville/Jeff. Cty.", "'Jeff.' expanded to 'Jefferson'"),
        ("Seattle", "state inferred from the bundled gazetteer: Seattle, Wash."),
        ("Newark Police Department", "chose the most populous, Newark, N.J."),
        ("Albany Pub Safety", "'Pub Safety' read as 'Department of Public Safety'"),
        ("Ore. Criminal Justice", "(a known agency)"),
        ("Watsonville City (Calif.)", "read as the city of Watsonville"),
        ("San Francisco", "read as City and County of San Francisco"),
    ],
    ids=lambda value: str(value)[:40],
)
def test_corrections_are_recorded_in_the_notes(text: str, note: str) -> None:
    assert any(note in line for line in parse_jurisdiction(text).notes)


@pytest.mark.parametrize("text", ["Fremont (Calif.)", "Illinois", "King County, Washington"])
def test_nothing_to_note_when_nothing_was_changed(text: str) -> None:
    assert parse_jurisdiction(text).notes == ()


@pytest.mark.parametrize("row", SEED, ids=[row[0] for row in SEED])
def test_a_canonical_name_reads_back_as_the_same_jurisdiction(row: tuple[Any, ...]) -> None:
    first = parse_jurisdiction(row[0])
    again = parse_jurisdiction(first.name, state=first.state)
    assert (again.key, again.kind, again.name) == (first.key, first.kind, first.name)


# ---------------------------------------------------------------- the DOJ's own lists

DOJ = [
    ("Albany, New York", "ny/albany", CI),
    ("Berkeley, California", "ca/berkeley", CI),
    ("Bernalillo County, New Mexico", "nm/bernalillo-county", CO),
    ("Burlington, Vermont", "vt/burlington", CI),
    ("Contra Costa County, California", "ca/contra-costa-county", CO),
    ("City and County of Denver, Colorado", "co/denver", CC),
    ("Fremont, California", "ca/fremont", CI),
    ("Jackson, Mississippi", "ms/jackson", CI),
    ("King County, Washington", "wa/king-county", CO),
    ("Lawrence, Massachusetts", "ma/lawrence", CI),
    ("Los Angeles, California", "ca/los-angeles", CI),
    ("Louisville Metro, Kentucky", "ky/louisville-jefferson-county", CC),
    ("Middlesex, New Jersey", "nj/middlesex-county", CO),
    ("Monterey County, California", "ca/monterey-county", CO),
    ("Multnomah County, Oregon", "or/multnomah-county", CO),
    ("Newark, New Jersey", "nj/newark", CI),
    ("Riverside County, California", "ca/riverside-county", CO),
    ("Sacramento County, California", "ca/sacramento-county", CO),
    ("City and County of San Francisco, California", "ca/san-francisco", CC),
    ("Santa Ana, California", "ca/santa-ana", CI),
    ("Santa Clara County, California", "ca/santa-clara-county", CO),
    ("Seattle, Washington", "wa/seattle", CI),
    ("Sonoma County, California", "ca/sonoma-county", CO),
    ("Washington, District of Columbia", "dc/washington", D),
    ("Watsonville, California", "ca/watsonville", CI),
    ("West Palm Beach, Florida", "fl/west-palm-beach", CI),
    ("State of Illinois", "il/state", S),
    ("State of Oregon", "or/state", S),
    ("State of Vermont", "vt/state", S),
    ("State of California", "ca/state", S),
    ("Chicago, Illinois", "il/chicago", CI),
    ("Cook County, Illinois", "il/cook-county", CO),
    ("Clark County, Nevada", "nv/clark-county", CO),
    ("Miami-Dade County, Florida", "fl/miami-dade-county", CO),
    ("Milwaukee County, Wisconsin", "wi/milwaukee-county", CO),
    ("New Orleans, Louisiana", "la/new-orleans", CC),
    ("New York, New York", "ny/new-york-city", CI),
    ("Philadelphia, Pennsylvania", "pa/philadelphia", CC),
]


@pytest.mark.parametrize(("text", "key", "kind"), DOJ, ids=[row[0] for row in DOJ])
def test_every_official_recipient_name(text: str, key: str, kind: JurisdictionKind) -> None:
    jurisdiction = parse_jurisdiction(text)
    assert (jurisdiction.key, jurisdiction.kind) == (key, kind)
    assert jurisdiction.fips is not None


@pytest.mark.parametrize(
    ("reported", "official"),
    [
        ("Denver City & Cty.", "City and County of Denver, Colorado"),
        ("Louisville/Jeff. Cty.", "Louisville Metro, Kentucky"),
        ("San Francisco", "City and County of San Francisco, California"),
        ("Middlesex Cty. (N.J.)", "Middlesex, New Jersey"),
        ("Illinois", "State of Illinois"),
        ("Watsonville City (Calif.)", "Watsonville, California"),
        ("Seattle", "Seattle, Washington"),
    ],
    ids=[
        "Denver",
        "Louisville",
        "San Francisco",
        "Middlesex",
        "Illinois",
        "Watsonville",
        "Seattle",
    ],
)
def test_the_same_government_written_differently_has_one_key(reported: str, official: str) -> None:
    assert parse_jurisdiction(reported) == parse_jurisdiction(official)


# ---------------------------------------------------------------- common forms


@pytest.mark.parametrize(
    ("text", "name", "kind", "key"),
    [
        ("County of Santa Clara", "Santa Clara County", CO, "ca/santa-clara-county"),
        ("Los Angeles County, Calif.", "Los Angeles County", CO, "ca/los-angeles-county"),
        ("Cook Co.", "Cook County", CO, "il/cook-county"),
        ("City of Seattle", "Seattle", CI, "wa/seattle"),
        ("Tacoma, Wash.", "Tacoma", CI, "wa/tacoma"),
        ("Spokane (Wash.)", "Spokane", CI, "wa/spokane"),
        ("Seattle WA", "Seattle", CI, "wa/seattle"),
        ("Jefferson Parish, La.", "Jefferson Parish", CO, "la/jefferson-parish"),
        ("Orleans Parish", "New Orleans", CC, "la/new-orleans"),
        ("State of Washington", "State of Washington", S, "wa/state"),
        ("Washington", "State of Washington", S, "wa/state"),
        ("Commonwealth of Massachusetts", "Commonwealth of Massachusetts", S, "ma/state"),
        ("State of Kentucky", "Commonwealth of Kentucky", S, "ky/state"),
        ("New York", "State of New York", S, "ny/state"),
        ("New York City", "New York City", CI, "ny/new-york-city"),
        ("Washington, D.C.", "District of Columbia", D, "dc/washington"),
        ("D.C.", "District of Columbia", D, "dc/washington"),
        ("Guam", "Guam", S, "gu/state"),
        ("Puerto Rico", "Commonwealth of Puerto Rico", S, "pr/state"),
        ("Kansas City, Kan.", "Kansas City", CI, "ks/kansas-city"),
        ("Salt Lake City, Utah", "Salt Lake City", CI, "ut/salt-lake-city"),
        ("Saint Paul, Minn.", "St. Paul", CI, "mn/st-paul"),
        ("Ft. Worth, Texas", "Fort Worth", CI, "tx/fort-worth"),
        ("Denver County, Colo.", "City and County of Denver", CC, "co/denver"),
        (
            "Jefferson County, Ky.",
            "Louisville/Jefferson County Metro Government",
            CC,
            "ky/louisville-jefferson-county",
        ),
        ("Jefferson County, Ala.", "Jefferson County", CO, "al/jefferson-county"),
        ("Richmond County, N.Y.", "Richmond County", CO, "ny/richmond-county"),
        (
            "King County Sheriff's Office",
            "King County Sheriff's Office",
            A,
            "wa/king-county/sheriff",
        ),
        (
            "Albany Police Dept. (N.Y.)",
            "Albany Police Department",
            A,
            "ny/albany/police-department",
        ),
        ("Denver Police Department", "Denver Police Department", A, "co/denver/police-department"),
        (
            "Louisville Metro Police Department",
            "Louisville Metro Police Department",
            A,
            "ky/louisville-jefferson-county/police-department",
        ),
        ("Springfield, Ill.", "Springfield", CI, "il/springfield"),
        ("Watsonville", "Watsonville", CI, "ca/watsonville"),
        ("Carmel, Ind.", "Carmel", CI, "in/carmel"),
        ("Orange County, N.Y.", "Orange County", CO, "ny/orange-county"),
    ],
    ids=lambda value: value if isinstance(value, str) and "/" not in value else "",
)
def test_common_forms(text: str, name: str, kind: JurisdictionKind, key: str) -> None:
    jurisdiction = parse_jurisdiction(text)
    assert (jurisdiction.name, jurisdiction.kind, jurisdiction.key) == (name, kind, key)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Albany", "NY"),
        ("Newark", "NJ"),
        ("Jackson", "MS"),
        ("Portland", "OR"),
        ("Kansas City", "MO"),
        ("Orange County", "CA"),
        ("Springfield", "MO"),
        ("Aurora", "CO"),
    ],
    ids=lambda value: str(value),
)
def test_an_ambiguous_name_goes_to_the_most_populous_place_and_says_so(
    text: str, code: str
) -> None:
    jurisdiction = parse_jurisdiction(text)
    assert jurisdiction.state.code == code
    assert any("is ambiguous" in note for note in jurisdiction.notes)


def test_a_given_state_places_a_name_the_gazetteer_would_place_elsewhere() -> None:
    newark = parse_jurisdiction("Newark", state=STATES_BY_CODE["DE"])
    assert (newark.key, newark.fips, newark.notes) == ("de/newark", "1050670", ())


def test_a_name_outside_the_gazetteer_needs_its_state() -> None:
    with pytest.raises(JurisdictionParseError, match="give its state"):
        parse_jurisdiction("Watsonvale")
    placed = parse_jurisdiction("Watsonvale", state=STATES_BY_CODE["CA"])
    assert (placed.key, placed.kind, placed.fips) == ("ca/watsonvale", CI, None)
    assert "not in the bundled gazetteer" in placed.notes[0]


@pytest.mark.parametrize(
    ("text", "state", "reason"),
    [
        ("", None, "empty"),
        ("\u00a0 ", None, "empty"),
        ("$37 509", None, "unexpected character '\\$'"),
        ("Seattle 2", None, "unexpected character '2'"),
        ("Seattle, Ontario", None, "expected a state after the last comma"),
        ("Berkeley (Foo) (Bar)", None, "neither a state nor an agency"),
        ("Foo, Bar, Wash.", None, "unexpected comma"),
        ("(Calif.)", None, "starts with a letter"),
        ("Illinois", "CA", "names Illinois but state=CA"),
        ("Berkeley (Calif.)", "NY", "places it in CA but state=NY"),
        ("Σπάρτη", None, "unexpected character"),
        ("x" * 201, None, "longer than 200"),
        ("Sacramento City & Cty. (Calif.)", None, "not a consolidated city and county"),
    ],
    ids=[
        "empty",
        "blank",
        "amount",
        "digit",
        "not-a-state",
        "paren",
        "commas",
        "no-name",
        "state-conflict",
        "qualifier-conflict",
        "greek",
        "long",
        "two-governments",
    ],
)
def test_bad_names_raise_jurisdiction_parse_error_naming_the_text(
    text: str, state: str | None, reason: str
) -> None:
    given_state = None if state is None else STATES_BY_CODE[state]
    with pytest.raises(JurisdictionParseError, match=reason) as caught:
        parse_jurisdiction(text, state=given_state)
    assert caught.value.text == text


# ---------------------------------------------------------------- properties


@given(st.text(max_size=120), st.none() | states)
def test_arbitrary_text_raises_only_our_error(text: str, state: UsState | None) -> None:
    try:
        jurisdiction = parse_jurisdiction(text, state=state)
    except JurisdictionParseError as error:
        failed_on = error.text
    else:
        failed_on = text
        assert jurisdiction.name.strip()
        assert state is None or jurisdiction.state == state
    assert failed_on == text


@given(
    st.lists(
        st.sampled_from([*"abcXYZ .,'&/()-", "Cty.", " County", " (Calif.)"]), max_size=40
    ).map("".join)
)
def test_name_shaped_text_raises_only_our_error(text: str) -> None:
    try:
        jurisdiction = parse_jurisdiction(text)
    except JurisdictionParseError as error:
        refused: JurisdictionParseError | None = error
    else:
        refused = None
    if refused is not None:
        assert refused.text == text
        return
    # What is read is a valid, self-consistent jurisdiction, and reading its name again (in
    # its own state) gives the same government.
    attrs.validate(jurisdiction)
    assert jurisdiction.key.startswith(jurisdiction.state.code.lower() + "/")
    assert parse_jurisdiction(jurisdiction.name, state=jurisdiction.state).key == jurisdiction.key


@pytest.mark.parametrize(
    "text",
    ["Seattle " * 130_000, "(" * 1_000_000, "a," * 500_000, "Calf." * 200_000],
    ids=["words", "parentheses", "commas", "typos"],
)
def test_a_megabyte_string_is_refused_without_scanning_it(text: str) -> None:
    with pytest.raises(JurisdictionParseError, match="longer than"):
        parse_jurisdiction(text)
    with pytest.raises(StateLookupError, match="longer than"):
        lookup_state(text)


def _check_form(name: str, form: Any, expected: Any) -> None:
    _, render = form
    for state in all_states():
        text = render(name, state)
        assert parse_jurisdiction(text).key == expected(name, state), text


@pytest.mark.parametrize("form", COUNTY_FORMS, ids=[form[0] for form in COUNTY_FORMS])
@given(name=place_names)
def test_every_county_form_in_every_state_has_one_key(name: str, form: Any) -> None:
    _check_form(name, form, county_key)


@pytest.mark.parametrize("form", CITY_FORMS, ids=[form[0] for form in CITY_FORMS])
@given(name=place_names)
def test_every_city_form_in_every_state_has_one_key(name: str, form: Any) -> None:
    _check_form(name, form, city_key)


@pytest.mark.parametrize("form", CITY_COUNTY_FORMS, ids=[form[0] for form in CITY_COUNTY_FORMS])
@given(name=place_names)
def test_every_city_county_form_in_every_state_has_one_key(name: str, form: Any) -> None:
    _check_form(name, form, city_key)


@pytest.mark.parametrize("form", AGENCY_FORMS, ids=[form[0] for form in AGENCY_FORMS])
@given(name=place_names)
def test_every_agency_form_in_every_state_has_one_key(name: str, form: Any) -> None:
    _check_form(name, form, lambda x, s: f"{city_key(x, s)}/police-department")


@pytest.mark.parametrize("form", PARISH_FORMS, ids=[form[0] for form in PARISH_FORMS])
@given(name=place_names)
def test_every_parish_form_has_one_key(name: str, form: Any) -> None:
    _, render = form
    louisiana = STATES_BY_CODE["LA"]
    expected = county_key(name, louisiana, "Parish")
    assert parse_jurisdiction(render(name, louisiana)).key == expected


@pytest.mark.parametrize("form", STATE_FORMS, ids=[form[0] for form in STATE_FORMS])
def test_every_state_form_of_every_state_has_one_key(form: Any) -> None:
    _, render = form
    for state in all_states():
        assert parse_jurisdiction(render(state)).key == state_key(state), render(state)


@given(place_names, states, st.sampled_from(COUNTY_FORMS))
def test_a_parsed_county_reads_back_from_its_name(name: str, state: UsState, form: Any) -> None:
    first = parse_jurisdiction(form[1](name, state))
    assert parse_jurisdiction(first.name, state=state) == first


# ---------------------------------------------------------------- the bundled gazetteer


def test_gazetteer_has_every_seed_and_official_place_with_its_code() -> None:
    keys = {place.key for place in places()}
    wanted = {key for *_, key, fips in SEED if fips and "/state" not in key}
    wanted |= {key for _, key, kind in DOJ if kind is not S}
    assert wanted <= keys
    assert len(places()) >= 250


def test_gazetteer_names_are_unique_within_a_state() -> None:
    seen: dict[tuple[str, str], str] = {}
    for place in curated_places():
        names = {name_key(n) for n in (place.name, *place.aliases, *place.qualified_aliases)}
        for name in names:
            assert seen.setdefault((place.state.code, name), place.key) == place.key, name


def test_national_gazetteer_keys_are_unique_and_codes_have_the_census_shape() -> None:
    keys: set[str] = set()
    for place in places():
        assert place.key not in keys, place.key
        keys.add(place.key)
        assert place.fips.isdigit(), place.key
        assert place.fips.startswith(place.state.fips), place.key
        assert len(place.fips) in {CI: (7, 10), CO: (5,), CC: (5,), D: (2,)}[place.kind]
        assert place.population >= 0
    assert len(places()) > 25_000


@pytest.mark.parametrize("place", curated_places(), ids=lambda place: place.key)
def test_gazetteer_codes_have_the_census_shape(place: Any) -> None:
    assert place.fips.startswith(place.state.fips)
    expected = {CI: 7, CO: 5, CC: 5, D: 2}[place.kind]
    assert len(place.fips) == expected
    assert place.fips.isdigit()
    assert place.population > 0
    assert find_places(place.name, place.state)[0] is place


def test_gazetteer_counties_agree_with_the_us_package() -> None:
    us = pytest.importorskip("us")
    for place in curated_places():
        if place.kind not in (CO, CC):
            continue
        counties = {
            county.fips: county.name for county in us.states.lookup(place.state.code).counties
        }
        assert place.fips in counties, place.key
        assert counties[place.fips] in (place.name, *place.aliases, *place.qualified_aliases)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "Marion County Sheriff, Ind.",
            "Marion County Sheriff's Office",
            "in/indianapolis/sheriff",
        ),
        ("Denver Sheriff", "Denver Sheriff's Office", "co/denver/sheriff"),
        ("San Francisco Sheriff", "San Francisco Sheriff's Office", "ca/san-francisco/sheriff"),
    ],
)
def test_an_office_keeps_the_government_name_it_was_written_with(
    text: str, name: str, key: str
) -> None:
    agency = parse_jurisdiction(text)
    assert (agency.name, agency.key) == (name, key)


@pytest.mark.parametrize(
    ("text", "state", "key"),
    [
        pytest.param("Lubbock (JEM)", "TX", "tx/lubbock-county", id="city-and-county-share-a-name"),
        pytest.param("Galveston (WSO, TFM)", "TX", "tx/galveston-county", id="several-models"),
        pytest.param("Lubbock, Texas (JEM)", None, "tx/lubbock-county", id="state-in-the-name"),
        pytest.param("Sarasota (JEM)", "FL", "fl/sarasota-county", id="another-state"),
        pytest.param("Galveston (EO)", "TX", "tx/galveston", id="other-marker-keeps-the-city"),
        pytest.param(
            "Galveston Police Department (TFM)",
            "TX",
            "tx/galveston/police-department",
            id="a-named-office-stays-itself",
        ),
        pytest.param("Harris County (JEM)", "TX", "tx/harris-county", id="already-a-county"),
    ],
)
def test_a_287g_model_marker_names_a_county_sheriffs_agreement(
    text: str, state: str | None, key: str
) -> None:
    given = None if state is None else STATES_BY_CODE[state]
    assert parse_jurisdiction(text, state=given).key == key
