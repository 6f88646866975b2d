"""The one reading of running text that every finder shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import Article, extract_quotes, extract_rulings, extract_statutes
from sanctuary_model.parsing.text import masked_text, paragraph_spans, reading

RULING = "U.S. District Judge Ann Lowe ruled Tuesday that the grant conditions were unlawful."


def test_an_inch_mark_before_a_ruling_does_not_hide_it() -> None:
    plain = Article(f'{RULING} "We are pleased," the mayor said.')
    marked = Article(
        f'The council bought a 65" monitor. {RULING} "We are pleased," the mayor said.'
    )
    assert len(extract_rulings(plain)) == 1
    assert len(extract_rulings(marked)) == 1
    assert [q.text for q in extract_quotes(marked)] == ["We are pleased"]


def test_every_finder_sees_the_same_mask() -> None:
    text = 'She said "no" twice.\n\nThe judge wrote that it was "plainly wrong."'
    article = Article(text)
    seen = reading(article)
    assert masked_text(article) is seen.masked
    assert len(seen.masked) == len(text)
    for quote in seen.quotes:
        assert seen.masked[quote.start : quote.end].strip() == ""
        assert text[quote.start] in '"“'
    # The quote finder reads the very passages the mask blanks.
    found = {q.span for q in extract_quotes(article) if q.span is not None}
    assert all(any(q.start <= f.start and f.end <= q.end for q in seen.quotes) for f in found)


def test_one_paragraph_rule_with_or_without_parsed_paragraphs() -> None:
    text = "One.\n\n[lz_ndn video=1]\n  \nRelated: x\n\nTwo."
    assert [text[s.start : s.end] for s in paragraph_spans(Article(text))] == [
        "One.",
        "[lz_ndn video=1]",
        "Related: x",
        "Two.",
    ]


def test_a_period_inside_a_quote_does_not_end_the_sentence() -> None:
    text = 'The judge called it "a close case. A hard one" and ruled Monday. Then she left.'
    sentences = reading(Article(text)).sentences[0]
    assert [text[s.start : s.end] for s in sentences] == [
        'The judge called it "a close case. A hard one" and ruled Monday.',
        "Then she left.",
    ]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Sen. J. Smith of Calif. spoke at 3 p.m. in the U.S. Capitol. Nobody listened."
    sentences = reading(Article(text)).sentences[0]
    assert len(sentences) == 2


@given(st.text(alphabet='ab .,"“”\n!?', max_size=300))
def test_reading_keeps_offsets_and_covers_only_the_text(text: str) -> None:
    seen = reading(Article(text))
    assert len(seen.masked) == len(text)
    previous = 0
    for quote in seen.quotes:
        assert previous <= quote.start < quote.end <= len(text)
        previous = quote.end
    for paragraph, sentences in zip(seen.paragraphs, seen.sentences, strict=True):
        for sentence in sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert (
                text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
            )


@pytest.mark.parametrize(
    "text",
    [
        "8 U.S.C. § 1644 provides that a city “may be prohibited, or in any way restricted.”",
        "Section 1644 of Title 8 provides that a city “may be prohibited from sharing.”",
        "Title 8, Section 1373 declares that a government “may not prohibit, or in any way "
        "restrict” the sharing of information.",
    ],
)
def test_a_quoted_statute_is_the_statute_the_article_cites(text: str) -> None:
    (quote,) = extract_quotes(text)
    (cited,) = extract_statutes(text)
    assert quote.speaker == cited.statute


@pytest.mark.parametrize("space", ["\xa0", "\u2007", "\u2009", "\u202f", "\t"])
def test_odd_spaces_read_as_plain_ones_in_running_text(space: str) -> None:
    text = f"Mayor Jane{space}Doe said “we{space}won” on{space}Tuesday."
    paragraph = reading(Article(text)).running[0]
    assert paragraph.masked == paragraph.masked.replace(space, " ")
    assert len(paragraph.masked) == len(text)
    assert [q.speaker_name for q in extract_quotes(Article(text))] == ["Jane Doe"]


def test_a_paragraph_of_plain_spaces_is_kept_as_it_is() -> None:
    paragraph = reading(Article("The city sued on Monday.")).running[0]
    assert paragraph.masked == "The city sued on Monday."
