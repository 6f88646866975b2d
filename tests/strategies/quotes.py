"""Hypothesis strategies for people and quotes, and news-like text to extract them from."""

from __future__ import annotations

from hypothesis import strategies as st

from sanctuary_model import Organization, OrganizationKind, Person, Quote, QuoteKind, Span, Statute
from sanctuary_model.model.people import UnnamedSpeaker
from sanctuary_model.model.quotes import Attribution, Speaker
from tests.strategies import names
from tests.strategies.legal import statutes

trimmed = names.map(str.strip)
people = st.builds(Person, name=trimmed, role=st.none() | trimmed, organization=st.none() | trimmed)
organizations = st.builds(Organization, name=trimmed, kind=st.sampled_from(OrganizationKind))
unnamed_speakers = st.builds(UnnamedSpeaker, description=trimmed)
speakers: st.SearchStrategy[Speaker | None] = st.none() | people | organizations | statutes
_PERSON_ATTRIBUTIONS = [a for a in Attribution if a is not Attribution.STATUTE]


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    text = draw(trimmed)
    start = draw(st.integers(0, 10_000))
    speaker = draw(speakers)
    if speaker is None:
        attribution = None
    elif isinstance(speaker, Statute):
        attribution = Attribution.STATUTE
    else:
        attribution = draw(st.sampled_from(_PERSON_ATTRIBUTIONS))
    return Quote(
        text,
        speaker,
        draw(st.sampled_from(QuoteKind)),
        draw(st.none() | trimmed),
        draw(st.none() | trimmed),
        draw(st.none() | st.just(Span(start, start + len(text)))),
        speaker_span=draw(
            st.none()
            | st.builds(lambda a, n: Span(a, a + n), st.integers(0, 9_999), st.integers(0, 50))
        ),
        attribution=attribution,
        continued=draw(st.booleans()),
        unnamed=draw(unnamed_speakers) if speaker is None and draw(st.booleans()) else None,
    )


# Pieces of news prose that exercise every rule: quote marks of both kinds, names with and
# without titles, pronouns, speech verbs, channels, laws and paragraph breaks.
_FRAGMENTS = (
    "“",
    "”",
    '"',
    "“We will win,” ",
    "“Ultimately, it is going to court.” ",
    " said ",
    " he said",
    " she said",
    "Mayor Jane Doe",
    "Jane Doe, director of policy at the Center for Studies, ",
    " told KRIO 7 that ",
    " in a statement",
    ". ",
    ", ",
    "\n\n",
    "Doe",
    " that the city ",
    "Attorney General Jeff Sessions",
    "Sessions said",
    " a law passed by Congress in 1996 declaring that a government ",
    "8 U.S.C. § 1373",
    " the judge wrote",
    " … ",
    "so-called “sanctuary”",
    "[lz_ndn video=1]",
    "|a,b",
    "Related: x",
    ":",
    " according to ",
    "Jr.",
    "’s",
    " and ",
    "the Justice Department",
    " the letter states",
    "A senior Justice Department official",
    " the official said",
    " issued the following statement:",
    "According to a county press release, ",
    " it states",
    "Barr",
    "\n",
    "{ad}",
    " — ",
)
news_like = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)
