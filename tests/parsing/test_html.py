"""Saved news pages: the same facts as their clean text, page metadata, tables, hostile input."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import pathlib
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary_model import (
    Article,
    HtmlParseError,
    ParseFailure,
    PublishedSource,
    find_amounts,
    from_json,
    json_schema,
    parse_article,
    parse_corpus,
    parse_html,
    to_json,
    unstructure,
)
from sanctuary_model.cli import main
from sanctuary_model.parsing.html import MAX_DEPTH, html_text, looks_like_html
from tests.parsing.test_articles import assert_spans_slice_back
from tests.strategies.articles import sentences

# --- one story, as clean text and as the pages four publishing systems would make of it -----

CLEAN = """\
The Justice Department on Wednesday told the city of Riverton and Pine County that they \
could lose federal grant money unless they show they share information with immigration \
officers.

The department gave them until December 8 to answer.

“We expect every city that takes federal money to follow federal law,” Attorney General \
Marta Quill said in a statement.

Pine County got $1.2 million from the program last year, county records show.

In a letter to Riverton, the department wrote:

“The city must certify that it complies with the law & its conditions.”

Mayor Dana Ortiz said Riverton would not change its policies — “not now, not ever.”

Grant money at stake

[lz_table title="Grant money at stake"]FY 2017 Byrne JAG awards
|Jurisdiction,State,Amount
Chicago,Ill.,"$2,300,000"
Albany,N.Y.,$120 500
Seattle,WA,$673 166
|
[/lz_table]"""

# The same paragraphs as a CMS writes them: entities, non-breaking spaces, a <br> in none.
BODY = [
    "<p>The Justice Department on Wednesday told the city of Riverton and Pine County that "
    "they could lose federal grant money unless they show they share information with "
    "immigration officers.</p>",
    "<p>The department gave them until December&nbsp;8 to answer.</p>",
    "<p>&ldquo;We expect every city that takes federal money to follow federal law,&rdquo; "
    "Attorney General <a href='/people/quill'>Marta Quill</a> said in a statement.</p>",
    "<p>Pine County got <strong>$1.2&nbsp;million</strong> from the program last year, county "
    "records show.</p>",
    "<p>In a letter to Riverton, the department wrote:</p>",
    "<blockquote><p>The city must certify that it complies with the law &amp; its "
    "conditions.</p></blockquote>",
    "<p>Mayor Dana Ortiz said Riverton would not change its policies &#8212; "
    "&#x201C;not now, not ever.&#x201D;</p>",
    "<h2>Grant money at stake</h2>",
    "<table><caption>FY 2017 Byrne JAG awards</caption>"
    "<thead><tr><th>Jurisdiction</th><th>State</th><th>Amount</th></tr></thead><tbody>"
    "<tr><td>Chicago</td><td>Ill.</td><td>$2,300,000</td></tr>"
    "<tr><td>Albany</td><td>N.Y.</td><td>$120&nbsp;500</td></tr>"
    "<tr><td>Seattle</td><td>WA</td><td>$673 166</td></tr></tbody></table>",
]
SCRIPT_QUOTE = (
    '<script>window.dataLayer = [{"teaser": "\\u201cWe will sue tomorrow,\\u201d the governor '
    'said."}]; var s = "“Nobody is above the law,” Quill said.";</script>'
)
AD = '<div class="ad-slot" id="div-gpt-ad-3"><span>Advertisement</span></div>'


def _body(between: str, after: int = 2) -> str:
    """The story's blocks with ``between`` inserted after the ``after``-th paragraph."""
    return "\n".join([*BODY[:after], between, *BODY[after:]])


def wordpress_page() -> str:
    yoast = (
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Ledger"},'
        '{"@type":"NewsArticle","headline":"DOJ warns Riverton","datePublished":'
        '"2017-11-15T18:02:11+00:00","author":{"@type":"Person","name":"Lee Park"}}]}'
    )
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>DOJ warns Riverton &#8211; Daily Ledger</title>
<link rel="canonical" href="https://ledger.example/2017/11/15/doj-warns-riverton/">
<meta property="og:site_name" content="Daily Ledger">
<script type="application/ld+json" class="yoast-schema-graph">{yoast}</script>
<style>.entry-content p {{ margin: 0 }}</style>
</head>
<body class="post-template-default single single-post has-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><nav class="main-navigation"><ul>
<li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<div id="content" class="site-content">
<article id="post-41" class="post-41 post type-post tag-sanctuary-cities category-news">
<header class="entry-header"><h1 class="entry-title">DOJ warns Riverton</h1>
<div class="entry-meta"><span class="byline">By <a rel="author">Lee Park</a></span></div>
</header>
<div class="entry-content">
{_body(AD)}
{SCRIPT_QUOTE}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a class="share-twitter">Twitter</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>
<p>“Sanctuary” fight heads to court, the city said on Monday</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in News</span></footer>
</article>
<div id="comments" class="comments-area"><p>“Great story,” wrote Bob on Friday.</p></div>
</div>
<aside id="secondary" class="widget-area"><p>Most read: $5 million lottery</p></aside>
<footer id="colophon" class="site-footer"><p>&copy; 2017 Daily Ledger</p></footer>
</body></html>"""


def arc_page() -> str:
    return f"""<!DOCTYPE html><html><head>
