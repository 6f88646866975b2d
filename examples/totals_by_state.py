"""Totals of the seed article's FY 2016 Byrne JAG awards, by state, largest first.

Run: python examples/totals_by_state.py
"""

from __future__ import annotations

from sanctuary_model import format_amount, seed_awards, total, total_by_state


def main() -> None:
    awards = seed_awards()
    by_state = total_by_state(awards)
    for state, amount in sorted(by_state.items(), key=lambda item: -item[1].value):
        print(f"{state.name:<22} {format_amount(amount):>14}")
    grand = total(awards)
    print(f"{'Total':<22} {format_amount(grand):>14}  [{grand.low:,} – {grand.high:,}]")


if __name__ == "__main__":
    main()
