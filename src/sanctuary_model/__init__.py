"""sanctuary_model: a typed, exact data model of news reporting on the US Justice
Department's campaign against sanctuary jurisdictions.

Everything public is importable from here.

>>> import sanctuary_model
>>> sanctuary_model.Amount.exact(37509).is_exact
True
"""

from __future__ import annotations

from .aggregation import Share, rank, shares, total, total_by, total_by_kind, total_by_state
from .corpus import CorpusError, ParseFailure, parse_articles, parse_corpus
from .datasets import SEED_PUBLISHED, seed_article, seed_awards, seed_text
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
from .model.documents import (
    Article,
    Paragraph,
    Problem,
    PublishedSource,
    Shortcode,
    Table,
)
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
from .parsing.articles import parse_article
from .parsing.dates import extract_dates, parse_fiscal_year, resolve_date
from .parsing.html import parse_html
from .parsing.jurisdictions import (
    extract_jurisdictions,
    lookup_state,
    parse_jurisdiction,
)
from .parsing.legal import extract_rulings, extract_statutes
from .parsing.money import find_amounts, format_amount, parse_amount
from .parsing.notices import extract_notices
from .parsing.quotes import extract_people, extract_quotes
from .parsing.shortcodes import parse_shortcodes
from .rosters import (
    official_notices,
)
from .schema import json_schema
from .serialization import converter, from_json, structure, to_json, unstructure

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
