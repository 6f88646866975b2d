"""(being written)"""

from __future__ import annotations

from typing import Any


def seed_text(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def seed_article(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def seed_awards(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
