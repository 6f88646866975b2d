"""US states, the District of Columbia and the inhabited territories."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["STATES_BY_CODE", "StateKind", "StateMatch", "UsState", "all_states", "state_by_code"]


class StateKind(enum.Enum):
    """Whether a ``UsState`` is one of the 50 states, the federal district or a territory."""

    STATE = "state"
    DISTRICT = "district"
    TERRITORY = "territory"


@attrs.frozen
class UsState:
    """A US state, DC or inhabited territory with its official codes.

    Compared and serialized by its USPS code.

    >>> ca = state_by_code("CA")
    >>> ca.name, ca.fips, ca.ap_abbreviation
    ('California', '06', 'Calif.')
    """

    code: str = attrs.field(validator=attrs.validators.matches_re(r"[A-Z]{2}"))
    name: str = attrs.field(eq=False, validator=attrs.validators.min_len(1))
    fips: str = attrs.field(eq=False, validator=attrs.validators.matches_re(r"[0-9]{2}"))
    ap_abbreviation: str = attrs.field(eq=False, validator=attrs.validators.min_len(1))
    kind: StateKind = attrs.field(eq=False, default=StateKind.STATE)

    @property
    def is_state(self) -> bool:
        """True for the 50 states, False for DC and the territories."""
        return self.kind is StateKind.STATE


#: How a text named a state: its USPS code, its name, its AP abbreviation or another
#: traditional abbreviation (GPO, legal citation: ``Cal.``, ``Wn.``, ``Penna.``).
STATE_FORMS = ("usps", "name", "ap", "traditional")


def _state_form(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in STATE_FORMS:
        raise ValueError(f"{attribute.name} must be one of {STATE_FORMS}, got {value!r}")


@attrs.frozen
class StateMatch:
    """A state read from text: the state, the text as written, the form it was written in,
    and the correction made to read it (``None`` when the text was a known form).

    >>> from sanctuary_model.parsing.jurisdictions import match_state
    >>> match = match_state("Calf.")
    >>> match.state.code, match.form, match.correction
    ('CA', 'ap', "'Calf.' read as 'Calif.' (typo)")
    """

    state: UsState
    text: str = attrs.field(validator=attrs.validators.min_len(1))
    form: str = attrs.field(validator=_state_form)
    correction: str | None = None

    @property
    def corrected(self) -> bool:
        """True when the text was not a known form and was read as the nearest one."""
        return self.correction is not None


_S, _D, _T = StateKind.STATE, StateKind.DISTRICT, StateKind.TERRITORY

# USPS code, name, FIPS state code, AP stylebook abbreviation (AP spells some names out).
_ROWS: tuple[tuple[str, str, str, str, StateKind], ...] = (
    ("AL", "Alabama", "01", "Ala.", _S),
    ("AK", "Alaska", "02", "Alaska", _S),
    ("AZ", "Arizona", "04", "Ariz.", _S),
    ("AR", "Arkansas", "05", "Ark.", _S),
    ("CA", "California", "06", "Calif.", _S),
    ("CO", "Colorado", "08", "Colo.", _S),
    ("CT", "Connecticut", "09", "Conn.", _S),
    ("DE", "Delaware", "10", "Del.", _S),
    ("DC", "District of Columbia", "11", "D.C.", _D),
    ("FL", "Florida", "12", "Fla.", _S),
    ("GA", "Georgia", "13", "Ga.", _S),
    ("HI", "Hawaii", "15", "Hawaii", _S),
    ("ID", "Idaho", "16", "Idaho", _S),
    ("IL", "Illinois", "17", "Ill.", _S),
    ("IN", "Indiana", "18", "Ind.", _S),
    ("IA", "Iowa", "19", "Iowa", _S),
    ("KS", "Kansas", "20", "Kan.", _S),
    ("KY", "Kentucky", "21", "Ky.", _S),
    ("LA", "Louisiana", "22", "La.", _S),
    ("ME", "Maine", "23", "Maine", _S),
    ("MD", "Maryland", "24", "Md.", _S),
    ("MA", "Massachusetts", "25", "Mass.", _S),
    ("MI", "Michigan", "26", "Mich.", _S),
    ("MN", "Minnesota", "27", "Minn.", _S),
    ("MS", "Mississippi", "28", "Miss.", _S),
    ("MO", "Missouri", "29", "Mo.", _S),
    ("MT", "Montana", "30", "Mont.", _S),
    ("NE", "Nebraska", "31", "Neb.", _S),
    ("NV", "Nevada", "32", "Nev.", _S),
    ("NH", "New Hampshire", "33", "N.H.", _S),
    ("NJ", "New Jersey", "34", "N.J.", _S),
    ("NM", "New Mexico", "35", "N.M.", _S),
    ("NY", "New York", "36", "N.Y.", _S),
    ("NC", "North Carolina", "37", "N.C.", _S),
    ("ND", "North Dakota", "38", "N.D.", _S),
    ("OH", "Ohio", "39", "Ohio", _S),
    ("OK", "Oklahoma", "40", "Okla.", _S),
    ("OR", "Oregon", "41", "Ore.", _S),
    ("PA", "Pennsylvania", "42", "Pa.", _S),
    ("RI", "Rhode Island", "44", "R.I.", _S),
    ("SC", "South Carolina", "45", "S.C.", _S),
    ("SD", "South Dakota", "46", "S.D.", _S),
    ("TN", "Tennessee", "47", "Tenn.", _S),
    ("TX", "Texas", "48", "Texas", _S),
    ("UT", "Utah", "49", "Utah", _S),
    ("VT", "Vermont", "50", "Vt.", _S),
    ("VA", "Virginia", "51", "Va.", _S),
    ("WA", "Washington", "53", "Wash.", _S),
    ("WV", "West Virginia", "54", "W.Va.", _S),
    ("WI", "Wisconsin", "55", "Wis.", _S),
    ("WY", "Wyoming", "56", "Wyo.", _S),
    ("AS", "American Samoa", "60", "American Samoa", _T),
    ("GU", "Guam", "66", "Guam", _T),
    ("MP", "Northern Mariana Islands", "69", "N. Mariana Islands", _T),
    ("PR", "Puerto Rico", "72", "P.R.", _T),
    ("VI", "U.S. Virgin Islands", "78", "V.I.", _T),
)

_STATES: tuple[UsState, ...] = tuple(UsState(*row) for row in _ROWS)
#: Every state, district and territory by its USPS code (read-only), for code that holds
#: trusted codes; ``state_by_code`` is the look-up for codes from elsewhere.
STATES_BY_CODE: Mapping[str, UsState] = MappingProxyType({state.code: state for state in _STATES})


def all_states() -> tuple[UsState, ...]:
    """Every state, DC and inhabited territory, in the order of their FIPS codes.

    >>> len(all_states()), sum(s.is_state for s in all_states())
    (56, 50)
    """
    return _STATES


def state_by_code(code: str) -> UsState | None:
    """The state whose USPS code is exactly ``code``, or ``None``.

    Use ``lookup_state`` to read a state name as people write it (it raises
    ``StateLookupError`` when the text names none).

    >>> state_by_code("WA").name, state_by_code("wa")
    ('Washington', None)
    """
    return STATES_BY_CODE.get(code)
