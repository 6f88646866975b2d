"""(being written)"""

from __future__ import annotations

from typing import Any


def parse_amount(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def find_amounts(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def format_amount(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