<meta property="article:published_time" content="2017-11-15T13:02:11-05:00">
<meta property="og:title" content="DOJ warns Riverton over immigration policy">
<meta property="og:site_name" content="The Metro Post">
<meta name="author" content="Lee Park and Sam Ng">
<link rel="canonical" href="/news/2017/11/15/doj-warns-riverton/">
<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={{"headlines":{{"basic":
"“We will sue,” the mayor said"}}}};</script>
</head><body><div id="fusion-app">
<div class="masthead-wrapper"><nav role="navigation"><a href="/">Sections</a></nav></div>
<main class="main-content">
<div class="article-body-wrapper">
<h1 class="headline">DOJ warns Riverton over immigration policy</h1>
<div class="byline-container">By Lee Park and Sam Ng</div>
<article class="article-body">
{_body('<div class="arcad ad-container" data-ad-type="box"><div id="arcad_feature"></div></div>')}
<div class="newsletter-signup"><p>Sign up for the Metro Post daily briefing.</p>
<form><input type="email"><button>Subscribe</button></form></div>
</article>
<div class="related-content"><h2>More stories</h2><ul>
<li><a href="/x">Judge blocks grant conditions on Tuesday</a></li></ul></div>
</div></main>
<footer class="site-footer"><p>Copyright The Metro Post</p></footer>
</div>{SCRIPT_QUOTE}<noscript><p>“Enable JavaScript,” we said.</p></noscript></body></html>"""


def static_page() -> str:
    return f"""<html><head><title>DOJ warns Riverton | Hugo News</title></head><body>
<nav><a href="/">Hugo News</a> <a href="/about/">About</a></nav>
<div class="container">
<div class="row"><div class="col-9 post">
<h1>DOJ warns Riverton</h1>
<p class="meta">By Lee Park &middot; <time datetime="2017-11-15">Nov 15, 2017</time></p>
{_body('<aside class="promo"><p>Support independent news: $5 a month.</p></aside>', after=4)}
{SCRIPT_QUOTE}
<template><p>“Template quote,” someone said.</p></template>
</div>
<div class="col-3"><h3>Recent posts</h3><p><a href="/a">Council votes on Tuesday</a></p>
<p><a href="/b">City budget grows by $3 million</a></p></div></div></div>
<footer><p>Built with Hugo. “Fast,” they said.</p></footer></body></html>"""


def amp_page() -> str:
    json_ld = (
        '{"@context":"http://schema.org","@type":"NewsArticle","headline":"DOJ warns Riverton",'
        '"datePublished":"2017-11-15T12:00:00Z","publisher":{"@type":"Organization",'
        '"name":"AMP Courier"},"author":[{"@type":"Person","name":"Lee Park"},'
        '{"@type":"Person","name":"Sam Ng"}]}'
    )
    return f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<link rel="canonical" href="https://courier.example/politics/doj-warns-riverton.html">
<script type="application/ld+json">{json_ld}</script>
<style amp-custom>body {{ font-family: serif }}</style>
<style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><amp-sidebar id="menu" layout="nodisplay"><ul><li>Politics</li></ul></amp-sidebar>
<header class="amp-header"><a href="/">AMP Courier</a></header>
<article class="amp-article"><h1>DOJ warns Riverton</h1>
<amp-img src="/p.jpg" width="600" height="400" alt="City hall"></amp-img>
{_body('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"></amp-ad>')}
<amp-social-share type="twitter"></amp-social-share>
<section class="more-stories"><h2>More</h2><p>“Other news,” it said on Monday.</p></section>
</article>
<amp-analytics type="gtag"><script type="application/json">{{"vars": {{"q": "“x,” he said"}}}}
</script></amp-analytics>
<footer><p>AMP Courier &copy; 2017</p></footer></body></html>"""


PAGES: dict[str, Callable[[], str]] = {
    "wordpress": wordpress_page,
    "arc": arc_page,
    "static": static_page,
    "amp": amp_page,
}


