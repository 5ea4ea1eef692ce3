"""A budget said as what it was, then raised or cut to a new sum ("the budget was 8,000 euros but they raised it to
11,000"), is no budget once the new sum is found: ``nlu.money.find`` marks the old sum as other money and gives the
new one the old one's period when it says none. The check that the old sum was said as what it was reads a past word
anywhere in its clause; it had been replaced by a same-named pattern that only looks right before a sum, so the old sum
stayed a budget and only ``budget``'s later choice of the newest sum hid it. A budget said as what it is, with
something else raised, stays the budget (near misses)."""

from __future__ import annotations

import pytest

from nlu import money
from nlu.text import Text


def _budgets(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    found = money.find(Text.of(text), None, "USD", lang=lang)
    return [(m.max, m.period) for m in found if m.kind == "budget"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The budget was 8,000 euros a month but they raised it to 11,000", "en"),
        ("We started with 8k a month for this, later they bumped it up to 11k", "en"),
        ("Das Budget war 8.000 Euro im Monat, aber sie haben es auf 11.000 erhöht", "de"),
        ("Le budget était de 8 000 euros par mois mais ils l'ont augmenté à 11 000", "fr"),
        ("El presupuesto era de 8.000 euros al mes pero lo subieron a 11.000", "es"),
        ("O orçamento era 8.000 euros por mês mas aumentaram para 11.000", "pt"),
        ("Il budget era 8.000 euro al mese ma l'hanno alzato a 11.000", "it"),
        ("Het budget was 8.000 euro per maand maar ze hebben het verhoogd naar 11.000", "nl"),
    ],
)
def test_the_old_sum_is_no_budget_and_the_new_one_keeps_its_period(text: str, lang: str) -> None:
    assert _budgets(text, lang) == [(11000, "month")]


@pytest.mark.parametrize(
    "text, lang, budgets",
    [
        # said as what the budget is, and something else went up: the budget stays
        ("Our budget is 8k a month, and they raised their prices to 11k", "en", [(8000, "month")]),
        ("Il budget è 8.000 euro al mese e i prezzi sono saliti a 11.000", "it", [(8000, "month")]),
        # two budgets, none changed
        ("Budget was 8k a month for ads and 3k a month for content", "en", [(8000, "month"), (3000, "month")]),
    ],
)
def test_a_budget_not_changed_to_another_sum_stays(text: str, lang: str, budgets: list) -> None:
    found = _budgets(text, lang)
    assert all(budget in found for budget in budgets), found


def test_the_new_bare_figure_keeps_the_old_sums_scale() -> None:
    # at the budget question, where a bare figure is money ("it was 50k but got cut to 30" is 30k)
    found = money.find(Text.of("the budget was 50k a month but they cut it to 30"), "budget", "USD", lang="en")
    assert [(m.max, m.period) for m in found if m.kind == "budget"] == [(30000, "month")]
