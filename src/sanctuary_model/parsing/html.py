"""A saved news page read as the same :class:`Article` its clean text gives, plus page metadata.

The page is parsed with selectolax's Lexbor engine (an HTML5 parser, the tree a browser
builds). The article body is found from the page's own structure (``itemprop=articleBody``,
``<article>``, ``<main>``, else the element holding the most paragraph text); navigation,
ad slots, related rails, share buttons, newsletter boxes, comments and scripts are left out.
The body's paragraphs (``<p>``, headings, list items, blockquotes) are joined by blank lines
into plain text, which :func:`~sanctuary_model.parse_article` reads: quotes, dates, people,
rulings and notices come out as they do for the clean text, by construction. A ``<table>``
is written into that text as the ``[lz_table]`` block the WordPress exports use, so the one
table reader turns it into a ``Table`` and its ``GrantAward`` s.

>>> page = ('<html><head><meta property="og:site_name" content="The Ledger">'
...         '<meta property="article:published_time" content="2017-11-15T19:32:00-05:00">'
...         '</head><body><nav><a href="/">Home</a></nav><article><h1>Cities warned</h1>'
...         '<p>The city must answer &ldquo;by Friday.&rdquo;</p></article></body></html>')
>>> article = parse_html(page)
>>> article.text, article.headline, article.outlet, article.published_source.value
('The city must answer “by Friday.”', 'Cities warned', 'The Ledger', 'article:published_time')
>>> article.dates[0].date
datetime.date(2017, 11, 17)
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import operator
import re
from functools import cached_property
from itertools import accumulate
from typing import Any
from urllib.parse import urljoin

import attrs
from dateutil.parser import isoparse
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import HtmlParseError
from ..model.documents import Article, Problem, PublishedSource
from .articles import parse_article

__all__ = ["MAX_DEPTH", "decode_html", "html_text", "looks_like_html", "parse_html"]

#: Elements nested deeper than this are refused (as Chrome's parser caps its tree at 512):
#: an HTML5 tree builder spends time proportional to the depth on every tag.
MAX_DEPTH = 512

# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*(?P<label>[A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
# Labels the HTML Standard reads as another encoding than Python's codec of that name.
_WHATWG = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8"}
_JUNK_SAMPLE = 8192
_JUNK_SHARE = 0.05
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_NOT_CONTROL_BYTES = bytes(
    byte for byte in range(256) if not (byte <= 8 or byte == 11 or 14 <= byte <= 31 or byte == 127)
)


def decode_html(html: str | bytes) -> str:
    """A page's text: by its BOM, else its ``<meta charset>`` (first 1024 bytes), else UTF-8,
    else windows-1252 (a browser's fallback); undecodable bytes become U+FFFD.

    >>> decode_html('<meta charset="cp1252"><p>caf\xe9</p>'.encode("cp1252"))[-8:]
    'café</p>'
    """
    if isinstance(html, str):
        return html.removeprefix("\ufeff")
    for bom, encoding in _BOMS:
        if html.startswith(bom):
            return html[len(bom) :].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(html, 0, 1024)
    if declared is not None:
        try:
            codec = codecs.lookup(declared["label"].decode("ascii"))
        except LookupError:
            codec = codecs.lookup("utf-8")
        # Only text encodings a browser would use: never "zlib" or "base64", never UTF-7.
        name = codec.name if codec._is_text_encoding and codec.name != "utf-7" else "utf-8"
        return html.decode(_WHATWG.get(name, name), errors="replace")
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html.decode("cp1252", errors="replace")


def _refuse_junk(text: str) -> None:
    sample = text[:_JUNK_SAMPLE]
    # The control characters of _JUNK are the control bytes of the UTF-8 text, counted by
    # deleting every other byte value (far faster than the regular expression).
    controls = sample.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL_BYTES)
    if b"\x00" in controls or (len(controls) + sample.count("\ufffd") > _JUNK_SHARE * len(sample)):
        junk = _JUNK.findall(sample)
        first = _JUNK.search(sample)
        position = first.start() if first else 0
        raise HtmlParseError(
            f"binary data, not text ({len(junk)} control or undecodable characters "
            f"in the first {len(sample)})",
            text,
            position,
        )


# Tags that nest: not void elements, not those whose end tag may be left out (p, li, td…),
# which the tree builder closes itself. (Case-sensitive with both spellings: far faster.)
_FLAT_TAGS = (
    "area base br col embed hr img input link meta source track wbr param keygen p li dt dd "
    "tr td th tbody thead tfoot option optgroup rb rt rp colgroup caption html head body"
).split()
_FLAT_NAMES = "|".join(sorted({*_FLAT_TAGS, *map(str.upper, _FLAT_TAGS)}, key=len, reverse=True))
_NESTING_TAG = re.compile(rf"<(/?)(?!(?:{_FLAT_NAMES})[\s/>])[A-Za-z]")
# Below this many tags even the worst nesting costs the tree builder only milliseconds.
_UNCHECKED_TAGS = 2500
_STEP = {"": 1, "/": -1}


def _refuse_deep_nesting(text: str) -> None:
    """Refuse a page whose elements nest deeper than ``MAX_DEPTH`` (an upper bound).

    The depth after each tag, where stray end tags never go below zero, is the running sum
    minus its running minimum; all of it runs in C, in one pass over the tags.
    """
    if text.count("<") <= _UNCHECKED_TAGS:
        return
    steps = _NESTING_TAG.findall(text)
    if len(steps) <= MAX_DEPTH:
        return
    sums = list(accumulate(map(_STEP.__getitem__, steps)))
    floors = accumulate(sums, min, initial=0)
    depths = list(map(operator.sub, sums, floors))
    deepest = max(depths)
    if deepest > MAX_DEPTH:
        index = depths.index(MAX_DEPTH + 1)
        match = next(m for i, m in enumerate(_NESTING_TAG.finditer(text)) if i == index)
        raise HtmlParseError(f"elements nested more than {MAX_DEPTH} deep", text, match.start())


# --- the article body -----------------------------------------------------------------------

_DROPPED_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
]
_SKIPPED_TAGS = frozenset(
    {
        "nav", "header", "footer", "aside", "form", "button", "figure", "select", "input",
        "textarea", "dialog", "menu", "video", "audio", "map", "picture", "img", "ins", "h1",
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "amp-ad", "amp-embed", "amp-analytics", "amp-social-share", "amp-sidebar",
        "amp-img",
        "amp-iframe", "amp-video", "amp-carousel", "amp-list", "amp-consent", "amp-geo",
        "amp-sticky-ad", "amp-auto-ads", "amp-pixel", "amp-youtube", "amp-twitter",
        "amp-instagram", "amp-facebook", "amp-lightbox",
    }
)  # fmt: skip
_SKIPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu"}
)
# Words of a class or id that name page furniture rather than reporting.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:ads?|ad(?:slot|unit|vert|container|wrapper|box|label)\w*|advert\w*"
    r"|sponsor\w*|promo\w*|related\w*|recommend\w*|newsletter\w*|subscri\w*|signup|share\w*"
    r"|sharing|social\w*|comments?|disqus|breadcrumbs?|sidebar|widget\w*|popup|modal"
    r"|cookie\w*|paywall|byline|author\w*|tags|outbrain|taboola|dfp|gpt|banner|masthead"
    r"|nav\w*|menu|footer|header|toolbar|trending|most-?read|popular|sr-only|visually-hidden"
    r"|screen-reader-text|twitter-tweet|instagram-media|tiktok-embed|print-only"
    r"|skip-link|jump-link|read-?more|more-stories|caption|credit|dateline|timestamp)"
    r"(?=$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "address"})
_INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "del", "ins", "big", "tt", "strike", "nobr", "label", "output", "wbr",
    }
)  # fmt: skip
# A table whose cells hold paragraphs or other tables lays out the page: it is walked
# through like any container rather than read as data.
_LAYOUT_CELL = "td p, td div, td table, td blockquote, th p, th div"
# Lexbor's fixed ids of <td> and <th> (cheaper to read than the tag's name).
_CELLS = LexborHTMLParser("<table><tr><td></td><th></th></tr></table>").css("td, th")
_CELL_IDS = frozenset(cell.tag_id for cell in _CELLS)
_MAX_COLUMNS = 200
_BR = "\ue000"  # a private-use character standing for <br> until the text is cleaned
_SPACES = re.compile(r"\s+")
_BREAKS = re.compile(r"\s*(?:\ue000\s*)+")
_FOOTNOTE_MARKS = "*†‡§¶"
_FOOTNOTE = re.compile(r"(?:\*+|[†‡§¶]+)\s*\S")
_BYLINE = re.compile(r"By\s+[A-Z][^\n.!?]{0,100}\Z")
_OPENING_QUOTES = "“\"'‘«"
_CLOSING_QUOTES = "”\"'’»"


def _clean(raw: str) -> str:
    """Readable text of a block: spaces collapsed, ``<br>`` a line break, two a blank line."""

    if _BR not in raw:
        # Printable, so its only white space is " ": already clean unless doubled or at an end.
        if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            return raw
        return " ".join(raw.split())

    def breaks(match: re.Match[str]) -> str:
        return "\n\n" if match.group().count(_BR) > 1 else "\n"

    text = _BREAKS.sub(breaks, raw.replace("\xa0", " "))
    return "\n\n".join(
        "\n".join(" ".join(line.split()) for line in part.split("\n"))
        for part in text.split("\n\n")
    ).strip()


def _is_boilerplate(node: LexborNode, tag: str) -> bool:
    if tag in _SKIPPED_TAGS:
        return True
    attributes = node.attributes
    if not attributes:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if attributes.get("role") in _SKIPPED_ROLES:
        return True
    names = " ".join(filter(None, (attributes.get("class"), attributes.get("id"))))
    return bool(names) and _BOILERPLATE.search(names) is not None


def _text(node: LexborNode) -> str:
    return node.text(deep=True, separator="", strip=False)


@attrs.define
class _TableBlock:
    title: str | None
    caption: str | None
    header: list[str]
    rows: list[list[str]]
    footnotes: list[str] = attrs.field(factory=list)

    def render(self) -> str:
        title = "" if self.title is None else f' title="{_attribute(self.title)}"'
        lines = [f"[lz_table{title}]{_plain(self.caption or '').lstrip('|')}"]
        lines.append("|" + _csv_row(self.header))
        lines.extend(map(_csv_row, self.rows))
        lines.append("|")
        lines.extend(_plain(note) for note in self.footnotes)
        lines.append("[/lz_table]")
        return "\n".join(lines)


def _plain(text: str) -> str:
    """One line of table text that cannot open or close a shortcode."""
    return " ".join(text.split()).replace("[", "(").replace("]", ")")


def _attribute(text: str) -> str:
    return _plain(text).replace('"', "").replace("”", "").replace("“", "")


_CSV_SPECIAL = re.compile(r'["\[\]|*†‡§¶]')


def _csv_row(cells: list[str]) -> str:
    """Cells as one CSV line of an ``[lz_table]`` block."""
    line = ",".join(cells)
    if line.count(",") == len(cells) - 1 and _CSV_SPECIAL.search(line) is None:
        return line  # no cell needs quoting or escaping
    return ",".join(map(_csv, cells))


def _csv(cell: str) -> str:
    """A cleaned cell as a CSV field of an ``[lz_table]`` row."""
    if "[" in cell or "]" in cell:
        cell = cell.replace("[", "(").replace("]", ")")
    if cell and ("," in cell or '"' in cell or cell[0] in "|*†‡§¶"):
        return '"' + cell.replace('"', '""') + '"'
    return cell


class _Body:
    """The article body's blocks, in order: text paragraphs and tables."""

    def __init__(self, main: LexborNode) -> None:
        self.blocks: list[str | _TableBlock] = []
        self.inline: list[str] = []
        self.heading: str | None = None
        self.byline: str | None = None
        self.problems: list[str] = []
        self._walk(main)

    def _walk(self, main: LexborNode) -> None:
        # Iterative, so a deep page cannot exhaust the stack; None marks a container's end.
        # (Scripts, SVG and MathML are gone by now, so lexbor's own text_content serves.)
        inline = self.inline
        stack: list[LexborNode | None] = list(main.iter(include_text=True))
        stack.reverse()
        while stack:
            node = stack.pop()
            if node is None:
                if inline:
                    self._flush()
                continue
            tag = node.tag  # "-text", "-comment"… for the nodes that are not elements
            if tag == "-text":
                text = node.text_content or ""
                if inline or not text.isspace():
                    inline.append(text)
                continue
            if tag is None or tag[0] == "-":
                if not node.is_element_node:
                    continue
                tag = tag or ""
            if tag == "br":
                inline.append(_BR)
                continue
            if _is_boilerplate(node, tag):
                continue
            if tag in _INLINE_TAGS:
                inline.append(node.text_lexbor())
                continue
            if inline:
                self._flush()
            if tag in _BLOCK_TAGS:
                self._paragraph(_clean(node.text_lexbor()), heading=tag[0] == "h")
            elif tag == "blockquote":
                self._blockquote(node)
            elif tag == "table" and node.css_first(_LAYOUT_CELL) is None:
                self._table(node)
            else:  # a container: its end ends any running text inside it
                stack.append(None)
                stack.extend(reversed(list(node.iter(include_text=True))))
        self._flush()

    def _flush(self) -> None:
        if self.inline:
            text = _clean("".join(self.inline))
            self.inline.clear()
            for part in text.split("\n\n"):
                self._paragraph(part)

    def _paragraph(self, text: str, heading: bool = False) -> None:
        if not text:
            return
        if not self.blocks and self.byline is None and _BYLINE.match(text):
            self.byline = text  # "By Lee Park · Nov 15, 2017": who wrote it, not what
            return
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, _TableBlock) and _FOOTNOTE.match(text):
            last.footnotes.append(text)
            return
        self.blocks.append(text)
        self.heading = text if heading else None

    def _blockquote(self, node: LexborNode) -> None:
        parts = [_clean(_text(p)) for p in node.css("p")] or [_clean(_text(node))]
        parts = [part for part in parts if part]
        if not parts:
            return
        if parts[0][0] not in _OPENING_QUOTES:
            parts = [f"“{part}" if part[0] not in _OPENING_QUOTES else part for part in parts]
            if parts[-1][-1] not in _CLOSING_QUOTES:
                parts[-1] += "”"
        for part in parts:
            self._paragraph(part)

    def _table(self, node: LexborNode) -> None:
        grid = _grid(node)
        if not grid:
            return
        if len(grid[0]) > _MAX_COLUMNS:
            self.problems.append(f"table skipped: {len(grid[0])} columns, more than {_MAX_COLUMNS}")
            return
        header_rows = _header_rows(node, grid)
        header = [
            " ".join(filter(None, (row[i] for row in grid[:header_rows])))
            for i in range(len(grid[0]))
        ]
        rows: list[list[str]] = []
        footnotes: list[str] = []
        for row in grid[header_rows:]:  # every row is as wide as the header
            first = next(filter(None, row), None)
            if first is None:
                continue
            if first[0] in _FOOTNOTE_MARKS:
                joined = " ".join(filter(None, row))
                if _FOOTNOTE.match(joined) and (len(row) == 1 or sum(map(bool, row)) == 1):
                    footnotes.append(joined)
                    continue
            rows.append(row)
        caption_node = node.css_first("caption")
        caption = _clean(_text(caption_node)) if caption_node is not None else None
        self.blocks.append(_TableBlock(self.heading, caption or None, header, rows, footnotes))
        self.heading = None


