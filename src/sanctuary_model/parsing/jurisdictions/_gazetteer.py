"""The bundled gazetteer (``data/places.tsv``): large US places and consolidated city-counties."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources

import attrs

from ...model.geography import UsState, state_by_code
from ...model.jurisdictions import JurisdictionKind

__all__ = ["Place", "find_places", "name_key", "places", "slug"]

_KINDS = {
    "city": JurisdictionKind.CITY,
    "county": JurisdictionKind.COUNTY,
    "city_county": JurisdictionKind.CITY_COUNTY,
    "district": JurisdictionKind.DISTRICT,
}
_COLUMNS = ("state", "kind", "name", "key", "fips", "population", "aliases")


@attrs.frozen
class Place:
    """One row of the gazetteer."""

    state: UsState
    kind: JurisdictionKind
    name: str
    key: str
    fips: str
    population: int
    aliases: tuple[str, ...]
    #: Aliases read only when the state is known ("Washington" for D.C., "Middlesex" for N.J.).
    qualified_aliases: tuple[str, ...]

    @property
    def short_name(self) -> str:
        """The name an agency of this place is called by ("Denver Police Department")."""
        if self.kind is JurisdictionKind.CITY_COUNTY and self.aliases:
            return self.aliases[0]
        return self.name


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def name_key(name: str) -> str:
    """How gazetteer names are compared: case, accents, dots, hyphens and "Saint"/"St."
    make no difference ("Louisville/Jefferson County" == "louisville-jefferson county")."""
    words = re.sub(r"[^a-z0-9]+", " ", _ascii(name).lower().replace("&", " and ").replace("'", ""))
    return " ".join("st" if word == "saint" else word for word in words.split())


def slug(name: str) -> str:
    """The key segment for a name: ``name_key`` with hyphens ("santa-clara-county")."""
    return name_key(name).replace(" ", "-")


def _place(row: Mapping[str, str]) -> Place:
    aliases = tuple(alias for alias in row["aliases"].split("|") if alias)
    return Place(
        state=state_by_code(row["state"]),
        kind=_KINDS[row["kind"]],
        name=row["name"],
        key=f"{row['state'].lower()}/{row['key'] or slug(row['name'])}",
        fips=row["fips"],
        population=int(row["population"]),
        aliases=tuple(alias for alias in aliases if not alias.startswith("~")),
        qualified_aliases=tuple(alias[1:] for alias in aliases if alias.startswith("~")),
    )


@cache
def places() -> tuple[Place, ...]:
    """Every row of the bundled gazetteer, in file order."""
    text = resources.files("sanctuary_model").joinpath("data/places.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = tuple(lines[0].split("\t"))
    if header != _COLUMNS:
        raise ValueError(f"places.tsv: expected columns {_COLUMNS}, found {header}")
    return tuple(_place(dict(zip(header, line.split("\t"), strict=True))) for line in lines[1:])


@cache
def _index() -> tuple[dict[str, list[Place]], dict[tuple[str, str], list[Place]]]:
    anywhere: dict[str, list[Place]] = {}
    in_state: dict[tuple[str, str], list[Place]] = {}
    for place in places():
        for name in (place.name, *place.aliases):
            anywhere.setdefault(name_key(name), []).append(place)
        for name in (place.name, *place.aliases, *place.qualified_aliases):
            in_state.setdefault((place.state.code, name_key(name)), []).append(place)
    return anywhere, in_state


def find_places(name: str, state: UsState | None = None) -> list[Place]:
    """The places called ``name`` (in ``state`` when given), most populous first."""
    anywhere, in_state = _index()
    key = name_key(name)
    found = anywhere.get(key, []) if state is None else in_state.get((state.code, key), [])
    return sorted(set(found), key=lambda place: (-place.population, place.key))