def _without_spans(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items() if "span" not in k}
    if isinstance(value, list):
        return [_without_spans(v) for v in value]
    return value


def facts(article: Article) -> dict[str, Any]:
    """What an article reports, spans aside: quotes, amounts, awards, dates, people, law."""
    return {
        "text": article.text,
        "quotes": _without_spans(unstructure(article.quotes)),
        "amounts": [mention.amount for mention in find_amounts(article.text)],
        "awards": _without_spans(unstructure(article.awards)),
        "dates": _without_spans(unstructure(article.dates)),
        "people": unstructure(article.people),
        "rulings": _without_spans(unstructure(article.rulings)),
        "notices": _without_spans(unstructure(article.notices)),
        "tables": _without_spans(unstructure(article.tables)),
        "problems": [problem.message for problem in article.problems],
    }


PUBLISHED = dt.date(2017, 11, 15)


@pytest.mark.parametrize("style", list(PAGES))
def test_page_reads_as_its_clean_text(style: str) -> None:
    page = parse_html(PAGES[style]())
    clean = parse_article(CLEAN, published=PUBLISHED)
    assert page.published == PUBLISHED
    assert facts(page) == facts(clean)
    assert_spans_slice_back(page)


def test_the_clean_story_has_facts_worth_comparing() -> None:
    clean = parse_article(CLEAN, published=PUBLISHED)
    assert {quote.text for quote in clean.quotes} >= {
        "We expect every city that takes federal money to follow federal law",
        "The city must certify that it complies with the law & its conditions.",
    }
    assert [award.jurisdiction.key for award in clean.awards] == [
        "il/chicago",
        "ny/albany",
        "wa/seattle",
    ]
    assert [award.amount.value for award in clean.awards] == [
        Decimal(2_300_000),
        Decimal(120_500),
        Decimal(673_166),
    ]
    assert {award.fiscal_year.year for award in clean.awards} == {2017}
    assert dt.date(2017, 12, 8) in {mention.date for mention in clean.dates}
    assert Decimal(1_200_000) in {m.amount.value for m in find_amounts(clean.text)}


@pytest.mark.parametrize("style", list(PAGES))
def test_boilerplate_never_reaches_the_text(style: str) -> None:
    text = parse_html(PAGES[style]()).text
    for furniture in (
        "Advertisement", "Skip to content", "Share this", "Sign up", "Related", "More stories",
        "sue", "Nobody is above", "Enable JavaScript", "Template quote", "Great story",
        "Most read", "Recent posts", "Copyright", "©", "Other news", "Hugo", "Sections",
        "Support independent",
    ):  # fmt: skip
        assert furniture not in text


@pytest.mark.parametrize(
    ("style", "headline", "authors", "outlet", "url", "at", "source"),
    [
        pytest.param(
            "wordpress",
            "DOJ warns Riverton",
            ("Lee Park",),
            "Daily Ledger",
            "https://ledger.example/2017/11/15/doj-warns-riverton/",
            dt.datetime(2017, 11, 15, 18, 2, 11, tzinfo=dt.timezone.utc),
            PublishedSource.JSON_LD,
            id="wordpress",
        ),
        pytest.param(
            "arc",
            "DOJ warns Riverton over immigration policy",
            ("Lee Park", "Sam Ng"),
            "The Metro Post",
            "https://metro.example/news/2017/11/15/doj-warns-riverton/",
            dt.datetime(2017, 11, 15, 13, 2, 11, tzinfo=dt.timezone(-dt.timedelta(hours=5))),
            PublishedSource.META,
            id="arc",
        ),
        pytest.param(
            "static",
            "DOJ warns Riverton",
            ("Lee Park",),
            None,
            "https://static.example/posts/doj/",
            None,
            PublishedSource.TIME,
            id="static",
        ),
        pytest.param(
            "amp",
            "DOJ warns Riverton",
            ("Lee Park", "Sam Ng"),
            "AMP Courier",
            "https://courier.example/politics/doj-warns-riverton.html",
            dt.datetime(2017, 11, 15, 12, 0, tzinfo=dt.timezone.utc),
            PublishedSource.JSON_LD,
            id="amp",
        ),
    ],
)
def test_page_metadata(
    style: str,
    headline: str,
    authors: tuple[str, ...],
    outlet: str | None,
    url: str,
    at: dt.datetime | None,
    source: PublishedSource,
) -> None:
    saved_from = {
        "arc": "https://metro.example/amp/",
        "static": "https://static.example/posts/doj/",
    }.get(style)
    article = parse_html(PAGES[style](), url=saved_from)
    assert article.headline == headline
    assert article.authors == authors
    assert article.outlet == outlet
    assert article.url == url
    assert article.published_at == at
    assert article.published_source is source
    assert article.published == PUBLISHED


