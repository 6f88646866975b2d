"""Every module of the package can be the first one a program imports.

A user may start with ``import sanctuary_model.parsing.notices``; an import cycle that only
the package's own import order hides would fail there. Each module is imported alone in a
fresh interpreter (a few at a time).
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src"


def _modules() -> list[str]:
    names = []
    for path in sorted((SOURCE / "sanctuary_model").rglob("*.py")):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _import_alone(module: str) -> tuple[str, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    last_line = done.stderr.strip().rpartition("\n")[2]
    return module, done.returncode, last_line


def test_every_module_imports_first() -> None:
    modules = _modules()
    assert "sanctuary_model.parsing.notices" in modules
    assert len(modules) > 50
    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = [(m, err) for m, code, err in pool.map(_import_alone, modules) if code]
    assert failures == []
