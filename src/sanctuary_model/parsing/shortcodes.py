"""(being written)"""

from __future__ import annotations

from typing import Any


def parse_shortcodes(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
