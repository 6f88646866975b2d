"""The state a written name carries with it: in parentheses, after a comma, inline, loosely
at the end ("Cook County Ill."), or as Alaska's census areas write it; and whether it agrees
with the state a caller gave.
"""

from __future__ import annotations

from ...errors import JurisdictionParseError, StateLookupError
from ...model.geography import STATES_BY_CODE, StateMatch, UsState
from ._forms import _IN_STATE, _INLINE_STATE
from ._gazetteer import find_places
from ._states import exact_state, match_state_text


class _StateQualifiers:
    """Reads the state written around a name (a part of one parse)."""

    text: str
    given: UsState | None
    notes: list[str]

    def fail(self, reason: str, position: int | None = None) -> JurisdictionParseError:
        return JurisdictionParseError(reason, self.text, position)

    def _inline_state(self, text: str) -> tuple[str, UsState | None]:
        """Read "Houston (TX) Police Department": a state in parentheses mid-name."""
        match = _INLINE_STATE.fullmatch(text)
        if match is None:
            return text, None
        found = self._state_or_none(match["state"])
        if found is None:
            return text, None
        return f"{match['head']} {match['tail']}", found.state

    def _peel_loose_state(self, text: str) -> tuple[str, UsState | None]:
        """Read "X County in Florida" and "Cook County Ill." (a dotted abbreviation, no comma)."""
        match = _IN_STATE.fullmatch(text)
        if match is not None and (found := _exact_state_or_none(match["state"])) is not None:
            return match["core"], found
        words = text.split(" ")
        for size in (2, 1):
            if len(words) > size and "." in words[-1]:
                tail = " ".join(words[-size:])
                found = _exact_state_or_none(tail)
                if found is not None and len(tail) > 3:
                    return " ".join(words[:-size]), found
        return text, None

    def _quiet_state(self, text: str) -> UsState | None:
        try:
            return match_state_text(text, allow_typos=False).state
        except StateLookupError:
            return None

    def _peel_state(self, text: str) -> tuple[str, UsState | None]:
        """Split "X (Calif.)", "X, Washington" or "X WA" into X and the state."""
        if text.endswith(")") and (opening := text.rfind("(")) > 0:
            census_area = self._census_area(text[:opening].rstrip(), text[opening + 1 : -1])
            if census_area is not None:
                return census_area
            match = self._state_or_none(text[opening + 1 : -1])
            if match is None:
                return text, None
            return text[:opening].rstrip(), match.state
        if "," in text:
            comma = text.rfind(",")
            head, tail = text[:comma].rstrip(), text[comma + 1 :].strip()
            match = self._state_or_none(tail)
            if match is None or not head:
                raise self.fail(f"expected a state after the last comma, found {tail!r}")
            return head, match.state
        head, _, last = text.rpartition(" ")
        if head and len(last) == 2 and last.isupper() and last.isascii():
            match = self._state_or_none(last, allow_typos=False)
            if match is not None:
                return head, match.state
        return text, None

    def _census_area(self, head: str, inner: str) -> tuple[str, UsState | None] | None:
        """Census lists write Alaska's census areas "Nome (CA)": not California."""
        alaska = STATES_BY_CODE["AK"]
        if inner != "CA" or self.given not in (None, alaska):
            return None
        area = f"{head} Census Area"
        if not find_places(area, alaska) or find_places(head, STATES_BY_CODE["CA"]):
            return None
        self.notes.append(f"'(CA)' read as Census Area: {area}, Alaska")
        return area, alaska

    def _state_or_none(self, text: str, *, allow_typos: bool = True) -> StateMatch | None:
        try:
            match = match_state_text(text, allow_typos=allow_typos)
        except StateLookupError:
            return None
        if match.correction is not None:
            self.notes.append(match.correction)
        return match

    def _settle_state(self, qualifier: UsState | None) -> UsState | None:
        if qualifier is not None and self.given is not None and qualifier != self.given:
            raise self.fail(f"the text places it in {qualifier.code} but state={self.given.code}")
        return qualifier or self.given


def _exact_state_or_none(text: str) -> UsState | None:
    if len(text) > 60:
        return None
    return exact_state(text)
