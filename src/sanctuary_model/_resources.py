"""The package's bundled files, read in one place (a leaf module: any layer may import it).

>>> read_json("courts.json")["courts"][0]["abbreviation"]
'U.S.'
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["read_bytes", "read_json", "read_text"]


def read_text(name: str) -> str:
    """The UTF-8 text of ``data/<name>``."""
    return resources.files("sanctuary_model").joinpath(f"data/{name}").read_text("utf-8")


def read_bytes(name: str) -> bytes:
    """The bytes of ``data/<name>`` (a compressed table, say)."""
    return resources.files("sanctuary_model").joinpath(f"data/{name}").read_bytes()


def read_json(name: str) -> Any:
    """The parsed JSON of ``data/<name>``."""
    return json.loads(read_text(name))
