"""(being written)"""

from __future__ import annotations

from typing import Any


def extract_rulings(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
