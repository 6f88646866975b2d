"""Hand-labelled rulings in news sentences written for the tests (own words, in the styles
outlets use): each case is an id, the text, its publication date, and every ruling a careful
reader finds in it.
"""

from __future__ import annotations

import datetime as dt

from sanctuary_model import RulingKind, RulingOutcome, RulingScope

J, G, MIXED = RulingOutcome.FOR_JURISDICTION, RulingOutcome.FOR_GOVERNMENT, RulingOutcome.MIXED
NATIONWIDE = RulingScope.NATIONWIDE
PARTIES = RulingScope.PARTIES

# text, published, expected rulings as
# (judge, role, court, party's name, decided text, decided date, outcome, scope, kind, pages)
RULING_CASES = [
    ("orrick-nationwide",
     "U.S. District Judge William Orrick in San Francisco on Tuesday blocked the Trump "
     "administration from cutting off funds to Santa Clara County, issuing a nationwide "
     "injunction.", dt.date(2017, 4, 26),
     [("William Orrick", "U.S. District Judge", "N.D. Cal.", "Santa Clara County", "on Tuesday",
       "2017-04-25", J, NATIONWIDE, RulingKind.INJUNCTION, None)]),
    ("anonymous-appeals-court",
     "A federal appeals court in San Francisco on Wednesday upheld the administration's "
     "conditions on the grants, ruling against the city of Los Angeles.", dt.date(2018, 1, 12),
     [(None, None, "9th Cir.", "Los Angeles", "on Wednesday", "2018-01-10", G, None,
       RulingKind.RULING, None)]),
    ("named-circuit",
     "The 7th U.S. Circuit Court of Appeals on Thursday upheld a nationwide injunction against "
     "the Justice Department's grant conditions.", dt.date(2018, 4, 20),
     [(None, None, "7th Cir.", None, "on Thursday", "2018-04-19", J, NATIONWIDE,
       RulingKind.INJUNCTION, None)]),
    ("rejects-doj-request",
     "U.S. District Judge Edward Chen rejected the Justice Department's request to dismiss the "
     "lawsuit brought by the city of San Francisco.", None,
     [("Edward Chen", "U.S. District Judge", "N.D. Cal.", "City and County of San Francisco",
       None, None, J, None, RulingKind.RULING, None)]),
    ("dismisses-county-suit",
     "U.S. District Judge Jane Doe dismissed Broward County's lawsuit on Friday, siding with "
     "the Trump administration.", dt.date(2018, 3, 5),
     [("Jane Doe", "U.S. District Judge", None, "Broward County", "on Friday", "2018-03-02", G,
       None, RulingKind.RULING, None)]),
    ("anonymous-seattle",
     "A federal judge in Seattle ruled Monday that the administration could not withhold grant "
     "money from King County.", dt.date(2018, 3, 7),
     [(None, None, "W.D. Wash.", "King County", "Monday", "2018-03-05", J, None,
       RulingKind.RULING, None)]),
    ("opinion-no-outcome",
     "U.S. District Judge Michael Baylson wrote in a 128-page opinion that Philadelphia's "
     "policies complied with federal law.", None,
     [("Michael Baylson", "U.S. District Judge", "E.D. Pa.", "Philadelphia", None, None, None,
       None, RulingKind.OPINION, 128)]),
    ("chief-judge-district-named",
     "Chief U.S. District Judge Jane Roe of the Southern District of New York issued an order "
     "on Nov. 30, 2018, barring the Justice Department from imposing the conditions.", None,
     [("Jane Roe", "Chief U.S. District Judge", "S.D.N.Y.", None, "on Nov. 30, 2018",
       "2018-11-30", J, None, RulingKind.ORDER, None)]),
    ("pronoun-next-sentence",
     "U.S. District Judge Manuel Real in Los Angeles sided with the city of Los Angeles on "
     "Monday. He also issued a nationwide injunction against the Justice Department.",
     dt.date(2018, 4, 13),
     [("Manuel Real", "U.S. District Judge", "C.D. Cal.", "Los Angeles", "on Monday",
       "2018-04-09", J, NATIONWIDE, RulingKind.INJUNCTION, None)]),
    ("doj-reconsideration-denied",
     "Last month, U.S. District Judge Harry Leinenweber denied the Justice Department's motion "
     "to reconsider his nationwide injunction.", dt.date(2018, 7, 10),
     [("Harry Leinenweber", "U.S. District Judge", None, None, "Last month", "2018-06-01", J,
       None, RulingKind.DENIAL_OF_RECONSIDERATION, None)]),
    ("mixed-with-but",
     "U.S. District Judge Jane Roe ruled on Tuesday that the administration exceeded its "
     "authority by demanding jail access, but she upheld the information-sharing conditions.",
     dt.date(2018, 6, 1),
     [("Jane Roe", "U.S. District Judge", None, None, "on Tuesday", "2018-05-29", MIXED, None,
       RulingKind.RULING, None)]),
    ("anonymous-unresolved-week",
     "A federal judge ruled last week that the conditions were unconstitutional.", None,
     [(None, None, None, None, "last week", None, J, None, RulingKind.RULING, None)]),
    ("third-circuit-affirms",
     "The U.S. Court of Appeals for the Third Circuit on Feb. 15, 2019, affirmed the "
     "Philadelphia ruling.", None,
     [(None, None, "3d Cir.", None, "on Feb. 15, 2019", "2019-02-15", None, None,
       RulingKind.RULING, None)]),
    ("two-judges-two-rulings",
     "U.S. District Judge Jane Roe in Chicago ruled against the Justice Department in July. "
     "In August, U.S. District Judge John Poe in Seattle ruled against the city of Seattle.",
     dt.date(2018, 9, 3),
     [("Jane Roe", "U.S. District Judge", "N.D. Ill.", None, "in July", "2018-07-01", J, None,
       RulingKind.RULING, None),
      ("John Poe", "U.S. District Judge", "W.D. Wash.", "Seattle", "In August", "2018-08-01", G,
       None, RulingKind.RULING, None)]),
    ("surname-follow-up",
     "U.S. District Judge Jane Roe ruled for Sacramento County on Friday. Roe wrote in her "
     "54-page order that the conditions were unlawful.", dt.date(2018, 3, 5),
     [("Jane Roe", "U.S. District Judge", None, "Sacramento County", "on Friday", "2018-03-02",
       J, None, RulingKind.ORDER, 54)]),
    # Written after the extractor, as a held-out check (see docs/reporting-law-and-dates.md).
    ("heldout-anonymous-chicago",
     "A federal judge in Chicago on Friday barred the Justice Department from imposing new "
     "conditions on police grants to the city.", dt.date(2018, 6, 11),
     [(None, None, "N.D. Ill.", "Chicago", "on Friday", "2018-06-08", J, None,
       RulingKind.INJUNCTION, None)]),
    ("heldout-state-party",
     "U.S. District Judge Vince Chhabria in San Francisco ruled last month that the Justice "
     "Department could not force the state of California to cooperate with immigration agents.",
     dt.date(2018, 11, 5),
     [("Vince Chhabria", "U.S. District Judge", "N.D. Cal.", "State of California", "last month",
       "2018-10-01", J, None, RulingKind.RULING, None)]),
    ("heldout-appeals-no-city",
     "A federal appeals court on Tuesday sided with the Trump administration in its fight with "
     "sanctuary cities.", dt.date(2019, 7, 15),
     [(None, None, None, None, "on Tuesday", "2019-07-09", G, None, RulingKind.RULING, None)]),
    ("heldout-dismissed-city-of",
     "Senior U.S. District Judge Mary Smith dismissed the city of Albany's lawsuit on Nov. 2, "
     "2018.", None,
     [("Mary Smith", "Senior U.S. District Judge", "N.D.N.Y.", "Albany", "on Nov. 2, 2018",
       "2018-11-02", G, None, RulingKind.RULING, None)]),
    ("heldout-lifted-injunction",
     "The 9th Circuit on Thursday lifted the nationwide injunction.", dt.date(2018, 4, 23),
     [(None, None, "9th Cir.", None, "on Thursday", "2018-04-19", G, None, RulingKind.RULING,
       None)]),
    ("heldout-granted-city-injunction",
     "U.S. District Judge Joel Pisano in Newark granted the city a preliminary injunction in a "
     "40-page ruling.", None,
     [("Joel Pisano", "U.S. District Judge", "D.N.J.", "Newark", None, None, J, None,
       RulingKind.INJUNCTION, 40)]),
    ("heldout-no-antecedent",
     "The judge's decision, which applies only to the city, came a week after the Justice "
     "Department warned 23 jurisdictions.", None, []),
    ("heldout-against-city",
     "U.S. District Judge Sara Lioi ruled against the city of Cleveland in April, and the city "
     "appealed.", dt.date(2018, 9, 1),
     [("Sara Lioi", "U.S. District Judge", "N.D. Ohio", "Cleveland", "in April", "2018-04-01", G,
       None, RulingKind.RULING, None)]),
    ("appeal-is-not-a-ruling", "Sessions said he would appeal the ruling.", None, []),
    ("quoted-ruling", "“The judge ruled against us,” the mayor said.", None, []),
    ("not-yet-ruled",
     "U.S. District Judge Jane Roe, who was appointed by President Barack Obama, has not yet "
     "ruled.", None, []),
    ("lawsuit-is-not-a-ruling",
     "Officials said the city would sue the Justice Department in federal court.", None, []),
    ("zero-pages",
     "U.S. District Judge Jane Roe issued a 0-page order.", None,
     [("Jane Roe", "U.S. District Judge", None, None, None, None, None, None, RulingKind.ORDER,
       None)]),
    ("general-statement", "So far, federal judges have sided with the sanctuary jurisdictions.",
     None, []),
]  # fmt: skip
