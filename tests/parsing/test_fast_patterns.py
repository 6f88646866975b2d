"""Patterns rewritten for speed read exactly as their plain forms.

Several scans over a whole article start with a plain character class so that ``re`` skips
to the places a match can start. Each such rewrite is checked here against the plain,
readable pattern it replaced, on text built from the words both are about.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from sanctuary_model.model.grants import BYRNE_JAG, COPS, SCAAP
from sanctuary_model.parsing import notices
from sanctuary_model.parsing._regex import whole_words
from sanctuary_model.parsing.grants import find_programs, names_program
from sanctuary_model.parsing.jurisdictions import _mentions, _placing
from sanctuary_model.parsing.quotes import _attribution
from sanctuary_model.parsing.quotes import _mentions as people
from sanctuary_model.parsing.quotes import _organizations as organizations
from sanctuary_model.parsing.quotes import _statutes as statutes
from sanctuary_model.parsing.quotes._attribution import speech_verbs
from sanctuary_model.parsing.quotes._speech import verb_reach
from sanctuary_model.parsing.text import clause_breaks

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


_WORD = r"(?:(?:St|Ft|Mt)\.|[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]{2,})"
_PLAIN_PLACE_SCANS = (
    (_mentions._NAME, re.compile(rf"{_WORD}(?: {_WORD}){{0,5}}"), 0),
    (
        _mentions._LIST_OPENER,
        re.compile(
            r"\b(?:the )?(?P<kind>counties|cities|states|towns|parishes) of (?=[A-Z])", re.I
        ),
        "kind",
    ),
    (_mentions._DISTRICT_OF_COLUMBIA, re.compile(r"\bDistrict of Columbia\b"), 0),
    (
        _placing.STATE_WORD,
        re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b|\b[A-Z][a-z]{1,4}\."),
        0,
    ),
)
_PLACE_WORDS = (
    "St.", "Ft.", "Mt.", "L.A.", "U.S.", "New", "York", "NEW", "McAllen", "O'Neil", "O’Hare",
    "Winston-Salem", "A", "I", "the", "The", "counties", "Counties", "ſtates", "CITIES", "towns",
    "parishes", "of", "OF", "District", "Columbia", "Calif.", "Ore.", "x", "é", "Éire", "1",
)  # fmt: skip


def _place_texts() -> st.SearchStrategy[str]:
    pieces = st.tuples(st.sampled_from(_PLACE_WORDS), st.sampled_from(_SEPARATORS))
    return st.lists(pieces, max_size=14).map(lambda parts: "".join(w + s for w, s in parts))


@given(_place_texts())
def test_place_scans_find_what_their_plain_patterns_find(text: str) -> None:
    for fast, plain, part in _PLAIN_PLACE_SCANS:
        found = [(m.group(part), m.end()) for m in fast.finditer(text)]
        assert found == [(m.group(part), m.end()) for m in plain.finditer(text)], plain.pattern


_SPEECH_PIECES = (
    "said", "says", "saying", "told", "according to", "pointed out", "states", "reads",
    "acknowledges", "so-called", "said-", "Jane", "Doe", "Jane Doe", "O'Neil", "J.", "Jr.",
    "Mayor", "the", "he", "Chicago", "last night", "also", "\x1f", "“Yes”", "x", "é",
)  # fmt: skip
_SPEECH_GLUE = (" ", ", ", ". ", "-", "", "\n", ": ", "  ")


def _speech_texts() -> st.SearchStrategy[str]:
    pieces = st.tuples(st.sampled_from(_SPEECH_PIECES), st.sampled_from(_SPEECH_GLUE))
    return st.lists(pieces, max_size=16).map(lambda parts: "".join(w + s for w, s in parts))


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


@given(_speech_texts(), st.integers(0, 40), st.integers(0, 200))
@example("Jane Doe acknowledges it", 0, 200)
@example("Doe, the mayor, according to\x1f, said Jane Doe", 3, 30)
@example("the so-called Jane Doe said-", 0, 200)
def test_verb_anchored_searches_find_what_whole_searches_find(
    text: str, start: int, end: int
) -> None:
    """The quote reader finds verbs once per paragraph (``verb_starts``) and searches for
    names around verbs only from those places and up to ``verb_reach``."""
    assert _spans(speech_verbs(text, start, end)) == _spans(
        _attribution._SPEECH_WORD.finditer(text, start, end)
    )
    assert _spans(people._after_verb(text)) == _spans(people._AFTER_VERB.finditer(text))
    reach = verb_reach(text)
    for pattern in (people._BEFORE_VERB, people._SURNAME_SUBJECT, people._SURNAME_SPEAKER):
        whole = _spans(pattern.finditer(text))
        if pattern is not people._SURNAME_SPEAKER:
            assert _spans(pattern.finditer(text, 0, reach)) == whole
        if not reach:
            assert whole == []


_LEGAL_PIECES = (
    "Justice Department", "Department of Justice", "DOJ", "DOJs", "attorney general",
    "Attorney General", "Sessions", "the department", "The Department", "xthe department",
    "law", "laws", "outlaw", "statute", "provision", "code", "act", "actor", "section",
    "Section", "U.S.C.", "8 U.S.C. §", "§", "_law", "é", "1373", "rule", "rules", "ruled",
    "ruling", "Order", "ordered", "9th", "a",
)  # fmt: skip
_LEGAL_GLUE = (" ", ", ", "-", "", "\n", "'", "’", "_", "9")

_PLAIN_WORD_SCANS = (
    (
        notices._DOJ,
        re.compile(
            r"\b(?:Justice\sDepartment|Department\sof\sJustice|DOJ|[Aa]ttorney\s[Gg]eneral"
            r"|Sessions|[Tt]he\s[Dd]epartment)\b"
        ),
    ),
    (
        statutes._LAW_WORD,
        re.compile(r"\b(?:law|statute|provision|code|act|section|Section)\b|U\.S\.C\.|§"),
    ),
)


def _legal_texts() -> st.SearchStrategy[str]:
    pieces = st.tuples(st.sampled_from(_LEGAL_PIECES), st.sampled_from(_LEGAL_GLUE))
    return st.lists(pieces, max_size=12).map(lambda parts: "".join(w + s for w, s in parts))


@given(_legal_texts(), st.integers(0, 20))
def test_whole_word_scans_find_what_their_plain_patterns_find(text: str, start: int) -> None:
    for fast, plain in _PLAIN_WORD_SCANS:
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))
        assert _spans(fast.finditer(text, start)) == _spans(plain.finditer(text, start))


@given(
    st.lists(st.sampled_from(["rule[sd]?", "ruling", "ru", "[Oo]rder", "ordered", "a", "9th"])),
    _legal_texts(),
)
def test_whole_words_matches_its_plain_form(words: list[str], text: str) -> None:
    fast = re.compile(whole_words(words, also=["§"]))
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b|§" if words else "§")
    assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))


_BODY_PIECES = (
    "the Justice Department", "The Department of Justice", "ACLU", "the administration",
    "Cook County", "Cook County Sheriff’s Office", "officials", "an official", "spokeswoman",
    "sources", "aide", "representative", "press release", "news release", "release", "letter",
    "letters", "memorandum", "memo", "lawsuit", "suit", "order", "orders", "The", "the",
    "Union of Oregon", "U.S.", "Mayor", "said", "x", "é", "’s",
)  # fmt: skip
_PLAIN_BODIES = re.compile(
    r"(?=[A-Zt])(?<![\w’'\-])(?:[Tt]he )?(?P<name>" + organizations._NAMED + r")(?![\w’'\-])"
    r"|\b(?P<noun>officials?|spokes(?:man|woman|person)|sources?|aides?|representative)\b"
    r"|\b(?P<document>" + organizations._DOCUMENT + r")\b"
)


@given(st.lists(st.tuples(st.sampled_from(_BODY_PIECES), st.sampled_from(_LEGAL_GLUE))))
def test_bodies_are_found_as_one_plain_search_finds_them(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    kinds = ("name", "noun", "document")
    scanned = [(kinds[index], m.start(), m.end()) for index, m in organizations._scan(text)]
    assert scanned == [(m.lastgroup, m.start(), m.end()) for m in _PLAIN_BODIES.finditer(text)]


_CLAUSE_PIECES = (",", ";", " ", "\t", "\n", "—", "–", "and", "but", "while", "whereas", "x", "It")
_PLAIN_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|whereas)\s|;\s|\s[—–]\s")


@example(", and — b", 0, 9)
@example("a  — — b", 1, 8)
@given(
    st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=16).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_clause_breaks_are_what_the_plain_pattern_finds(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    plain = [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(text, start, end)]
    assert list(clause_breaks(text, start, end)) == plain