def _carry(row: list[str], carried: dict[int, tuple[int, str]], column: int) -> int:
    """Fill ``row`` from ``column`` on with the cells that rows above carry down (rowspan);
    the next free column."""
    while column in carried:
        left, text = carried.pop(column)
        row.append(text)
        if left > 1:
            carried[column] = (left - 1, text)
        column += 1
    return column


def _grid(table: LexborNode) -> list[list[str]]:
    """The table's cells row by row, ``rowspan`` carried down and ``colspan`` left blank."""
    grid: list[list[str]] = []
    carried: dict[int, tuple[int, str]] = {}  # column -> (rows left, text)
    for tr in table.css("tr"):
        row: list[str] = []
        column = 0
        for cell in tr.iter():
            if cell.tag_id not in _CELL_IDS:
                continue
            if carried:
                column = _carry(row, carried, column)
            text = cell.text_lexbor()
            if _BR in text:
                text = text.replace(_BR, " ")
            text = " ".join(text.split())
            row.append(text)
            attributes = cell.attributes
            if attributes:
                span = _span_attribute(attributes.get("colspan"))
                down = _span_attribute(attributes.get("rowspan"))
                if down > 1:
                    carried[column] = (down - 1, text)
                if span > 1:
                    row.extend([""] * (span - 1))
                column += span
            else:
                column += 1
            if column > _MAX_COLUMNS:  # too wide to be data; _table says so
                break
        if carried:
            column = _carry(row, carried, column)
        if row:
            grid.append(row)
    width = max(map(len, grid), default=0)
    for row in grid:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return grid


