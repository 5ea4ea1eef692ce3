"""A price of ours the visitor quotes before their own budget ("your packages start at 5k, our budget is 3k") is not
the budget; the budget they name after it is. In English the budget was lost (3k read as more of our price); in the
other six our price was taken for the budget ("vuestros planes empiezan en 5.000 €, nuestro presupuesto es de 3.000
€" was a budget of 5,000), for "your" in the plural or polite form was read only before the noun in the singular
("vuestro plan", not "vuestros planes", "eure Pakete", "vos forfaits", "i vostri pacchetti", "jullie pakketten").

Near misses: our price alone ("your packages start at 5k", "eure Pakete kosten 5.000 €", "vuestros planes empiezan en
5.000 €") is no budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, value", [
    ("your packages start at 5k, our budget is 3k", 3000),
    ("vuestros planes empiezan en 5.000 €, nuestro presupuesto es de 3.000 €", 3000),
    ("eure Pakete starten bei 5.000 €, unser Budget liegt bei 3.000 €", 3000),
    ("vos forfaits commencent à 5 000 €, notre budget est de 3 000 €", 3000),
    ("os vossos planos começam em 5.000 €, o nosso orçamento é de 3.000 €", 3000),
    ("i vostri pacchetti partono da 5.000 €, il nostro budget è di 3.000 €", 3000),
    ("jullie pakketten beginnen bij 5.000 euro, ons budget is 3.000 euro", 3000),
])
def test_the_budget_named_after_our_price_is_the_budget(text: str, value: int) -> None:
    for field in (None, "budget"):
        budget = extract(text, field=field, now=NOW).budget
        assert budget is not None and (budget.min, budget.max) == (value, value), field


@pytest.mark.parametrize("text", [
    "your packages start at 5k",
    "eure Pakete kosten 5.000 €",
    "vuestros planes empiezan en 5.000 €",
    "i vostri pacchetti partono da 5.000 €",
])
def test_our_price_alone_is_no_budget(text: str) -> None:
    assert extract(text, field=None, now=NOW).budget is None