# --- metadata sources in order of trust -------------------------------------------------------


def _page(head: str = "", body: str = "<p>On Monday the city sued.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


META = '<meta property="article:published_time" content="2017-11-16T09:00:00-05:00">'
JSON_LD = (
    '<script type="application/ld+json">'
    '{"@type":"NewsArticle","datePublished":"2017-11-17"}</script>'
)
BAD_META = '<meta property="article:published_time" content="yesterday">'
_DATED_URL = "https://x.example/2017/11/19/story"
TIME = '<time datetime="2017-11-18T10:00">Nov 18</time>'


@pytest.mark.parametrize(
    ("head", "body_extra", "url", "expected", "source"),
    [
        pytest.param(
            META + JSON_LD, TIME, None, dt.date(2017, 11, 16), PublishedSource.META, id="meta-first"
        ),
        pytest.param(
            JSON_LD, TIME, None, dt.date(2017, 11, 17), PublishedSource.JSON_LD, id="json-ld-next"
        ),
        pytest.param("", TIME, None, dt.date(2017, 11, 18), PublishedSource.TIME, id="time-next"),
        pytest.param("", "", _DATED_URL, dt.date(2017, 11, 19), PublishedSource.URL, id="url-last"),
        pytest.param(
            "",
            "",
            "https://x.example/2017-11-20/story",
            dt.date(2017, 11, 20),
            PublishedSource.URL,
            id="url-dashes",
        ),
        pytest.param("", "", "https://x.example/story", None, None, id="none"),
        pytest.param(
            BAD_META,
            TIME,
            None,
            dt.date(2017, 11, 18),
            PublishedSource.TIME,
            id="unreadable-meta-skipped",
        ),
    ],
)
def test_publication_date_order_of_trust(
    head: str, body_extra: str, url: str | None, expected: dt.date | None, source: object
) -> None:
    article = parse_html(_page(head, "<p>On Monday the city sued.</p>" + body_extra), url=url)
    assert article.published == expected
    assert article.published_source is source


def test_unreadable_metadata_date_is_a_problem() -> None:
    article = parse_html(_page('<meta property="article:published_time" content="yesterday">'))
    assert article.published is None
    assert any("yesterday" in problem.message for problem in article.problems)


def test_page_date_resolves_relative_dates_as_parse_article_does() -> None:
    article = parse_html(_page(META))
    clean = parse_article("On Monday the city sued.", published=dt.date(2017, 11, 16))
    assert [m.date for m in article.dates] == [m.date for m in clean.dates]
    assert article.dates[0].date == dt.date(2017, 11, 13)


def test_given_date_is_only_a_fallback() -> None:
    given_date = dt.date(2017, 1, 2)
    assert parse_html(_page(META), published=given_date).published == dt.date(2017, 11, 16)
    fallback = parse_html(_page(), published=given_date)
    assert (fallback.published, fallback.published_source) == (given_date, PublishedSource.GIVEN)


def test_plain_text_has_no_page_metadata() -> None:
    article = parse_article("Plain.")
    assert (article.headline, article.authors, article.url, article.published_source) == (
        None,
        (),
        None,
        None,
    )


# --- text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "text"),
    [
        pytest.param(
            "<p>a&amp;b &lt;c&gt; &quot;d&quot; &#8217;e&#x2019;</p>",
            'a&b <c> "d" ’e’',
            id="entities",
        ),
        pytest.param("<p>one<br>two<br/>three</p>", "one\ntwo\nthree", id="br-line-break"),
        pytest.param("<p>one<br><br>two</p>", "one\n\ntwo", id="double-br-paragraph"),
        pytest.param("<p>$37&nbsp;509 &nbsp; to\u00a0go</p>", "$37 509 to go", id="nbsp"),
        pytest.param("<p>  spread\n  over\tlines  </p>", "spread over lines", id="whitespace"),
        pytest.param(
            "<h2>Sub</h2><ul><li>one</li><li>two</li></ul><p>end</p>",
            "Sub\n\none\n\ntwo\n\nend",
            id="headings-lists",
        ),
        pytest.param(
            "<div>bare text<div>inner</div>after</div>",
            "bare text\n\ninner\n\nafter",
            id="bare-text",
        ),
        pytest.param(
            "<p>a</p><script>x = '“quoted,” he said'</script><style>p{}</style><p>b</p>",
            "a\n\nb",
            id="script-style",
        ),
        pytest.param(
            "<blockquote>Said plainly.</blockquote>", "“Said plainly.”", id="blockquote-quoted"
        ),
        pytest.param(
            "<blockquote><p>“Already quoted.”</p></blockquote>",
            "“Already quoted.”",
            id="blockquote-kept",
        ),
        pytest.param(
            "<blockquote><p>One.</p><p>Two.</p></blockquote>",
            "“One.\n\n“Two.”",
            id="blockquote-paragraphs",
        ),
        pytest.param(
            "<article><blockquote class='twitter-tweet'>tweet</blockquote><p>x</p></article>",
            "x",
            id="tweet-embed",
        ),
        pytest.param(
            "<p>By Lee Park | Nov 15</p><p>Story.</p><p>By the way.</p>",
            "Story.\n\nBy the way.",
            id="byline",
        ),
        pytest.param("<p>x</p><p hidden>gone</p><p aria-hidden='true'>gone</p>", "x", id="hidden"),
    ],
)
def test_readable_text(page: str, text: str) -> None:
    assert html_text(page) == text


