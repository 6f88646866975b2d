"""The test cases of price-parser (scrapinghub, BSD-3-Clause) that are in scope for us.

``tests/data/price_parser_cases.json`` holds all 1,185 of the peer's cases as data; its licence
is beside it and ``tests/data/README.md`` explains the scope. Which cases we run is decided by
the rules in :func:`scope`, not by a list of ids, except for the few cases we judge the peer
to get wrong (``JUDGED_WRONG``, each with its reason): those we run too, expecting a refusal.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from sanctuary_model import AmountParseError, find_amounts, parse_amount

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "price_parser_cases.json").read_text(encoding="utf-8")
)["cases"]

DOLLARS = {"$", "USD", "US$"}
# A number written the US way: comma thousands groups, a decimal point.
US_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
DOLLAR_MARKER = re.compile(r"US\$|\$|USD")

_TWO_POINTS = "two decimal points: malformed, so refusing beats guessing"
JUDGED_WRONG = {
    "decimal_separator_examples-6": f"'$..75' has {_TWO_POINTS} 0.75",
    "examples-184": f"'$..75' has {_TWO_POINTS} 0.75",
    "decimal_separator_examples-9": f"'$.750.30' has {_TWO_POINTS} 750.30",
    "examples-186": f"'$.750.30' has {_TWO_POINTS} 750.30",
    "examples-55": "'Free!' holds no figure: the word is not the amount 0",
    "examples_3-521": "'Free!' holds no figure: the word is not the amount 0",
}

# In-scope cases we fail, each with the reason we leave it so.
KNOWN_FAILURES = {
    "examples_bugs_caught-675": "a label colon between currency and figure ('US$:12.99') is "
    "not a form news text writes; find_amounts stays strict rather than read it",
}

# What each in-scope kind of case expects of us.
WHOLE = "whole"  # parse_amount reads the input as the expected amount
IN_TEXT = "in text"  # find_amounts finds the expected amount as the one amount in the input
NO_PRICE = "no price"  # the peer finds no amount: parse_amount refuses the input
WRONG = "judged wrong"  # a JUDGED_WRONG case: parse_amount refuses the input
IN_SCOPE = (WHOLE, IN_TEXT, NO_PRICE, WRONG)


def scope(case: dict[str, Any]) -> str:
    """The kind of an in-scope case, or the reason a case is out of scope."""
    text, amount, amount_text = case["input"], case["amount"], case["amount_text"]
    if text is None:
        return "out: no input text (the case tests the peer's currency-hint argument alone)"
    if case["currency"] not in DOLLARS | {None}:
        return "out: another currency"
    if case["decimal_separator"] not in (None, "."):
        return "out: needs the peer's decimal-separator hint"
    if case["id"] in JUDGED_WRONG:
        return WRONG
    if amount is None:
        return NO_PRICE
    if not US_NUMBER.fullmatch(amount_text) or Decimal(amount_text.replace(",", "")) != Decimal(
        amount
    ):
        return "out: the number is not written the US way (decimal comma, dot or space groups)"
    rest = DOLLAR_MARKER.sub("", text.replace(amount_text, "", 1))
    if not rest.strip():
        return WHOLE
    markers = len(DOLLAR_MARKER.findall(text))
    if markers == 0:
        return "out: a bare number inside other text, which we never take for money"
    if markers > 1:
        return "out: several amounts (which one is the price is the peer's page-level guess)"
    return IN_TEXT


KINDS = {case["id"]: scope(case) for case in CASES}
RUN = [
    pytest.param(
        case,
        id=f"{case['id']}:{case['input'][:30]}",
        marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]])]
        if case["id"] in KNOWN_FAILURES
        else [],
    )
    for case in CASES
    if KINDS[case["id"]] in IN_SCOPE
]


def test_the_scope_of_the_peer_cases() -> None:
    counts = Counter(kind if kind in IN_SCOPE else "out" for kind in KINDS.values())
    assert len(CASES) == 1185
    assert counts == {
        WHOLE: 276,
        IN_TEXT: 18,
        NO_PRICE: 19,
        WRONG: 6,
        "out": 866,
    }


@pytest.mark.parametrize("case", RUN)
def test_peer_case(case: dict[str, Any]) -> None:
    kind, text = KINDS[case["id"]], case["input"]
    if kind in (NO_PRICE, WRONG):
        with pytest.raises(AmountParseError):
            parse_amount(text)
        return
    expected = Decimal(case["amount"])
    if kind == WHOLE:
        amount = parse_amount(text)
    else:
        (mention,) = find_amounts(text)
        assert mention.raw.endswith(case["amount_text"])
        amount = mention.amount
    assert amount.value == expected
    assert amount.is_exact
    assert amount.currency == "USD"
