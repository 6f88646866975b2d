"""The annotated page in a real browser: headless Chromium lays it out, and a checking script
run by Chromium reports where each highlight sits in the rendered article text.

Needs Chromium on PATH (``apt-get install chromium``); without it these tests skip, except
under CI (``CI`` set), where ``.ci/run`` installs it and its absence fails them.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import struct
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import sanctuary_model.annotate
from sanctuary_model import Article, Span, parse_article, seed_article
from sanctuary_model.annotate import Mark, _highlighted, annotate, marks
from sanctuary_model.cli import main
from sanctuary_model.parsing.money import find_amounts
from tests import chromium

SEED = seed_article()

#: Run by Chromium after the page: walks the article's text nodes, counting code points (as
#: Python does, not UTF-16 units), and writes each highlight piece's offset, text, hover title
#: and whether it is laid out and coloured, the rendered text, and every resource the page
#: fetched, as JSON into ``<pre id="check">``.
CHECK = """<script>
(() => {
  const main = document.getElementById("text");
  const offsets = new Map();
  let text = "", offset = 0;
  const nodes = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = nodes.nextNode(); node !== null; node = nodes.nextNode()) {
    offsets.set(node, offset);
    offset += [...node.data].length;
    text += node.data;
  }
  const pieces = [...document.querySelectorAll("mark[data-mark]")].map((mark) => {
    const first = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT).nextNode();
    const start = main.contains(mark) && first !== null ? offsets.get(first) : -1;
    const style = getComputedStyle(mark);
    return {
      id: mark.dataset.mark,
      kind: mark.className,
      title: mark.title,
      start: start,
      end: start + [...mark.textContent].length,
      text: mark.textContent,
      shown: [...mark.getClientRects()].some((box) => box.width > 0 && box.height > 0),
      coloured: style.backgroundColor !== "rgba(0, 0, 0, 0)" || style.borderBottomStyle !== "none",
    };
  });
  const fetched = performance.getEntriesByType("resource").map((entry) => entry.name);
  const out = document.createElement("pre");
  out.id = "check";
  out.textContent = JSON.stringify({text, pieces, fetched});
  document.body.append(out);
})();
</script>"""


@attrs.frozen
class Piece:
    """One ``<mark>`` element as Chromium rendered it; a highlight may be split in pieces."""

    id: str
    kind: str
    title: str
    start: int
    end: int
    text: str
    shown: bool
    coloured: bool


@attrs.frozen
class Rendering:
    """What the checking script saw: the article text, the highlight pieces, the fetches."""

    text: str
    pieces: list[Piece]
    fetched: list[str]


@pytest.fixture(scope="module")
def browser() -> str:
    """The Chromium to run; skips without one, or fails under CI."""
    return chromium.require()


def render(browser: str, page: str, directory: Path) -> Rendering:
    """Load ``page`` plus :data:`CHECK` in Chromium and read back the script's report."""
    head, end, tail = page.rpartition("</body>")
    assert end, "the page has no </body>"
    checked = directory / "checked.html"
    checked.write_text(head + CHECK + end + tail, encoding="utf-8")
    dom = chromium.dump_dom(browser, checked)
    found = re.search(r'<pre id="check">(.*?)</pre>', dom, re.DOTALL)
    assert found is not None, f"the checking script wrote nothing; the DOM ends {dom[-500:]!r}"
    report: dict[str, Any] = json.loads(html.unescape(found[1]))
    return Rendering(
        text=report["text"],
        pieces=[Piece(**piece) for piece in report["pieces"]],
        fetched=report["fetched"],
    )


def record_spans(article: Article) -> dict[str, Span]:
    """The span of each record a highlight marks, by the ``data-mark`` id it should carry,
    read from the article itself (and :func:`find_amounts` for amounts), not from
    :func:`marks`. Empty spans are not highlighted."""
    records: dict[str, list[Span | None]] = {
        "award": [award.span for award in article.awards],
        "quote": [quote.span for quote in article.quotes],
        "jurisdiction": [mention.span for mention in article.jurisdictions],
        "amount": [mention.span for mention in find_amounts(article.text)],
        "date": [date.span for date in article.dates],
    }
    return {
        f"{kind}-{number}": span
        for kind, spans in records.items()
        for number, span in enumerate(spans)
        if span is not None and span.start < span.end
    }


def shown(text: str) -> str:
    """``text`` as the page shows it: no HTML can carry a NUL, so it shows as U+FFFD."""
    return text.replace("\0", "\ufffd")


