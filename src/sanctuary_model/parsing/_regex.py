"""Regular-expression building blocks shared by the readers: word lists shaped as tries, and
the calendar's words.

>>> re.fullmatch(WEEKDAY, "Wednesday") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MONTH", "MONTH_NAMES", "WEEKDAY", "WEEKDAY_NAMES", "alternation", "whole_words"]

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


_FIRST = re.compile(r"\[([A-Za-z0-9]+)\]|([A-Za-z0-9])")


def whole_words(words: Sequence[str], *, also: Sequence[str] = ()) -> str:
    r"""A pattern matching what ``(?:\b(?:w1|w2|...)\b|a1|a2...)`` matches, in the same
    order of preference, written so that a search skips straight to the characters a match
    can start with.

    ``\b`` at the start of a pattern makes ``re`` try every position; here each branch starts
    with its word's first character, so ``re`` builds the set of first characters and skips
    the rest, and ``\b`` is a lookbehind spanning that character. Each word is a pattern
    starting with a letter or digit, or a class of them (``[Aa]ttorney``); the ``also``
    patterns (no word boundary) must start with a plain character and come last. Worth it
    when the first characters are few.

    >>> whole_words(["ruled", "ruling", "[Tt]he\\sdepartment"], also=["§"])
    '(?:r(?<!\\w.)(?:uled|uling)\\b|T(?<!\\w.)(?:he\\sdepartment)\\b|t(?<!\\w.)(?:he\\sdepartment)\\b|§)'
    """
    by_first: dict[str, list[str]] = {}
    for word in words:
        first = _FIRST.match(word)
        if first is None:
            raise ValueError(f"{word!r} must start with a letter, a digit or a class of them")
        rest = word[first.end() :]
        for char in first.group(1) or first.group(2):
            by_first.setdefault(char, []).append(rest)
    branches = [f"{char}(?<!\\w.)(?:{'|'.join(rests)})\\b" for char, rests in by_first.items()]
    return "(?:" + "|".join([*branches, *also]) + ")"
