"""Reading, finding and writing amounts of money."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sanctuary_model import (
    Amount,
    AmountParseError,
    Span,
    find_amounts,
    format_amount,
    parse_amount,
    seed_text,
)
from sanctuary_model.parsing.money._diagnose import FALLBACK_REASON
from sanctuary_model.parsing.money._grammar import MAX_DIGITS
from sanctuary_model.parsing.money._parse import _parse_general
from tests.strategies.money import WrittenAmount, written_amounts

D = Decimal

# --- parse_amount: what it reads --------------------------------------------------------------

EXACT = [
    # the seed table's forms, leading space included
    ("$37 509", "37509"),
    (" $99 109", "99109"),
    ("$1 476 400", "1476400"),
    # what news text and price lists write
    ("$522,943.00", "522943.00"),
    ("$16,500", "16500"),
    ("$1\u00a0298", "1298"),
    ("$1\u2009298\u2009000", "1298000"),
    ("$1\u202f298", "1298"),
    ("$14.99", "14.99"),
    ("$ 22.00", "22.00"),
    ("$.75", "0.75"),
    ("$0.00", "0.00"),
    ("28", "28"),
    ("1,099.99", "1099.99"),
    ("$2,000,000", "2000000"),
    ("US$5,000", "5000"),
    ("USD 5,000", "5000"),
    ("USD5,000", "5000"),
    ("5,000 USD", "5000"),
    ("5,000 dollars", "5000"),
    ("1 dollar", "1"),
    ("5,000 US dollars", "5000"),
    ("\t$37509\n", "37509"),
]


@pytest.mark.parametrize(("text", "value"), EXACT, ids=[text for text, _ in EXACT])
def test_figures_written_in_full_are_exact(text: str, value: str) -> None:
    amount = parse_amount(text)
    assert amount == Amount.exact(D(value))
    assert amount.is_exact
    assert str(amount.value) == value  # the exponent too: cents stay, no "5E+3"


ROUNDED = [
    ("$1.9M", "1900000", "1850000", "1950000"),
    ("$6.7M", "6700000", "6650000", "6750000"),
    ("$2.1M", "2100000", "2050000", "2150000"),
    ("$1.9 million", "1900000", "1850000", "1950000"),
    ("$1.90M", "1900000", "1895000", "1905000"),
    ("$2M", "2000000", "1500000", "2500000"),
    ("$2 million", "2000000", "1500000", "2500000"),
    ("$250K", "250000", "249500", "250500"),
    ("$250k", "250000", "249500", "250500"),
    ("$250 thousand", "250000", "249500", "250500"),
    ("$1.2bn", "1200000000", "1150000000", "1250000000"),
    ("$3B", "3000000000", "2500000000", "3500000000"),
    ("$3 billion", "3000000000", "2500000000", "3500000000"),
    ("$1.5T", "1500000000000", "1450000000000", "1550000000000"),
    ("$1,500K", "1500000", "1499500", "1500500"),
    ("5 million dollars", "5000000", "4500000", "5500000"),
    ("5M US Dollars", "5000000", "4500000", "5500000"),
    ("$1.2345678M", "1234567.8", "1234567.75", "1234567.85"),
    ("$0.5M", "500000", "450000", "550000"),
    ("$0M", "0", "0", "500000"),  # a rounded zero is not negative: low stops at 0
]


@pytest.mark.parametrize(("text", "value", "low", "high"), ROUNDED, ids=[row[0] for row in ROUNDED])
def test_rounded_figures_keep_half_a_unit_of_their_last_digit(
    text: str, value: str, low: str, high: str
) -> None:
    amount = parse_amount(text)
    assert (str(amount.value), str(amount.low), str(amount.high)) == (value, low, high)
    assert not amount.is_exact


@pytest.mark.parametrize("us", ["", "US "])
@pytest.mark.parametrize("word", ["dollar", "dollars", "Dollar", "Dollars"])
def test_every_spelling_of_dollars_is_read_after_any_figure(us: str, word: str) -> None:
    assert parse_amount(f"5 {us}{word}") == Amount.exact(5)
    assert parse_amount(f"5M {us}{word}") == parse_amount("$5M")
    assert [m.raw for m in find_amounts(f"got 5M {us}{word}.")] == [f"5M {us}{word}"]


@pytest.mark.parametrize(
    "text",
    [
        "9" * MAX_DIGITS,
        "9" * (MAX_DIGITS - 1) + ".9",
        "$0." + "9" * MAX_DIGITS,
        "$." + "9" * MAX_DIGITS,
        "$." + "9" * MAX_DIGITS + "K",
        "$0,999." + "9" * (MAX_DIGITS - 4),
    ],
    ids=lambda text: text[:6],
)
def test_figures_at_the_digit_limit_are_read_and_written_back(text: str) -> None:
    amount = parse_amount(text)
    assert parse_amount(format_amount(amount)) == amount


def test_other_currencies_keep_their_code() -> None:
    assert parse_amount("EUR 5,000") == Amount.exact(5000, "EUR")
    assert parse_amount("1.5M GBP") == Amount(D(1500000), D(1450000), D(1550000), "GBP")


@given(written_amounts())
def test_every_written_form_reads_as_what_it_says(written: WrittenAmount) -> None:
    amount = parse_amount(written.text)
    assert amount.value == written.value
    assert amount.currency == written.currency
    if written.power is None:
        assert amount.is_exact
    else:
        half = D(5).scaleb(written.power - written.fraction_digits - 1)
        assert amount.high == written.value + half
        assert amount.low == max(D(0), written.value - half)
    exponent = amount.value.as_tuple().exponent
    assert isinstance(exponent, int)
    assert exponent <= 0  # normal form: never "1.9E+6"


# --- parse_amount: what it refuses, and how it says so ---------------------------------------

REFUSED = [
    ("", "empty text", 0),
    ("   ", "blank text", 0),
    ("$", "no number after the currency '$'", 1),
    ("USD", "no number after the currency 'USD'", 3),
    ("US$ ", "no number after the currency 'US$'", 3),
    ("$1.2.3", "second decimal point", 4),
    ("15.08.2017", "second decimal point", 5),
    ("$1 23", "broken digit grouping: expected 3 digits after a thousands separator, found 2", 3),
    ("$12,34", "broken digit grouping: expected 3 digits after a thousands separator, found 2", 4),
    (
        "1234,567",
        "broken digit grouping: expected 1 to 3 digits before the first thousands separator, "
        "found 4",
        0,
    ),
    ("$1,234 567", "mixed thousands separators ',' and ' '", 6),
    ("1.299,00", "thousands separator ',' after the decimal point", 5),
    ("$-5", "negative amount", 1),
    ("-$5", "negative amount", 0),
    ("$\u22125", "negative amount", 1),
    ("+5", "explicit plus sign", 0),
    ("NaN", "not a finite number", 0),
    ("$inf", "not a finite number", 1),
    ("Infinity", "not a finite number", 0),
    ("$1e9", "exponent notation is not read", 2),
    ("$5.", "no digits after the decimal point", 2),
    ("$..75", "no digits after the decimal point", 1),
    ("1" * 400, f"too many digits (400; at most {MAX_DIGITS})", 0),
    ("$" + "9" * (MAX_DIGITS + 1), f"too many digits ({MAX_DIGITS + 1}; at most {MAX_DIGITS})", 1),
    ("$1." + "9" * MAX_DIGITS, f"too many digits ({MAX_DIGITS + 1}; at most {MAX_DIGITS})", 1),
    ("$10." + "9" * MAX_DIGITS, f"too many digits ({MAX_DIGITS + 2}; at most {MAX_DIGITS})", 1),
    (
        "$0." + "9" * (MAX_DIGITS + 1),
        f"too many digits ({MAX_DIGITS + 1}; at most {MAX_DIGITS})",
        1,
    ),
    ("XYZ 5", "'XYZ' is not an ISO 4217 currency code", 0),
    ("5 XYZ", "'XYZ' is not an ISO 4217 currency code", 2),
    ("$5 USD", "currency given twice ('$' and 'USD')", 3),
    ("€5", "expected a number, found '€'", 0),
    ("Free!", "expected a number, found 'F'", 0),
    ("five dollars", "expected a number, found 'f'", 0),
    ("$5 kg", "unexpected text after the amount: ' kg'", 2),
    ("$5 and $6", "unexpected text after the amount: ' and $6'", 2),
    ("$5M each", "unexpected text after the amount: ' each'", 3),
]


@pytest.mark.parametrize(("text", "reason", "position"), REFUSED, ids=[r[0][:20] for r in REFUSED])
def test_bad_input_says_what_is_wrong_and_where(text: str, reason: str, position: int) -> None:
    with pytest.raises(AmountParseError) as caught:
        parse_amount(text)
    assert (caught.value.reason, caught.value.position, caught.value.text) == (
        reason,
        position,
        text,
    )


def test_the_message_reads_as_the_design_says() -> None:
    with pytest.raises(AmountParseError) as caught:
        parse_amount("$1.2.3")
    assert str(caught.value) == (
        "cannot read '$1.2.3' as an amount: second decimal point at position 4"
    )


@pytest.mark.parametrize("value", [None, 5, b"$5", D(5)], ids=repr)
def test_a_non_string_is_refused_with_our_error(value: object) -> None:
    with pytest.raises(AmountParseError, match="expected a str"):
        parse_amount(value)  # type: ignore[arg-type]


def _assert_valid(amount: Amount) -> None:
    """The unchecked constructor the parser uses kept every invariant the validators check."""
    assert type(amount) is Amount
    attrs.validate(amount)
    assert attrs.evolve(amount) == amount  # running every validator and the post-init again
    for number in (amount.value, amount.low, amount.high):
        assert number.is_finite()
        assert not number.is_signed()


def _read_or_refuse(text: str) -> None:
    try:
        amount = parse_amount(text)
    except AmountParseError as error:
        problem = error
    else:
        _assert_valid(amount)
        return
    # the diagnosis found the fault (its fallback would mean it disagrees with the parser)
    assert problem.reason != FALLBACK_REASON
    assert problem.position is None or 0 <= problem.position <= len(text)


@given(st.text())
@example("$1 000 000.5 million")
@example("USD USD 5")
@example("5 dollars dollars")
def test_any_text_is_read_or_refused_with_a_reason(text: str) -> None:
    _read_or_refuse(text)


@given(st.text(alphabet="$US0123456789., \u00a0\u2009kKMmBbnilo-eDrsaE"))
def test_money_like_text_is_read_or_refused_with_a_reason(text: str) -> None:
    _read_or_refuse(text)


@given(
    st.text(alphabet="$US0123456789., \u00a0\u2009kKMmBbnilo-eDrsaE\n")
    | written_amounts().map(lambda written: written.text)
)
def test_the_fast_path_agrees_with_the_general_road(text: str) -> None:
    try:
        general: Amount | str = _parse_general(text)
    except AmountParseError as error:
        general = error.reason
    try:
        fast: Amount | str = parse_amount(text)
    except AmountParseError as error:
        fast = error.reason
    assert fast == general
    if isinstance(fast, Amount) and isinstance(general, Amount):
        assert str(fast.value) == str(general.value)


HOSTILE = {
    "digits": "1" * 1_000_000,
    "space groups": "1" + " 000" * 250_000,
    "comma groups then junk": "$1" + ",000" * 250_000 + "x",
    "dollar signs": "$" * 1_000_000,
    "points": "1." * 500_000,
    "blank": " " * 1_000_000,
    "spaced ones": "1 " * 500_000,
    "repeated amounts": "$1 000.5M, " * 90_000,
    "multipliers": "5" + " million" * 120_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_megabyte_of_hostile_text_is_refused(text: str) -> None:
    with pytest.raises(AmountParseError):
        parse_amount(text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_megabyte_of_hostile_text_is_searched(text: str) -> None:
    for mention in find_amounts(text):
        assert mention.span.slice(text) == mention.raw


# --- find_amounts ------------------------------------------------------------------------------

SEED_TABLE = [
    "$37 509", "$522 943", "$1.9M", "$72 612", "$194 562", "$21 872", "$17 607", "$54 551",
    "$241 650", "$99 109", "$48 287", "$20 115", "$426 590", "$1 476 400", "$61 115", "$6.7M",
    "$598 104", "$71 811", "$260 499", "$525 446", "$17 862", "$63 236", "$65 738", "$173 088",
    "$2.1M", "$39 945", "$673 166", "$203 065",
]  # fmt: skip


def test_the_seed_article_holds_exactly_its_28_table_amounts() -> None:
    text = seed_text()
    mentions = list(find_amounts(text))
    assert [m.raw for m in mentions] == SEED_TABLE
    assert all(text[m.span.start : m.span.end] == m.raw for m in mentions)
    assert all(m.amount == parse_amount(m.raw) for m in mentions)
    table_start = text.index("[lz_table")
    table_end = text.index("[/lz_table]")
    assert all(table_start < m.span.start < table_end for m in mentions)
    assert sum(1 for m in mentions if not m.amount.is_exact) == 3


FOUND = [
    ("Berkeley (Calf.),$37 509", ["$37 509"]),
    (
        "it got $2 million. Then $3.5bn, then US$5 and USD 5,000.",
        ["$2 million", "$3.5bn", "US$5", "USD 5,000"],
    ),
    ("paid 5,000 dollars and 2 million US dollars", ["5,000 dollars", "2 million US dollars"]),
    ("costs $5.", ["$5"]),
    ("($1.9M)", ["$1.9M"]),
    ("$24.99 with card", ["$24.99"]),
    ("a $5 millionaire", ["$5"]),
    ("$1,234.56/mo", ["$1,234.56"]),
    ("between $45,000 - $70,000", ["$45,000", "$70,000"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "raws"), FOUND, ids=[text for text, _ in FOUND])
def test_money_in_running_text_is_found(text: str, raws: list[str]) -> None:
    mentions = list(find_amounts(text))
    assert [m.raw for m in mentions] == raws
    for mention in mentions:
        assert mention.span == Span(
            text.index(mention.raw), text.index(mention.raw) + len(mention.raw)
        )
        assert mention.amount == parse_amount(mention.raw)


NOT_MONEY = [
    "in fiscal year 2016",
    "29 jurisdictions",
    "his 128-page order",
    "a response by December 8",
    "FY 2016*",
    "Almost 300 Illegal Alien Criminals Released in Late 2016",
    "A$5 and C$10 and NT$20",  # other dollars
    "$1,23 broken",
    "$1 23 broken",
    "$5kg",
    "$1e9",
    "$" + "9" * 30,  # too long to be an amount
    "€5 and £6",
    "5,000 or 1.5 million",  # no currency
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_numbers_that_are_not_money_are_left_alone(text: str) -> None:
    assert list(find_amounts(text)) == []


@given(st.text())
def test_find_amounts_on_any_text_yields_true_spans(text: str) -> None:
    previous_end = 0
    for mention in find_amounts(text):
        assert text[mention.span.start : mention.span.end] == mention.raw
        assert mention.span.start >= previous_end
        previous_end = mention.span.end
        assert mention.amount == parse_amount(mention.raw)


@given(
    written_amounts(),
    st.sampled_from(["Paid ", "(", "x: ", ""]),
    st.sampled_from([".", "", ")", " each", ", and"]),
)
def test_dollar_amounts_are_found_in_a_sentence(
    written: WrittenAmount, before: str, after: str
) -> None:
    raw = written.text.strip()
    mentions = list(find_amounts(before + raw + after))
    if written.in_running_text:
        assert [(m.raw, m.span.start) for m in mentions] == [(raw, len(before))]
        assert mentions[0].amount == parse_amount(raw)
    else:
        assert all(m.raw != raw for m in mentions)


# --- format_amount ---------------------------------------------------------------------------

FORMATTED = [
    (Amount.exact(D("1476400")), "$1,476,400"),
    (Amount.exact(D("522943.00")), "$522,943.00"),
    (Amount.exact(D("0.75")), "$0.75"),
    (Amount.exact(D("1E+3")), "$1,000"),
    (Amount.exact(D("-0")), "$0"),
    (Amount.exact(D("5000"), "EUR"), "EUR 5,000"),
    (Amount(D(1900000), D(1850000), D(1950000)), "$1.9M"),
    (Amount(D(1900000), D(1895000), D(1905000)), "$1.90M"),
    (Amount(D(2000000), D(1500000), D(2500000)), "$2M"),
    (Amount(D(250000), D(249500), D(250500)), "$250K"),
    (Amount(D(500000000), D(450000000), D(550000000)), "$0.5B"),
    (Amount(D(1500000000000), D(1450000000000), D(1550000000000), "GBP"), "GBP 1.5T"),
    (Amount(D(0), D(0), D(500000)), "$0M"),
    # a sum of rounded figures is no single figure: value and bounds, not read back
    (
        Amount(D(1937509), D(1887509), D(1987509)),
        "$1,937,509 (between $1,887,509 and $1,987,509)",
    ),
]


@pytest.mark.parametrize(("amount", "text"), FORMATTED, ids=[text for _, text in FORMATTED])
def test_amounts_are_written_as_news_text_writes_them(amount: Amount, text: str) -> None:
    assert format_amount(amount) == text


@given(written_amounts())
def test_what_parse_reads_format_writes_back(written: WrittenAmount) -> None:
    amount = parse_amount(written.text)
    again = parse_amount(format_amount(amount))
    assert again == amount
    assert (str(again.value), str(again.low), str(again.high)) == (
        str(amount.value),
        str(amount.low),
        str(amount.high),
    )


@given(st.text(alphabet="$US0123456789., \u00a0kKMmBbnilo-", max_size=200))
def test_every_found_amount_is_valid(text: str) -> None:
    for mention in find_amounts(text):
        _assert_valid(mention.amount)