def test_blockquote_speaker_comes_from_the_text_around_it() -> None:
    page = (
        "<p>Attorney General Marta Quill said:</p>"
        "<blockquote><p>The city must comply.</p></blockquote>"
    )
    article = parse_html(page)
    clean = parse_article("Attorney General Marta Quill said:\n\n“The city must comply.”")
    assert facts(article)["quotes"] == facts(clean)["quotes"]
    assert article.quotes[0].text == "The city must comply."


def test_densest_block_without_semantic_markup() -> None:
    page = (
        "<div class='menu-ish'><p>Home</p></div>"
        "<div class='x'><p>First real paragraph of the story, long enough.</p>"
        "<p>Second real paragraph, also long enough to win.</p></div>"
        "<div class='y'><p>Short</p></div>"
    )
    assert html_text(page) == (
        "First real paragraph of the story, long enough.\n\n"
        "Second real paragraph, also long enough to win."
    )


def test_a_wrapper_named_like_furniture_does_not_hide_the_story() -> None:
    page = (
        "<body><div class='page sticky-header-offset'><article class='post tag-news'>"
        "<p>The story.</p><div class='share-bar'>Share</div></article></div></body>"
    )
    assert html_text(page) == "The story."
    bare = "<div class='sidebar-layout'><p>Only this.</p><p>And this.</p></div>"
    assert html_text(bare) == "Only this.\n\nAnd this."


def test_a_story_inside_noscript_is_still_read() -> None:
    page = (
        "<body><script>render()</script><noscript><article><p>The story.</p>"
        "<script>var q = '“no,” he said';</script></article></noscript></body>"
    )
    assert html_text(page) == "The story."


def test_of_several_articles_the_longest_is_the_story() -> None:
    page = (
        "<article class='card'><p>Teaser one.</p></article>"
        "<article><p>The story itself runs longer than any teaser does.</p></article>"
        "<article class='card'><p>Teaser two.</p></article>"
    )
    assert html_text(page) == "The story itself runs longer than any teaser does."


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        pytest.param("<p>café “quoted”</p>".encode(), "café “quoted”", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "café", id="utf-8-bom"),
        pytest.param("\ufeff<p>café</p>".encode("utf-16-le"), "café", id="utf-16-bom"),
        pytest.param(
            '<meta charset="windows-1252"><p>“caf\xe9”</p>'.encode("cp1252"),
            "“café”",
            id="meta-charset",
        ),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            b"<p>\x93caf\xe9\x94</p>",
            "“café”",
            id="http-equiv-latin-1-is-windows-1252",
        ),
        pytest.param("<p>“café”</p>".encode("cp1252"), "“café”", id="undeclared-not-utf-8"),
        pytest.param(b'<meta charset="zlib"><p>caf\xc3\xa9</p>', "café", id="not-a-text-codec"),
        pytest.param(b'<meta charset="utf-7"><p>a+-b</p>', "a+-b", id="utf-7-refused"),
        pytest.param(b'<meta charset="no-such"><p>caf\xc3\xa9</p>', "café", id="unknown-label"),
    ],
)
def test_encodings(raw: bytes, text: str) -> None:
    assert html_text(raw) == text


# --- tables -------------------------------------------------------------------------------------


