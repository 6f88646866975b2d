"""Hand-labelled truth for quote extraction: the seed article and short news passages.

Each case lists every quote the passage holds (its first words), with the speaker a careful
reader would name (``None`` where the text does not say), the kind, verb and channel.
Paragraphs are separated by blank lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from sanctuary_model import Article, Paragraph, QuoteKind, Span

SEED_PATH = Path(__file__).parents[2] / "src" / "sanctuary_model" / "data" / "seed_article.txt"

D, P, R = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT  # R: reported speech


@attrs.frozen
class Expected:
    """One labelled quote: ``first`` is how its text starts; ``speaker`` a person's name or
    a statute's citation."""

    first: str
    speaker: str | None
    kind: QuoteKind
    verb: str | None
    channel: str | None = None
    continued: bool = False


@attrs.frozen
class Case:
    id: str
    text: str
    quotes: tuple[Expected, ...]


SEED_QUOTES = (
    Expected("You’re going to see lawsuits", "Chris Chmielenski", D, "predicted"),
    Expected("Ultimately, it’s going", "Chris Chmielenski", D, "predicted", continued=True),
    Expected("Jurisdictions that adopt", "Jeff Sessions", D, "said", "in a statement"),
    Expected("I urge all jurisdictions", "Jeff Sessions", D, "said", "in a statement", True),
    Expected("This letter is the latest", "Dennis Herrera", D, "said", "in a statement"),
    Expected("The law is on our side", "Dennis Herrera", D, "said", "in a statement", True),
    Expected("the county would not back down", "Joe McDermott", R, "told", "KRIO 7"),
    Expected("We’re prepared", "Joe McDermott", D, "said"),
    Expected("They’re trying … to bully", "Joe McDermott", D, "said", continued=True),
    Expected("the city’s policy is intended", "Chokwe Antar Lumumba", R, "said"),
    Expected("The city of Jackson", "Chokwe Antar Lumumba", D, "said", "in a statement"),
    Expected("may not prohibit", "8 U.S.C. § 1373", P, "declaring"),
    Expected(
        "Philadelphia is not a sanctuary", "Michael Baylson", D, "wrote", "in his 128-page order"
    ),
    Expected("the Supreme Court likely will", "Jessica Vaughan", R, "agreed"),
    Expected("I don’t think that the DOJ", "Jessica Vaughan", D, "said"),
    Expected("But, in fact, a lot of these", "Jessica Vaughan", D, "said"),
    Expected("the Department of Homeland Security", "Jessica Vaughan", R, "said"),
    Expected("it may be time adopt", "Jessica Vaughan", R, "said"),
    Expected("It’s a lot safer", "Jessica Vaughan", D, "said"),
)