def _span_attribute(value: str | None) -> int:
    if value is None:
        return 1
    value = value.strip()
    return min(int(value), 100) if value.isdigit() and 0 < len(value) < 4 and int(value) else 1


def _header_rows(table: LexborNode, grid: list[list[str]]) -> int:
    head = table.css_first("thead")
    if head is not None:
        count = len(head.css("tr"))
        if 0 < count < len(grid):
            return count
    return 1


# What the page is read for, each found when first asked for: one walk of the tree per
# query (a ``css`` selector list walks the tree once per selector; ``tags`` costs nothing when
# the page has no such element). Nothing is asked for that the page's reading does not need.
_DROPPED = frozenset(_DROPPED_TAGS)
_DROPPED_SELECTOR = ", ".join(_DROPPED_TAGS)
# Elements never read as a candidate, author or byline (the metadata's own elements).
_NOT_CONTENT = _DROPPED | {"meta", "link"}
# Bylines: the elements any other query asks for, sorted by their class (a last resort).
_BYLINE_SCAN = (
    "title, h1, time[datetime], [itemprop], [rel=author], article, main, [role=main],"
    " .byline, .author"
)


class _Page:
    """A parsed page and what it is read for, each queried once and only when needed."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        # Main-content candidates by trust: articleBody, <article>, <main>, role=main.
        self._candidates: dict[int, list[LexborNode]] = {}

    def candidates(self, rank: int) -> list[LexborNode]:
        found = self._candidates.get(rank)
        if found is None:
            if rank == 0:
                found = self._content("[itemprop=articleBody]", "itemprop", "articleBody")
            elif rank == 3:
                found = self._content("[role=main]", "role", "main")
            else:
                found = self.tree.tags("article" if rank == 1 else "main")
            self._candidates[rank] = found
        return found

    def _content(self, selector: str, name: str, value: str) -> list[LexborNode]:
        return [
            node
            for node in self.tree.css(selector)
            if node.tag not in _NOT_CONTENT and node.attributes.get(name) == value
        ]

    @cached_property
    def meta(self) -> dict[str, str]:
        """``<meta>`` contents by lowercased property, name or itemprop (the first wins)."""
        meta: dict[str, str] = {}
        for node in self.tree.tags("meta"):
            attributes = node.attributes
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            content = attributes.get("content")
            if key and content and key.lower() not in meta:
                meta[key.lower()] = content.strip()
        return meta

    @cached_property
    def json_ld(self) -> list[str]:
        return [
            node.text(deep=True)
            for node in self.tree.tags("script")
            if node.attributes.get("type") == "application/ld+json"
        ]

    @cached_property
    def canonical(self) -> str | None:
        """The ``href`` of the page's first ``<link rel=canonical>`` (``rel`` is a list of
        words in any case). An author's or a schema.org ``<link>`` names another page."""
        for node in self.tree.tags("link"):
            attributes = node.attributes
            rel = attributes.get("rel")
            href = attributes.get("href")
            if rel is not None and href is not None and "canonical" in rel.lower().split():
                return href
        return None

    @cached_property
    def title(self) -> LexborNode | None:
        return self.tree.css_first("title")

    def heading(self, main: LexborNode | None) -> LexborNode | None:
        """The first ``<h1>`` inside ``main``, else the page's first."""
        if main is not None:
            for node in main.css("h1"):
                if _inside(node, main):
                    return node
        return self.tree.css_first("h1")

    @cached_property
    def times(self) -> list[LexborNode]:
        return [node for node in self.tree.tags("time") if node.attributes.get("datetime")]

    @cached_property
    def authors(self) -> list[LexborNode]:
        found: list[LexborNode] = []
        for node in self.tree.css("[itemprop=author], [rel=author]"):
            if node.tag in _NOT_CONTENT:
                continue
            attributes = node.attributes
            itemprop = attributes.get("itemprop")
            if itemprop != "articleBody" and (
                itemprop == "author" or attributes.get("rel") == "author"
            ):
                found.append(node)
        return found

    @cached_property
    def bylines(self) -> list[LexborNode]:
        found: list[LexborNode] = []
        for node in self.tree.css(_BYLINE_SCAN):
            if node.tag in _NOT_CONTENT:
                continue
            names = node.attributes.get("class") or ""
            if "byline" in names or "author" in names.split():
                found.append(node)
        return found


