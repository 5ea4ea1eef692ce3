"""Amounts said to a Portuguese visitor are written as Portugal writes them, and to a Brazilian as Brazil does.

The phrasebook's "pt" is Portugal's Portuguese, but babel's bare "pt" locale is Brazil's: before, a visitor in
Lisbon read "€ 60.000" and "1.200 pessoas" in sentences otherwise written for Portugal.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import money, number


@pytest.mark.parametrize(("tag", "amount", "people"), [
    ("pt", "60\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}€", "1\N{NO-BREAK SPACE}200"),
    ("pt-BR", "€\N{NO-BREAK SPACE}60.000", "1.200"),
])
def test_an_amount_and_a_count_follow_the_country_of_the_portuguese_spoken(tag: str, amount: str, people: str) -> None:
    assert money(60000, "EUR", tag).replace("\N{NARROW NO-BREAK SPACE}", "\N{NO-BREAK SPACE}") == amount
    assert number(1200, tag).replace("\N{NARROW NO-BREAK SPACE}", "\N{NO-BREAK SPACE}") == people


def test_the_other_languages_keep_their_own_formats() -> None:
    assert money(60000, "EUR", "de") == "60.000\N{NO-BREAK SPACE}€"
    assert number(12000, "es") == "12.000"
