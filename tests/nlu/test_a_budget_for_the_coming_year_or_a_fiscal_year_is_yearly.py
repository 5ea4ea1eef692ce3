"""A budget said for the coming year ("fürs nächste Jahr sind 18.000 € eingeplant", "pour l'année prochaine") or for a
fiscal year written short ("INR 1.2 crore for FY27", "300k for FY2027") is a yearly budget, in seven languages."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, amount", [
    ("Letztes Jahr hatten wir 12.000 € für Google Ads, fürs nächste Jahr sind eher 18.000 € eingeplant", "de", 18000),
    ("Für das kommende Jahr haben wir 18.000 € eingeplant", "de", 18000),
    ("L'an dernier on avait 12 000 €, pour l'année prochaine on prévoit plutôt 18 000 €", "fr", 18000),
    ("El año pasado teníamos 12.000 €, para el próximo año hemos previsto 18.000 €", "es", 18000),
    ("No ano passado tínhamos 12.000 €, para o próximo ano prevemos 18.000 €", "pt", 18000),
    ("L'anno scorso avevamo 12.000 €, per l'anno prossimo abbiamo previsto 18.000 €", "it", 18000),
    ("Vorig jaar hadden we 12.000 euro, voor volgend jaar is 18.000 euro ingepland", "nl", 18000),
    ("last year we had 12k for google ads, for next year we've planned 18k", "en", 18000),
    ("Approved amount is INR 1.2 crore for FY27, including media.", "en", 12_000_000),
    ("we have 300k for FY2027", "en", 300_000),
])
def test_the_budget_is_yearly(text, lang, amount):
    budget = extract(text, field="budget", lang=lang, now=NOW).budget
    assert (budget.min, budget.period) == (amount, "year")


@pytest.mark.parametrize("text", ["about 5k a month", "around 20k for the website, one-off"])
def test_a_budget_with_another_period_keeps_it(text):
    assert extract(text, field="budget", now=NOW).budget.period in ("month", "one_time")
