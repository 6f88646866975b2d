"""The language of attribution: speech verbs, the words between a speaker and the verb, and
the channel a statement came through.

>>> CHANNEL.match("in his 128-page order.").group(0)
'in his 128-page order'
"""

from __future__ import annotations

import functools
import re

from .._regex import alternation

__all__ = [
    "ADVERBS",
    "ATTRIBUTION_PATTERN",
    "CHANNEL",
    "CLAUSE_VERBS",
    "SPEECH_WORDS",
    "STATUTE_VERBS",
    "TIME",
    "TOLD_OBJECT",
    "VERBS",
    "VERB_PATTERN",
    "forget_verbs",
    "verb_reach",
    "verb_starts",
]


VERBS = frozenset(
    """said says say predicted predicts wrote writes told tells agreed agrees added adds
    argued argues asked asks explained explains noted notes stated declared declares warned
    warns insisted insists continued continues recalled claimed claims countered responded
    replied acknowledged acknowledges conceded contended contends maintained maintains
    observed remarked announced announces tweeted posted testified emailed complained
    suggested suggests cautioned cautions vowed vows promised admitted admits lamented boasted
    quipped joked wondered concluded concludes urged urges stressed emphasized reiterated
    charged alleged affirmed asserted asserts confirmed confirms disagreed disagrees
    objected protested reasoned called calls described describes""".split()
)
# Reported speech without "that" ("Vaughan said the department has resisted") only after these.
CLAUSE_VERBS = frozenset({"said", "says", "say", "told", "tells"})
# Verbs that introduce the words of a law: "a law ... declaring that a government ...".
STATUTE_VERBS = re.compile(
    r"\b(?:declaring|declares|declared|states|stating|stated|says|saying|provides|providing|"
    r"provided|reads|reading|requires|requiring|mandates|mandating|prohibits|prohibiting|"
    r"specifies|specifying)\b"
)

SPEECH_WORDS = VERBS | {"according to", "pointed out"}
_VERB_WORDS = sorted(SPEECH_WORDS, key=len, reverse=True)
VERB_PATTERN = alternation(_VERB_WORDS)
# Where an attribution goes, a document's verbs too: "“…,” it states", "which reads:". Kept out
# of VERB_PATTERN, with which names are found ("New York states" is no one speaking).
_ATTRIBUTION_WORDS = SPEECH_WORDS | {"states", "reads"}
ATTRIBUTION_PATTERN = alternation(sorted(_ATTRIBUTION_WORDS, key=len, reverse=True))
_LONGEST_VERB = max(map(len, _ATTRIBUTION_WORDS))
# Where a verb of attribution may start: after no word character (a hyphen may come before
# it), whatever follows. Every pattern of the quote reader that holds a verb after no word
# character can match only where it may start, or before it.
_VERB_START = re.compile(r"(?<!\w)" + ATTRIBUTION_PATTERN)


# Kept for the paragraphs of the article being read: the quote reader empties it when it
# starts an article (``forget_verbs``), so paragraphs repeated across a corpus are scanned
# again, as any new paragraph is.
@functools.lru_cache(maxsize=512)
def verb_starts(text: str) -> tuple[int, ...]:
    """Where a speech verb (``ATTRIBUTION_PATTERN``) may start in ``text``, in order: one
    scan of a paragraph that the readers share instead of each searching it for verbs.

    >>> verb_starts("He said so, she says, the so-called plan")
    (3, 16, 29)
    """
    return tuple(match.start() for match in _VERB_START.finditer(text))


def forget_verbs() -> None:
    """Empty ``verb_starts``'s memory (at the start of each article)."""
    verb_starts.cache_clear()


def verb_reach(text: str) -> int:
    """How far into ``text`` a search for a name before a speech verb need look: past the
    longest verb at the last place one may start, and one character more for the test after
    it (0 when no verb may start, so nothing need be searched).

    >>> text = "Doe said it. Then the rain came down all day."
    >>> verb_reach(text), text[: verb_reach(text)]
    (17, 'Doe said it. Then')
    """
    starts = verb_starts(text)
    return min(len(text), starts[-1] + _LONGEST_VERB + 1) if starts else 0


ADVERBS = (
    r"(?:(?:also|later|then|previously|once|recently|earlier|repeatedly|has|have|had|further|"
    r"simply|flatly|firmly|publicly|privately|again|likewise) ){0,2}"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME = re.compile(
    r" (?:(?:on |late |early )?" + _DAY + r"(?: night| morning| afternoon)?|yesterday|today|"
    r"last (?:week|month|year)|this (?:week|month)|earlier this (?:week|month|year)|recently|"
    r"previously|again|later)(?!\w)"
)
_CHANNEL_NOUNS = (
    r"statement|interview|order|opinion|ruling|letter|email|e-mail|tweet|post|speech|"
    r"news conference|press conference|news release|press release|release|memo|memorandum|"
    r"filing|brief|decision|op-ed|hearing|town hall|video|call|testimony|report|blog post|"
    r"editorial|column|message|broadcast|podcast|appearance|briefing|meeting|rally|lawsuit|"
    r"complaint|motion|dissent|affidavit|declaration|response|remarks"
)
CHANNEL = re.compile(
    r"(?:in|at|during|on|via|through|from) (?:a|an|the|his|her|their|its|this|that) "
    r"(?:[\w’'\-]+ ){0,4}?(?:" + _CHANNEL_NOUNS + r")s?(?!\w)"
    r"|on (?:Twitter|Facebook|Instagram|X)(?!\w)"
)
TOLD_OBJECT = re.compile(
    r"(?:(?:[Tt]he |a |an )?(?:[A-Z][\w.&’'\-]*|\d+)(?: (?:[A-Z][\w.&’'\-]*|\d+)){0,5}"
    r"|(?:the |a |an )?[a-z][a-z\-]+)(?!\w)"
)
