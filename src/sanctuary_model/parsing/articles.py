"""(being written)"""

from __future__ import annotations

from typing import Any


def parse_article(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