def _drop_unwanted(main: LexborNode) -> None:
    """Remove the scripts, styles and their kin inside ``main`` (innermost first, so none is
    freed twice); ``main`` itself stays (a story inside ``<noscript>``)."""
    keep = main.mem_id
    for node in reversed(main.css(_DROPPED_SELECTOR)):
        if node.mem_id != keep:
            node.decompose(recursive=True)


def _main(page: _Page) -> LexborNode | None:
    """The element holding the article body.

    Candidates inside page furniture are passed over, unless everything is: a wrapper whose
    class merely mentions a header or sidebar must not hide the whole story.
    """
    furniture = _Furniture()
    for judge in (furniture, None):
        for rank in range(4):
            found = [node for node in page.candidates(rank) if judge is None or not judge(node)]
            if len(found) == 1:  # no rival: any text will do
                if _has_text(found[0]):
                    return found[0]
                continue
            best: LexborNode | None = None
            most = 0
            for node in found:
                length = len(_text(node).strip())
                if length > most:
                    best, most = node, length
            if best is not None:
                return best
        densest = _densest(page.tree, judge)
        if densest is not None:
            return densest
    return page.tree.body


def _has_text(node: LexborNode) -> bool:
    """Whether ``node`` holds any text but white space (read up to its first words)."""
    for part in node.traverse(include_text=True, skip_empty=True):
        if part.is_text_node and (part.text_content or "").strip():
            return True
    return False


