"""Money in text: read an amount, find the amounts in running text, write one back.

>>> a = parse_amount("$1.9M")
>>> (a.value, a.low, a.high)
(Decimal('1900000'), Decimal('1850000'), Decimal('1950000'))
"""

from __future__ import annotations

from ._parse import find_amounts, format_amount, parse_amount

__all__ = ["find_amounts", "format_amount", "parse_amount"]
