"""extract_quotes against labelled truth, the seed article, and hostile text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sanctuary_model
from sanctuary_model import SECTION_1373, Article, Person, Quote, QuoteKind, Statute
from sanctuary_model.model.quotes import Attribution
from sanctuary_model.parsing.quotes import extract_people, extract_quotes
from tests.cases.quotes import CASES, SEED_QUOTES, Case, Expected, all_cases, article_of
from tests.cases.quotes import seed_text as read_seed
from tests.linear import assert_linear
from tests.strategies.quotes import news_like

# Attribution precision and recall over every labelled case, as measured (docs/quotes.md).
PRECISION = 1.0
RECALL = 1.0

# A bare surname right after a quote ("”, Barr said") is read as a person's: news writes
# organisations with an article or a known head word ("the ACLU said", "Cook County said").
KNOWN_MISSES: set[str] = set()


def _summary(quote: Quote) -> tuple[object, ...]:
    return (quote.speaker_name, quote.kind, quote.verb, quote.channel, quote.continued)


def _expected(label: Expected) -> tuple[object, ...]:
    return (label.speaker, label.kind, label.verb, label.channel, label.continued)


def _check(case: Case, found: tuple[Quote, ...]) -> None:
    assert len(found) == len(case.quotes), [q.text[:30] for q in found]
    for quote, label in zip(found, case.quotes, strict=True):
        assert quote.text.startswith(label.first), (quote.text, label.first)
        assert _summary(quote) == _expected(label), quote.text


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case.id,
            marks=[pytest.mark.xfail(reason="known miss", strict=True)]
            if case.id in KNOWN_MISSES
            else [],
        )
        for case in CASES
    ],
)
def test_labelled_case(case: Case) -> None:
    _check(case, extract_quotes(article_of(case.text)))


@pytest.mark.parametrize("label", SEED_QUOTES, ids=lambda label: label.first[:24])
def test_seed_quote(label: Expected) -> None:
    found = [q for q in extract_quotes(article_of(read_seed())) if q.text.startswith(label.first)]
    assert len(found) == 1
    assert _summary(found[0]) == _expected(label)


def test_seed_has_exactly_the_labelled_quotes() -> None:
    _check(Case("seed", read_seed(), SEED_QUOTES), extract_quotes(article_of(read_seed())))


def test_seed_speakers_carry_their_roles() -> None:
    speakers = {
        q.speaker.name: (q.speaker.role, q.speaker.organization)
        for q in extract_quotes(article_of(read_seed()))
        if isinstance(q.speaker, Person)
    }
    assert speakers == {
        "Chris Chmielenski": ("director of content and activism", "NumbersUSA"),
        "Jeff Sessions": ("Attorney General", None),
        "Dennis Herrera": ("city attorney", "San Francisco"),
        "Joe McDermott": ("chairman", "King County Council"),
        "Chokwe Antar Lumumba": ("Mayor", "Jackson, Mississippi"),
        "Michael Baylson": ("U.S. District Judge", None),
        "Jessica Vaughan": ("director of policy studies", "Center for Immigration Studies"),
    }


def test_seed_statute_quote_is_section_1373() -> None:
    (law,) = [q for q in extract_quotes(article_of(read_seed())) if isinstance(q.speaker, Statute)]
    assert law.speaker is SECTION_1373
    assert law.attribution is Attribution.STATUTE
    assert law.text.endswith("of any individual.")


@pytest.mark.parametrize(
    ("first", "how", "speaker_words"),
    [
        pytest.param("Jurisdictions that adopt", Attribution.SURNAME, "Sessions", id="surname"),
        pytest.param("We’re prepared", Attribution.PRONOUN, "he", id="pronoun"),
        pytest.param("You’re going", Attribution.NAME, "Chris Chmielenski", id="name"),
        pytest.param(
            "This letter",
            Attribution.NAME,
            "San Francisco city attorney Dennis Herrera",
            id="role-before",
        ),
    ],
)
def test_seed_speaker_spans(first: str, how: Attribution, speaker_words: str) -> None:
    text = read_seed()
    (quote,) = [q for q in extract_quotes(article_of(text)) if q.text.startswith(first)]
    assert quote.attribution is how
    assert quote.speaker_span is not None
    assert quote.speaker_span.slice(text) == speaker_words


@pytest.fixture(scope="module")
def parsed_seed() -> Article:
    return sanctuary_model.parse_article(read_seed())


def test_seed_end_to_end(parsed_seed: Article) -> None:
    _check(Case("seed", read_seed(), SEED_QUOTES), extract_quotes(parsed_seed))


def test_seed_end_to_end_people(parsed_seed: Article) -> None:
    names = [p.name for p in extract_people(parsed_seed)]
    assert names[:3] == ["Donald Trump", "Chris Chmielenski", "Jeff Sessions"]
    assert "Jessica Vaughan" in names


def _scores() -> tuple[float, float]:
    correct = assigned = labelled = 0
    for case in all_cases():
        found = extract_quotes(article_of(case.text))
        labels = list(case.quotes)
        labelled += sum(label.speaker is not None for label in labels)
        for quote in found:
            match = next((lb for lb in labels if quote.text.startswith(lb.first)), None)
            if match is not None:
                labels.remove(match)
            if quote.speaker is None:
                continue
            assigned += 1
            correct += match is not None and quote.speaker_name == match.speaker
    return correct / assigned, correct / labelled


def test_attribution_precision_and_recall() -> None:
    precision, recall = _scores()
    assert precision >= PRECISION
    assert recall >= RECALL


@pytest.mark.parametrize("case", all_cases(), ids=lambda case: case.id)
def test_spans_slice_back_to_the_text(case: Case) -> None:
    article = article_of(case.text)
    for quote in extract_quotes(article):
        assert quote.span is not None
        assert quote.span.slice(article.text) == quote.text
        if quote.speaker_span is not None:
            assert quote.speaker_span.slice(article.text).strip()


def test_paragraphs_are_found_when_the_article_has_none() -> None:
    text = read_seed()
    assert extract_quotes(Article(text)) == extract_quotes(article_of(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("“", id="lone-open-quote"),
        pytest.param("”,” said", id="closing-quotes-only"),
        pytest.param("“Yes,” he said.", id="short-but-attributed"),
        pytest.param("“We will win,”", id="comma-and-nothing-after"),
    ],
)
def test_edge_texts(text: str) -> None:
    for quote in extract_quotes(Article(text)):
        assert quote.span is not None
        assert quote.span.slice(text) == quote.text


def test_short_quote_with_attribution_is_kept() -> None:
    (quote,) = extract_quotes(Article("“Absolutely not,” a spokesman said."))
    assert (quote.text, quote.kind, quote.verb, quote.speaker) == (
        "Absolutely not",
        QuoteKind.DIRECT,
        "said",
        None,
    )


def _assert_sound(text: str) -> None:
    article = Article(text)
    people = set(extract_people(article))
    for quote in extract_quotes(article):
        assert quote.span is not None
        assert quote.span.slice(text) == quote.text
        if isinstance(quote.speaker, Person):
            assert quote.speaker in people
        if quote.kind is QuoteKind.INDIRECT:
            assert "“" not in quote.text
            assert "”" not in quote.text


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _assert_sound(text)


@given(news_like)
def test_news_like_text_is_read_soundly(text: str) -> None:
    _assert_sound(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“" * 1_000_000, id="open-quotes"),
        pytest.param('"a" ' * 250_000, id="straight-quotes"),
        pytest.param("Judge John Smith said “x y z w,” he said. " * 24_000, id="attributions"),
        pytest.param("said that " * 100_000, id="verbs"),
        pytest.param("Aa Bb, director of " * 50_000, id="appositives"),
    ],
)
def test_a_megabyte_of_hostile_text_completes(text: str) -> None:
    article = Article(text)
    quotes = extract_quotes(article)
    assert all(q.span is not None and q.span.slice(text) == q.text for q in quotes)


def test_unclosed_quote_mark_is_not_reported_speech() -> None:
    _assert_sound("Mayor Jane Doe\n\n he said that the city “")


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("“x y z w,” the ACLU said. ", id="organisations-speaking"),
        pytest.param("“a b c d,” the official said. A senior official spoke. ", id="officials"),
        pytest.param("The Justice Department letter: “a b c d e.” It states. ", id="documents"),
        pytest.param("“p q r s,” Barr said. Barr told Fox he would. ", id="bare-surnames"),
        pytest.param("Aa Bb Cc Dd County Board of Ee Ff President Gg Hh said. ", id="titles"),
        pytest.param("Mayor Jane Doe issued the following statement:\n“a b c d\n", id="statements"),
    ],
)
def test_reading_time_grows_linearly(unit: str) -> None:
    """Four times the text takes about four times the time: no quadratic path."""
    assert_linear(lambda text: extract_quotes(Article(text)), unit, 600)