class _Furniture:
    """Whether a node lies inside page furniture (nav, an ad, a related rail…), memoised so
    that asking for every paragraph of a page stays linear."""

    def __init__(self) -> None:
        self.known: dict[int, bool] = {}

    def __call__(self, node: LexborNode) -> bool:
        path: list[LexborNode] = []
        current: LexborNode | None = node
        verdict = False
        while current is not None and current.tag not in ("body", "html", None, "-document"):
            known = self.known.get(current.mem_id)
            if known is not None:
                verdict = known
                break
            path.append(current)
            current = current.parent
        # From the outside in: whatever lies inside furniture is furniture, unexamined.
        for element in reversed(path):
            verdict = verdict or _is_boilerplate(element, element.tag or "")
            self.known[element.mem_id] = verdict
        return verdict


_INSIDE_STORY = frozenset(
    {"blockquote", "li", "ul", "ol", "dd", "dl", "td", "th", "tr", "tbody", "table", "q"}
)


def _densest(tree: LexborHTMLParser, furniture: _Furniture | None) -> LexborNode | None:
    """The element whose own paragraphs hold the most text (page furniture aside)."""
    weights: dict[int, int] = {}
    parents: dict[int, LexborNode] = {}
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is None or (furniture is not None and furniture(paragraph)):
            continue
        key = parent.mem_id
        parents[key] = parent
        weights[key] = weights.get(key, 0) + len(_text(paragraph))
    if not weights:
        return None
    densest: LexborNode | None = parents[max(weights, key=weights.__getitem__)]
    # Paragraphs inside a quotation, list or table belong to the story around it.
    while densest is not None and densest.tag in _INSIDE_STORY:
        densest = densest.parent
    return densest


