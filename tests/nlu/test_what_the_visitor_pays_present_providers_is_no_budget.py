"""What the visitor pays their present providers ("$1,500 mgmt fee to our current mob", "R40 000 a month on Google
Ads through another agency", "combined spend across them is ~$1.8M/yr") is their money, not a budget for us; the sum
they want to pay (a fee "under $1,200", a retainer they "expect to land around $1.2M/yr") is the budget, and "not sure
on budget for you yet" leaves it unknown. A spend with no provider named stays the budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, low, high", [
    ("We install solar + batteries across Perth, 45 staff. Want an agency to take over our Google Ads from Jan. Paying "
     "~$9k/mth in spend + $1,500 mgmt fee to our current mob, want the fee under $1,200", None, 1200),
    ("Director of Demand Gen at a 5,000-person medtech. We're consolidating 4 agencies into 1. Current combined spend "
     "across them is ~$1.8M/yr, we expect the consolidated retainer to land around $1.2M/yr.", 1_200_000, 1_200_000),
    ("we pay 3k a month to our current agency, want to pay about 2k", 2000, 2000),
])
def test_the_sum_the_visitor_wants_to_pay_is_the_budget(text, low, high):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (low, high)


def test_a_spend_through_another_agency_with_the_budget_unsure_is_unknown():
    text = ("Morning. We're an insurance broker in Cape Town, 85 people. We spend about R40 000 a month on Google Ads "
            "through another agency and want to move it in-house with your help — not sure on budget for you yet.")
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max, budget.status) == (None, None, "unknown")


@pytest.mark.parametrize("text", [
    "we pay $2k a month to our existing agency for seo",
    "currently 4k/mo through another agency",
])
def test_a_fee_paid_to_a_present_provider_alone_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


@pytest.mark.parametrize("text, amount", [
    ("we spend about 5k/month on google ads and it's not working", 5000),
    ("we spend 3k a month with google, want someone to run it", 3000),
])
def test_a_spend_with_no_provider_named_is_still_the_budget(text, amount):
    assert extract(text, now=NOW).budget.min == amount


def test_a_sum_the_visitor_would_pay_set_against_a_present_provider_is_the_budget():
    budget = extract("we'd pay 5k a month, compared with our current agency's 8k", now=NOW).budget
    assert (budget.min, budget.period) == (5000, "month")


@pytest.mark.parametrize("text", [
    "currently paying $2,500/mo to an outside firm for PPC",
    "we pay 4k a month to our existing SEO agency, what would you charge?",
])
def test_a_fee_to_an_outside_or_existing_firm_is_no_budget(text):
    assert extract(text, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("Wir zahlen an unsere aktuelle Agentur 3.000 € im Monat, wir möchten eher 2.000 € ausgeben.", "de"),
    ("Nous payons 3 000 € par mois à notre agence actuelle, nous voudrions plutôt dépenser 2 000 €.", "fr"),
    ("Pagamos 3.000 € al mes a nuestra agencia actual, queremos gastar unos 2.000 €.", "es"),
    ("Pagamos 3.000 € por mês à nossa agência atual, queremos gastar uns 2.000 €.", "pt"),
    ("Paghiamo 3.000 € al mese alla nostra agenzia attuale, vorremmo spendere circa 2.000 €.", "it"),
    ("We betalen 3.000 euro per maand aan ons huidige bureau, we willen liever 2.000 euro uitgeven.", "nl"),
])
def test_the_sum_wanted_beside_a_fee_to_the_present_agency_is_the_budget_in_every_language(text, lang):
    assert extract(text, lang=lang, now=NOW).budget.min == 2000


@pytest.mark.parametrize("text, lang", [
    ("Paghiamo 3.000 € al mese alla nostra agenzia attuale.", "it"),
    ("We betalen 3.000 euro per maand aan ons huidige bureau.", "nl"),
    ("Nous payons 3 000 € par mois à notre agence actuelle.", "fr"),
])
def test_a_fee_to_the_present_agency_alone_is_no_budget_in_every_language(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None
