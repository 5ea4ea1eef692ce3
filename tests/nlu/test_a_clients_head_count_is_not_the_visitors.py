"""An agency or adviser describing a client ("for one of our clients, a 600-person SaaS company", "pour un client,
une mutuelle de 600 collaborateurs") gives the client's heads, not the visitor's company size; the visitor's own
count beside it is the size, and a freelancer speaking for a client is no firm of one."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, heads", [
    ("I'm an account director at a small agency (14 of us) in Austin. We're sourcing a partner for one of our clients, "
     "a 600-person SaaS company — they use HubSpot.", "en", 14),
    ("Nous sommes une agence de com' à Bordeaux (11 personnes). On cherche un partenaire pour un client, une mutuelle "
     "de 600 collaborateurs, qui veut de l'automatisation marketing.", "fr", 11),
    ("We're 20 people. Asking for a client, a 300-employee logistics firm.", "en", 20),
])
def test_the_visitors_own_count_is_the_size(text, lang, heads):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


@pytest.mark.parametrize("text", [
    "We're sourcing a partner for one of our clients, a 600-person SaaS company.",
    "Hi, I'm a freelance consultant advising a FTSE 250 retailer on their martech. I'm not the client, I'm helping them shortlist.",
    "I'm a freelancer working on behalf of a client, a retailer with 300 staff",
])
def test_a_clients_heads_are_no_size(text):
    assert extract(text, now=NOW).company_size is None


@pytest.mark.parametrize("text, heads", [
    ("I'm a freelancer, just me, need a website", 1),
    ("we're a 600-person SaaS company, one of our clients said you're good", 600),
])
def test_the_visitors_own_firm_keeps_its_reading(text, heads):
    assert extract(text, now=NOW).company_size.min == heads
