"""Load articles back from JSON Lines and print the five largest awards across them.

Run: python examples/rank_from_json.py articles.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

from sanctuary_model import Article, GrantAward, format_amount, from_json, rank


def load_awards(path: Path) -> list[GrantAward]:
    awards: list[GrantAward] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                awards.extend(from_json(line, Article).awards)
    return awards


def main(path: str) -> None:
    for position, award in enumerate(rank(load_awards(Path(path)), n=5), start=1):
        print(f"{position}. {award.jurisdiction.name:<32} {format_amount(award.amount):>12}")


if __name__ == "__main__":
    main(sys.argv[1])
