"""Which government a bare name stands for: gazetteer places, counties and their
equivalents, states, and agencies of a government."""

from __future__ import annotations

from ...model.geography import UsState
from ...model.jurisdictions import Jurisdiction
from ._forms import (
    _CITY_COUNTY,
    _CITY_OF,
    _CITY_SUFFIX,
    _COUNTY,
    _COUNTY_OF,
    _COUNTY_SUFFIXES,
    _DESIGNATED,
    _EXPANSIONS,
    _MAYBE_EXPANDED,
    _READ_AS,
    _STATE_OF,
)
from ._gazetteer import Place, find_places, name_key, slug
from ._qualifiers import _exact_state_or_none
from ._written import (
    _COMMONWEALTHS,
    _K,
    _TERRITORIES_BY_NAME,
    _WrittenForms,
)


class _Governments(_WrittenForms):
    """The government a name stands for (the second half of one parse)."""

    def _government(self, core: str, state: UsState | None, *, qualified: bool) -> Jurisdiction:
        core = self._expand(core)
        written = core
        named = _STATE_OF.fullmatch(core)
        if named is not None:
            return self._state(self._exact_state(named["state"]), state)
        if not qualified:
            whole = _exact_state_or_none(core)
            if whole is not None and (state is None or state == whole):
                return self._state(whole, state)
            if whole is not None and state is not None and not find_places(core, state):
                equivalent = self._county_equivalent(core, state)
                if equivalent is None:
                    raise self.fail(f"names {whole.name} but state={state.code}")
                return equivalent
        found = find_places(core, state)
        if found:
            return self._place(written, found, state)
        if not _DESIGNATED.search(core):
            equivalent = self._county_equivalent(core, state)
            if equivalent is not None:
                return equivalent
        return self._pattern(written, core, state)

    def _county_equivalent(self, core: str, state: UsState | None) -> Jurisdiction | None:
        """A bare "Cabarrus" in a county list, when no place has the name: Cabarrus County."""
        for suffix in _COUNTY_SUFFIXES:
            found = find_places(f"{core} {suffix}", state)
            if found:
                self.notes.append(f"{core!r} read as {found[0].name} (no place of that name)")
                return self._place(f"{core} {suffix}", found, state)
        return None

    def _pattern(self, written: str, core: str, state: UsState | None) -> Jurisdiction:
        if (match := _CITY_COUNTY.fullmatch(core)) is not None:
            base = match["a"] or match["b"]
            display = f"City and County of {base}"
            return self._known_or_new(written, base, state, _K.CITY_COUNTY, display, key_name=base)
        if (match := _COUNTY_OF.fullmatch(core)) is not None:
            name = f"{match['base']} {match['kind'].title()}"
            return self._known_or_new(written, name, state, _K.COUNTY, name)
        if _COUNTY.fullmatch(core) is not None:
            return self._known_or_new(written, core, state, _K.COUNTY, core)
        if (match := _CITY_OF.fullmatch(core)) is not None:
            return self._known_or_new(written, match["base"], state, _K.CITY, match["base"])
        if (match := _CITY_SUFFIX.fullmatch(core)) is not None:
            found = find_places(match["base"], state)
            if found:
                self.notes.append(f"{written!r} read as the city of {match['base']}")
                return self._place(match["base"], found, state)
        return self._known_or_new(written, core, state, _K.CITY, core)

    def _known_or_new(
        self,
        written: str,
        name: str,
        state: UsState | None,
        kind: _K,
        display: str,
        *,
        key_name: str | None = None,
    ) -> Jurisdiction:
        everything = find_places(name, state)
        found = [place for place in everything if place.kind in _READ_AS[kind]]
        if found:
            return self._place(written, found, state)
        if kind is _K.CITY_COUNTY and state is not None and everything:
            raise self.fail(
                f"{everything[0].name} is a {everything[0].kind.value.replace('_', '-')}, "
                "not a consolidated city and county"
            )
        if state is None:
            raise self.fail("names no place in the bundled gazetteer; give its state")
        segment = slug(key_name or display)
        if not segment:
            raise self.fail("no name left once the state is read")
        self.notes.append(
            f"{display!r} is not in the bundled gazetteer: read as a {kind.value.replace('_', '-')}"
            " without a FIPS code"
        )
        return Jurisdiction(
            name=display,
            kind=kind,
            state=state,
            key=f"{state.code.lower()}/{segment}",
            notes=tuple(self.notes),
        )

    def _place(self, written: str, found: list[Place], state: UsState | None) -> Jurisdiction:
        place = found[0]
        if len(found) > 1:
            shown = "; ".join(f"{p.name}, {p.state.ap_abbreviation}" for p in found[:5])
            if len(found) > 5:
                shown += f"; and {len(found) - 5} more"
            if place.population <= found[1].population:
                # No population source ranks them: say so rather than pick one.
                raise self.fail(f"ambiguous in the bundled gazetteer ({shown}); give its state")
            self.notes.append(
                f"{written!r} is ambiguous in the bundled gazetteer ({shown}): chose the most "
                f"populous, {place.name}, {place.state.ap_abbreviation}"
            )
        elif state is None:
            self.notes.append(
                f"state inferred from the bundled gazetteer: {place.name}, "
                f"{place.state.ap_abbreviation}"
            )
        if name_key(written) != name_key(place.name):
            self.notes.append(f"{written!r} read as {place.name}")
        return Jurisdiction(
            name=place.name,
            kind=place.kind,
            state=place.state,
            key=place.key,
            fips=place.fips,
            notes=tuple(self.notes),
        )

    def _state(self, found: UsState, given: UsState | None) -> Jurisdiction:
        if given is not None and given != found:
            raise self.fail(f"names {found.name} but state={given.code}")
        if found.code == "DC":
            return self._place("District of Columbia", find_places("District of Columbia"), found)
        if found.code in _COMMONWEALTHS:
            name = f"Commonwealth of {found.name}"
        elif found.code in _TERRITORIES_BY_NAME:
            name = found.name
        else:
            name = f"State of {found.name}"
        return Jurisdiction(
            name=name,
            kind=_K.STATE,
            state=found,
            key=f"{found.code.lower()}/state",
            fips=found.fips,
            notes=tuple(self.notes),
        )

    def _expand(self, core: str) -> str:
        if _MAYBE_EXPANDED.search(core) is None:
            return " ".join(core.split())
        for pattern, replacement in _EXPANSIONS:
            for match in pattern.finditer(core):
                note = f"{match[0].strip()!r} expanded to {replacement.strip()!r}"
                if note not in self.notes:
                    self.notes.append(note)
            core = pattern.sub(replacement, core)
        return " ".join(core.split())

    def _exact_state(self, text: str) -> UsState:
        found = _exact_state_or_none(text)
        if found is None:
            raise self.fail(f"{text!r} is not a US state")
        return found
