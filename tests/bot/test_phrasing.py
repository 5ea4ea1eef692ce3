"""Values said back as a visitor would say them; acknowledgements that vary; possessives right."""

from __future__ import annotations

from datetime import date

from bot.actions.phrasing import ACKNOWLEDGEMENTS, acknowledgement, amount, describe, noted, said_back
from nlu.attributes import Attributes, Budget, Location, Range
from nlu.extract import extract
from qualification import DEFAULT_PLAYBOOK, load_playbook


def test_amounts_are_short_with_the_currencys_symbol() -> None:
    assert amount(60000, "GBP") == "£60k"
    assert amount(1_500_000, "USD") == "$1.5M"
    assert amount(2000, "EUR") == "€2k"
    assert amount(12000, "CHF") == "12k CHF"
    assert amount(800, None) == "800"


def test_values_are_described_in_the_visitors_terms() -> None:
    attrs = Attributes(budget=Budget(min=60000, max=60000, currency="GBP"), company_size=Range(300, 300),
                       location=Location(country="GB", city="Manchester"))
    assert describe("budget", attrs) == "a budget of about £60k"
    assert describe("company_size", attrs) == "about 300 people"
    assert describe("location", attrs) == "a base in Manchester, United Kingdom"
    assert describe("timing", attrs) is None
    assert describe("budget", Attributes(budget=Budget(min=2000, max=2000, currency="GBP", period="month"))) == \
        "a budget of about £2k a month"
    assert describe("budget", Attributes(budget=Budget(status="none"))) == "no budget set yet"


def test_every_attribute_the_extractor_gives_can_be_described() -> None:
    attrs = extract("I'm Jane Doe, VP Marketing at Acme, 50-100 people in fintech, Berlin, we use HubSpot, "
                    "budget 20-30k, revenue 5M, we need SEO, start next month, jane@acme.io", now=date(2026, 11, 23))
    for name in ("budget", "authority", "need", "timing", "company_size", "revenue", "industry", "location",
                 "tech_stack", "email"):
        if getattr(attrs, name):
            assert describe(name, attrs), name


def test_a_confirmation_and_a_correction_read_as_one_line() -> None:
    attrs = Attributes(budget=Budget(min=60000, max=60000, currency="GBP"), company_size=Range(300, 300))
    assert noted(["budget", "company_size"], attrs) == "I noted a budget of about £60k and about 300 people. Is that right?"
    assert said_back(["company_size"], attrs) == "Got it, about 300 people."


def test_acknowledgements_vary_from_turn_to_turn() -> None:
    said = {acknowledgement("conv-1", turn) for turn in range(len(ACKNOWLEDGEMENTS))}
    assert said == set(ACKNOWLEDGEMENTS)
    assert acknowledgement("conv-1", 3) != acknowledgement("conv-1", 4)


def test_a_company_name_ending_in_s_takes_the_apostrophe_alone() -> None:
    company = load_playbook(DEFAULT_PLAYBOOK).company
    assert company.possessive == "Brightline Growth Partners'"
    from dataclasses import replace
    assert replace(company, name="Acme").possessive == "Acme's"
