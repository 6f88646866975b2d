"""Differential guard over a corpus: what every labelled passage reads as, recorded.

The corpus is the seed, the seed cut into variants (paragraphs dropped and reordered, the
table alone, the running text alone) and every passage of the labelled case tables (quotes,
rulings, notices), each read whole by ``parse_article``. A digest of each article's JSON is
recorded in ``tests/data/reading_digests.json``; a change in what any of them reads as fails
here, naming the passages. Work on speed must leave every digest unchanged. After a
deliberate change, record again with ``python -m tests.test_differential`` and say why in the
commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from sanctuary_model import parse_article, seed_text, to_json
from tests.cases.quotes import CASES as QUOTE_CASES
from tests.cases.rulings import RULING_CASES
from tests.parsing.test_notices import NOTICE_CASES

RECORD = Path(__file__).parent / "data" / "reading_digests.json"
_TABLE = re.compile(r"\[lz_table\b.*?\[/lz_table\]", re.DOTALL)


def corpus() -> Iterator[tuple[str, str, dt.date | None]]:
    """``(name, text, published)`` for every article of the corpus, in a fixed order."""
    seed = seed_text()
    published = dt.date(2017, 11, 20)
    yield "seed", seed, published
    table = _TABLE.search(seed)
    assert table is not None
    yield "seed-table-only", table.group(0), published
    running = _TABLE.sub("", seed)
    yield "seed-running-text", running, None
    paragraphs = [p for p in running.split("\n\n") if p.strip()]
    rng = random.Random(1373)
    for index in range(8):
        kept = [p for p in paragraphs if rng.random() < 0.7]
        rng.shuffle(kept)
        yield f"seed-variant-{index}", "\n\n".join(kept) + "\n", published
    for case in QUOTE_CASES:
        yield f"quotes-{case.id}", case.text, None
    for name, text, date, _rulings in RULING_CASES:
        yield f"rulings-{name}", text, date
    for name, text, date, _notices in NOTICE_CASES:
        yield f"notices-{name}", text, date


def digests() -> dict[str, str]:
    """The SHA-256 of each corpus article's JSON, by name."""
    found = {}
    for name, text, published in corpus():
        article = parse_article(text, published=published, strict=False)
        found[name] = hashlib.sha256(to_json(article).encode("utf-8")).hexdigest()
    return found


def test_every_corpus_article_reads_as_recorded() -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = digests()
    assert now.keys() == recorded.keys()
    changed = sorted(name for name in now if now[name] != recorded[name])
    assert not changed, f"{len(changed)} of {len(now)} articles read differently: {changed}"


if __name__ == "__main__":
    RECORD.write_text(json.dumps(digests(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"recorded {RECORD}")
