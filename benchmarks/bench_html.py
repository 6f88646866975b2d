"""Saved news pages: pages per second from HTML to a whole typed ``Article``.

Builds N pages from the seed article (its paragraphs as ``<p>``, its table as a ``<table>``)
in four publishing systems' styles, each wrapped in the furniture real pages carry: inline
scripts and JSON state, a CSS block, a navigation menu, ad slots, a related rail, a footer
of links (about 100 KB a page). Measured in the same run, over the same pages:

- ``lexbor tree``: selectolax's Lexbor parser building the tree, nothing else;
- ``lxml tree``: lxml's HTML parser building its tree (the alternative parser);
- ``html stage``: ``html_text``, the page's readable article text (decode, guards, tree,
  body extraction), what ``parse_html`` hands to ``parse_article``;
- ``parse_html``: the whole typed parse (text, quotes, dates, people, tables, awards,
  metadata);
- ``trafilatura``: ``trafilatura.extract`` (plain text), text extraction alone.

Run: python benchmarks/bench_html.py [--n 40] [--repeat 3]   (needs the ``bench`` extra)
"""

from __future__ import annotations

import argparse
import html
import random
import time
from collections.abc import Callable

import lxml.html
import trafilatura
from selectolax.lexbor import LexborHTMLParser

from sanctuary_model import Article, parse_html, seed_article
from sanctuary_model.parsing.html import html_text


def _story_html(article: Article) -> list[str]:
    blocks = [f"<p>{html.escape(p.text)}</p>" for p in article.paragraphs]
    table = article.tables[0]
    head = "".join(f"<th>{html.escape(c.text)}</th>" for c in table.header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c.text)}</td>" for c in row.cells) + "</tr>"
        for row in table.rows
    )
    notes = "".join(f"<p>{html.escape(n.marker + n.text)}</p>" for n in table.footnotes)
    at = len(blocks) // 3
    blocks.insert(
        at,
        f"<table><caption>{html.escape(table.caption or '')}</caption><thead><tr>{head}</tr>"
        f"</thead><tbody>{rows}</tbody></table>{notes}",
    )
    return blocks


def _furniture(rng: random.Random) -> dict[str, str]:
    links = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(150))
    teasers = "".join(
        f"<article class='teaser'><a href='/x/{i}'><img src='/i/{i}.jpg'>"
        f"<h3>“Teaser {i},” the mayor said on Monday</h3></a></article>"
        for i in range(20)
    )
    state = ",".join(
        f'{{"id":{i},"headline":"\\u201cStory {i},\\u201d he said","body":"{"x" * 300}"}}'
        for i in range(rng.randint(60, 120))
    )
    return {
        "nav": f"<nav class='site-nav'><ul>{links}</ul></nav>",
        "related": f"<aside class='related-stories'>{teasers}</aside>",
        "script": f"<script>window.__STATE__ = [{state}];</script>",
        "css": "<style>" + ".c{margin:0;padding:0}" * 800 + "</style>",
        "ad": "<div class='ad-slot' id='div-gpt-ad-1'><span>Advertisement</span></div>",
        "footer": f"<footer class='site-footer'><ul>{links}</ul><p>© 2017</p></footer>",
    }


def _page(style: str, blocks: list[str], rng: random.Random, index: int) -> str:
    f = _furniture(rng)
    body = list(blocks)
    body.insert(3, f["ad"])
    body.insert(9, f["ad"])
    story = "\n".join(body)
    meta = (
        f'<meta property="article:published_time" content="2017-11-{15 + index % 5}T10:00:00Z">'
        '<meta property="og:site_name" content="LifeZette"><meta name="author" content="Staff">'
    )
    if style == "wordpress":
        inner = f"<article class='post'><h1>Sanctuary cities</h1><div class='entry-content'>{story}</div></article>"
    elif style == "arc":
        inner = f"<main><div class='article-body'><h1>Sanctuary cities</h1>{story}</div></main>"
    elif style == "amp":
        inner = f"<article><h1>Sanctuary cities</h1><amp-img src='/a.jpg'></amp-img>{story}<amp-ad type='x'></amp-ad></article>"
    else:
        inner = f"<div class='container'><div class='post'><h1>Sanctuary cities</h1>{story}</div></div>"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Sanctuary cities</title>{meta}"
        f"{f['css']}{f['script']}</head><body>{f['nav']}{inner}{f['related']}{f['footer']}"
        f"{f['script']}</body></html>"
    )  # noqa: E501


def build_pages(count: int, seed: int = 2017) -> list[str]:
    rng = random.Random(seed)
    blocks = _story_html(seed_article())
    styles = ["wordpress", "arc", "static", "amp"]
    return [_page(styles[i % 4], blocks, rng, i) for i in range(count)]


def _best(call: Callable[[str], object], pages: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            call(page)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = build_pages(args.n)
    size = sum(map(len, pages)) / len(pages)
    sample = parse_html(pages[0])
    print(
        f"{len(pages)} pages, {size / 1000:.0f} KB each on average; one page reads as "
        f"{len(sample.paragraphs)} paragraphs, {len(sample.awards)} awards, "
        f"{len(sample.quotes)} quotes"
    )
    timings = {
        "lexbor tree": _best(LexborHTMLParser, pages, args.repeat),
        "lxml tree": _best(lxml.html.document_fromstring, pages, args.repeat),
        "html stage": _best(html_text, pages, args.repeat),
        "parse_html": _best(parse_html, pages, args.repeat),
        "trafilatura": _best(trafilatura.extract, pages, args.repeat),
    }
    for name, seconds in timings.items():
        print(f"{name:12} {len(pages) / seconds:9.1f} pages/s  {seconds / len(pages) * 1e3:7.2f} ms/page")
    print(
        f"html stage / lexbor tree: {timings['html stage'] / timings['lexbor tree']:.2f}x "
        "(goal <= 1.5x)"
    )
    print(
        f"parse_html / trafilatura: {timings['parse_html'] / timings['trafilatura']:.2f}x "
        "(goal <= 1.0x: the whole typed parse at least as fast as extraction alone)"
    )
    print(f"lxml tree / lexbor tree: {timings['lxml tree'] / timings['lexbor tree']:.2f}x")


if __name__ == "__main__":
    main()
