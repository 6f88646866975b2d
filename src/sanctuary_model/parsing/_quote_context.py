"""Who a pronoun or a description refers to: a timeline of the people the running text
mentions, read backwards from the sentence that needs a referent.

>>> timeline = Timeline(genders={"Jessica Vaughan": "f"})
>>> timeline.add(Event(10, 0, 0, "Jessica Vaughan"))
>>> timeline.add(Event(40, 30, 0, "Jeff Sessions"))
>>> timeline.pronoun(60, 1, "f")
'Jessica Vaughan'
"""

from __future__ import annotations

import bisect

import attrs

__all__ = ["Event", "Timeline"]

WINDOW_PARAGRAPHS = 4
_MAX_LOOKBACK = 200


@attrs.frozen(order=True)
class Event:
    """A person named (or speaking) at ``position``, in the sentence starting at ``sentence``."""

    position: int
    sentence: int
    paragraph: int
    name: str
    speaker: bool = False
    possessive: bool = False


@attrs.define
class Timeline:
    """Events in text order, with what is known of each person's gender and role."""

    events: list[Event] = attrs.field(factory=list)
    genders: dict[str, str] = attrs.field(factory=dict)
    roles: dict[str, str] = attrs.field(factory=dict)

    def add(self, event: Event) -> None:
        bisect.insort(self.events, event)

    def _before(self, position: int, paragraph: int) -> list[Event]:
        index = bisect.bisect_left(self.events, Event(position, -1, -1, ""))
        window = self.events[max(0, index - _MAX_LOOKBACK) : index]
        return [e for e in reversed(window) if e.paragraph >= paragraph - WINDOW_PARAGRAPHS]

    def pronoun(self, sentence: int, paragraph: int, gender: str) -> str | None:
        """The person ``he``/``she`` at the sentence starting at ``sentence`` refers to: in the
        latest earlier sentence naming someone of a compatible gender, its speaker, else the
        first person it names (not in a possessive)."""
        groups: dict[int, list[Event]] = {}
        order: list[int] = []
        for event in self._before(sentence, paragraph):
            if self.genders.get(event.name, gender) != gender:
                continue
            if event.sentence not in groups:
                groups[event.sentence] = []
                order.append(event.sentence)
            groups[event.sentence].append(event)
        if not order:
            return None
        group = sorted(groups[order[0]])
        speakers = [e for e in group if e.speaker]
        plain = [e for e in group if not e.possessive] or group
        name = speakers[-1].name if speakers else plain[0].name
        if name not in self.genders:
            self.genders[name] = gender
        return name

    def description(self, position: int, paragraph: int, noun: str) -> str | None:
        """The latest person whose role contains ``noun`` (``the judge``), if any."""
        wanted = noun.lower()
        for event in self._before(position, paragraph):
            role = self.roles.get(event.name, "").lower()
            if wanted in role:
                return event.name
        return None