def test_table_becomes_table_and_awards_with_year_and_program_from_its_heading() -> None:
    page = (
        "<h3>FY 2016 Edward Byrne Memorial Justice Assistance Grant funding</h3>"
        "<table><tr><th>Recipient</th><th>St.</th><th>Award</th></tr>"
        "<tr><td>Cook County</td><td>Illinois</td><td>$1.5M</td></tr>"
        "<tr><td>Miami-Dade County</td><td>Fla.</td><td>$480,000</td></tr></table>"
    )
    article = parse_html(page)
    assert [cell.text for cell in article.tables[0].header] == ["Recipient", "St.", "Award"]
    # "St." is not a State header: the name column is read on its own.
    assert [award.jurisdiction.name for award in article.awards] == [
        "Cook County",
        "Miami-Dade County",
    ]
    assert {award.fiscal_year.year for award in article.awards} == {2016}
    assert {award.program.short_name for award in article.awards} == {"Byrne JAG"}
    assert_spans_slice_back(article)


def test_fiscal_year_header_columns_and_footnote_after_the_table() -> None:
    page = (
        "<table><thead><tr><th>Jurisdiction</th><th>FY 2016*</th></tr></thead>"
        "<tbody><tr><td>Seattle</td><td>$673 166</td></tr></tbody></table>"
        "<p>*Edward Byrne Memorial Justice Assistance Grant</p><p>After.</p>"
    )
    article = parse_html(page)
    assert article.tables[0].footnotes[0].text == "Edward Byrne Memorial Justice Assistance Grant"
    assert [(a.jurisdiction.key, a.fiscal_year.year) for a in article.awards] == [
        ("wa/seattle", 2016)
    ]
    assert [p.text for p in article.paragraphs] == ["After."]


def test_unreadable_row_is_a_problem_not_an_award() -> None:
    page = (
        "<table><caption>FY 2017 Byrne JAG</caption>"
        "<tr><th>City</th><th>State</th><th>Amount</th></tr>"
        "<tr><td>Chicago</td><td>IL</td><td>$2,300,000</td></tr>"
        "<tr><td>Chicago</td><td>IL</td><td>lots</td></tr>"
        "<tr><td>Total</td><td></td><td>$2,300,000</td></tr>"
        "<tr><td>Short row</td></tr></table>"
    )
    article = parse_html(page)
    assert [a.amount.value for a in article.awards] == [Decimal(2_300_000)]
    assert [problem.row for problem in article.problems] == [1, 2, 3]


def test_cells_with_commas_quotes_and_brackets_stay_cells() -> None:
    page = (
        "<table><tr><th>Name, full</th><th>Note</th></tr>"
        '<tr><td>Denver City &amp; County</td><td>said "no" [twice]</td></tr>'
        "<tr><td>*starred</td><td>|piped</td></tr></table>"
    )
    table = parse_html(page).tables[0]
    assert [cell.text for cell in table.header] == ["Name, full", "Note"]
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Denver City & County", 'said "no" (twice)'],
        ["*starred", "|piped"],
    ]


def test_layout_table_is_walked_through() -> None:
    page = (
        "<table><tr><td class='nav-cell'><a href='/'>Home</a></td><td>"
        "<p>First paragraph of an old-style page.</p><p>Second one, “quoted,” she said.</p>"
        "</td></tr></table>"
    )
    article = parse_html(page)
    assert article.tables == ()
    assert [p.text for p in article.paragraphs] == [
        "First paragraph of an old-style page.",
        "Second one, “quoted,” she said.",
    ]


def test_absurdly_wide_table_is_a_problem_and_fast() -> None:
    wide = "<table>" + ("<tr>" + "<td colspan=100>x</td>" * 2_000 + "</tr>") * 20 + "</table>"
    start = time.perf_counter()
    article = parse_html("<p>Story.</p>" + wide)
    assert time.perf_counter() - start < 3
    assert article.tables == ()
    assert article.problems[0].message.startswith("table skipped: ")


def test_rowspan_carries_down_and_colspan_leaves_blanks() -> None:
    page = (
        "<table><tr><th>State</th><th>City</th><th>A</th><th>B</th></tr>"
        "<tr><td rowspan=2>Ill.</td><td>Chicago</td><td colspan=2>x</td></tr>"
        "<tr><td>Evanston</td><td>1</td><td>2</td></tr></table>"
    )
    table = parse_html(page).tables[0]
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Ill.", "Chicago", "x", ""],
        ["Ill.", "Evanston", "1", "2"],
    ]


# --- the property: boilerplate around any paragraphs never changes the facts ------------------

