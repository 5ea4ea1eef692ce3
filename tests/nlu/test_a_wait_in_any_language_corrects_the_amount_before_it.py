"""A "wait" in the visitor's own language ("Moment, es sind 24.000", "attendez, c'est 24 000") corrects the amount
said before it in the same message, as "wait, it's 24k" does in English.

Persona set 8's matthias wrote "so um die 20.000 im Jahr - Moment, es sind 24.000, hab grad nachgeschaut" at the
budget question, and 20,000 was stored.
"""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("so um die 20.000 im Jahr - Moment, es sind 24.000, hab grad nachgeschaut", "de"),
    ("20.000 pro Jahr, warte mal, 24.000", "de"),
    ("environ 20 000 par an - attendez, c'est 24 000", "fr"),
    ("unos 20.000 al año - espera, son 24.000", "es"),
    ("uns 20 mil por ano - espera, são 24 mil", "pt"),
    ("circa 20.000 l'anno - aspetta, sono 24.000", "it"),
    ("zo'n 20.000 per jaar - wacht, het is 24.000", "nl"),
])
def test_the_amount_after_the_wait_is_the_budget(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == budget.max == 24000, budget


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("im Moment haben wir 5.000 im Monat", "de", 5000),
    ("wir warten auf die Freigabe von 20.000", "de", 20000),
    ("esperamos gastar unos 10.000", "es", 10000),
    ("ik wacht op de goedkeuring van 15.000 euro", "nl", 15000),
])
def test_the_same_words_meaning_something_else_change_nothing(text: str, lang: str, amount: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == amount, budget
