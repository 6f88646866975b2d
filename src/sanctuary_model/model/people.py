"""People named in an article."""

from __future__ import annotations

import attrs

__all__ = ["Person"]

_SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV"})


def _trimmed_non_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")
    if value != value.strip():
        raise ValueError(f"{attribute.name} must not start or end with spaces: {value!r}")


_optional_text = attrs.validators.optional(_trimmed_non_blank)


@attrs.frozen
class Person:
    """A person as an article introduces them: name, and role and organization when stated.

    >>> herrera = Person("Dennis Herrera", "city attorney", "San Francisco")
    >>> herrera.surname
    'Herrera'
    """

    name: str = attrs.field(validator=_trimmed_non_blank)
    role: str | None = attrs.field(default=None, validator=_optional_text)
    organization: str | None = attrs.field(default=None, validator=_optional_text)

    @property
    def surname(self) -> str:
        """The last word of the name, ignoring a suffix (``Baylson`` for ``Michael Baylson``)."""
        words = [word.rstrip(",") for word in self.name.split()]
        while len(words) > 1 and words[-1] in _SUFFIXES:
            words.pop()
        return words[-1]
