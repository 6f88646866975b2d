"""Fiscal years as news text writes them: ``FY 2016``, ``FY2016``, ``fiscal year 2016``, ``FY16``.

>>> parse_fiscal_year("fiscal year 2016").start
datetime.date(2015, 10, 1)
"""

from __future__ import annotations

import re

from ..errors import FiscalYearParseError
from ..model.grants import FiscalYear

__all__ = ["parse_fiscal_year"]

# A two-digit year below the pivot is in the 2000s, otherwise in the 1900s (FY99 is 1999).
_PIVOT = 70

_FISCAL_YEAR = re.compile(
    r"\s*(?:FY|fiscal\s{1,5}year)[\s\-]{0,3}['’]?(?P<year>[0-9]{4}|[0-9]{2})\s*",
    re.IGNORECASE,
)


def parse_fiscal_year(text: str) -> FiscalYear:
    """Read one US federal fiscal year written as ``FY 2016``, ``FY16`` or ``fiscal year 2016``.

    A two-digit year from 70 to 99 is in the 1900s, any other in the 2000s.

    >>> parse_fiscal_year("FY16"), parse_fiscal_year("Fiscal Year 2017")
    (FiscalYear(year=2016), FiscalYear(year=2017))
    """
    match = _FISCAL_YEAR.fullmatch(text)
    if match is None:
        raise FiscalYearParseError("expected 'FY 2016', 'FY16' or 'fiscal year 2016'", text, 0)
    digits = match["year"]
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < _PIVOT else 1900
    try:
        return FiscalYear(year)
    except ValueError as error:
        raise FiscalYearParseError(str(error), text, match.start("year")) from None
