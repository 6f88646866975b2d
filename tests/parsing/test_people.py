"""extract_people: everyone the running text introduces by name, once, with role and
organization when stated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import Article, Person
from sanctuary_model.parsing.quotes import extract_people
from tests.cases.quotes import article_of, seed_text
from tests.strategies_quotes import news_like

SEED_PEOPLE = (
    Person("Donald Trump", "President"),
    Person("Chris Chmielenski", "director of content and activism", "NumbersUSA"),
    Person("Jeff Sessions", "Attorney General"),
    Person("Dennis Herrera", "city attorney", "San Francisco"),
    Person("Joe McDermott", "chairman", "King County Council"),
    Person("Chokwe Antar Lumumba", "Mayor", "Jackson, Mississippi"),
    Person("Michael Baylson", "U.S. District Judge"),
    Person("Harry Leinenweber", "U.S. District Judge"),
    Person("Jessica Vaughan", "director of policy studies", "Center for Immigration Studies"),
)


def test_seed_people() -> None:
    assert extract_people(article_of(seed_text())) == SEED_PEOPLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seattle Mayor Jenny Durkan said no.",
            (Person("Jenny Durkan", "Mayor", "Seattle"),),
            id="place-before-title",
        ),
        pytest.param(
            "In Philadelphia, Mayor Jim Kenney said no.",
            (Person("Jim Kenney", "Mayor"),),
            id="introductory-phrase-is-not-an-organization",
        ),
        pytest.param(
            "Thomas Homan, the acting director of ICE, argued otherwise.",
            (Person("Thomas Homan", "acting director", "ICE"),),
            id="appositive-with-organization",
        ),
        pytest.param(
            "Ana Ramirez, an immigration lawyer in Denver, disagreed.",
            (Person("Ana Ramirez", "immigration lawyer"),),
            id="appositive-place-dropped",
        ),
        pytest.param(
            "“No,” said Jane Doe.",
            (Person("Jane Doe"),),
            id="bare-name-as-speaker",
        ),
        pytest.param(
            "Oregon Gov. Kate Brown met Rep. Luis Gutiérrez and Mr. Gutiérrez left.",
            (Person("Kate Brown", "Gov.", "Oregon"), Person("Luis Gutiérrez", "Rep.")),
            id="accents-and-honorific-back-reference",
        ),
        pytest.param(
            "Mayor Kenney spoke. Later, Mayor Kenney left.",
            (Person("Kenney", "Mayor"),),
            id="surname-only-with-title",
        ),
        pytest.param(
            "Grants under the Edward Byrne Memorial Justice Assistance Grant program.",
            (),
            id="program-named-for-a-person",
        ),
        pytest.param(
            "The Justice Department and Immigration and Customs Enforcement agreed.",
            (),
            id="organizations-are-not-people",
        ),
        pytest.param(
            "The county said “Judge John Smith is wrong.”",
            (),
            id="names-inside-quotes-are-not-introduced",
        ),
    ],
)
def test_people(text: str, expected: tuple[Person, ...]) -> None:
    assert extract_people(Article(text)) == expected


def test_one_person_per_individual() -> None:
    text = (
        "Attorney General Jeff Sessions spoke.\n\nSessions said so.\n\n"
        "“Yes,” said Jeff Sessions, the attorney general."
    )
    assert extract_people(Article(text)) == (Person("Jeff Sessions", "Attorney General"),)


@given(st.text() | news_like)
def test_arbitrary_text_never_raises(text: str) -> None:
    people = extract_people(Article(text))
    assert len({p.name for p in people}) == len(people)
