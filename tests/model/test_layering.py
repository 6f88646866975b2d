"""The model is the bottom layer: it imports nothing of parsing, rosters, data or JSON."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[2] / "src" / "sanctuary_model" / "model"


@pytest.mark.parametrize("path", sorted(MODEL.glob("*.py")), ids=lambda p: p.name)
def test_model_modules_import_only_the_model_and_errors(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Every import, at module level or inside a function (a lazy import is still an edge).
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            target = node.module or ""
            assert node.level == 1 or target == "errors", (
                f"{path.name}:{node.lineno} imports {'.' * node.level}{target}"
            )
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            assert not node.module.startswith("sanctuary_model"), f"{path.name}:{node.lineno}"
