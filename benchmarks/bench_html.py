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

Contenders are interleaved in chunks of four pages, best of ``--repeat`` per chunk.

Run: python benchmarks/bench_html.py [--n 40] [--repeat 5]   (needs the ``bench`` extra)
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


def _furniture(rng: random.Random, state_items: int) -> dict[str, str]:
    links = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(150))
    teasers = "".join(
        f"<article class='teaser'><a href='/x/{i}'><img src='/i/{i}.jpg'>"
        f"<h3>“Teaser {i},” the mayor said on Monday</h3></a></article>"
        for i in range(20)
    )
    state = ",".join(
        f'{{"id":{i},"headline":"\\u201cStory {i},\\u201d he said","body":"{"x" * 300}"}}'
        for i in range(rng.randint(state_items // 2, state_items))
    )
    return {
        "nav": f"<nav class='site-nav'><ul>{links}</ul></nav>",
        "related": f"<aside class='related-stories'>{teasers}</aside>",
        "script": f"<script>window.__STATE__ = [{state}];</script>",
        "css": "<style>" + ".c{margin:0;padding:0}" * 800 + "</style>",
        "ad": "<div class='ad-slot' id='div-gpt-ad-1'><span>Advertisement</span></div>",
        "footer": f"<footer class='site-footer'><ul>{links}</ul><p>© 2017</p></footer>",
    }


def _page(style: str, blocks: list[str], rng: random.Random, index: int, state: int) -> str:
    f = _furniture(rng, state)
    body = list(blocks)
    body.insert(3, f["ad"])
    body.insert(9, f["ad"])
    story = "\n".join(body)
    meta = (
        f'<meta property="article:published_time" content="2017-11-{15 + index % 5}T10:00:00Z">'
        '<meta property="og:site_name" content="LifeZette"><meta name="author" content="Staff">'
    )
    title = "<h1>Sanctuary cities</h1>"
    if style == "wordpress":
        inner = f"<article class='post'>{title}<div class='entry-content'>{story}</div></article>"
    elif style == "arc":
        inner = f"<main><div class='article-body'>{title}{story}</div></main>"
    elif style == "amp":
        image = "<amp-img src='/a.jpg'></amp-img>"
        inner = f"<article>{title}{image}{story}<amp-ad></amp-ad></article>"
    else:
        inner = f"<div class='container'><div class='post'>{title}{story}</div></div>"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Sanctuary cities</title>{meta}"
        f"{f['css']}{f['script']}</head><body>{f['nav']}{inner}{f['related']}{f['footer']}"
        f"{f['script']}</body></html>"
    )


def build_pages(count: int, seed: int = 2017, state: int = 120) -> list[str]:
    """``count`` pages; ``state`` sets the size of the inline script state (120: ~100 KB
    pages; 800: ~400 KB, as heavy as the pages of big news sites)."""
    rng = random.Random(seed)
    blocks = _story_html(seed_article())
    styles = ["wordpress", "arc", "static", "amp"]
    return [_page(styles[i % 4], blocks, rng, i, state) for i in range(count)]


def _timings(
    contenders: dict[str, Callable[[str], object]], pages: list[str], repeat: int
) -> dict[str, float]:
    """Seconds each contender takes over all pages: chunks of 4 pages, contenders
    interleaved, the best of ``repeat`` tries per chunk (a loaded machine shows less)."""
    totals = dict.fromkeys(contenders, 0.0)
    for start in range(0, len(pages), 4):
        chunk = pages[start : start + 4]
        best = dict.fromkeys(contenders, float("inf"))
        for _ in range(repeat):
            for name, call in contenders.items():
                began = time.perf_counter()
                for page in chunk:
                    call(page)
                best[name] = min(best[name], time.perf_counter() - began)
        for name in contenders:
            totals[name] += best[name]
    return totals


def _run(pages: list[str], repeat: int) -> None:
    size = sum(map(len, pages)) / len(pages)
    sample = parse_html(pages[0])
    print(
        f"\n{len(pages)} pages, {size / 1000:.0f} KB each on average; one page reads as "
        f"{len(sample.paragraphs)} paragraphs, {len(sample.awards)} awards, "
        f"{len(sample.quotes)} quotes"
    )
    contenders: dict[str, Callable[[str], object]] = {
        "lexbor tree": LexborHTMLParser,
        "lxml tree": lxml.html.document_fromstring,
        "html stage": html_text,
        "parse_html": parse_html,
        "trafilatura": trafilatura.extract,
    }
    timings = _timings(contenders, pages, repeat)
    for name, seconds in timings.items():
        rate = len(pages) / seconds
        print(f"{name:12} {rate:9.1f} pages/s  {seconds / len(pages) * 1e3:7.2f} ms/page")
    ratio = timings["html stage"] / timings["lexbor tree"]
    print(f"html stage / lexbor tree: {ratio:.2f}x (goal <= 1.5x)")
    ratio = timings["parse_html"] / timings["trafilatura"]
    print(f"parse_html / trafilatura: {ratio:.2f}x (goal <= 1.0x)")
    print(f"lxml tree / lexbor tree: {timings['lxml tree'] / timings['lexbor tree']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for state in (120, 800):
        _run(build_pages(args.n, state=state), args.repeat)


if __name__ == "__main__":
    main()
