"""(being written)"""

from __future__ import annotations

from typing import Any


def resolve_date(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
