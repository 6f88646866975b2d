"""The Justice Department's notices to jurisdictions."""

from __future__ import annotations

import attrs

from .dates import DateMention
from .grants import FiscalYear, GrantAward, GrantProgram
from .jurisdictions import Jurisdiction
from .legal import Statute
from .span import Span

__all__ = ["DojNotice"]


@attrs.frozen
class DojNotice:
    """A DOJ letter putting jurisdictions on notice, as an article (or the DOJ) reports it."""

    issuer: str
    issued: DateMention | None
    recipients: tuple[Jurisdiction, ...]
    stated_recipient_count: int | None
    program: GrantProgram | None
    fiscal_year_at_stake: FiscalYear | None
    response_deadline: DateMention | None
    statute: Statute | None
    prior_awards: tuple[GrantAward, ...]
    span: Span | None

    def discrepancies(self) -> tuple[str, ...]:
        """Every inconsistency a careful reader would flag, as sentences.

        >>> DojNotice("U.S. Department of Justice", None, (), 2, None, None, None, None, (),
        ...           None).discrepancies()
        ('the text states 2 recipients but lists 0',)
        """
        found: list[str] = []
        listed = len(self.recipients) or len(self.prior_awards)
        if self.stated_recipient_count is not None and self.stated_recipient_count != listed:
            found.append(
                f"the text states {self.stated_recipient_count} recipients but lists {listed}"
            )
        return tuple(found)
