"""What the visitor's business holds, raised or sells at is no budget: assets ("~$900M in assets", "900 Mio. € an
Vermögen"), funding ("we raised 2M", "nous avons levé 2 M€", "2 milioni di euro di finanziamento"), contract values
and deal sizes ("ACVs between 40 and 120k", "ticket médio de 5 mil"). A budget said beside them stays the budget."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("Marketing Manager at a regional credit union in Wisconsin. 14 branches, ~$900M in assets.", "en"),
    ("we sell b2b cybersecurity software, ACVs between 40 and 120k, mostly to mid-market banks", "en"),
    ("we raised 2M last year", "en"),
    ("we have $3M under management", "en"),
    ("Wir verwalten rund 900 Mio. € an Vermögen", "de"),
    ("wir haben 2 Mio. € Finanzierung eingesammelt", "de"),
    ("nous avons levé 2 M€ l'an dernier", "fr"),
    ("la taille moyenne de nos contrats est de 25 000 €", "fr"),
    ("hemos levantado 2 millones de euros de inversión", "es"),
    ("levantamos 2 milhões em investimento", "pt"),
    ("ticket médio de 5 mil reais, vendemos para indústrias", "pt"),
    ("abbiamo raccolto 2 milioni di euro di finanziamento", "it"),
    ("we hebben 2 miljoen euro aan financiering opgehaald", "nl"),
    ("our AUM is 1.2B", "en"),
    ("nous gérons 900 M€ d'actifs", "fr"),
    ("gestionamos 900 millones de euros en activos", "es"),
    ("temos 900 milhões em ativos sob gestão", "pt"),
    ("gestiamo 900 milioni di euro di patrimonio", "it"),
    ("we beheren 900 miljoen euro aan vermogen", "nl"),
])
def test_what_the_business_holds_raised_or_sells_at_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang, low", [
    ("we raised 2M and can spend 20k a month on marketing", "en", 20000),
    ("the budget was raised from 10k to 14k", "en", 14000),
    ("on a levé 2 M€ et notre budget marketing est de 10 000 € par mois", "fr", 10000),
    ("total assets of about $900M, marketing budget 20k a month", "en", 20000),
    ("we have a budget of 5 million of dollars for marketing", "en", 5000000),
])
def test_a_budget_beside_them_or_raised_is_the_budget(text, lang, low):
    assert extract(text, lang=lang, now=NOW).budget.min == low
