"""Parse every ``*.txt`` article in a folder into JSON Lines, one article a line.

Run: python examples/folder_to_jsonl.py FOLDER > articles.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

from sanctuary_model import to_json
from sanctuary_model.corpus import ParseFailure, parse_corpus


def main(folder: str) -> int:
    paths = sorted(Path(folder).glob("*.txt"))
    failures = 0
    for path, result in zip(paths, parse_corpus(paths), strict=True):
        if isinstance(result, ParseFailure):
            failures += 1
            print(f"{path}: {result.reason}", file=sys.stderr)
            continue
        print(to_json(result))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
