"""Patterns rewritten for speed read exactly as their plain forms.

Several scans over a whole article start with a plain character class so that ``re`` skips
to the places a match can start. Each such rewrite is checked here against the plain,
readable pattern it replaced, on text built from the words both are about.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model.model.grants import BYRNE_JAG, COPS, SCAAP
from sanctuary_model.parsing.grants import find_programs, names_program

_PLAIN_PROGRAMS = (
    (
        BYRNE_JAG,
        re.compile(
            r"(?i:\bEdward\s+Byrne\s+Memorial\s+Justice\s+Assistance\s+Grants?\b"
            r"|\bByrne\b|\bJustice\s+Assistance\s+Grants?\b)|\bJAG\b|\b16\.738\b"
        ),
    ),
    (COPS, re.compile(r"(?i:\bCommunity\s+Oriented\s+Policing\b)|\bCOPS\b|\b16\.710\b")),
    (SCAAP, re.compile(r"(?i:\bState\s+Criminal\s+Alien\s+Assistance\b)|\bSCAAP\b|\b16\.606\b")),
)

_PROGRAM_WORDS = (
    "Edward", "Byrne", "BYRNE", "byrnes", "Memorial", "Justice", "JUSTICE", "Assistance",
    "aſſistance", "Grant", "grants", "JAG", "Jag", "16.738", "216.738", "16.7380", "Community",
    "Oriented", "Policing", "COPS", "cops", "16.710", "State", "ſtate", "Criminal", "Alien",
    "SCAAP", "Scaap", "16.606", "x", "1", "_", "-", "é",
)  # fmt: skip
_SEPARATORS = (" ", "  ", "\n", "", "-", ".", "_", "x", ", ")


def _texts() -> st.SearchStrategy[str]:
    pieces = st.tuples(st.sampled_from(_PROGRAM_WORDS), st.sampled_from(_SEPARATORS))
    return st.lists(pieces, max_size=12).map(lambda parts: "".join(w + s for w, s in parts))


@given(_texts())
def test_programs_are_found_as_their_plain_patterns_find_them(text: str) -> None:
    plain = tuple(program for program, pattern in _PLAIN_PROGRAMS if pattern.search(text))
    assert find_programs(text) == plain
    for program, pattern in _PLAIN_PROGRAMS:
        assert names_program(text, program) == bool(pattern.search(text))
