"""The line above which someone else signs off ("the MD has final say on anything above R50 000") is no budget,
whatever the currency's notation: written with the rand's "R", "KSh", "CHF" or "RM" before the figure the line was
read as a budget of that sum, as "above 50k" or "above $50k" never were. Near miss: a budget said in its own clause
beside the sign-off stays the budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("I'm the marketing manager, the MD (my dad) has final say on anything above R50 000", "en"),
    ("the MD has final say on anything above R50,000", "en"),
    ("the MD signs off anything over KSh 500,000", "en"),
    ("the MD has final say on anything above CHF 50'000", "en"),
    ("the MD has final say on anything above RM 50k", "en"),
    ("the MD has final say on anything above ₦5m", "en"),
    ("the CEO signs off anything over €50.000", "en"),
    ("the CEO has final say on anything above 50 000 zł", "en"),
    ("the CEO has final say on anything above $50k", "en"),
    ("Ich bin Marketingleiterin, alles über 50.000 € muss der Geschäftsführer freigeben", "de"),
    ("je suis responsable marketing, au-delà de 50 000 € c'est le DG qui signe", "fr"),
    ("soy la responsable de marketing, por encima de 50.000 € decide el director general", "es"),
    ("sono la responsabile marketing, sopra i 50.000 € decide l'amministratore delegato", "it"),
    ("sou a gerente de marketing, acima de R$ 50 mil quem decide é o diretor", "pt"),
    ("ik ben marketingmanager, boven de € 50.000 beslist de directeur", "nl"),
])
def test_the_line_someone_signs_off_above_is_no_budget(text: str, lang: str) -> None:
    for field in (None, "authority"):
        assert extract(text, field=field, now=NOW, lang=lang).budget is None, field


@pytest.mark.parametrize("text", [
    "budget is R50 000, the MD has final say",
    "we can spend R50 000 but the MD has final say",
])
def test_a_budget_beside_a_sign_off_is_still_the_budget(text: str) -> None:
    budget = extract(text, field=None, now=NOW).budget
    assert budget is not None and (budget.min, budget.currency) == (50000, "ZAR")
