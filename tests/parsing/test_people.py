"""extract_people: everyone the running text introduces by name, once, with role and
organization when stated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctuary_model import Article, Organization, OrganizationKind, Person, parse_article
from sanctuary_model.parsing.quotes import extract_people
from tests.cases.quotes import article_of, seed_text
from tests.strategies.quotes import news_like

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


# Words that are titles or roles, never the first word of a person's bare name.
TITLE_WORDS = frozenset(
    """general gen judge justice mayor attorney governor gov sheriff senator sen president
    chief secretary director commissioner supervisor councilman councilwoman rep
    representative spokesman spokeswoman officer detective professor prof dr mr ms mrs rev
    lt sgt capt chairman chairwoman executive counsel congressman congresswoman
    assemblyman assemblywoman superintendent acting former deputy assistant u.s district
    city county state""".split()
)


def _texts() -> list[str]:
    from tests.cases.quotes import all_cases

    return [case.text for case in all_cases()]


@pytest.mark.parametrize("text", _texts())
def test_no_person_name_starts_with_a_title(text: str) -> None:
    for person in extract_people(article_of(text)):
        first = person.name.split()[0].rstrip(".").lower()
        assert first not in TITLE_WORDS, person


@pytest.mark.parametrize(
    ("text", "name", "role", "organization"),
    [
        pytest.param(
            "Los Angeles City Attorney Mike Feuer filed the suit.",
            "Mike Feuer",
            "City Attorney",
            "Los Angeles",
            id="place-title-name",
        ),
        pytest.param(
            "Attorney General Jeff Sessions spoke.", "Jeff Sessions", "Attorney General", None
        ),
        pytest.param(
            "U.S. District Judge Thomas R. Whitfield Jr. ruled.",
            "Thomas R. Whitfield Jr.",
            "U.S. District Judge",
            None,
            id="initial-and-suffix",
        ),
        pytest.param(
            "New Jersey Attorney General Gurbir S. Grewal sued.",
            "Gurbir S. Grewal",
            "Attorney General",
            "New Jersey",
            id="initial-after-title",
        ),
        pytest.param(
            "“No,” said Mayor Bill de Blasio.", "Bill de Blasio", "Mayor", None, id="particle"
        ),
        pytest.param(
            "“No,” said General Ken Paxton.", "Ken Paxton", "General", None, id="general-alone"
        ),
    ],
)
def test_titles_go_to_role_and_organization(
    text: str, name: str, role: str | None, organization: str | None
) -> None:
    (person,) = extract_people(Article(text))
    assert (person.name, person.role, person.organization) == (name, role, organization)


def test_the_justice_typo_is_no_person() -> None:
    text = "Jane Roe said the Justice Departmnet has no such power."
    assert [p.name for p in extract_people(Article(text))] == ["Jane Roe"]


def test_a_place_speaking_is_its_government_not_a_person() -> None:
    article = parse_article("Boston contended that the demand was “a trap for local police.”")
    assert article.people == ()
    (quote,) = article.quotes
    assert quote.speaker == Organization("Boston", OrganizationKind.GOVERNMENT)
