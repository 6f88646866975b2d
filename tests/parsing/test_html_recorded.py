"""Differential guard for the HTML stage: pages read exactly as a recorded reading.

``html_recorded.json`` holds, for each page below, the body text ``html_text`` gives and the
page metadata ``parse_html`` sets (what the HTML stage decides, not what ``parse_article``
reads in the text). A speed-up of the HTML stage must leave every value as it is. Regenerate
only for a deliberate change, and say in the commit what changed::

    SANCTUARY_RECORD_HTML=1 .venv/bin/pytest -q tests/parsing/test_html_recorded.py
"""

from __future__ import annotations

import json
import os
import pathlib

import pytest

from sanctuary_model import parse_html
from sanctuary_model.parsing.html import html_text
from tests.parsing.test_html import BODY, PAGES

RECORDED = pathlib.Path(__file__).with_name("html_recorded.json")

_TABLE = (
    "<table><caption>Awards [FY 2017]</caption><thead><tr><th rowspan='2'>Place</th>"
    "<th colspan='2'>Amount</th></tr><tr><th>2016</th><th>2017</th></tr></thead>"
    "<tr><td rowspan=2>Chicago, Ill.</td><td>$1,000</td><td>“$2”</td></tr>"
    "<tr><td>|x</td><td>*y</td></tr><tr><td></td><td></td><td></td></tr>"
    "<tr><td colspan=3>* Estimated<br>by the city</td></tr></table>"
)
TRICKY: dict[str, str] = {
    # A <link rel=author> before the canonical one, and a canonical link inside <svg>.
    "links": "<html><head><link rel=AUTHOR href='/about'><link rel=canonical href='/c'></head>"
    "<body><svg><link rel=Canonical href='/svg'></svg><article><p>By Jo Roe</p>"
    + "".join(BODY[:3])
    + "</article></body></html>",
    # No metadata: the byline class, the first <time>, the <title>.
    "bylines": "<html><head><title> The  Ledger | Story </title></head><body>"
    "<div class='post-byline x'>By Al Roe and Jo Doe</div><time datetime='2018-02-03'>x</time>"
    "<div role=main><p>One &nbsp; two</p><pre>a\n  b</pre><p>x<br>y<br><br>z</p></div>"
    "</body></html>",
    # itemprop=articleBody beats <article>; a story inside <noscript>; a data table.
    "itemprop": "<html><body><article><p>Teaser</p></article><div itemprop=articleBody>"
    "<h2>Heading</h2>" + _TABLE + "<p>† Source: DOJ</p><blockquote>Said so.</blockquote>"
    "<ul><li>one</li><li><span>two</span> <em>three</em></li></ul></div></body></html>",
    "noscript": "<html><body><nav><p>Home</p></nav><noscript><p>Story one.</p>"
    "<p>Story two, longer.</p></noscript><aside class='sidebar'><p>Most read</p></aside>"
    "</body></html>",
}
ALL_PAGES: dict[str, str] = {
    **{name: build() for name, build in PAGES.items()},
    **TRICKY,
}


def _reading(page: str) -> dict[str, object]:
    article = parse_html(page, url="https://news.example/2017/11/15/story")
    return {
        "text": html_text(page),
        "headline": article.headline,
        "authors": list(article.authors),
        "outlet": article.outlet,
        "url": article.url,
        "published": None if article.published is None else article.published.isoformat(),
        "published_at": None if article.published_at is None else article.published_at.isoformat(),
        "published_source": None
        if article.published_source is None
        else article.published_source.value,
    }


def test_recording_is_current() -> None:
    if os.environ.get("SANCTUARY_RECORD_HTML"):
        readings = {name: _reading(page) for name, page in ALL_PAGES.items()}
        RECORDED.write_text(json.dumps(readings, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert set(json.loads(RECORDED.read_text("utf-8"))) == set(ALL_PAGES)


@pytest.mark.parametrize("name", sorted(ALL_PAGES))
def test_page_reads_as_recorded(name: str) -> None:
    recorded = json.loads(RECORDED.read_text("utf-8"))[name]
    assert _reading(ALL_PAGES[name]) == recorded