CASES = (
    Case(
        "attribution-first-colon",
        "Seattle Mayor Jenny Durkan said in a statement: “We will not be bullied by this"
        " administration.”",
        (Expected("We will not be bullied", "Jenny Durkan", D, "said", "in a statement"),),
    ),
    Case(
        "straight-quotes-verb-first",
        '"This is a victory for the rule of law," said Cook County Commissioner Jesus Garcia.',
        (Expected("This is a victory", "Jesus Garcia", D, "said"),),
    ),
    Case(
        "she-said-chain-and-continued-paragraph",
        "Ana Ramirez, an immigration lawyer in Denver, said the ruling changes little.\n\n"
        "“People are still afraid to call the police,” she said.\n\n"
        "“They don’t trust anyone in uniform.”",
        (
            Expected("the ruling changes little", "Ana Ramirez", R, "said"),
            Expected("People are still afraid", "Ana Ramirez", D, "said"),
            Expected("They don’t trust anyone", "Ana Ramirez", D, "said", continued=True),
        ),
    ),
    Case(
        "surname-back-reference",
        "Philadelphia Mayor Jim Kenney welcomed the decision.\n\n"
        "The Justice Department said it would appeal.\n\n"
        "“This ruling affirms what we have said all along,” Kenney said.",
        (
            Expected("it would appeal", "Justice Department", R, "said"),
            Expected("This ruling affirms", "Jim Kenney", D, "said"),
        ),
    ),
    Case(
        "pronoun-prefers-subject-over-object",
        "Mayor Jim Kenney criticized Attorney General Jeff Sessions on Tuesday.\n\n"
        "“He has no idea what our police officers face,” he said.",
        (Expected("He has no idea", "Jim Kenney", D, "said"),),
    ),
    Case(
        "organisation-speaker-is-none",
        "“We will review the letter carefully,” a spokesman for the Cook County Sheriff’s"
        " Office said.",
        (Expected("We will review the letter", None, D, "said"),),
    ),
    Case(
        "scare-quotes-are-not-quotes",
        "The administration has targeted so-called “sanctuary” cities and what it calls"
        " “lawless” jurisdictions.",
        (),
    ),
    Case(
        "title-is-not-a-quote",
        "The report, “The Cost of Sanctuary Policies,” was released Monday by the Center for"
        " Immigration Studies.",
        (),
    ),
    Case(
        "ellipsis-inside-quote",
        "“We will defend our residents … and we will win in court,” said Chicago Mayor Rahm"
        " Emanuel.",
        (Expected("We will defend our residents … and", "Rahm Emanuel", D, "said"),),
    ),
    Case(
        "statute-by-citation",
        "The notice cites 8 U.S.C. § 1373, which states that local officials “may not prohibit,"
        " or in any way restrict” the sharing of immigration status information.",
        (Expected("may not prohibit, or in any way restrict", "8 U.S.C. § 1373", P, "states"),),
    ),
    Case(
        "statute-other-section",
        "The law, 8 U.S.C. § 1324, says anyone who “conceals, harbors, or shields from"
        " detection” an immigrant in the country illegally commits a felony.",
        (Expected("conceals, harbors, or shields", "8 U.S.C. § 1324", P, "says"),),
    ),
    Case(
        "interrupted-quote",
        "“We are not going to be intimidated,” said Los Angeles Police Chief Charlie Beck, “and"
        " we are not going to change how we police.”",
        (
            Expected("We are not going to be intimidated", "Charlie Beck", D, "said"),
            Expected("and we are not going to change", "Charlie Beck", D, "said", continued=True),
        ),
    ),
    Case(
        "told-reporters-that",
        "Gov. Jerry Brown told reporters Tuesday that California would not help federal agents"
        " deport hardworking families.",
        (Expected("California would not help", "Jerry Brown", R, "told", "reporters"),),
    ),
    Case(
        "the-judge-wrote",
        "U.S. District Judge William Orrick blocked the executive order in April.\n\n"
        "“The Constitution vests the spending powers in Congress, not the President,” the judge"
        " wrote.",
        (Expected("The Constitution vests", "William Orrick", D, "wrote"),),
    ),
    Case(
        "according-to",
        "“The county will keep honoring its values,” according to Dow Constantine, the King"
        " County executive.",
        (Expected("The county will keep", "Dow Constantine", D, "according to"),),
    ),
    Case(
        "gender-skips-a-man-for-she",
        "Justice Department spokeswoman Sarah Isgur Flores defended the letters.\n\n"
        "“This is political theater,” said Rep. Luis Gutiérrez, a Chicago Democrat.\n\n"
        "Mr. Gutiérrez called the letters a stunt.\n\n"
        "“The law is the law and it applies to every city,” she said.",
        (
            Expected("This is political theater", "Luis Gutiérrez", D, "said"),
            Expected("The law is the law", "Sarah Isgur Flores", D, "said"),
        ),
    ),
    Case(
        "quote-running-over-two-paragraphs",
        "“We have a duty to protect every resident of this county,” said Sheriff Sally"
        " Hernandez. “We will comply with the law.\n\n"
        "“But we will not hold people without a warrant.”",
        (
            Expected("We have a duty", "Sally Hernandez", D, "said"),
            Expected("We will comply", "Sally Hernandez", D, "said", continued=True),
            Expected("But we will not hold", "Sally Hernandez", D, "said", continued=True),
        ),
    ),
    Case(
        "pronoun-without-antecedent",
        "“This is an attack on our cities,” he said.",
        (Expected("This is an attack", None, D, "said"),),
    ),
    Case(
        "pronoun-attribution-first",
        "Denver Mayor Michael Hancock called the letter a distraction.\n\n"
        "He said: “Denver will continue to be a city that welcomes everyone.”",
        (Expected("Denver will continue", "Michael Hancock", D, "said"),),
    ),
    Case(
        "surname-with-relative-clause",
        "Mark Krikorian, executive director of the Center for Immigration Studies, has"
        " criticized the cities.\n\n"
        "“These jurisdictions are choosing to shield criminals,” said Krikorian, who has written"
        " about the issue for years.",
        (Expected("These jurisdictions are choosing", "Mark Krikorian", D, "said"),),
    ),
    Case(
        "argued-that",
        "Thomas Homan, the acting director of ICE, argued that sanctuary policies put officers at"
        " risk.",
        (Expected("sanctuary policies put officers", "Thomas Homan", R, "argued"),),
    ),
    Case(
        "two-speakers-one-paragraph",
        "“We’re going to fight this in court,” said Oregon Gov. Kate Brown. Multnomah County"
        " Chair Deborah Kafoury agreed: “Our values are not for sale.”",
        (
            Expected("We’re going to fight", "Kate Brown", D, "said"),
            Expected("Our values are not for sale", "Deborah Kafoury", D, "agreed"),
        ),
    ),
    Case(
        "partial-quotes-with-speech-verbs",
        "Attorney General Jeff Sessions spoke in Philadelphia on Friday.\n\n"
        "Sessions has called such policies “dangerous” and said the cities are “protecting"
        " criminal aliens.”",
        (
            Expected("dangerous", "Jeff Sessions", P, "called"),
            Expected("protecting criminal aliens", "Jeff Sessions", P, "said"),
        ),
    ),
    Case(
        "told-a-newspaper",
        "“We are not going to change our policies,” Police Chief Art Acevedo told the Houston"
        " Chronicle.",
        (
            Expected(
                "We are not going to change", "Art Acevedo", D, "told", "the Houston Chronicle"
            ),
        ),
    ),
    Case(
        "ambiguous-surname-is-none",
        "Sen. Mike Brown and Mayor Sarah Brown both spoke at the rally.\n\n"
        "“We will fight this letter,” Brown said.",
        (Expected("We will fight this letter", None, D, "said"),),
    ),
    Case(
        "said-monday-that",
        "Chicago Mayor Rahm Emanuel said Monday that the city would sue the Justice Department.",
        (Expected("the city would sue", "Rahm Emanuel", R, "said"),),
    ),
    Case(
        "straight-quotes-second-sentence",
        "Santa Clara County Sheriff Laurie Smith says the jail follows state law.\n\n"
        '"We are following the law," Smith said. "Nothing has changed since the letter."',
        (
            Expected("the jail follows state law", "Laurie Smith", R, "says"),
            Expected("We are following the law", "Laurie Smith", D, "said"),
            Expected("Nothing has changed", "Laurie Smith", D, "said", continued=True),
        ),
    ),
    Case(
        "pronoun-skips-an-object-back-to-the-speaker",
        "“We will win,” said Mayor Jim Kenney.\n\n"
        "The city has already sued Attorney General Jeff Sessions twice.\n\n"
        "“We will keep fighting for our residents,” he said.",
        (
            Expected("We will win", "Jim Kenney", D, "said"),
            Expected("We will keep fighting", "Jim Kenney", D, "said"),
        ),
    ),
    Case(
        "surname-never-introduced",
        "“Sanctuary cities are dangerous,” Sessions said in a speech.",
        (Expected("Sanctuary cities are dangerous", "Sessions", D, "said", "in a speech"),),
    ),
    Case(
        "indirect-with-statement-channel",
        "Boston Mayor Marty Walsh said in a statement that the city would keep its Trust Act.",
        (
            Expected(
                "the city would keep its Trust Act", "Marty Walsh", R, "said", "in a statement"
            ),
        ),
    ),
    Case(
        "question-quote-and-adds",
        "Miami-Dade Mayor Carlos Gimenez reversed course in January.\n\n"
        "“Why would we risk losing millions in grants?” Gimenez asked. “That makes no sense,”"
        " he added.",
        (
            Expected("Why would we risk", "Carlos Gimenez", D, "asked"),
            Expected("That makes no sense", "Carlos Gimenez", D, "added"),
        ),
    ),
    Case(
        "no-break-spaces-in-names",
        "Attorney\xa0General Jeff\xa0Sessions spoke in Las Vegas.\n\n"
        "“We will enforce the law,” Sessions said.",
        (Expected("We will enforce the law", "Jeff Sessions", D, "said"),),
    ),
    # -- real reporting styles (round two): written in our own words ---------------------
    Case(
        "surname-after-verb-with-relative-clause",
        "U.S. District Judge Thomas R. Whitfield Jr. heard two hours of argument on Monday.\n\n"
        "“Congress never gave the department this power,” said Whitfield, who sits in "
        "Providence.",
        (Expected("Congress never gave", "Thomas R. Whitfield Jr.", D, "said"),),
    ),
    Case(
        "apostrophe-surname",
        "Sheriff Kathleen O’Brien runs the county jail.\n\n"
        "“We do not hold anyone past their release date without a warrant,” O’Brien said.",
        (Expected("We do not hold anyone", "Kathleen O’Brien", D, "said"),),
    ),
    Case(
        "judge-wrote-in-opinion",
        "U.S. District Judge Marisol Vega struck down the grant conditions on Friday.\n\n"
        "“The executive cannot rewrite a spending statute,” Vega wrote in her opinion.\n\n"
        "“Nor may it borrow the power of the purse,” the judge wrote.",
        (
            Expected("The executive cannot", "Marisol Vega", D, "wrote", "in her opinion"),
            Expected("Nor may it borrow", "Marisol Vega", D, "wrote"),
        ),
    ),
    Case(
        "the-ruling-says",
        "Judge Peter Holloway sided with the county on Tuesday.\n\n"
        "“The county has shown it will suffer lasting harm,” the ruling says.",
        (Expected("The county has shown", "Peter Holloway", D, "says"),),
    ),
    Case(
        "the-letter-states",
        "The Justice Department wrote to eleven cities last week.\n\n"
        "“Your jurisdiction may be out of compliance with federal law,” the letter states.",
        (Expected("Your jurisdiction may be", "Justice Department", D, "states"),),
    ),
    Case(
        "according-to-the-complaint",
        "The ACLU of Ohio sued the Justice Department in federal court on Thursday.\n\n"
        "“These conditions were never approved by Congress,” according to the complaint.",
        (Expected("These conditions were never", "ACLU of Ohio", D, "according to"),),
    ),
    Case(
        "complaint-of-an-organisation-only-named-as-object",
        "The state sued the Justice Department in federal court on Thursday.\n\n"
        "“These conditions were never approved by Congress,” according to the complaint.",
        (Expected("These conditions were never", None, D, "according to"),),
    ),
    Case(
        "issued-the-following-statement",
        "County Executive Maria Lopez on Monday issued the following statement:\n\n"
        "“Our deputies will keep protecting every resident of this county.\n\n"
        "“No threat from Washington will change who we are.”",
        (
            Expected("Our deputies will keep", "Maria Lopez", D, "issued"),
            Expected("No threat from Washington", "Maria Lopez", D, "issued", continued=True),
        ),
    ),
    Case(
        "statement-paragraphs-with-no-attribution",
        "The ACLU of Ohio released a statement after the ruling:\n\n"
        "“Today the court protected the rights of every immigrant in this state.”\n\n"
        "“We will keep watching what the administration does next.”",
        (
            Expected("Today the court protected", "ACLU of Ohio", D, "released"),
            Expected("We will keep watching", "ACLU of Ohio", D, "released", continued=True),
        ),
    ),
    Case(
        "colon-in-the-same-paragraph",
        "Gov. Ellen Marsh said in a statement: “This state will not be bullied into "
        "deporting its neighbors.”",
        (Expected("This state will not", "Ellen Marsh", D, "said", "in a statement"),),
    ),
    Case(
        "partial-quote-after-urged",
        "Attorney General Jeff Sessions in a statement urged the cities to “reconsider "
        "policies that shield criminal aliens from removal.”",
        (Expected("reconsider policies", "Jeff Sessions", P, "urged"),),
    ),
    Case(
        "partial-quote-sentence-subject-over-object",
        "Supervisor Gail Porter said that Sheriff Tom Reyes, a Republican, had assured her the "
        "jail follows the law, and “that is good enough for this board.”",
        (Expected("that is good enough", "Gail Porter", P, "said"),),
    ),
    Case(
        "department-said-in-a-statement",
        "The Justice Department said in a statement: “Cities that protect criminals from "
        "deportation endanger their own residents.”",
        (
            Expected(
                "Cities that protect criminals", "Justice Department", D, "said", "in a statement"
            ),
        ),
    ),
    Case(
        "doj-says-partial",
        "The DOJ says it will be “seeking the return of every dollar paid under the grant.”",
        (Expected("seeking the return", "DOJ", P, "says"),),
    ),
    Case(
        "letter-from-the-department",
        "A letter from the Justice Department warned that the county “may be violating federal "
        "law by refusing to share release dates.”",
        (Expected("may be violating", "Justice Department", P, "warned"),),
    ),
    Case(
        "press-release-speaks",
        "“Courthouse arrests keep witnesses away from our courts,” said a Marin County press "
        "release on Friday.",
        (Expected("Courthouse arrests keep", "Marin County", D, "said"),),
    ),
    Case(
        "anonymous-official-is-no-speaker",
        "Mayor David Chen criticized the new rules on Monday.\n\n"
        "A senior Justice Department official, who briefed reporters by phone, defended them.\n\n"
        "“These are conditions any city can meet,” the official said.\n\n"
        "“We expect full cooperation,” he added.",
        (
            Expected("These are conditions", None, D, "said"),
            Expected("We expect full cooperation", None, D, "added"),
        ),
    ),
    Case(
        "another-official-comma-before-quote",
        "Another official, asked whether mayors could be arrested, said, “We are not going to "
        "speculate about that.”",
        (Expected("We are not going to", None, D, "said"),),
    ),
    Case(
        "unnamed-officials-partial",
        "Federal officials have said such cities “put politics ahead of public safety.”",
        (Expected("put politics ahead", None, P, None),),
    ),
    Case(
        "city-attorney-title-is-no-name",
        "“We will see the administration in court,” Los Angeles City Attorney Mike Feuer said.",
        (Expected("We will see the administration", "Mike Feuer", D, "said"),),
    ),
    Case(
        "said-general-surname",
        "Texas Attorney General Ken Paxton backed the state law.\n\n"
        "“Sanctuary policies have no place in Texas,” said General Paxton.",
        (Expected("Sanctuary policies have", "Ken Paxton", D, "said"),),
    ),
    Case(
        "she-agrees-with-a-female-first-name",
        "Mayor Karen Whitley stood beside Police Chief Daniel Ortiz at the news conference.\n\n"
        "“Our officers are not immigration agents,” she said.",
        (Expected("Our officers are not", "Karen Whitley", D, "said"),),
    ),
    Case(
        "she-agrees-with-ms",
        "Ms. Priya Patel, the county’s lawyer, and Tom Brandt, its sheriff, met the judge.\n\n"
        "“We have followed every federal law on the books,” she told reporters.",
        (Expected("We have followed every", "Priya Patel", D, "told", "reporters"),),
    ),
    Case(
        "he-with-no-man-named-is-no-speaker",
        "Gov. Laura Kim signed the bill on Tuesday.\n\n“This protects families,” he said.",
        (Expected("This protects families", None, D, "said"),),
    ),
    Case(
        "quote-spanning-paragraphs",
        "“The city has done nothing wrong,” Mayor Ruth Alvarez said. “We have answered every "
        "letter they sent us and we will keep doing so.\n\n"
        "“But we will not hand over our residents.”",
        (
            Expected("The city has done nothing", "Ruth Alvarez", D, "said"),
            Expected("We have answered every", "Ruth Alvarez", D, "said", continued=True),
            Expected("But we will not hand", "Ruth Alvarez", D, "said", continued=True),
        ),
    ),
    Case(
        "dateline-before-the-speaker",
        "PROVIDENCE — Gov. Dana Whitcomb said Monday that the state would sue over the grant "
        "conditions.",
        (Expected("the state would sue", "Dana Whitcomb", R, "said"),),
    ),
    Case(
        "em-dash-after-the-quote",
        "“We are not going to comply” — Mayor Ann Brooks said Tuesday, to loud applause.",
        (Expected("We are not going to comply", "Ann Brooks", D, "said"),),
    ),
    Case(
        "according-to-a-person",
        "“The money pays for our crime lab,” according to Lisa Tran, a spokeswoman for the county.",
        (Expected("The money pays for", "Lisa Tran", D, "according to"),),
    ),
    Case(
        "brackets-inside-the-quote",
        "“The department remains concerned that [the county’s] rules restrict information "
        "sharing,” Acting Assistant Attorney General Alan Hanson wrote.",
        (Expected("The department remains", "Alan Hanson", D, "wrote"),),
    ),
    Case(
        "name-with-particle",
        "“We will not trade our values for a grant,” said Mayor Bill de Blasio.",
        (Expected("We will not trade", "Bill de Blasio", D, "said"),),
    ),
    Case(
        "role-after-name-ends-at-the-verb",
        "“The department is concerned about these rules,” Alan Hanson, the acting assistant "
        "attorney general wrote in the letter.",
        (Expected("The department is concerned", "Alan Hanson", D, "wrote", "in the letter"),),
    ),
    Case(
        "capitalised-role-after-name",
        "“Thousands of towns are waiting for money they are owed,” Amy Kurz, National League "
        "of Cities senior counsel, told reporters.",
        (Expected("Thousands of towns", "Amy Kurz", D, "told", "reporters"),),
    ),
    Case(
        "possessive-statement-says",
        "City Attorney Harold Lind answered the department on Friday.\n\n"
        "“We are confident our ordinance complies with federal law,” Lind’s statement says.",
        (Expected("We are confident our", "Harold Lind", D, "says"),),
    ),
    Case(
        "it-states-for-a-document",
        "The Justice Department letter singled out the state’s trust law.\n\n"
        "“This law appears to restrict the sharing of information,” it states.",
        (Expected("This law appears to", "Justice Department", D, "states"),),
    ),
    Case(
        "bare-surname-speaker",
        "“The policies of these cities make no sense,” Barr said.\n\n"
        "Barr announced the suits at a sheriffs’ convention, saying they marked “a new phase in "
        "this fight.”",
        (
            Expected("The policies of these", "Barr", D, "said"),
            Expected("a new phase in", "Barr", P, "announced"),
        ),
    ),
    Case(
        "bare-place-is-its-government",
        "“We will appeal this ruling,” Chicago said in a court filing.",
        (Expected("We will appeal this ruling", "Chicago", D, "said", "in a court filing"),),
    ),
    Case(
        "the-city-is-the-city-named-last",
        "The city of Fresno filed suit in federal court on Tuesday.\n\n"
        "The city argued that the conditions were “unlawful and unworkable.”",
        (Expected("unlawful and unworkable", "Fresno", P, "argued"),),
    ),
    Case(
        "the-county-after-a-county-with-its-state",
        "Dane County, Wis., received the letter last week.\n\n"
        "“We have always followed the law,” the county said in a statement.",
        (Expected("We have always followed", "Dane County", D, "said", "in a statement"),),
    ),
    Case(
        "the-state-with-no-state-named",
        "“We will see them in court,” the state said on Friday.",
        (Expected("We will see them in court", None, D, "said"),),
    ),
    Case(
        "the-city-council-is-not-the-city",
        "Officials in Tacoma received the notice.\n\n"
        "“We stand by our policy,” the city council said.",
        (Expected("We stand by our policy", None, D, "said"),),
    ),
    Case(
        "the-state-attorney-general-is-not-the-state",
        "Utah passed the measure in March.\n\n"
        "“It keeps deputies out of immigration work,” the state attorney general said.",
        (Expected("It keeps deputies out", None, D, "said"),),
    ),
    Case(
        "the-state-by-its-plain-name",
        "Utah passed the measure in March.\n\n"
        "“It keeps deputies out of immigration work,” the state said in a filing.",
        (Expected("It keeps deputies out", "Utah", D, "said", "in a filing"),),
    ),
    Case(
        "a-city-as-subject-is-its-government",
        "Boston contended that the demand was “a trap for local police.”",
        (Expected("a trap for local police", "Boston", P, "contended"),),
    ),
    Case(
        "he-skips-a-woman-named-last",
        "Sheriff John Urquhart stood beside Mayor Jenny Durkan on Friday.\n\n"
        "“We will not be intimidated by these letters,” he said.",
        (Expected("We will not be intimidated", "John Urquhart", D, "said"),),
    ),
    Case(
        "sentence-initial-surname-then-pronoun",
        "On Monday, Garza told a radio host he would sign the bill.\n\n"
        "“Cities that refuse will lose their money,” he said.",
        (Expected("Cities that refuse", "Garza", D, "said"),),
    ),
    Case(
        "surname-subject-after-a-time",
        "Okafor last night responded to the governor, saying she would not honor “requests that "
        "come without a warrant.”",
        (Expected("requests that come", "Okafor", P, "responded"),),
    ),
    Case(
        "told-listener-ends-with-its-sentence",
        "“We have done nothing wrong,” Mayor Dan Ruiz told WXYZ Radio. He added: “This city "
        "will not be blackmailed.”",
        (
            Expected("We have done nothing wrong", "Dan Ruiz", D, "told", "WXYZ Radio"),
            Expected("This city will not be", "Dan Ruiz", D, "added"),
        ),
    ),
    Case(
        "us-attorney-general-described-later",
        "U.S. Attorney General William Barr announced the lawsuits Monday.\n\n"
        "“Sanctuary policies make no sense,” the attorney general said.",
        (Expected("Sanctuary policies make", "William Barr", D, "said"),),
    ),
    Case(
        "name-set-off-by-commas-after-its-role",
        "The county counsel, James Whitaker, said the ruling was “a complete victory for the "
        "county.”",
        (Expected("a complete victory", "James Whitaker", P, "said"),),
    ),
    Case(
        "who-added-partial",
        "“We’re disappointed,” said Justice Department spokesman Devin Marlow, who added that the "
        "department “will keep defending these conditions.”",
        (
            Expected("We’re disappointed", "Devin Marlow", D, "said"),
            Expected("will keep defending", "Devin Marlow", P, "added"),
        ),
    ),
    Case(
        "lines-are-paragraphs",
        "“The rules are unlawful,” Mayor Tom Greer said in a statement.\n"
        "“They punish cities for keeping residents safe,” he added.\n"
        "{adslot}Seattle Mayor Jenny Holm also criticized the rules, saying they were “an "
        "insult to local police.”\n"
        "“We are ready to go to court,” she said.",
        (
            Expected("The rules are unlawful", "Tom Greer", D, "said", "in a statement"),
            Expected("They punish cities", "Tom Greer", D, "added"),
            Expected("an insult to local police", "Jenny Holm", P, "saying"),
            Expected("We are ready to go", "Jenny Holm", D, "said"),
        ),
    ),
)


def article_of(text: str) -> Article:
    """An Article whose paragraphs are the blank-line blocks of ``text``, leaving out
    shortcodes (``[``) and table rows (``|``) as the article parser does."""
    paragraphs = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        block = match.group(0)
        if block.strip() and not block.lstrip().startswith(("[", "|")):
            paragraphs.append(Paragraph(block, Span(match.start(), match.end())))
    return Article(text, paragraphs=tuple(paragraphs))


def all_cases() -> tuple[Case, ...]:
    """The seed as one case, then the written cases."""
    return (Case("seed", seed_text(), SEED_QUOTES), *CASES)


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")
