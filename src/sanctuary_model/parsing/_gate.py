"""Patterns tried only on text that holds one of the words every match must hold.

A pattern such as ``\\b(?:upheld|lifted)\\s...`` costs ``re`` a step at every character of
every clause it is tried on, though most clauses hold none of its words. ``Gated`` reads from
the pattern itself the literal strings one of which every match contains (``upheld``,
``lifted``), looks for them with ``in`` (which skips through text far faster than a regex
steps), and runs the pattern only when one is there. The answer is always the pattern's own:
the gate only skips text where the pattern cannot match. A case-blind pattern is given its
lower-case literals, sought in the lowered text.

>>> gated = Gated.compile(r"\\b(?:upheld|lifted)\\s(?:the\\s)?order")
>>> sorted(gated.literals)
['lifted', 'upheld']
>>> gated.search("The judge upheld the order.").group(0)
'upheld the order'
>>> gated.search("The judge ruled.") is None
True
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["Gated", "required_literals"]

_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"
# A gate of more literals than this costs about as much as the pattern it guards.
_MOST_LITERALS = 40
_IGNORECASE = re.IGNORECASE.value
# The characters besides ASCII letters that a case-blind pattern matches to ASCII letters.
_FOLDS = (("ſ", "s"), ("ı", "i"))
_DOTTED_I = "İ"

try:  # CPython's own parser of patterns; without it every pattern simply runs ungated.
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _c = _p = None

# What every match must hold: ``(literals, digit)``, one of the literals or (when ``digit``)
# a decimal digit.
_Need = tuple[frozenset[str], bool]


class Gated:
    """``pattern`` searched only in text holding one of ``literals`` (or, when ``digit``, a
    decimal digit): what every match of it must contain, read from the pattern when first
    needed (reading costs about a millisecond a pattern, kept out of import). A pattern whose
    words are case-blind is given them as ``folded``: lower-case literals one of which every
    match holds in some case."""

    __slots__ = ("_digit", "_literals", "_read", "folded", "pattern")

    def __init__(self, pattern: re.Pattern[str], *, folded: Sequence[str] = ()) -> None:
        self.pattern = pattern
        self.folded = tuple(folded)
        if any(literal != literal.lower() or not literal.isascii() for literal in self.folded):
            raise ValueError(f"folded literals must be lower-case ASCII: {self.folded!r}")
        self._literals: tuple[str, ...] | None = None
        self._digit = False
        self._read = bool(folded)

    @classmethod
    def compile(cls, source: str, flags: int = 0, *, folded: Sequence[str] = ()) -> Gated:
        """``Gated(re.compile(source, flags), folded=folded)``."""
        return cls(re.compile(source, flags), folded=folded)

    @property
    def literals(self) -> tuple[str, ...] | None:
        """The literals every match holds one of (``None``: no promise, or ``folded``)."""
        self._read_pattern()
        return self._literals

    @property
    def digit(self) -> bool:
        """Whether a decimal digit, failing a literal, may be what a match holds."""
        self._read_pattern()
        return self._digit

    def _read_pattern(self) -> None:
        if not self._read:
            need = required_literals(self.pattern)
            if need is not None:
                self._literals, self._digit = tuple(sorted(need[0])), need[1]
            self._read = True

    def possible(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the pattern may match in ``text[pos:endpos]``."""
        if pos or endpos < len(text):
            text = text[pos:endpos]  # one copy, often narrower: ``in`` needs no conversion
        if self.folded:
            return _holds_folded(text, self.folded)
        literals = self.literals
        if literals is None:
            return True
        for literal in literals:
            if literal in text:
                return True
        if not self._digit:
            return False
        if text.isascii():
            return any(digit in text for digit in _ASCII_DIGITS)
        return _DIGIT.search(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if not self.possible(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if not self.possible(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


def _holds_folded(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the lower-case ASCII ``literals`` as a case-blind pattern
    reads it: in any case, ``ſ`` as ``s``, ``ı`` and ``İ`` as ``i`` (and ``K``, which lowers
    to ``k``)."""
    if _DOTTED_I in text:
        return True  # lowers to two characters; such text is simply searched
    lowered = text.lower()
    if not lowered.isascii():
        for wide, plain in _FOLDS:
            lowered = lowered.replace(wide, plain)
    return any(literal in lowered for literal in literals)


def required_literals(pattern: re.Pattern[str]) -> _Need | None:
    """What every match of ``pattern`` holds in the text it consumes: one of a set of literal
    strings, or a decimal digit; ``None`` when the pattern gives no such promise (or one too
    loose to be worth testing).

    >>> required_literals(re.compile(r"\\bsid(?:ed|es)\\swithin\\b"))
    (frozenset({'within'}), False)
    >>> required_literals(re.compile(r"(?i:fiscal)\\s\\d{4}"))
    (frozenset(), True)
    >>> required_literals(re.compile(r"[A-Z]\\w+")) is None
    True
    """
    if _p is None:  # pragma: no cover - other Pythons
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None
    need = _sequence(list(parsed), pattern.flags)
    if need is None or len(need[0]) > _MOST_LITERALS:
        return None
    return need


def _sequence(items: list[tuple[Any, Any]], flags: int) -> _Need | None:
    """The most selective need among the items of a sequence (each consumes in order, so
    the need of any one of them is the sequence's)."""
    candidates: list[_Need] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and not flags & _IGNORECASE:
            run.append(chr(av))
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing: the literal run goes on
        if run:
            candidates.append((frozenset({"".join(run)}), False))
            run = []
        need = _item(op, av, flags)
        if need is not None:
            candidates.append(need)
    if run:
        candidates.append((frozenset({"".join(run)}), False))
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


def _item(op: Any, av: Any, flags: int) -> _Need | None:
    if op is _c.SUBPATTERN:
        _group, add, delete, body = av
        return _sequence(list(body), (flags | add) & ~delete)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(list(body), flags) if low >= 1 else None
    if op is _c.BRANCH:
        literals: set[str] = set()
        digit = False
        for branch in av[1]:
            need = _sequence(list(branch), flags)
            if need is None:
                return None
            literals |= need[0]
            digit = digit or need[1]
        return _minimal(literals), digit
    if op is _c.IN:
        return _class(av, flags)
    return None


def _class(items: list[tuple[Any, Any]], flags: int) -> _Need | None:
    """A character class: a few plain characters, or decimal digits only."""
    if all(op is _c.LITERAL for op, _av in items) and len(items) <= 3:
        if flags & _IGNORECASE and any(chr(av).lower() != chr(av).upper() for _op, av in items):
            return None
        return frozenset(chr(av) for _op, av in items), False
    digits = all(
        (op is _c.CATEGORY and av is _c.CATEGORY_DIGIT)
        or (op is _c.RANGE and 48 <= av[0] <= av[1] <= 57)
        or (op is _c.LITERAL and 48 <= av <= 57)
        for op, av in items
    )
    return (frozenset(), True) if digits else None


def _minimal(literals: set[str]) -> frozenset[str]:
    """``literals`` less those that hold another (a text holding one holds the other)."""
    return frozenset(
        literal
        for literal in literals
        if not any(other != literal and other in literal for other in literals)
    )


def _selectivity(need: _Need) -> tuple[int, int]:
    """Longer literals, and fewer of them, rule out more text."""
    literals, digit = need
    shortest = min((len(literal) for literal in literals), default=1)
    if digit:
        shortest = min(shortest, 1)
    return shortest, -len(literals) - digit