# --- metadata -------------------------------------------------------------------------------


@attrs.frozen
class _Metadata:
    headline: str | None
    authors: tuple[str, ...]
    outlet: str | None
    url: str | None
    published: dt.date | None
    published_at: dt.datetime | None
    published_source: PublishedSource | None
    problems: tuple[str, ...]


_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
     "OpinionNewsArticle", "WebPage", "LiveBlogPosting", "Report", "ScholarlyArticle"}
)  # fmt: skip
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:[/-]|$)")
_BY = re.compile(r"^\s*(?:by|written by|from)\s+", re.IGNORECASE)
_BYLINE_END = re.compile(r"\s*(?:[·•|—–]|\bon\b|\bupdated\b|\bpublished\b|[0-9]).*", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\|)\s*")
_JSON_DEPTH = 6
_MAX_AUTHORS = 20


def _json_ld_objects(scripts: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script or "null")
        except (ValueError, RecursionError):
            continue
        pending: list[tuple[object, int]] = [(data, 0)]
        while pending:
            item, depth = pending.pop()
            if depth > _JSON_DEPTH:
                continue
            if isinstance(item, list):
                pending.extend((part, depth + 1) for part in reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    pending.append((item["@graph"], depth + 1))
    return found


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(name, str) and name in _ARTICLE_TYPES for name in names)


