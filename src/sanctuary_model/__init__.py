"""sanctuary_model: a typed, exact data model of news reporting on the US Justice
Department's campaign against sanctuary jurisdictions.

Everything public is importable from here.

>>> import sanctuary_model
>>> sanctuary_model.Amount.exact(37509).is_exact
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import (
    AmountParseError,
    CurrencyMismatchError,
    DateParseError,
    DeserializationError,
    FiscalYearParseError,
    HtmlParseError,
    JurisdictionParseError,
    ParseError,
    SanctuaryModelError,
    ShortcodeError,
    StateLookupError,
    TableError,
    ZeroTotalError,
)
from .model.dates import DateMention, DatePrecision
from .model.documents import Article, Paragraph, Problem, PublishedSource, Shortcode, Table
from .model.geography import UsState, all_states
from .model.grants import BYRNE_JAG, FiscalYear, GrantAward, GrantProgram
from .model.jurisdictions import (
    Jurisdiction,
    JurisdictionKind,
    JurisdictionMention,
    MentionResolution,
)
from .model.legal import (
    SECTION_1373,
    Court,
    CourtKind,
    CourtRuling,
    RulingKind,
    RulingOutcome,
    RulingScope,
    Statute,
    StatuteMention,
)
from .model.money import Amount, AmountMention
from .model.notices import DojNotice
from .model.people import Organization, OrganizationKind, Person
from .model.quotes import Attribution, Quote, QuoteKind
from .model.span import Span

if TYPE_CHECKING:
    from .aggregation import Share, rank, shares, total, total_by, total_by_kind, total_by_state
    from .corpus import CorpusError, ParseFailure, parse_articles, parse_corpus
    from .datasets import SEED_PUBLISHED, seed_article, seed_awards, seed_text
    from .parsing.articles import parse_article
    from .parsing.dates import extract_dates, parse_fiscal_year, resolve_date
    from .parsing.html import parse_html
    from .parsing.jurisdictions import extract_jurisdictions, lookup_state, parse_jurisdiction
    from .parsing.legal import extract_rulings, extract_statutes
    from .parsing.money import find_amounts, format_amount, parse_amount
    from .parsing.notices import extract_notices
    from .parsing.quotes import extract_people, extract_quotes
    from .parsing.shortcodes import parse_shortcodes
    from .rosters import official_notices
    from .schema import json_schema
    from .serialization import converter, from_json, structure, to_json, unstructure

# The parsers, the converter and the bundled data load on first use, so that importing the
# package (or only its model) stays fast: ``sanctuary_model.parse_article`` imports
# ``sanctuary_model.parsing.articles`` when it is first looked up.
_LAZY = {
    "Share": ".aggregation",
    "rank": ".aggregation",
    "shares": ".aggregation",
    "total": ".aggregation",
    "total_by": ".aggregation",
    "total_by_kind": ".aggregation",
    "total_by_state": ".aggregation",
    "CorpusError": ".corpus",
    "ParseFailure": ".corpus",
    "parse_articles": ".corpus",
    "parse_corpus": ".corpus",
    "SEED_PUBLISHED": ".datasets",
    "seed_article": ".datasets",
    "seed_awards": ".datasets",
    "seed_text": ".datasets",
    "parse_article": ".parsing.articles",
    "extract_dates": ".parsing.dates",
    "parse_fiscal_year": ".parsing.dates",
    "resolve_date": ".parsing.dates",
    "parse_html": ".parsing.html",
    "extract_jurisdictions": ".parsing.jurisdictions",
    "lookup_state": ".parsing.jurisdictions",
    "parse_jurisdiction": ".parsing.jurisdictions",
    "extract_rulings": ".parsing.legal",
    "extract_statutes": ".parsing.legal",
    "find_amounts": ".parsing.money",
    "format_amount": ".parsing.money",
    "parse_amount": ".parsing.money",
    "extract_notices": ".parsing.notices",
    "extract_people": ".parsing.quotes",
    "extract_quotes": ".parsing.quotes",
    "parse_shortcodes": ".parsing.shortcodes",
    "official_notices": ".rosters",
    "json_schema": ".schema",
    "converter": ".serialization",
    "from_json": ".serialization",
    "structure": ".serialization",
    "to_json": ".serialization",
    "unstructure": ".serialization",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"

__all__ = [
    "BYRNE_JAG",
    "SECTION_1373",
    "SEED_PUBLISHED",
    "Amount",
    "AmountMention",
    "AmountParseError",
    "Article",
    "Attribution",
    "CorpusError",
    "Court",
    "CourtKind",
    "CourtRuling",
    "CurrencyMismatchError",
    "DateMention",
    "DateParseError",
    "DatePrecision",
    "DeserializationError",
    "DojNotice",
    "FiscalYear",
    "FiscalYearParseError",
    "GrantAward",
    "GrantProgram",
    "HtmlParseError",
    "Jurisdiction",
    "JurisdictionKind",
    "JurisdictionMention",
    "JurisdictionParseError",
    "MentionResolution",
    "Organization",
    "OrganizationKind",
    "Paragraph",
    "ParseError",
    "ParseFailure",
    "Person",
    "Problem",
    "PublishedSource",
    "Quote",
    "QuoteKind",
    "RulingKind",
    "RulingOutcome",
    "RulingScope",
    "SanctuaryModelError",
    "Share",
    "Shortcode",
    "ShortcodeError",
    "Span",
    "StateLookupError",
    "Statute",
    "StatuteMention",
    "Table",
    "TableError",
    "UsState",
    "ZeroTotalError",
    "__version__",
    "all_states",
    "converter",
    "extract_dates",
    "extract_jurisdictions",
    "extract_notices",
    "extract_people",
    "extract_quotes",
    "extract_rulings",
    "extract_statutes",
    "find_amounts",
    "format_amount",
    "from_json",
    "json_schema",
    "lookup_state",
    "official_notices",
    "parse_amount",
    "parse_article",
    "parse_articles",
    "parse_corpus",
    "parse_fiscal_year",
    "parse_html",
    "parse_jurisdiction",
    "parse_shortcodes",
    "rank",
    "resolve_date",
    "seed_article",
    "seed_awards",
    "seed_text",
    "shares",
    "structure",
    "to_json",
    "total",
    "total_by",
    "total_by_kind",
    "total_by_state",
    "unstructure",
]
