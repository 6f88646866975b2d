"""The places a clause names, and which of them is the party that sued."""

from __future__ import annotations

from ...model.people import Person
from ._vocabulary import CAPITALISED, GOV_RE, PLACE, THE_PLACE
from .courts import known_cities


class Places:
    """Places named clause by clause; ``surnames`` (shared with the clause reader) are
    judges' names, never places.

    A clause is only read for places when a later one needs the place named last (few do),
    with the judges known when it was remembered.
    """

    def __init__(self, surnames: dict[str, Person]) -> None:
        self.surnames = surnames
        # Clauses remembered, each with how many surnames were known then (only ever added).
        self.remembered: list[tuple[str, int]] = []
        self.settled = 0  # remembered clauses already looked through for the last place
        self.settled_place: str | None = None
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
        return before[-1] if before else self.last_place()

    def last_place(self) -> str | None:
        """The last place named in the clauses remembered so far."""
        found = None
        for text, known in reversed(self.remembered[self.settled :]):
            places = self._places(text, known)
            if places:
                found = places[-1][1]
                break
        if found is None:
            found = self.settled_place
        self.settled, self.settled_place = len(self.remembered), found
        return found

    def _places(self, text: str, known: int | None = None) -> list[tuple[int, str, bool]]:
        """Places named in ``text``: (position, name, whether named as a party), not counting
        the first ``known`` surnames (all of them when ``None``) as places."""
        cached = self.cache.get(text)
        if cached is None:
            cached = self.cache[text] = self._read_places(text)
        parties, cities = cached
        judges: dict[str, Person] | set[str] = self.surnames
        if known is not None and known < len(self.surnames):
            judges = set(list(self.surnames)[:known])
        found = [(position, name, True) for position, name in parties if name not in judges]
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
        self.remembered.append((text, len(self.surnames)))


def city_words() -> frozenset[str]:
    return frozenset(word for city in known_cities() for word in city.split(" "))
