"""The ``sanctuary-model`` command line (being written)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    print(f"sanctuary-model {__version__}: usage: sanctuary-model [summary|parse|amount|schema]")
    return 0 if not args or args[0] in {"--version", "-V"} else 2
