"""Fiscal years, grant programs and the awards made under them."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ._validators import non_blank, whole_number
from .jurisdictions import Jurisdiction
from .money import Amount
from .span import Span

__all__ = ["BYRNE_JAG", "COPS", "SCAAP", "FiscalYear", "GrantAward", "GrantProgram"]


@attrs.frozen(order=True)
class FiscalYear:
    """A US federal fiscal year: FY N runs from 1 October of N-1 to 30 September of N.

    >>> fy = FiscalYear(2016)
    >>> fy.start, fy.end
    (datetime.date(2015, 10, 1), datetime.date(2016, 9, 30))
    >>> fy.contains(dt.date(2016, 9, 30)), fy.contains(dt.date(2016, 10, 1))
    (True, False)
    """

    year: int = attrs.field(
        validator=whole_number(1790, 9999, described="a year from 1790 to 9999")
    )

    @property
    def start(self) -> dt.date:
        """The first day of the fiscal year."""
        return dt.date(self.year - 1, 10, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the fiscal year."""
        return dt.date(self.year, 9, 30)

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the fiscal year."""
        return self.start <= day <= self.end

    @classmethod
    def of(cls, day: dt.date) -> FiscalYear:
        """The fiscal year ``day`` falls in.

        >>> FiscalYear.of(dt.date(2017, 11, 15))
        FiscalYear(year=2018)
        """
        return cls(day.year + 1 if day.month >= 10 else day.year)

    def __str__(self) -> str:
        return f"FY {self.year}"


_ASSISTANCE_LISTING = re.compile(r"[0-9]{2}\.[0-9]{3}")


def _listing_form(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not _ASSISTANCE_LISTING.fullmatch(value):
        raise ValueError(f"{attribute.name} must look like '16.738', got {value!r}")


@attrs.frozen
class GrantProgram:
    """A federal grant program and its Assistance Listing (formerly CFDA) number.

    >>> BYRNE_JAG.short_name, BYRNE_JAG.assistance_listing
    ('Byrne JAG', '16.738')
    """

    name: str = attrs.field(validator=non_blank)
    short_name: str = attrs.field(validator=non_blank)
    assistance_listing: str | None = attrs.field(default=None, validator=_listing_form)


BYRNE_JAG = GrantProgram(
    name="Edward Byrne Memorial Justice Assistance Grant",
    short_name="Byrne JAG",
    assistance_listing="16.738",
)
#: The COPS Office's community policing grants (the hiring program's listing).
COPS = GrantProgram(
    name="Community Oriented Policing Services",
    short_name="COPS",
    assistance_listing="16.710",
)
#: Reimbursement for jailing undocumented immigrants convicted of crimes.
SCAAP = GrantProgram(
    name="State Criminal Alien Assistance Program",
    short_name="SCAAP",
    assistance_listing="16.606",
)


@attrs.frozen
class GrantAward:
    """Money a program gave a jurisdiction in a fiscal year, and where the text says so."""

    jurisdiction: Jurisdiction
    program: GrantProgram
    fiscal_year: FiscalYear
    amount: Amount
    span: Span | None = None
