"""(being written)"""

from __future__ import annotations

from typing import Any


def parse_jurisdiction(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def lookup_state(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def match_state(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
