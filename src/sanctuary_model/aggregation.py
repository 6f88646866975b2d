"""(being written)"""

from __future__ import annotations

from typing import Any


def total(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def total_by(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def total_by_state(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def total_by_kind(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def rank(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def shares(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
