"""The written forms of money amounts: separators, multipliers, currency markers, patterns.

Every pattern here is linear: alternatives are fixed words or runs of one character class,
and no quantified group can match the same text two ways.

>>> WHOLE.fullmatch("$1 476 400").group("int")
'1 476 400'
"""

from __future__ import annotations

import re

__all__ = [
    "DIGITS",
    "FAST",
    "MAX_DIGITS",
    "MULTIPLIERS",
    "SEPARATORS",
    "SPACES",
    "TEXT",
    "WHOLE",
]

#: More digits than this is not an amount anyone wrote (and keeps the work bounded).
MAX_DIGITS = 24

#: Thousands separators: comma, space, no-break space, thin space, narrow no-break space.
SEPARATORS = ", \u00a0\u2009\u202f"

#: The spaces allowed between a currency marker or a multiplier and the number.
SPACES = " \u00a0"

#: Powers of ten the multiplier words and letters stand for.
MULTIPLIERS: dict[str, int] = {
    "k": 3,
    "K": 3,
    "thousand": 3,
    "Thousand": 3,
    "m": 6,
    "M": 6,
    "mn": 6,
    "million": 6,
    "Million": 6,
    "b": 9,
    "B": 9,
    "bn": 9,
    "billion": 9,
    "Billion": 9,
    "T": 12,
    "tn": 12,
    "trillion": 12,
    "Trillion": 12,
}

DIGITS = re.compile(r"[0-9]+")

_SEP = "[, \u00a0\u2009\u202f]"
_SPACE = "[ \u00a0]"
_WORD_MULTIPLIER = "[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn|tn"
_LETTER_MULTIPLIER = "[kKmMbBT]"


def _number(prefix: str = "") -> str:
    """The number: grouped digits (one separator used throughout) or a plain run, then an
    optional fraction; or a bare fraction (".75"). ``prefix`` keeps group names unique."""
    sep = f"{prefix}sep"
    return (
        rf"(?:(?P<{prefix}int>[0-9]{{1,3}}(?P<{sep}>{_SEP})[0-9]{{3}}(?:(?P={sep})[0-9]{{3}})*"
        rf"|[0-9]+)(?:\.(?P<{prefix}frac>[0-9]+))?"
        rf"|\.(?P<{prefix}bare>[0-9]+))"
    )


#: The commonest forms, tried first: a figure marked as US dollars or not marked at all,
#: maybe followed by one word ("$37 509", " $14.99", "28", "$1.9M", "US$5", "5 dollars").
#: Groups: the number (with its fraction), its separator, the word after. The word is looked
#: up in Python: one letter run is much cheaper to match than the alternatives it may be.
#: For speed, each optional part is written ``(?:...|)`` rather than ``(?:...)?`` (the
#: engine runs a branch much faster than a repeat; the matches are the same), and nothing
#: is captured that the common forms do not need (the marker before the number, if any,
#: is ``text[:match.start(1)]``).
FAST = re.compile(
    rf"\s*(?:(?:\$|US\$|USD){_SPACE}?|)"
    rf"((?:[0-9]{{1,3}}(?:({_SEP})[0-9]{{3}}(?:\2[0-9]{{3}})*|)|[0-9]+)(?:\.[0-9]+|))"
    rf"(?:{_SPACE}?([A-Za-z]+)|)\s*"
)

#: One whole amount, as ``parse_amount`` reads it (after stripping surrounding space).
WHOLE = re.compile(
    rf"(?:(?P<pre>US\$|\$|[A-Z]{{3}}){_SPACE}?)?"
    + _number()
    + rf"(?:{_SPACE}?(?P<mult>{_WORD_MULTIPLIER}|{_LETTER_MULTIPLIER}))?"
    + rf"(?:{_SPACE}?(?P<post>[A-Z]{{3}}|(?:US )?[Dd]ollars?))?"
)

# In running text only US-dollar markers count, letters multipliers must touch the number
# ("$1.9M", not "$5 m"), and a candidate that runs on into more digits ("$1,23") or letters
# is not taken at all.
_END = rf"(?![0-9A-Za-z_$]|[.,]?[0-9]|{_SEP}[0-9])"

#: A money expression inside a longer text, as ``find_amounts`` looks for it.
TEXT = re.compile(
    r"(?:(?<![0-9A-Za-z_$])"
    + rf"(?P<pre>US\$|\$|USD){_SPACE}?"
    + _number()
    + rf"(?:{_SPACE}?(?P<mult>{_WORD_MULTIPLIER})|(?P<mult_letter>{_LETTER_MULTIPLIER}))?"
    + _END
    # A figure marked only by a following word must not start inside a grouped number
    # ("1 000 000"): besides being wrong, that would rescan the rest at every group.
    + rf"|(?<![0-9A-Za-z_$.,])(?<![0-9]{_SEP})"
    + _number("n_")
    + rf"(?:{_SPACE}?(?P<n_mult>{_WORD_MULTIPLIER})|(?P<n_mult_letter>{_LETTER_MULTIPLIER}))?"
    + rf"{_SPACE}(?P<post>USD|(?:US )?[Dd]ollars?)"
    + _END
    + ")"
)