_FURNITURE = [
    "<nav><a href='/'>Home</a> “Breaking,” said the menu on Monday</nav>",
    "<div class='ad-slot'>Advertisement: $9.99 on Friday</div>",
    "<aside class='related'><p>“Related story,” he said on December 1.</p></aside>",
    "<script>var q = '“Scripted,” Sessions said on Tuesday.';</script>",
    "<div class='newsletter-box'><p>Sign up by June 5 for $1 million tips.</p></div>",
    "<div class='share-buttons'><a>Share</a></div>",
    "<footer><p>© 2017 “Footer,” inc.</p></footer>",
    "<style>.x{content:'“styled,” she said'}</style>",
    "<noscript><p>“No script,” it said.</p></noscript>",
]
_paragraphs = st.lists(
    st.one_of(
        sentences,
        sentences.map(lambda s: f"“{s}” Mayor Dana Ortiz said on Tuesday."),
        sentences.map(lambda s: f"The county got $1.{len(s) % 10} million, {s}"),
    ),
    min_size=1,
    max_size=5,
)


@st.composite
def _as_markup(draw: st.DrawFn, text: str) -> str:
    """``text`` as a CMS might write it: some characters as entities, some words in inline
    elements, some spaces as ``&nbsp;`` or line breaks of the source."""
    words = []
    for word in text.split(" "):
        chars = [
            f"&#{ord(char)};" if draw(st.integers(0, 9)) == 0 else html.escape(char)
            for char in word
        ]
        piece = "".join(chars)
        tag = draw(st.sampled_from(["", "", "", "em", "strong", "a", "span"]))
        words.append(f"<{tag}>{piece}</{tag}>" if tag else piece)
    spaces = [draw(st.sampled_from([" ", " ", "&nbsp;", "\n  "])) for _ in words[1:]]
    return words[0] + "".join(space + word for space, word in zip(spaces, words[1:], strict=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=_paragraphs,
    furniture=st.lists(st.sampled_from(_FURNITURE), max_size=len(_FURNITURE)),
    positions=st.lists(st.integers(0, 5), min_size=len(_FURNITURE), max_size=len(_FURNITURE)),
    wrapper=st.sampled_from(["article", "main", "div class='entry-content'", "div"]),
    markup=st.data(),
)
def test_boilerplate_never_changes_the_facts(
    paragraphs: list[str],
    furniture: list[str],
    positions: list[int],
    wrapper: str,
    markup: st.DataObject,
) -> None:
    blocks = [f"<p>{markup.draw(_as_markup(p))}</p>" for p in paragraphs]
    for piece, at in zip(furniture, positions, strict=False):
        blocks.insert(min(at, len(blocks)), piece)
    tag = wrapper.split()[0]
    page = (
        "<html><head><meta property='article:published_time' content='2017-11-20'></head><body>"
        "<header><nav>Menu</nav></header>"
        f"<{wrapper}>{''.join(blocks)}</{tag}><footer>“Bye,” it said.</footer></body></html>"
    )
    expected = parse_article("\n\n".join(paragraphs), published=dt.date(2017, 11, 20))
    assert facts(parse_html(page)) == facts(expected)


# --- hostile pages: a clear error or a result, quickly -----------------------------------------


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_large_page_is_read_in_linear_time() -> None:
    story = "".join(BODY)
    junk = "<div class='widget'><script>var x = '" + "a" * 1000 + "';</script></div>"
    page = (
        "<html><body><nav>" + "<a href='/'>link</a>" * 20_000 + "</nav>"
        + junk * 4_000 + "<article>" + story + "</article>" + "<p>footer</p>" * 5_000
        + "</body></html>"
    )  # fmt: skip
    assert len(page) > 4_500_000
    seconds = _timed(lambda: parse_html(page))
    assert seconds < 5
    assert facts(parse_html(page))["awards"] == facts(parse_article(CLEAN))["awards"]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("<div>" * 100_000 + "<p>x</p>", id="divs"),
        pytest.param("<span>" * 100_000 + "x", id="spans"),
        pytest.param("<blockquote>" * 100_000 + "x" + "</blockquote>" * 100_000, id="closed"),
        pytest.param("<b class=a><i>" * 50_000 + "<p>x" * 50_000, id="formatting"),
    ],
)
def test_deep_nesting_is_refused_quickly(page: str) -> None:
    start = time.perf_counter()
    with pytest.raises(HtmlParseError, match=f"nested more than {MAX_DEPTH} deep") as caught:
        parse_html(page)
    assert time.perf_counter() - start < 3
    assert caught.value.position is not None
    assert page[caught.value.position] == "<"


def test_deep_but_allowed_nesting_reads() -> None:
    page = "<div>" * 400 + "<p>Deep but fine.</p>" + "</div>" * 400 + "<p>x</p>" * 3000
    assert parse_html(page).paragraphs[0].text == "Deep but fine."


