"""Regular-expression building blocks shared by the readers: word lists shaped as tries, and
the calendar's words.

>>> re.fullmatch(WEEKDAY, "Wednesday") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MONTH", "MONTH_NAMES", "WEEKDAY", "WEEKDAY_NAMES", "alternation"]

#: The names of the months and of the days of the week, capitalised as running text writes them.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A month's name, or its abbreviation with its period (``Nov.``).
MONTH = (
    "(?:" + "|".join(MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)  # fmt: skip
#: A day of the week.
WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"


_Trie = dict[str, "_Trie"]


def alternation(words: Sequence[str]) -> str:
    """A regex group matching what ``(?:w1|w2|...)`` matches, with the same preference, shaped
    as a trie so that a position where no word starts costs one step, not one per word.

    Words that match at one position are prefixes of one another, so their order matters only
    along such chains: ``words`` must put each word before its own prefixes (longest first),
    and the trie tries longer words first too.

    >>> alternation(["says", "said", "say", "told"])
    '(?:sa(?:ys?|id)|told)'
    """
    seen: set[str] = set()
    trie: _Trie = {}
    for word in words:
        if any(word[:size] in seen for size in range(1, len(word))):
            raise ValueError(f"{word!r} comes after one of its prefixes")
        seen.add(word)
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(trie) + ")"


def _branches(trie: _Trie) -> str:
    branches = []
    for char, child in trie.items():
        if not char:
            continue
        body = re.escape(char)
        while len(child) == 1 and "" not in child:
            ((char, child),) = child.items()
            body += re.escape(char)
        rest = {key: value for key, value in child.items() if key}
        if rest:
            inner = _branches(rest)
            body += inner if len(inner) == 1 else "(?:" + inner + ")"
            body += "?" if "" in child else ""
        branches.append(body)
    return "|".join(branches)
