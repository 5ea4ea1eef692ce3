"""French "CA" (chiffre d'affaires) after a sum ("On a fait 3 M€ de CA l'an dernier") names it a revenue; "ca." as
circa, and California, leave a budget a budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, amount", [
    ("On a fait 3 M€ de CA l'an dernier, mais pour le marketing on n'a pas encore de budget", 3_000_000),
    ("3 M€ de CA", 3_000_000),
    ("on fait environ 800 k€ de CA par an", 800_000),
    ("l'an dernier on a fait 1,2 M€ de CA", 1_200_000),
])
def test_a_sum_of_ca_is_the_revenue(text, amount):
    result = extract(text, lang="fr", now=NOW)
    assert result.revenue.min == amount and (result.budget is None or result.budget.min is None)


@pytest.mark.parametrize("text, lang", [
    ("budget of ca. 5000 euros", "en"),
    ("we are in CA, budget 5k", "en"),
    ("Budget ca. 5.000 € im Monat", "de"),
    ("arround 5k", "en"),
])
def test_circa_or_california_leaves_the_budget(text, lang):
    result = extract(text, field="budget", lang=lang, now=NOW)
    assert result.revenue is None and result.budget.min == 5000
