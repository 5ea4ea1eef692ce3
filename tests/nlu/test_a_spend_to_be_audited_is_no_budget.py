"""A spend the visitor wants audited or reviewed ("we put about $1.2M a year into Google and Meta and want someone to
audit it") is what is to be looked at, not the budget for the work, in seven languages; a spend to be taken over or
managed stays the budget, and a budget said beside the audit is read."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("Senior Manager, Performance Marketing — we put about $1.2M a year into Google and Meta and want someone to audit it", "en"),
    ("we spend ~40k a month on paid social, need a second opinion on it", "en"),
    ("we're spending 15k/mo on google ads and would like an audit of the account", "en"),
    ("we spend about 8k a month on linkedin ads, looking for someone to review it", "en"),
    ("wir stecken rund 1,2 Mio. € im Jahr in Google und Meta und suchen jemanden, der das prüft", "de"),
    ("on met environ 1,2 M€ par an dans Google et Meta et on cherche quelqu'un pour auditer tout ça", "fr"),
    ("invertimos unos 1,2 millones de euros al año en Google y Meta y queremos que alguien lo audite", "es"),
    ("investimos cerca de 1,2 milhões de euros por ano em Google e Meta e queremos alguém para auditar isso", "pt"),
    ("investiamo circa 1,2 milioni di euro l'anno su Google e Meta e vogliamo qualcuno che lo verifichi", "it"),
    ("we steken zo'n 1,2 miljoen euro per jaar in Google en Meta en zoeken iemand die dat doorlicht", "nl"),
])
def test_a_spend_to_audit_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, amount", [
    ("we spend about 5k/month on google ads and it's not working", 5000),
    ("we're looking to replace our current agency. we spend about 40k/month on google and meta", 40000),
    ("we spend 20k a month on ads, want someone to audit it, budget for the audit is 5k", 5000),
    ("we spend about 8k a month on google ads, looking for someone to review and manage it", 8000),
    ("we put 3k/month into meta ads, need an agency to audit it and then take it over", 3000),
])
def test_a_spend_to_be_managed_or_a_budget_beside_the_audit_is_read(text, amount):
    assert extract(text, lang="en", now=NOW).budget.min == amount
