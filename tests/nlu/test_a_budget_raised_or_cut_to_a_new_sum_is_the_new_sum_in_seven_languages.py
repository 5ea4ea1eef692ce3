"""A budget said as what it was, then raised or cut to another sum ("Il budget era 8.000 euro ma l'hanno alzato a
11.000") is the new sum, in the old one's currency and period; "bumped up to 11k" is a change, not a ceiling. The new
figure read as a bare number said after a budget is not dropped as a past fact ("raised" is past tense)."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("The budget was 8,000 euros but they raised it to 11,000", "en"),
    ("Das Budget war 8.000 Euro, aber sie haben es auf 11.000 erhöht", "de"),
    ("Das Budget war 8.000 Euro, aber es wurde auf 11.000 Euro aufgestockt", "de"),
    ("Le budget était de 8 000 euros mais ils l'ont augmenté à 11 000", "fr"),
    ("El presupuesto era de 8.000 euros pero lo subieron a 11.000", "es"),
    ("O orçamento era 8.000 euros mas aumentaram para 11.000", "pt"),
    ("Il budget era 8.000 euro ma l'hanno alzato a 11.000, partiamo a gennaio", "it"),
    ("Het budget was 8.000 euro maar ze hebben het verhoogd naar 11.000", "nl"),
    ("Het budget was 8.000 euro, maar ze hebben het naar 11.000 verhoogd", "nl"),
])
def test_the_budget_raised_to_a_sum_is_that_sum_in_the_old_currency(text: str, lang: str) -> None:
    for hint in (lang, None):
        budget = extract(text, now=NOW, lang=hint).budget
        assert budget is not None and (budget.min, budget.max, budget.currency) == (11000, 11000, "EUR"), hint


@pytest.mark.parametrize("text, amount, period", [
    ("budget was 3k a month but they've raised it to 4k", 4000, "month"),
    ("The budget was 8k but it got bumped up to 11k", 11000, None),
    ("we had a 5k budget but our CEO cut it to 3k", 3000, None),
])
def test_the_new_sum_keeps_the_old_ones_period_and_is_no_ceiling(text: str, amount: int, period: str | None) -> None:
    budget = extract(text, now=NOW).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (amount, amount, period)


@pytest.mark.parametrize("text, lang, amount", [
    # prices, not the budget, went up: the budget stays
    ("budget is 8k, and they raised their prices to 11k", "en", 8000),
    ("Il budget è 8.000 euro e i prezzi sono saliti a 11.000", "it", 8000),
    # a ceiling said as "up to" stays a ceiling
    ("we can spend up to 11k", "en", None),
])
def test_a_sum_something_else_rose_to_leaves_the_budget(text: str, lang: str, amount: int | None) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and budget.min == amount


def test_a_past_spend_cut_when_something_paused_is_still_no_budget() -> None:
    assert extract("spend was 15k/mo last year, we cut it to 6k when we paused everything", now=NOW).budget is None
