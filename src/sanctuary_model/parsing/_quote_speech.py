"""Where ``dates.py`` still finds ``alternation``: the trie-regex builder now lives in
``parsing/quotes/_speech.py`` (the shared-vocabulary module the text reading will own)."""

from __future__ import annotations

from .quotes._speech import alternation

__all__ = ["alternation"]
