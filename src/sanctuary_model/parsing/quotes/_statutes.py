"""Which law a quoted passage comes from: ``8 U.S.C. § 1373``, ``Section 1373``, ``a law
passed by Congress in 1996``, or ``the law`` named earlier.

>>> statute_for("At issue is a law passed by Congress in 1996 declaring that a government ", None)
(Statute(title=8, section='1373', citation='8 U.S.C. § 1373', year_enacted=1996), 'declaring')
"""

from __future__ import annotations

import re

from ...model.legal import SECTION_1373, Statute
from .._gate import Gated
from .._regex import whole_words
from ..legal.statutes import find_statutes
from ._speech import STATUTE_VERBS

__all__ = ["statute_for"]

_LAW_1996 = Gated.compile(
    r"\b(?:law|statute|act)\b[^.;\x1f]{0,40}\b1996\b|\b1996 (?:law|statute)\b"
)
_LAW_WORDS = ["law", "statute", "provision", "code", "act", "section", "Section"]
_LAW_WORD = Gated.compile(whole_words(_LAW_WORDS, also=[r"U\.S\.C\.", "§"]))
_DEFINITE_LAW = re.compile(r"\b(?:the|that|this|[Tt]he federal) (?:law|statute|provision)\b")


def statute_for(
    prefix: str, earlier: Statute | None, *, require_verb: bool = True
) -> tuple[Statute | None, str | None] | None:
    """The law whose words follow ``prefix`` (the sentence before a quote), and the verb that
    introduces them; ``(None, verb)`` for a law that cannot be identified; ``None`` when
    ``prefix`` does not introduce the words of a law."""
    law_word = _LAW_WORD.search(prefix)
    if law_word is None:
        return None
    verbs = list(STATUTE_VERBS.finditer(prefix, law_word.start()))
    if require_verb and not verbs:
        return None
    verb = verbs[-1].group(0) if verbs else None
    return _identify(prefix, earlier), verb


def _identify(prefix: str, earlier: Statute | None) -> Statute | None:
    """The statute the prefix cites (read by the one statute grammar, so a quote's statute
    equals the one ``extract_statutes`` finds), else the 1996 law it describes, else the law
    named earlier that it refers back to."""
    cited = find_statutes(prefix)
    if cited:
        return cited[0].statute
    if _LAW_1996.search(prefix):
        return SECTION_1373
    if earlier is not None and _DEFINITE_LAW.search(prefix):
        return earlier
    return None
