"""Word lists for finding people in news text: titles, role nouns, words that end a name."""

from __future__ import annotations

from ...model.geography import all_states
from .._regex import alternation

__all__ = [
    "FEMALE_WORDS",
    "MALE_WORDS",
    "NAME_STOPS",
    "ROLE_NOUNS",
    "STATE_NAMES",
    "TITLE_PATTERN",
]

# Longest first: the regex takes the first alternative that fits.
_TITLES = (
    "u.s. district judge",
    "u.s. magistrate judge",
    "u.s. circuit judge",
    "u.s. district court judge",
    "federal district judge",
    "federal judge",
    "district judge",
    "circuit judge",
    "magistrate judge",
    "superior court judge",
    "supreme court justice",
    "chief justice",
    "associate justice",
    "justice",
    "judge",
    "deputy attorney general",
    "assistant attorney general",
    "acting attorney general",
    "attorney general",
    "solicitor general",
    "corporation counsel",
    "general counsel",
    "associate counsel",
    "counsel",
    "inspector general",
    "general",
    "gen.",
    "vice president",
    "president",
    "lt. gov.",
    "lieutenant governor",
    "gov.",
    "governor",
    "state sen.",
    "sen.",
    "senator",
    "state rep.",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "press secretary",
    "secretary",
    "deputy mayor",
    "mayor",
    "u.s. attorney general",
    "u.s. attorney",
    "city attorney",
    "district attorney",
    "county attorney",
    "state attorney",
    "immigration attorney",
    "immigration lawyer",
    "attorney",
    "lawyer",
    "prosecutor",
    "public defender",
    "police chief",
    "police commissioner",
    "sheriff",
    "undersheriff",
    "commissioner",
    "council president",
    "council member",
    "councilmember",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "supervisor",
    "county executive",
    "executive director",
    "director",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "superintendent",
    "professor",
    "prof.",
    "majority leader",
    "minority leader",
    "speaker",
    "ambassador",
    "chancellor",
    "comptroller",
    "treasurer",
    "chief",
    "officer",
    "detective",
    "sgt.",
    "lt.",
    "capt.",
    "dr.",
    "rev.",
    "mr.",
    "ms.",
    "mrs.",
)
_MODIFIERS = ("former ", "acting ", "interim ", "then-", "deputy ", "assistant ")
# The lookahead only rejects early the many positions where no modifier or title starts.
_INITIALS = "".join(sorted({word[0] for word in _MODIFIERS + _TITLES}))
TITLE_PATTERN = rf"(?i:(?=[{_INITIALS}])(?:{'|'.join(_MODIFIERS)}|)" + alternation(_TITLES) + ")"

HONORIFICS = frozenset({"mr.", "ms.", "mrs."})
MALE_WORDS = frozenset("mr. congressman assemblyman councilman chairman spokesman alderman".split())
FEMALE_WORDS = frozenset(
    "ms. mrs. congresswoman assemblywoman councilwoman chairwoman spokeswoman alderwoman".split()
)

# Nouns that make ", <phrase>," after a name a description of a person.
ROLE_NOUNS = frozenset(
    """director chairman chairwoman chair chairperson president spokesman spokeswoman
    spokesperson professor lawyer attorney analyst fellow researcher executive head founder
    co-founder cofounder chief manager officer official member commissioner sheriff mayor
    governor senator representative judge secretary advocate organizer coordinator leader
    councilman councilwoman councilmember supervisor administrator economist expert scholar
    author editor reporter activist deputy associate partner superintendent prosecutor pastor
    minister chancellor treasurer clerk agent trustee lobbyist strategist consultant adviser
    advisor aide ceo vice-president congressman congresswoman legislator lawmaker alderman
    chairman spokesperson detective sergeant lieutenant captain commander marshal dean
    teacher principal owner resident student immigrant mother father counsel""".split()
)

# Words that are never part of a person's name; a name stops before them.
NAME_STOPS = frozenset(
    """Department Dept Dept. County City Council Court Center Centre Institute University
    College School Association Office Agency Administration Commission Committee Board Police
    Party House Senate Congress Service Services Enforcement Security Foundation Union
    Coalition Project Network Group Times Post News Journal Company Bureau States America
    American Federation Alliance Society Church Fund Trust Program Grants Memorial
    Assistance Justice State Street Avenue Customs Immigration Homeland Federal National
    Republican Republicans Democrat Democrats Democratic Supreme District Circuit Jurisdictions
    Act Law Code Constitution Amendment Court’s Department’s Related The This That These Those
    But And Or So Yet In On At For From By With Without Of To As If When While Since After
    Before Until Although Because Meanwhile However Still Also Even Last Next Every Each
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    July September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.
    He She They We It I You His Her Their Our Its My Your Who What Where Why How Mr. Ms.
    Mrs. Dr. Sanctuary Illegal Alien Criminals ICE DOJ DHS FBI""".split()
)

STATE_NAMES = frozenset(
    name for state in all_states() for name in (state.name, state.ap_abbreviation)
)
