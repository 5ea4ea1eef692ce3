"""An approval line and the visitor's own ceiling below it ("the CFO approves anything above 100k so realistically
we'd keep it under 85k") make the ceiling the budget, never the line; in seven languages. The line alone stays an
approval line, no budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, high", [
    ("the CFO approves anything above 100k so realistically we'd keep it under 85k", "en", 85000),
    ("anything over 50k needs board sign-off, so we want to stay below 45k", "en", 45000),
    ("our CEO signs off on anything over $20k, so we'll keep this under $18k", "en", 18000),
    ("procurement kicks in above 25k, so we'd aim to stay under 24k", "en", 24000),
    ("alles über 100.000 € muss der CFO freigeben, also bleiben wir lieber unter 85.000 €", "de", 85000),
    ("au-delà de 100 000 € il faut l'approbation du CFO, donc on restera sous 85 000 €", "fr", 85000),
    ("todo lo que pase de 100.000 € lo aprueba el CFO, así que nos quedaremos por debajo de 85.000 €", "es", 85000),
    ("acima de 100.000 € o CFO tem de aprovar, por isso vamos ficar abaixo de 85.000 €", "pt", 85000),
    ("sopra i 100.000 € serve l'approvazione del CFO, quindi restiamo sotto gli 85.000 €", "it", 85000),
    ("boven 100.000 euro moet de CFO goedkeuren, dus we blijven onder 85.000 euro", "nl", 85000),
])
def test_the_visitors_ceiling_below_the_line_is_the_budget(text, lang, high):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max) == (None, high)


@pytest.mark.parametrize("text", [
    "the CFO approves anything above 100k",
    "anything over 50k needs board sign-off",
    "our CEO signs off on anything over $20k, so I'd need to loop her in",
    "our CFO signs off on everything, so anything over 10k goes to the board",
    "the board approves big spends, also anything above 25k needs a purchase order",
])
def test_the_approval_line_alone_is_no_budget(text):
    assert extract(text, lang="en", now=NOW).budget is None