def _names(value: object) -> list[str]:
    """The names a JSON-LD ``author`` or ``publisher`` gives: a string, ``{"name": …}``, or a
    list of either."""
    if isinstance(value, list):
        return [name for part in value[:_MAX_AUTHORS] for name in _names_flat(part)]
    return _names_flat(value)


def _names_flat(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return [value["name"]]
    return []


def _split_authors(names: list[str]) -> tuple[str, ...]:
    authors: list[str] = []
    for name in names:
        name = _BYLINE_END.sub("", _BY.sub("", " ".join(name.split())))
        for part in _AUTHOR_SPLIT.split(name):
            if part and not part.startswith(("http:", "https:", "/")) and part not in authors:
                authors.append(part)
    return tuple(authors[:_MAX_AUTHORS])


def _timestamp(value: str) -> tuple[dt.date, dt.datetime | None]:
    value = value.strip()
    stamp = isoparse(value[:40])
    has_time = "T" in value or " " in value.strip()
    return stamp.date(), stamp if has_time else None


def _metadata(page: _Page, main: LexborNode | None, url: str | None) -> _Metadata:
    meta = page.meta
    objects = _json_ld_objects(page.json_ld)
    article = next((item for item in objects if _is_article(item)), None) or {}
    problems: list[str] = []

    href = page.canonical or meta.get("og:url")
    page_url = href or url
    if href and url:
        try:
            page_url = urljoin(url, href.strip())
        except ValueError:  # a malformed address (an unclosed IPv6 bracket) stays as written
            page_url = href

    heading = page.heading(main)
    headline = _first(
        _clean(_text(heading)) if heading is not None else None,
        meta.get("og:title"),
        article.get("headline") if isinstance(article.get("headline"), str) else None,
        meta.get("twitter:title"),
    )
    if headline is None and (title := page.title) is not None:
        headline = _first(_clean(_text(title)))

    names = _names(article.get("author"))
    if not names and (author := meta.get("author")):
        names = [author]
    if not names:
        names = [_clean(_text(node)) for node in page.authors]
    if not names and page.bylines:
        names = [_clean(_text(page.bylines[0]))]
    outlet = _first(
        meta.get("og:site_name"),
        _names(article.get("publisher"))[0] if _names(article.get("publisher")) else None,
        meta.get("application-name"),
    )

    published: dt.date | None = None
    published_at: dt.datetime | None = None
    source: PublishedSource | None = None
    date_published = article.get("datePublished")
    for kind in (PublishedSource.META, PublishedSource.JSON_LD, PublishedSource.TIME):
        if kind is PublishedSource.META:
            value = meta.get("article:published_time") or meta.get("datepublished")
        elif kind is PublishedSource.JSON_LD:
            value = date_published if isinstance(date_published, str) else None
        else:
            value = _time_published(page.times, main)
        if not value:
            continue
        try:
            published, published_at = _timestamp(value)
        except (ValueError, OverflowError):
            problems.append(f"unreadable publication date {value[:40]!r} ({kind.value})")
            continue
        source = kind
        break
    if source is None:
        for address in (page_url, url):
            match = _URL_DATE.search(address or "")
            if match is None:
                continue
            try:
                published = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            source = PublishedSource.URL
            break
    return _Metadata(
        headline=headline,
        authors=_split_authors(names),
        outlet=outlet,
        url=page_url,
        published=published,
        published_at=published_at,
        published_source=source,
        problems=tuple(problems),
    )


def _time_published(times: list[LexborNode], main: LexborNode | None) -> str | None:
    """The ``datetime`` of the ``<time itemprop=datePublished>``, else of the first ``<time>``
    inside the body, else of the page's first."""
    node = next(
        (node for node in times if node.attributes.get("itemprop") == "datePublished"), None
    ) or next((node for node in times if _inside(node, main)), None)
    node = node or next(iter(times), None)
    return node.attributes.get("datetime") if node else None


def _inside(node: LexborNode, container: LexborNode | None, limit: int = 64) -> bool:
    """Whether ``node`` lies within ``container`` (looking at most ``limit`` levels up)."""
    if container is None:
        return False
    target = container.mem_id
    current = node.parent
    for _ in range(limit):
        if current is None:
            return False
        if current.mem_id == target:
            return True
        current = current.parent
    return False


def _first(*values: str | None) -> str | None:
    for value in values:
        if value is not None and (cleaned := " ".join(value.split())):
            return cleaned
    return None


# --- the whole page -------------------------------------------------------------------------


def _tree(html: str | bytes) -> LexborHTMLParser:
    text = decode_html(html)
    _refuse_junk(text)
    _refuse_deep_nesting(text)
    return LexborHTMLParser(text)


def _read_page(html: str | bytes, url: str | None) -> tuple[str, str | None, _Metadata]:
    """The page's body text, the byline it started with (if any), and its metadata."""
    page = _Page(_tree(html))
    main = _main(page)
    metadata = _metadata(page, main, url)
    if main is None:
        return "", None, metadata
    _drop_unwanted(main)
    for br in main.css("br"):
        br.replace_with(_BR)
    body = _Body(main)
    blocks = body.blocks
    text = "\n\n".join(block if isinstance(block, str) else block.render() for block in blocks)
    return text, body.byline, attrs.evolve(metadata, problems=(*metadata.problems, *body.problems))


def html_text(html: str | bytes) -> str:
    """The readable text of a page's article body: what :func:`parse_html` parses.

    >>> html_text("<p>One &amp; two.</p><div class='ad-slot'>Buy!</div><p>Three<br>four</p>")
    'One & two.\\n\\nThree\\nfour'
    """
    return _read_page(html, None)[0]


def parse_html(
    html: str | bytes, *, url: str | None = None, published: dt.date | None = None
) -> Article:
    """Read a saved news page: its article body as :func:`parse_article` reads clean text,
    its tables as ``Table`` s and awards, and its metadata.

    ``url`` is where the page was saved from (relative canonical links are resolved against
    it, and its date path is the last resort for the publication date). The page's own date
    wins over ``published``, which is used only when the page gives none
    (``published_source`` is then ``GIVEN``). A table row that cannot be read is a
    ``Problem``, as is an unreadable date in the page's metadata. Binary data or elements
    nested deeper than :data:`MAX_DEPTH` raise ``HtmlParseError``.
    """
    text, byline, metadata = _read_page(html, url)
    authors = metadata.authors or (_split_authors([byline]) if byline else ())
    date, source = metadata.published, metadata.published_source
    if date is None and published is not None:
        date, source = published, PublishedSource.GIVEN
    article = parse_article(text, published=date, strict=False)
    return attrs.evolve(
        article,
        problems=article.problems + tuple(Problem(message) for message in metadata.problems),
        headline=metadata.headline,
        authors=authors,
        outlet=metadata.outlet,
        url=metadata.url,
        published_at=metadata.published_at,
        published_source=source,
    )


_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts as a web page does (a doctype, ``<html>``, ``<head>``…).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Plain [lz_table] text")
    (True, False)
    """
    return _HTML_START.match(text[:4096].removeprefix("\ufeff")) is not None
