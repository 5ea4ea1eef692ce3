"""Budget: a currency said in a bracket right after the sum ("maybe 20k, tops 30 (AUD)", batch_50 stored US dollars;
"10k (in AUD)", "around 10k [GBP]") is the sum's currency, in the seven languages; a bracket that says something
else keeps the default, and a bracket after a sum in another currency does not change it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high", "currency"), [
    ("maybe 20k, tops 30 (AUD)", "en", 20000, 30000, "AUD"),
    ("20-30k (AUD)", "en", 20000, 30000, "AUD"),
    ("about 15k (CAD)", "en", 15000, 15000, "CAD"),
    ("around 10k [GBP]", "en", 10000, 10000, "GBP"),
    ("10k (in AUD)", "en", 10000, 10000, "AUD"),
    ("10k (aud)", "en", 10000, 10000, "AUD"),
    ("maybe 20k, tops 30 (in Aussie dollars)", "en", 20000, 30000, "AUD"),
    ("vielleicht 20.000, höchstens 30.000 (CHF)", "de", 20000, 30000, "CHF"),
    ("peut-être 20k, max 30k (CAD)", "fr", 20000, 30000, "CAD"),
    ("unos 20 mil, como mucho 30 (MXN)", "es", 20000, 30000, "MXN"),
    ("cerca de 20 mil, no máximo 30 (BRL)", "pt", 20000, 30000, "BRL"),
    ("forse 20k, al massimo 30 (CHF)", "it", 20000, 30000, "CHF"),
    ("misschien 20k, hooguit 30 (EUR)", "nl", 20000, 30000, "EUR"),
])
def test_a_currency_in_a_bracket_after_the_sum_is_its_currency(text: str, lang: str, low: int, high: int, currency: str) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.currency) == (low, high, currency)


@pytest.mark.parametrize(("text", "currency"), [
    ("10k (roughly)", "USD"),
    ("5k (ABC agency quoted us 8k)", "USD"),
    ("€10k (CHF would be fine too)", "EUR"),
])
def test_a_bracket_saying_something_else_keeps_the_currency(text: str, currency: str) -> None:
    budget = extract(text, "budget", now=NOW).budget
    assert budget is not None and budget.currency == currency
