"""Reading a US state as texts write it: USPS codes, names, AP and older abbreviations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache

from ...errors import StateLookupError
from ...model.geography import STATES_BY_CODE, StateMatch, UsState, all_states

__all__ = ["TYPO_MIN_LENGTH", "compact", "exact_state", "match_state_text"]

_MAX_LENGTH = 60
#: Shorter texts are too close to each other for a one-letter slip to point at one state.
TYPO_MIN_LENGTH = 4
_CANDIDATE_MIN_LENGTH = 3

# Older abbreviations still seen in print: the GPO Style Manual's (Kans., Nebr., Oreg.,
# N. Dak.), legal citation forms (Cal., Wn., Penna.) and common variants.
_TRADITIONAL: Mapping[str, tuple[str, ...]] = {
    "AL": ("Ala.",),
    "AK": ("Alas.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Cal.",),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("Dist. of Col.", "Dist. Col."),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "ID": ("Ida.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "IA": ("Ia.",),
    "KS": ("Kans.",),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "ME": ("Me.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Nebr.",),
    "NV": ("Nev.",),
    "NM": ("N. Mex.",),
    "ND": ("N. Dak.",),
    "OK": ("Okla.",),
    "OR": ("Oreg.",),
    "PA": ("Penn.", "Penna."),
    "SD": ("S. Dak.",),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "WA": ("Wn.",),
    "WI": ("Wisc.",),
    "WY": ("Wyo.",),
    "AS": ("Am. Samoa",),
    "MP": ("CNMI",),
    "VI": ("USVI",),
}
_OTHER_NAMES: Mapping[str, tuple[str, ...]] = {
    "VI": ("Virgin Islands", "United States Virgin Islands"),
    "MP": ("Northern Marianas",),
}


def compact(text: str) -> str:
    """``text`` casefolded without dots and spaces: how state forms are compared."""
    return "".join(text.casefold().replace(".", " ").split())


def _forms() -> Iterator[tuple[str, str, UsState]]:
    for state in all_states():
        yield "usps", state.code, state
        yield "name", state.name, state
        for name in _OTHER_NAMES.get(state.code, ()):
            yield "name", name, state
        yield "ap", state.ap_abbreviation, state
        for written in _TRADITIONAL.get(state.code, ()):
            yield "traditional", written, state


def _index() -> dict[str, list[tuple[str, str, UsState]]]:
    index: dict[str, list[tuple[str, str, UsState]]] = {}
    for form, written, state in _forms():
        entries = index.setdefault(compact(written), [])
        if entries and entries[0][2] != state:
            raise AssertionError(f"{written!r} names both {entries[0][2].code} and {state.code}")
        entries.append((form, written, state))
    return index


_INDEX = _index()
# A slip is read as the AP form when one is near: that is what news copy means to print.
_TYPO_PREFERENCE = {"ap": 0, "name": 1, "traditional": 2}
_TYPO_CANDIDATES = tuple(
    (key, written, form, state)
    for form, written, state in _forms()
    if form != "usps" and len(key := compact(written)) >= _CANDIDATE_MIN_LENGTH
)
# One edit changes a length by at most one: the candidates worth comparing, by key length.
_TYPO_CANDIDATES_NEAR: dict[int, tuple[tuple[str, str, str, UsState], ...]] = {
    size: tuple(c for c in _TYPO_CANDIDATES if abs(len(c[0]) - size) <= 1)
    for size in range(1, 1 + max(len(c[0]) for c in _TYPO_CANDIDATES) + 1)
}


def _one_edit_apart(a: str, b: str) -> bool:
    """True when ``a`` becomes ``b`` by one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


@lru_cache(maxsize=2048)
def _slips(key: str) -> frozenset[tuple[int, str, str, str]]:
    """The state forms one edit from ``key``, as ``(preference, written, form, code)``; kept
    for the keys met last, since news copy repeats the same few non-state words."""
    return frozenset(
        (_TYPO_PREFERENCE[form], candidate, form, state.code)
        for candidate_key, candidate, form, state in _TYPO_CANDIDATES_NEAR.get(len(key), ())
        if _one_edit_apart(key, candidate_key)
    )


def exact_state(text: str) -> UsState | None:
    """The state ``text`` names exactly (no slips read), or None: a lookup that never raises."""
    found = _INDEX.get(compact(text))
    return None if found is None else found[0][2]


def match_state_text(text: str, *, allow_typos: bool = True) -> StateMatch:
    """The state ``text`` names; ``StateLookupError`` when it names none (or, with typos
    allowed, when a one-letter slip could be more than one state)."""
    if len(text) > _MAX_LENGTH:
        raise StateLookupError(f"longer than {_MAX_LENGTH} characters", text, _MAX_LENGTH)
    written = " ".join(text.split())
    key = compact(written)
    if not key:
        raise StateLookupError("no letters", text)
    found = _INDEX.get(key)
    if found is not None:
        form, _, state = found[0]
        # "Pa." is the AP form and "PA" the USPS code: the dots say which was meant.
        dotted = [entry for entry in found if entry[0] in ("ap", "traditional")]
        if "." in written and dotted:
            form = dotted[0][0]
        return StateMatch(state, written, form)
    if allow_typos and len(key) >= TYPO_MIN_LENGTH:
        near = _slips(key)
        codes = {code for *_, code in near}
        if len(codes) == 1:
            _, candidate, form, code = min(near)
            correction = f"{written!r} read as {candidate!r} (typo)"
            return StateMatch(STATES_BY_CODE[code], written, form, correction)
        if len(codes) > 1:
            raise StateLookupError(
                "could be a misspelling of " + " or ".join(sorted(codes)) + "; ambiguous", text
            )
    raise StateLookupError("not a US state, district or territory name or abbreviation", text)
