"""People and organisations an article names or quotes."""

from __future__ import annotations

import enum

import attrs

__all__ = ["Organization", "OrganizationKind", "Person", "UnnamedSpeaker"]

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


class OrganizationKind(enum.Enum):
    """What sort of body an organisation speaking in an article is."""

    AGENCY = "agency"
    """A government department or office: the Justice Department, a sheriff's office."""
    GOVERNMENT = "government"
    """A government as a whole: a city, a county, a state, the federal government."""
    COURT = "court"
    NEWSPAPER = "newspaper"
    """A news outlet: a paper, a station, a wire service."""
    COMPANY = "company"
    ADVOCACY_GROUP = "advocacy group"
    """A campaign, union, association or civil-liberties group: the ACLU."""
    OTHER = "other"


@attrs.frozen
class Organization:
    """A body that speaks in an article, itself or through a document it issued.

    >>> Organization("Justice Department", OrganizationKind.AGENCY).name
    'Justice Department'
    """

    name: str = attrs.field(validator=_trimmed_non_blank)
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.OTHER, validator=attrs.validators.instance_of(OrganizationKind)
    )


@attrs.frozen
class UnnamedSpeaker:
    """Someone the article quotes without naming: ``a senior Justice Department official``.

    Kept beside a quote's speaker, never as it: the text does not say who spoke, so the
    quote counts as unattributed. ``name`` is always ``None``, as for any nameless speaker.

    >>> source = UnnamedSpeaker("senior Justice Department official")
    >>> source.name is None, source.description
    (True, 'senior Justice Department official')
    """

    description: str = attrs.field(validator=_trimmed_non_blank)

    @property
    def name(self) -> None:
        """No name: the text gives none."""
        return None
