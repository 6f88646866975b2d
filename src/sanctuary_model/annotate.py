"""A self-contained HTML page showing what was read from an article, where.

Every quote (the speaker on hover), amount of money (value and bounds), jurisdiction mention
(kind, state, FIPS), date (the resolved date) and grant award is highlighted at its span in
the article's text; a side panel lists each DOJ notice's discrepancies. The page carries its
own CSS, no script and no link to anything outside it.

>>> from sanctuary_model import seed_article
>>> page = annotate(seed_article())
>>> page.startswith("<!DOCTYPE html>"), "<script" in page
(True, False)
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator

import attrs

from .errors import SanctuaryModelError
from .model.documents import Article
from .model.money import Amount
from .parsing.money import find_amounts

__all__ = ["Mark", "annotate", "marks"]

# Outer kinds first when two marks share a span, so an award holds its amount.
_ORDER = {"award": 0, "quote": 1, "jurisdiction": 2, "amount": 3, "date": 4}

_CSS = """
body { font: 16px/1.5 Georgia, serif; margin: 0; display: flex; gap: 2em; padding: 1em 2em; }
main { flex: 3; white-space: pre-wrap; }
aside { flex: 1; font: 14px/1.4 system-ui, sans-serif; border-left: 1px solid #ccc;
        padding-left: 1em; }
mark { border-radius: 2px; padding: 0 1px; }
mark[title] { cursor: help; }
.k-award { background: none; border-bottom: 3px solid #2a7; }
.k-quote { background: #e8f0ff; }
.k-jurisdiction { background: #fde7c8; }
.k-amount { background: #cdf3d5; font-weight: bold; }
.k-date { background: #f3d4f0; }
.legend mark { display: inline-block; margin: 0 .3em .3em 0; }
"""


@attrs.frozen
class Mark:
    """One highlight: its kind, its span in the text, and what hovering it says."""

    kind: str
    start: int
    end: int
    title: str
    id: str


def _money(amount: Amount) -> str:
    value = f"{amount.value:,f} {amount.currency}"
    return value if amount.is_exact else f"{value} within [{amount.low:,f}, {amount.high:,f}]"


def marks(article: Article) -> list[Mark]:
    """Every highlight :func:`annotate` draws, outer ones first."""
    found: list[Mark] = []
    for number, award in enumerate(article.awards):
        if award.span is not None:
            title = (
                f"award: {award.jurisdiction.name}, {award.program.short_name} "
                f"FY {award.fiscal_year.year}, {_money(award.amount)}"
            )
            found.append(Mark("award", award.span.start, award.span.end, title, f"award-{number}"))
    for number, quote in enumerate(article.quotes):
        if quote.span is not None:
            speaker = quote.speaker.name if quote.speaker is not None else None
            title = f"{quote.kind.value} quote: {speaker or 'speaker not found'}"
            found.append(Mark("quote", quote.span.start, quote.span.end, title, f"quote-{number}"))
    for number, mention in enumerate(article.jurisdictions):
        place = mention.jurisdiction
        title = (
            f"{place.name}: {place.kind.value}, {place.state.name}, "
            f"FIPS {place.fips or 'unknown'} ({mention.resolution.value})"
        )
        span = mention.span
        found.append(Mark("jurisdiction", span.start, span.end, title, f"jurisdiction-{number}"))
    for number, (start, end, title) in enumerate(_amounts(article.text)):
        found.append(Mark("amount", start, end, title, f"amount-{number}"))
    for number, date in enumerate(article.dates):
        if date.span is not None:
            when = "unresolved" if date.date is None else f"{date.date} ({date.precision.value})"
            found.append(
                Mark("date", date.span.start, date.span.end, f"date: {when}", f"date-{number}")
            )
    found = [mark for mark in found if mark.start < mark.end]
    found.sort(key=lambda m: (m.start, -m.end, _ORDER[m.kind]))
    return found


def _amounts(text: str) -> Iterator[tuple[int, int, str]]:
    try:
        for mention in find_amounts(text):
            yield mention.span.start, mention.span.end, f"amount: {_money(mention.amount)}"
    except SanctuaryModelError:
        return


def annotate(article: Article, *, title: str | None = None) -> str:
    """The article as one HTML page with what was read highlighted at its spans."""
    heading = title or article.headline or "Annotated article"
    body = "".join(_highlighted(article.text, marks(article)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(heading)}</title><style>{_CSS}</style></head>\n"
        f'<body><main id="text">{body}</main>\n{_panel(article)}</body></html>\n'
    )


def _highlighted(text: str, found: list[Mark]) -> Iterator[str]:
    """Escaped text with ``<mark>`` elements, properly nested: a mark that crosses the end of
    an enclosing one is closed and reopened (its pieces share ``data-mark``)."""
    bounds = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    waiting = list(reversed(found))  # popped from the end: by start, outer first
    open_: list[Mark] = []
    for here, after in itertools.pairwise(bounds):
        ending = [m for m in open_ if m.end <= here]
        if ending:
            deepest = min(open_.index(m) for m in ending)
            reopen = [m for m in open_[deepest:] if m.end > here]
            yield "</mark>" * (len(open_) - deepest)
            del open_[deepest:]
            for mark in reopen:
                open_.append(mark)
                yield _open(mark)
        while waiting and waiting[-1].start <= here:
            mark = waiting.pop()
            open_.append(mark)
            yield _open(mark)
        yield _text(text[here:after])
    yield "</mark>" * len(open_)


def _text(text: str) -> str:
    """``text`` escaped so that the browser's DOM holds it code point for code point, which
    keeps every highlight at its span: an HTML parser turns a carriage return (alone or before
    a line feed) into a line feed unless it comes as a reference, and drops a NUL, which no
    HTML can carry, so a NUL shows as U+FFFD."""
    return html.escape(text, quote=False).replace("\r", "&#13;").replace("\0", "\ufffd")


def _open(mark: Mark) -> str:
    return f'<mark class="k-{mark.kind}" data-mark="{mark.id}" title="{html.escape(mark.title)}">'


def _panel(article: Article) -> str:
    legend = "".join(
        f'<mark class="k-{kind}">{kind}</mark>' for kind in sorted(_ORDER, key=_ORDER.__getitem__)
    )
    parts = [f'<aside><p class="legend">{legend}</p>']
    counts = (
        f"{len(article.awards)} awards, {len(article.quotes)} quotes, "
        f"{len(article.jurisdictions)} jurisdictions named, {len(article.dates)} dates"
    )
    parts.append(f"<p>{html.escape(counts)}</p>")
    if not article.notices:
        parts.append("<h2>Notices</h2><p>No DOJ notice found.</p>")
    for notice in article.notices:
        parts.append(f"<h2>Notice from {html.escape(notice.issuer)}</h2>")
        found = notice.discrepancies()
        if found:
            items = "".join(f"<li>{html.escape(item)}</li>" for item in found)
            parts.append(f'<h3>Discrepancies</h3><ul class="discrepancies">{items}</ul>')
        else:
            parts.append("<p>No discrepancies.</p>")
    parts.append("</aside>")
    return "".join(parts)
