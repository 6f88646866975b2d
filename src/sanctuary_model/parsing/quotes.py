"""(being written)"""

from __future__ import annotations

from typing import Any


def extract_quotes(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
