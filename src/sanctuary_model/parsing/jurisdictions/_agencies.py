"""Agencies of a government as lists name them: police departments, sheriff's offices,
state departments and commissions."""

from __future__ import annotations

from ...errors import JurisdictionParseError
from ...model.geography import STATES_BY_CODE, UsState
from ...model.jurisdictions import Jurisdiction
from ._forms import (
    _KNOWN_AGENCIES,
    _NYS,
    _OFFICE_STARTS,
    _OFFICE_WORDS,
    _STATE_WORD,
    _descriptor,
    _office_word,
)
from ._gazetteer import name_key, slug
from ._governments import _Governments
from ._written import (
    _K,
    _short_name,
)


class _Agencies(_Governments):
    """The agency a name stands for, built on the government it acts for."""

    def _office(self, core: str, state: UsState | None) -> Jurisdiction | None:
        """An office of a government named by the words before it: "Wayne County
        Prosecutor's Office", "Kentucky Justice and Public Safety Cabinet"."""
        words = core.split(" ")
        lowered = [word.lower().rstrip(".").removesuffix("'s").removesuffix("s'") for word in words]
        for start in range(len(words) - 1, 0, -1):
            if not any(word in _OFFICE_WORDS for word in lowered[start:]):
                continue
            head = " ".join(words[:start])
            government = self._office_government(head, state)
            if government is not None:
                office = " ".join(words[start:])
                if government.kind is _K.STATE and head.lower().endswith(" state"):
                    office = f"State {office}"
                return self._named_agency(government, office)
        opens = lowered[0] in _OFFICE_WORDS or lowered[0] in _OFFICE_STARTS
        if state is not None and opens and any(word in _OFFICE_WORDS for word in lowered):
            return self._named_agency(self._state(state, state), core)
        return None

    def _office_government(self, head: str, state: UsState | None) -> Jurisdiction | None:
        named = _STATE_WORD.fullmatch(head)
        if named is not None:
            code = _NYS.get(named["state"].lower())
            found = STATES_BY_CODE[code] if code else self._quiet_state(named["state"])
            if found is not None and (state is None or state == found):
                return self._state(found, state)
        saved = list(self.notes)
        try:
            government = self._government(self._expand(head), state, qualified=False)
        except JurisdictionParseError:
            government = None
        if government is None or (government.fips is None and government.kind is not _K.STATE):
            self.notes = saved
            return None
        return government

    def _named_agency(self, government: Jurisdiction, office: str) -> Jurisdiction:
        written = office
        office = " ".join(_office_word(word, index) for index, word in enumerate(office.split()))
        if office != written:
            self.notes.append(f"{written!r} read as {office!r}")
        segment = slug(office)
        if not segment:
            raise self.fail("no office named")
        return self._agency_of(government, office, segment)

    def _agency_of(self, government: Jurisdiction, office: str, segment: str) -> Jurisdiction:
        """An agency (``office``) of ``government``, keyed below it."""
        return Jurisdiction(
            name=f"{_short_name(government, written=self.text)} {office}",
            kind=_K.AGENCY,
            state=government.state,
            key=f"{government.key}/{segment}",
            notes=tuple(self.notes),
            government=government,
        )

    def _agency(self, government: Jurisdiction, descriptor: str) -> Jurisdiction:
        canonical, segment = _descriptor(descriptor)
        known = _KNOWN_AGENCIES.get((government.key, segment))
        if known is not None:
            canonical, segment = known
            self.notes.append(
                f"{descriptor!r} read as {_short_name(government)} {canonical} (a known agency)"
            )
        elif name_key(descriptor) != name_key(canonical):
            self.notes.append(f"{descriptor!r} read as {canonical!r}")
        return self._agency_of(government, canonical, segment)