def misplaced(article: Article, rendering: Rendering) -> list[str]:
    """Every way the rendered highlights differ from the article's spans, as sentences."""
    problems: list[str] = []
    text = shown(article.text)
    if rendering.text != text:
        shorter = min(len(rendering.text), len(text))
        pairs = zip(rendering.text, text, strict=False)
        at = next((i for i, (a, b) in enumerate(pairs) if a != b), shorter)
        problems.append(
            f"rendered text differs from the article's at {at}: "
            f"{rendering.text[at : at + 20]!r} != {text[at : at + 20]!r}"
        )
    spans = record_spans(article)
    pieces: dict[str, list[Piece]] = defaultdict(list)
    for piece in rendering.pieces:
        pieces[piece.id].append(piece)
    for id_ in sorted(pieces.keys() - spans.keys()):
        problems.append(f"{id_}: highlighted, but no record has that span")
    for id_ in sorted(spans.keys() - pieces.keys()):
        problems.append(f"{id_}: not highlighted")
    for id_, span in spans.items():
        parts = sorted(pieces.get(id_, []), key=lambda piece: piece.start)
        if not parts:
            continue
        wanted = text[span.start : span.end]
        joined = "".join(part.text for part in parts)
        where = [(part.start, part.end) for part in parts]
        if joined != wanted:
            problems.append(f"{id_}: highlights {joined!r}, its span holds {wanted!r}")
        if parts[0].start != span.start or parts[-1].end != span.end:
            problems.append(f"{id_}: at {where}, its span is {span.start}..{span.end}")
        if any(a.end != b.start for a, b in itertools.pairwise(parts)):
            problems.append(f"{id_}: its pieces at {where} leave gaps")
        if any(part.kind != f"k-{id_.rsplit('-', 1)[0]}" for part in parts):
            problems.append(f"{id_}: class {parts[0].kind!r}")
        if not any(part.shown for part in parts):
            problems.append(f"{id_}: takes no room on the page")
        if not all(part.coloured for part in parts):
            problems.append(f"{id_}: not coloured")
    return problems


@pytest.fixture(scope="module")
def seed_rendering(browser: str, tmp_path_factory: pytest.TempPathFactory) -> Rendering:
    """The annotated seed article as Chromium rendered it."""
    return render(browser, annotate(SEED), tmp_path_factory.mktemp("seed"))


def test_every_highlight_sits_at_its_records_span(seed_rendering: Rendering) -> None:
    assert misplaced(SEED, seed_rendering) == []
    highlights = Counter(id_.rsplit("-", 1)[0] for id_ in {p.id for p in seed_rendering.pieces})
    assert highlights == {
        "award": len(SEED.awards),
        "quote": len(SEED.quotes),
        "jurisdiction": len(SEED.jurisdictions),
        "amount": len(list(find_amounts(SEED.text))),
        "date": sum(date.span is not None for date in SEED.dates),
    }


def test_hover_titles_survive_the_browser(seed_rendering: Rendering) -> None:
    titles = {mark.id: mark.title for mark in marks(SEED)}
    assert {piece.id: piece.title for piece in seed_rendering.pieces} == titles
    assert "direct quote: Chris Chmielenski" in titles.values()


def test_the_page_fetches_nothing(seed_rendering: Rendering) -> None:
    assert seed_rendering.fetched == []
    page = annotate(SEED)
    assert re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I) == []


def test_the_check_catches_a_misplaced_highlight(
    browser: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shifted = [
        attrs.evolve(mark, start=mark.start + 1, end=mark.end + 1) if mark.id == "quote-0" else mark
        for mark in marks(SEED)
    ]
    monkeypatch.setattr(sanctuary_model.annotate, "marks", lambda _article: shifted)
    problems = misplaced(SEED, render(browser, annotate(SEED), tmp_path))
    assert problems
    assert all(problem.startswith("quote-0: ") for problem in problems), problems


#: Windows line endings, a lone carriage return, a NUL, a form feed and characters outside the
#: BMP (two UTF-16 units each in the browser): none may move a highlight.
AWKWARD = (
    "The mayor of Oakland, Calif.\r\nsaid \U0001f600 the city lost $1.9 million\r"
    "on Nov. 15, 2017.\x00 \U0001d4b3\x0c Philadelphia, Pa., got $3 million.\r\n"
)


def test_awkward_characters_move_no_highlight(browser: str, tmp_path: Path) -> None:
    article = parse_article(AWKWARD)
    assert {"jurisdiction-1", "amount-1", "date-0"} <= record_spans(article).keys()
    assert misplaced(article, render(browser, annotate(article), tmp_path)) == []


@given(st.text(alphabet="a<&\r\n\x00\x0c\U0001f600", max_size=30), st.data())
def test_the_html_parser_keeps_every_offset(text: str, data: st.DataObject) -> None:
    """Without a browser: an HTML5 parser (lexbor, as Chromium) reads back the text and each
    mark's piece at its offset."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = [Mark("quote", start, end, "t", "m")] if start < end else []
    main_ = LexborHTMLParser(f"<main>{''.join(_highlighted(text, found))}</main>").css_first("main")
    assert main_ is not None
    assert main_.text(deep=True) == shown(text)
    assert [node.text(deep=True) for node in main_.css("mark")] == (
        [shown(text[start:end])] if found else []
    )


def test_the_documented_screenshot_is_a_png(browser: str, tmp_path: Path) -> None:
    page, png = tmp_path / "seed.html", tmp_path / "seed.png"
    assert main(["annotate", "-o", str(page)]) == 0
    chromium.screenshot(browser, page, png, 1280, 2000)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">4sII", data[12:24]) == (b"IHDR", 1280, 2000)
    assert len(data) > 50_000, "a window with one word in it compresses to about 12 kB"


def test_without_chromium_the_tests_skip_saying_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        chromium.require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"apt-get install chromium.*CI is set"):
        chromium.require()
