"""The places a clause names, and which of them is the party that sued."""

from __future__ import annotations

from ...model.people import Person
from ._vocabulary import CAPITALISED, GOV_RE, PLACE, THE_PLACE
from .courts import known_cities


class Places:
    """Places named clause by clause; ``surnames`` (shared with the clause reader) are
    judges' names, never places."""

    def __init__(self, surnames: dict[str, Person]) -> None:
        self.surnames = surnames
        self.last_place: str | None = None
        self.cities = known_cities()
        self.city_words = city_words()
        # Clause text -> its places before the surname filter, which alone can change.
        self.cache: dict[str, tuple[list[tuple[int, str]], list[tuple[int, str, bool]]]] = {}

    def party(self, text: str) -> str | None:
        for _position, name, explicit in self._places(text):
            if explicit:
                return name
        the_place = THE_PLACE.search(text)
        if the_place is None:
            return None
        before = [name for position, name, _ in self._places(text) if position < the_place.start()]
        return before[-1] if before else self.last_place

    def _places(self, text: str) -> list[tuple[int, str, bool]]:
        """Places named in ``text``: (position, name, whether named as a party)."""
        cached = self.cache.get(text)
        if cached is None:
            cached = self.cache[text] = self._read_places(text)
        parties, cities = cached
        found = [(position, name, True) for position, name in parties if name not in self.surnames]
        found.extend(cities)
        found.sort()
        return found

    def _read_places(self, text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str, bool]]]:
        """The places ``text`` names as parties (any may turn out to be a judge's surname)
        and the cities it names."""
        parties: list[tuple[int, str]] = []
        for match in PLACE.finditer(text):
            name = match["of"] or match["county"] or match["owner"]
            if name and not GOV_RE.fullmatch(name):
                parties.append((match.start(), name))
        cities: list[tuple[int, str, bool]] = []
        for match in CAPITALISED.finditer(text):
            words = match.group().split()
            if not any(word in self.city_words for word in words):
                continue  # no run of these words can be a city's name
            for size in range(len(words), 0, -1):
                for start in range(len(words) - size + 1):
                    candidate = " ".join(words[start : start + size])
                    if candidate in self.cities:
                        cities.append((match.start(), candidate, False))
        return parties, cities

    def remember(self, text: str) -> None:
        places = self._places(text)
        if places:
            self.last_place = places[-1][1]


def city_words() -> frozenset[str]:
    return frozenset(word for city in known_cities() for word in city.split(" "))