def test_unclosed_tags_still_read() -> None:
    page = "<html><body><article><p>“We will sue,” Mayor Dana Ortiz said.<p>Then <b>bold <i>talk"
    article = parse_html(page)
    assert [p.text for p in article.paragraphs] == [
        "“We will sue,” Mayor Dana Ortiz said.",
        "Then bold talk",
    ]
    assert article.quotes[0].text == "We will sue"


@pytest.mark.parametrize(
    "junk",
    [
        pytest.param(os.urandom(200_000), id="random-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100, id="png"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 5000, id="zip"),
    ],
)
def test_binary_junk_is_a_clear_error(junk: bytes) -> None:
    with pytest.raises(HtmlParseError, match="binary data"):
        parse_html(junk)


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="http://[::1/broken">',
        '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>",
        '<script type="application/ld+json">{"@type":"NewsArticle","author":'
        + '{"name":' * 900
        + '"x"'
        + "}" * 900
        + "}</script>",
        '<script type="application/ld+json">{"@type":"Article","datePublished":"2017-02-30",'
        '"author":[1, null, {"name": 2}], "headline": ["not", "a", "string"]}</script>',
        '<meta property="article:published_time" content="99999-99-99T99:99">',
    ],
    ids=["bad-canonical", "deep-json", "deep-author", "odd-json-ld", "bad-timestamp"],
)
def test_odd_metadata_never_raises(head: str) -> None:
    article = parse_html(_page(head), url="https://x.example/a/")
    assert article.text == "On Monday the city sued."


def test_empty_and_text_only_pages() -> None:
    assert parse_html("").text == ""
    assert parse_html(b"").paragraphs == ()
    assert parse_html("just words").text == "just words"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html>", True),
        ("  <!-- saved -->\n<html lang=en>", True),
        ("\ufeff<html>", True),
        ("<p>Fragment</p>", True),
        ("[lz_table]|a,b\n|\n[/lz_table]", False),
        ("Plain text with a <b> in it.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


# --- corpus and command line pick HTML by extension or content --------------------------------


def test_corpus_picks_html_by_extension_or_content(tmp_path: pathlib.Path) -> None:
    by_name = tmp_path / "story.htm"
    by_name.write_bytes(static_page().removeprefix("<html>").encode("cp1252", "replace"))
    by_content = tmp_path / "saved.txt"
    by_content.write_text(amp_page(), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("<b> is not a page.\n\nSecond.", encoding="utf-8")
    junk = tmp_path / "junk.html"
    junk.write_bytes(b"\x00\x01\x02" * 3000)
    sources: list[str | pathlib.Path] = [by_name, by_content, plain, junk, wordpress_page()]
    results = list(parse_corpus(sources))
    assert [type(result).__name__ for result in results] == [
        "Article", "Article", "Article", "ParseFailure", "Article",
    ]  # fmt: skip
    by_name_article, amp, text, failure, wordpress = results
    assert isinstance(by_name_article, Article)
    assert by_name_article.published_source is PublishedSource.TIME
    assert isinstance(amp, Article)
    assert amp.outlet == "AMP Courier"
    assert isinstance(text, Article)
    assert text.text.startswith("<b> is not")
    assert isinstance(failure, ParseFailure)
    assert failure.error == "HtmlParseError"
    assert isinstance(wordpress, Article)
    assert wordpress.headline == "DOJ warns Riverton"


def test_cli_parse_reads_a_saved_page(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(arc_page(), encoding="utf-8")
    assert main(["parse", str(page)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["outlet"] == "The Metro Post"
    assert document["published_source"] == "article:published_time"
    assert document["published_at"] == "2017-11-15T13:02:11-05:00"
    assert len(document["awards"]) == 3


@pytest.mark.parametrize("style", list(PAGES))
def test_page_article_round_trips_and_matches_the_schema(style: str) -> None:
    article = parse_html(PAGES[style](), url="https://x.example/saved/")
    assert from_json(to_json(article), Article) == article
    validator = jsonschema.Draft202012Validator(json_schema(Article))
    validator.validate(json.loads(to_json(article)))


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        pytest.param(
            '<link rel="author" href="/staff/jo"><link rel="canonical" href="/story">',
            "https://news.example/story",
            id="author-link-first",
        ),
        pytest.param(
            '<link itemprop="url" href="/other"><link rel="Canonical Shortlink" href="/s">',
            "https://news.example/s",
            id="schema-link-first-and-rel-words",
        ),
        pytest.param('<link rel="author" href="/staff/jo">', "https://news.example/a", id="none"),
    ],
)
def test_the_page_url_is_its_canonical_link_only(links: str, expected: str) -> None:
    page = f"<html><head>{links}</head><body><article><p>Words here.</p></article></body></html>"
    assert parse_html(page, url="https://news.example/a").url == expected
