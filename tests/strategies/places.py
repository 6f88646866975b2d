"""Hypothesis strategies for states and jurisdictions as texts write them."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from sanctuary_model import UsState, all_states
from sanctuary_model.model.geography import StateMatch
from sanctuary_model.parsing.jurisdictions import match_state
from sanctuary_model.parsing.jurisdictions._gazetteer import find_places, name_key, slug

states: st.SearchStrategy[UsState] = st.sampled_from(all_states())

# Syllables that never spell a word the parser reads (County, City, Police, a state form...).
_SYLLABLES = ("bar", "ven", "tol", "mira", "quen", "dal", "wick", "sor", "lun", "fal", "nim", "hav")


def _unplaced(name: str) -> bool:
    return not find_places(name) and not find_places(f"{name} County")


#: Place names the bundled gazetteer does not know, so their key is predictable.
place_names: st.SearchStrategy[str] = (
    st.lists(
        st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3).map(
            lambda parts: "".join(parts).capitalize()
        ),
        min_size=1,
        max_size=2,
    )
    .map(" ".join)
    .filter(_unplaced)
)

Render = Callable[[str, UsState], str]

#: Written forms of a county called ``<name> County``: (id, render).
COUNTY_FORMS: tuple[tuple[str, Render], ...] = (
    ("X County, AP", lambda x, s: f"{x} County, {s.ap_abbreviation}"),
    ("X County, Name", lambda x, s: f"{x} County, {s.name}"),
    ("County of X, Name", lambda x, s: f"County of {x}, {s.name}"),
    ("X Co. (AP)", lambda x, s: f"{x} Co. ({s.ap_abbreviation})"),
    ("X Cty. (USPS)", lambda x, s: f"{x} Cty. ({s.code})"),
    ("X Cnty (USPS.)", lambda x, s: f"{x} Cnty ({s.code}.)"),
    ("X County USPS", lambda x, s: f"{x} County {s.code}"),
)
#: Written forms of a Louisiana parish called ``<name> Parish``.
PARISH_FORMS: tuple[tuple[str, Render], ...] = (
    ("X Parish, La.", lambda x, s: f"{x} Parish, La."),
    ("X Parish (Louisiana)", lambda x, s: f"{x} Parish (Louisiana)"),
    ("X Parish LA", lambda x, s: f"{x} Parish LA"),
)
#: Written forms of a city called ``<name>``.
CITY_FORMS: tuple[tuple[str, Render], ...] = (
    ("X, AP", lambda x, s: f"{x}, {s.ap_abbreviation}"),
    ("X (AP)", lambda x, s: f"{x} ({s.ap_abbreviation})"),
    ("City of X, Name", lambda x, s: f"City of {x}, {s.name}"),
    ("X, USPS", lambda x, s: f"{x}, {s.code}"),
    ("X USPS", lambda x, s: f"{x} {s.code}"),
    ("X, Name", lambda x, s: f"{x}, {s.name}"),
)
#: Written forms of a consolidated city-county called ``City and County of <name>``.
CITY_COUNTY_FORMS: tuple[tuple[str, Render], ...] = (
    ("City and County of X, Name", lambda x, s: f"City and County of {x}, {s.name}"),
    ("X City & Cty. (AP)", lambda x, s: f"{x} City & Cty. ({s.ap_abbreviation})"),
    ("X City and County, AP", lambda x, s: f"{x} City and County, {s.ap_abbreviation}"),
)
#: Written forms of a city's police department.
AGENCY_FORMS: tuple[tuple[str, Render], ...] = (
    ("X Police Department, AP", lambda x, s: f"{x} Police Department, {s.ap_abbreviation}"),
    ("X Police Dept. (AP)", lambda x, s: f"{x} Police Dept. ({s.ap_abbreviation})"),
    ("X (Police Department), Name", lambda x, s: f"{x}, {s.name} (Police Department)"),
    ("X PD USPS", lambda x, s: f"{x} PD {s.code}"),
)
#: Written forms of a state's own government.
STATE_FORMS: tuple[tuple[str, Callable[[UsState], str]], ...] = (
    ("State of Name", lambda s: f"State of {s.name}"),
    ("Commonwealth of Name", lambda s: f"Commonwealth of {s.name}"),
    ("Name", lambda s: s.name),
    ("AP", lambda s: s.ap_abbreviation),
    ("USPS", lambda s: s.code),
)


def county_key(name: str, state: UsState, suffix: str = "County") -> str:
    return f"{state.code.lower()}/{slug(f'{name} {suffix}')}"


def city_key(name: str, state: UsState) -> str:
    return f"{state.code.lower()}/{slug(name)}"


def state_key(state: UsState) -> str:
    return "dc/washington" if state.code == "DC" else f"{state.code.lower()}/state"


@st.composite
def state_matches(draw: st.DrawFn) -> StateMatch:
    """A ``StateMatch`` read from one of the forms a state is written in."""
    state = draw(states)
    _, render = draw(st.sampled_from(STATE_FORMS[2:]))
    text: str = render(state)
    if draw(st.booleans()) and len(text) > 5:
        # Drop one inner letter: a slip the reader may correct (or refuse as ambiguous).
        cut = draw(st.integers(1, len(text) - 2))
        slipped = text[:cut] + text[cut + 1 :]
        if name_key(slipped) and slipped.strip(". "):
            try:
                return match_state(slipped)
            except ValueError:
                pass
    return match_state(text)
