"""The Justice Department's notices to jurisdictions."""

from __future__ import annotations

from typing import Literal

import attrs

from ._validators import non_blank, whole_number
from .dates import DateMention
from .grants import FiscalYear, GrantAward, GrantProgram
from .jurisdictions import Jurisdiction
from .legal import Statute
from .rosters import match_jurisdictions
from .span import Span

__all__ = ["ISSUER", "DojNotice"]

#: Who issues the notices this library reads.
ISSUER = "U.S. Department of Justice"


@attrs.frozen(kw_only=True)
class DojNotice:
    """A DOJ letter putting jurisdictions on notice, as an article (or the DOJ) reports it.

    ``stated_recipient_count`` is the number the text writes ("29 jurisdictions");
    ``recipients`` the jurisdictions it lists. ``prior_awards`` are the awards the notice
    is about (``prior_fiscal_year``'s grants) and ``fiscal_year_at_stake`` the grants it
    threatens. ``mentions`` are every passage reporting the notice; ``span`` the first.
    ``source`` says where the notice itself is documented (a URL, a press release) when known.
    ``official`` is the Department's own roster of the same notice, attached when the notice
    was read (``parse_article`` attaches the bundled one issued the same day).

    >>> DojNotice(stated_recipient_count=2).discrepancies()
    ('the text states 2 recipients but lists 0',)
    """

    issuer: str = attrs.field(default=ISSUER, validator=non_blank)
    issued: DateMention | None = None
    recipients: tuple[Jurisdiction, ...] = ()
    stated_recipient_count: int | None = attrs.field(
        default=None, validator=whole_number(0, optional=True)
    )
    program: GrantProgram | None = None
    fiscal_year_at_stake: FiscalYear | None = None
    response_deadline: DateMention | None = None
    statute: Statute | None = None
    prior_awards: tuple[GrantAward, ...] = ()
    span: Span | None = None
    prior_fiscal_year: FiscalYear | None = None
    mentions: tuple[Span, ...] = ()
    notes: tuple[str, ...] = ()
    source: str | None = None
    official: DojNotice | None = None

    @property
    def listed_recipient_count(self) -> int:
        """How many jurisdictions the text lists: the recipients, else the awards' holders."""
        if self.recipients:
            return len(self.recipients)
        return len({award.jurisdiction for award in self.prior_awards})

    def discrepancies(
        self, official: DojNotice | Literal["attached"] | None = "attached"
    ) -> tuple[str, ...]:
        """Every inconsistency a careful reader would flag, as sentences.

        Besides what the text itself contradicts (recipients stated against listed, a deadline
        before the notice), the listed jurisdictions are checked against an official roster of
        the same notice: the ``official`` one attached to this notice by default, or the one
        given; pass ``official=None`` to check the text alone. Nothing is loaded or parsed.

        >>> DojNotice(stated_recipient_count=2).discrepancies()
        ('the text states 2 recipients but lists 0',)
        """
        found: list[str] = []
        listed = self.listed_recipient_count
        if self.stated_recipient_count is not None and self.stated_recipient_count != listed:
            found.append(
                f"the text states {self.stated_recipient_count} recipients but lists {listed}"
            )
        found.extend(self._date_problems())
        found.extend(self._award_problems())
        roster = self.official if official == "attached" else official
        if roster is not None:
            reported = self.recipients or tuple(a.jurisdiction for a in self.prior_awards)
            found.extend(match_jurisdictions(reported, roster.recipients).discrepancies())
        return tuple(found)

    def _date_problems(self) -> list[str]:
        issued, deadline = self.issued, self.response_deadline
        if issued is None or deadline is None or issued.date is None or deadline.date is None:
            return []
        issued_first = issued.first_day
        deadline_last = deadline.last_day
        if issued_first is not None and deadline_last is not None and deadline_last < issued_first:
            return [
                f"the response deadline {deadline.text!r} ({deadline.date}) is before the "
                f"notice was issued {issued.text!r} ({issued.date})"
            ]
        return []

    def _award_problems(self) -> list[str]:
        found: list[str] = []
        seen: set[Jurisdiction] = set()
        for jurisdiction in self.recipients:
            if jurisdiction in seen:
                found.append(f"{jurisdiction.name} is listed twice among the recipients")
            seen.add(jurisdiction)
        for award in self.prior_awards:
            where = award.jurisdiction.name
            if self.prior_fiscal_year is not None and award.fiscal_year != self.prior_fiscal_year:
                found.append(
                    f"the award to {where} is for {award.fiscal_year}, "
                    f"not the {self.prior_fiscal_year} the notice is about"
                )
            at_stake = self.fiscal_year_at_stake
            if at_stake is not None and award.fiscal_year >= at_stake:
                found.append(
                    f"the award to {where} is for {award.fiscal_year}, "
                    f"not before the {at_stake} at stake"
                )
            if self.program is not None and award.program.name != self.program.name:
                found.append(
                    f"the award to {where} is under {award.program.short_name}, "
                    f"not {self.program.short_name}"
                )
            if self.recipients and award.jurisdiction not in seen:
                found.append(f"{where} holds a listed award but is not among the recipients")
        return found
