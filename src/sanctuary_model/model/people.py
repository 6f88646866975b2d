"""People named in an article."""

from __future__ import annotations

import attrs

__all__ = ["Person"]


def _non_blank(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")


@attrs.frozen
class Person:
    """A person as an article introduces them: ``Person("Jeff Sessions", "Attorney General")``."""

    name: str = attrs.field(validator=_non_blank)
    role: str | None = None
    organization: str | None = None

    @property
    def surname(self) -> str:
        """The last word of the name (``Baylson`` for ``Michael Baylson``)."""
        return self.name.split()[-1]
