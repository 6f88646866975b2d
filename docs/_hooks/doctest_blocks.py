"""MkDocs hook: render bare ``>>>`` doctest examples in docstrings as Python console blocks.

Docstrings keep plain doctest examples (so ``pytest --doctest-modules`` runs them); without
this hook Markdown would read ``>>>`` as a quote and ``[...]`` output as links.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

_FENCE = re.compile(r"^\s*(```|~~~)")


class _DoctestBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        in_fence = False
        in_example = False
        for line in lines:
            if not in_example and _FENCE.match(line):
                in_fence = not in_fence
            if in_fence:
                out.append(line)
                continue
            starts = line.lstrip().startswith(">>>")
            if starts and not in_example:
                indent = line[: len(line) - len(line.lstrip())]
                out += ["", f"{indent}```pycon"]
                in_example = True
            elif in_example and not line.strip():
                out += [f"{indent}```", ""]
                in_example = False
            out.append(line)
        if in_example:
            out.append(f"{indent}```")
        return out


class DoctestBlocks(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.register(_DoctestBlocks(md), "doctest_blocks", 40)


def on_config(config: Any) -> Any:
    config["markdown_extensions"].insert(0, DoctestBlocks())
    return config
