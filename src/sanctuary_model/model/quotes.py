"""Quotations and who said them."""

from __future__ import annotations

import enum

import attrs

from ._validators import non_blank
from .legal import Statute
from .people import Organization, Person, UnnamedSpeaker
from .span import Span

__all__ = ["SPEAKER_TAGS", "Attribution", "Quote", "QuoteKind", "Speaker"]


class QuoteKind(enum.Enum):
    """Direct speech, a quoted fragment inside a sentence, or reported speech."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class Attribution(enum.Enum):
    """How the speaker of a quote was found in the text."""

    NAME = "name"
    """By name, with or without a role: ``Attorney General Jeff Sessions said``."""
    SURNAME = "surname"
    """By a surname referring to someone named earlier: ``said Vaughan``."""
    PRONOUN = "pronoun"
    """By ``he`` or ``she``, referring to the person last introduced."""
    DESCRIPTION = "description"
    """By a role referring to someone named earlier: ``the judge wrote``."""
    STATUTE = "statute"
    """A quoted passage of a law."""
    DOCUMENT = "document"
    """By a document referring to whoever issued it: ``the letter states``, ``according to
    the complaint``, ``said a county press release``."""


Speaker = Person | Organization | Statute

#: The ``type`` a serialized quote speaker carries: ``person``, ``organization``, ``statute``.
SPEAKER_TAGS: dict[type, str] = {Person: "person", Organization: "organization", Statute: "statute"}
"""Whoever a quote is attributed to: a person, an organisation, or a law quoted."""


def _speaker(_instance: object, _attribute: attrs.Attribute[Speaker | None], value: object) -> None:
    if value is not None and not isinstance(value, Person | Organization | Statute):
        raise TypeError(
            f"speaker must be a Person, an Organization, a Statute or None, "
            f"not {type(value).__name__}"
        )


@attrs.frozen
class Quote:
    """What someone (or a statute) said, as the article quotes it.

    ``text`` is the quoted words without the quote marks (and without the comma that hands
    over to the attribution); ``span`` covers them in the article. For reported speech
    (``INDIRECT``) ``text`` is the reported clause. ``verb`` is the speech verb as written
    (``said``, ``predicted``); ``channel`` how it was said when the text says (``in a
    statement``, ``KRIO 7`` after ``told``). ``speaker_span`` covers the words naming the speaker
    (``Sessions``, ``he``) and ``attribution`` says how they were resolved. ``continued`` is
    true for a quote with no attribution of its own that continues the previous quote.
    ``unnamed`` describes a speaker the text quotes without naming (``a senior official``);
    such a quote has no ``speaker``.

    >>> quote = Quote("We're prepared", Person("Joe McDermott"), QuoteKind.DIRECT, "said",
    ...               None, Span(0, 14), attribution=Attribution.PRONOUN)
    >>> quote.speaker.name, quote.kind.value
    ('Joe McDermott', 'direct')
    """

    text: str = attrs.field(validator=non_blank)
    speaker: Speaker | None = attrs.field(validator=_speaker)
    kind: QuoteKind = attrs.field(validator=attrs.validators.instance_of(QuoteKind))
    verb: str | None = attrs.field(validator=attrs.validators.optional(non_blank))
    channel: str | None = attrs.field(validator=attrs.validators.optional(non_blank))
    span: Span | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    speaker_span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    attribution: Attribution | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Attribution))
    )
    continued: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    unnamed: UnnamedSpeaker | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(UnnamedSpeaker)),
    )

    def __attrs_post_init__(self) -> None:
        if self.span is not None and len(self.span) != len(self.text):
            raise ValueError(f"text {self.text!r} is not {len(self.span)} characters, as its span")
        if (self.speaker is None) != (self.attribution is None):
            raise ValueError("a quote has both a speaker and an attribution, or neither")
        if isinstance(self.speaker, Statute) != (self.attribution is Attribution.STATUTE):
            raise ValueError("a statute speaker goes with Attribution.STATUTE, and only it")
        if self.unnamed is not None and self.speaker is not None:
            raise ValueError("a quote with a named speaker has no unnamed one")

    @property
    def speaker_name(self) -> str | None:
        """The speaker's name (a statute's is its citation), or ``None``."""
        return None if self.speaker is None else self.speaker.name
