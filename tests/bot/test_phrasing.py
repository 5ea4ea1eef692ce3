"""Values said back as a visitor would say them; acknowledgements that vary; possessives right."""

from __future__ import annotations

from datetime import date

from bot.actions.phrasing import (
    ACKNOWLEDGEMENTS,
    acknowledgement,
    amount,
    describe,
    heard_back,
    noted,
    said_back,
    sayable,
)
from nlu.attributes import Attributes, Authority, Budget, Location, Range, Timing
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


def test_a_start_is_said_back_as_the_period_the_visitor_gave_not_a_computed_day() -> None:
    end_of_q1 = Attributes(timing=Timing(horizon_days=118, target_date="2027-03-31", status="stated"))
    in_february = Attributes(timing=Timing(horizon_days=83, target_date="2027-02-14", status="stated"))
    assert describe("timing", end_of_q1) == "a start by the end of March 2027"
    assert describe("timing", in_february) == "a start in February 2027"


def test_what_was_heard_is_said_back_by_value_and_a_role_without_a_title_is_not() -> None:
    attrs = Attributes(company_size=Range(50, 50), location=Location(country="DE", city="Berlin"),
                       authority=Authority(title=None, seniority="unknown", role="influencer"))
    assert heard_back(["company_size", "location"], attrs) == "Noted: about 50 people and a base in Berlin, Germany."
    assert not sayable(attrs, "authority") and sayable(attrs, "company_size")


def test_a_role_without_a_title_is_said_back_as_who_decides_never_as_your_role() -> None:
    """Found playing make run: "the other partner signs off anything over 5k" at a confirmation got "Got it, your
    role and help with your website", which says nothing the visitor could check."""
    other = Attributes(authority=Authority(title=None, seniority="unknown", role="influencer"))
    mine = Attributes(authority=Authority(title=None, seniority="unknown", role="decision_maker"))
    unknown = Attributes(authority=Authority(title=None, seniority="unknown", role="unknown"))
    assert said_back(["authority"], other) == "Got it, that someone else makes the decision."
    assert said_back(["authority"], mine) == "Got it, that the decision is yours."
    assert said_back(["authority"], unknown) is None
    titled = Attributes(authority=Authority(title="CMO", seniority="c_level", role="decision_maker"))
    assert said_back(["authority"], titled) == "Got it, your role as CMO."


def test_a_worked_out_value_is_confirmed_as_worked_out() -> None:
    text = "we spent 60k last year, half that now"
    attrs = extract(text, now=date(2026, 11, 23), default_currency="USD")
    assert noted(["budget"], attrs) == "I noted a budget of about $30k, worked out from what you said. Is that right?"


def test_who_a_visitor_is_is_said_back_as_a_clause_not_as_a_role() -> None:
    student = Attributes(persona="student",
                         authority=Authority(title="student", seniority="individual_contributor", role="user"))
    assert noted(["authority"], student) == "I noted that you're a student. Is that right?"
    assert sayable(Attributes(persona="job_seeker"), "authority")
    assert describe("authority", Attributes(persona="job_seeker")) == "that you're looking for a job"
    coordinator = Authority(title="marketing coordinator", seniority="individual_contributor", role="influencer")
    assert describe("authority", Attributes(authority=coordinator)) == "your role as marketing coordinator"
    competitor = Attributes(persona="competitor", authority=coordinator)
    assert describe("authority", competitor) == \
        "your role as marketing coordinator and that you work for a competitor of ours"


def test_a_country_said_alone_takes_the_article_english_gives_it() -> None:
    assert describe("location", Attributes(location=Location(country="GB"))) == "a base in the United Kingdom"
    assert describe("location", Attributes(location=Location(country="NL"))) == "a base in the Netherlands"
    assert describe("location", Attributes(location=Location(country="DE"))) == "a base in Germany"
    assert describe("location", Attributes(location=Location(country="US", city="Denver"))) == \
        "a base in Denver, United States"
