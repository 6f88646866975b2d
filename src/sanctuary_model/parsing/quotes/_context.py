"""Who a pronoun or a description refers to: a timeline of the people the running text
mentions, read backwards from the sentence that needs a referent.

>>> timeline = Timeline(genders={"Jeff Sessions": "m"})
>>> timeline.add(Event(10, 0, 0, "Jessica Vaughan"))
>>> timeline.add(Event(40, 30, 0, "Jeff Sessions"))
>>> timeline.pronoun(60, 1, "f")
'Jessica Vaughan'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from ...model.people import Organization
from ._organizations import Body

__all__ = ["UNNAMED", "Bodies", "Event", "Timeline"]

WINDOW_PARAGRAPHS = 4
UNNAMED = ""
"""The name of an event for someone who speaks unnamed (``the official said``): a pronoun
after it may mean them, so it stops the search for a named referent."""
_MAX_LOOKBACK = 200


@attrs.frozen
class Event:
    """A person named (or speaking) at ``position``, in the sentence starting at ``sentence``."""

    position: int
    sentence: int
    paragraph: int
    name: str
    speaker: bool = False
    """Whether the person speaks here or is the subject of the sentence."""
    possessive: bool = False


@attrs.define
class Timeline:
    """Events in text order, with what is known of each person's gender and role."""

    events: list[Event] = attrs.field(factory=list)
    genders: dict[str, str] = attrs.field(factory=dict)
    roles: dict[str, str] = attrs.field(factory=dict)
    _positions: list[int] = attrs.field(factory=list)

    def add(self, event: Event) -> None:
        index = bisect.bisect_right(self._positions, event.position)
        self._positions.insert(index, event.position)
        self.events.insert(index, event)

    def _before(self, position: int, paragraph: int) -> Iterator[Event]:
        index = bisect.bisect_left(self._positions, position)
        for event in reversed(self.events[max(0, index - _MAX_LOOKBACK) : index]):
            if event.paragraph < paragraph - WINDOW_PARAGRAPHS:
                return
            yield event

    def pronoun(self, sentence: int, paragraph: int, gender: str) -> str | None:
        """The person ``he``/``she`` in the sentence starting at ``sentence`` refers to: the
        latest earlier speaker or sentence subject of a compatible gender; failing that, the
        first person named in the latest sentence naming anyone compatible."""
        fallback: list[Event] = []
        chosen: Event | None = None
        for event in self._before(sentence, paragraph):
            if self.genders.get(event.name, gender) != gender:
                continue
            if event.name == UNNAMED and not event.speaker:
                continue
            if not fallback or event.sentence == fallback[0].sentence:
                fallback.append(event)
            if event.speaker:
                chosen = event
                break
        if chosen is None and fallback:
            plain = [e for e in reversed(fallback) if not e.possessive] or fallback
            chosen = plain[0]
        if chosen is None or chosen.name == UNNAMED:
            return None
        self.genders.setdefault(chosen.name, gender)
        return chosen.name

    def description(self, position: int, paragraph: int, noun: str) -> str | None:
        """The latest person whose role contains ``noun`` (``the judge``), if any."""
        wanted = noun.lower()
        for event in self._before(position, paragraph):
            if wanted in self.roles.get(event.name, "").lower():
                return event.name
        return None


_DETERMINER = re.compile(r"^(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he) ")


@attrs.define
class Bodies:
    """The organisations ``the letter`` or ``it`` may stand for, and the unnamed officials
    ``the official`` may refer back to, in text order."""

    organizations: list[tuple[int, int, Organization]] = attrs.field(factory=list)
    """``(position, paragraph, organisation)`` for each organisation acting or issuing."""
    unnamed: list[Body] = attrs.field(factory=list)
    _unnamed_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self._unnamed_starts = [body.start for body in self.unnamed]

    def add(self, position: int, paragraph: int, organization: Organization) -> None:
        # Quotes are read in text order, so this appends; insort keeps it right regardless.
        bisect.insort(self.organizations, (position, paragraph, organization), key=_position)

    def latest(self, position: int, paragraph: int, word: str | None = None) -> Organization | None:
        """The latest organisation before ``position`` within a few paragraphs, whose name
        has ``word`` when one is given (``the department``)."""
        index = bisect.bisect_left(self.organizations, (position,))
        for at, para_index, organization in reversed(
            self.organizations[max(0, index - 50) : index]
        ):
            if para_index < paragraph - WINDOW_PARAGRAPHS:
                return None
            if at < position and (word is None or word in organization.name.lower()):
                return organization
        return None

    def referred(self, body: Body, paragraph: int) -> Organization | None:
        """``the department``: the latest organisation whose name has that word."""
        return self.latest(body.start, paragraph, body.text.split()[-1].lower())

    def introduced(self, body: Body) -> str:
        """How an unnamed speaker was described: ``the official`` after ``a senior Justice
        Department official`` is that official."""
        description = _DETERMINER.sub("", body.text)
        if not body.text.lower().startswith("the "):
            return description
        noun = description.split()[-1]
        index = bisect.bisect_left(self._unnamed_starts, body.start)
        for earlier in reversed(self.unnamed[max(0, index - 5) : index]):
            if earlier.text.split()[-1] == noun and not earlier.text.lower().startswith("the "):
                return _DETERMINER.sub("", earlier.text)
        return description


def _position(entry: tuple[int, int, Organization]) -> int:
    return entry[0]
