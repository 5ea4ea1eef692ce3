"""A sales-qualified lead can say yes (or reach who does), has a budget that fits what we sell, and a time to buy.

Issue 14: a marketing coordinator with 30k and a two-person shop with 500 dollars a month both scored SQL, as did
three partners with 2 lakh rupees a month (about 2,400 USD, under the smallest programme's 5,000 USD a month): a
high BANT score alone made them sales-qualified. The lead contract and the seeds' SQL ("the money to make a purchase,
and ability to say yes", "purchase intent") ask for all three; what falls short is MQL (identified and interested)
or IQL, with the reason a salesperson reads.
"""

from __future__ import annotations

from typing import Any

import pytest

from nlu.extract import extract
from qualification import Signals, qualify
from qualification.stage import budget_floor

from .leads import attrs

WORK_EMAIL = {"address": "sam@northwind.io", "free_mail": False}


def ready_lead(**changes: Any) -> dict[str, Any]:
    """"I'm the head of marketing at a 120-person software firm in Austin; we need more leads, 40k for a project,
    starting next month.": every letter there, a fit in every way."""
    lead: dict[str, Any] = {
        "authority": {"title": "Head of Marketing", "seniority": "director", "role": "influencer"},
        "need": {"summary": "we need more leads", "categories": ["lead_generation"]},
        "budget": {"min": 40000, "max": 40000, "currency": "USD", "period": None, "status": "stated"},
        "timing": {"horizon_days": 30, "target_date": "2026-12-23", "status": "stated"},
        "company_size": {"min": 120, "max": 120},
        "industry": "software",
        "location": {"country": "US", "city": "Austin"},
        "email": WORK_EMAIL,
        "company": "Northwind",
    }
    lead.update(changes)
    return lead


def stage_of(playbook: Any, **changes: Any) -> tuple[str, tuple[str, ...]]:
    result = qualify(attrs(**ready_lead(**changes)), playbook, Signals(engaged=True))
    return result.stage, result.reasons


def test_a_lead_that_can_decide_pay_and_start_soon_is_sql(playbook):
    assert stage_of(playbook)[0] == "sql"


# --- authority: one who decides, or who has the ear of whoever does --------------------------------------------

@pytest.mark.parametrize("title", ["Marketing Coordinator", "Marketing Specialist", "Data Analyst", "Intern",
                                   "Software Engineer"])
def test_someone_without_a_say_is_not_sql_whatever_the_budget(playbook, title):
    stage, reasons = stage_of(playbook, authority={"title": title, "seniority": "individual_contributor",
                                                   "role": "user"},
                              budget={"min": 30000, "max": 30000, "currency": "USD", "status": "stated"})
    assert stage == "mql"
    assert f"not sales-qualified: '{title}' neither decides nor has said who does" in reasons


def test_a_coordinator_who_says_the_cfo_decides_has_access_to_the_decision_and_is_sql(playbook):
    # "my CFO signs off": an influencer, the way to whoever says yes.
    assert stage_of(playbook, authority={"title": "Marketing Coordinator", "seniority": "individual_contributor",
                                         "role": "influencer"})[0] == "sql"


@pytest.mark.parametrize("seniority", ["c_level", "vp", "director", "manager"])
def test_a_manager_or_above_who_has_not_said_their_part_is_near_the_decision(playbook, seniority):
    assert stage_of(playbook, authority={"title": "Boss", "seniority": seniority, "role": "unknown"})[0] == "sql"


@pytest.mark.parametrize("authority", [
    None,
    {"title": None, "seniority": "unknown", "role": "unknown"},  # "not sure who decides"
    {"title": "Assistant", "seniority": "individual_contributor", "role": "unknown"},
])
def test_no_one_known_to_decide_is_not_sql_yet(playbook, authority):
    lead = ready_lead()
    if authority is None:
        del lead["authority"]
    else:
        lead["authority"] = authority
    assert qualify(attrs(**lead), playbook, Signals(engaged=True)).stage == "mql"


# --- budget: what we sell costs at least so much ------------------------------------------------------------------

@pytest.mark.parametrize("amount, currency, period", [
    (500, "USD", "month"),         # the two-person shop
    (200000, "INR", "month"),      # 2 lakh rupees a month: about 2,400 USD
    (3000, "EUR", "month"),        # about 3,240 USD a month
    (4000, "USD", "month"),        # under the smallest programme's 5,000 a month
    (12000, "GBP", "year"),
    (2000, "USD", None),           # a one-off far below any project
    (5000, "BRL", None),
])
def test_a_budget_far_below_the_smallest_offer_is_not_sql(playbook, amount, currency, period):
    stage, reasons = stage_of(playbook, budget={"min": amount, "max": amount, "currency": currency,
                                                "period": period, "status": "stated"})
    assert stage == "mql"
    assert any("the least our services take" in r for r in reasons)


@pytest.mark.parametrize("amount, currency, period", [
    (5000, "USD", "month"),        # the smallest programme
    (5000, "EUR", "month"),
    (20000, "USD", "quarter"),
    (70000, "USD", "year"),
    (30000, "USD", None),          # a project
    (10000, "EUR", "one_time"),
    (900000, "INR", None),         # about 10,800 USD, a small project
])
def test_a_budget_that_pays_for_a_programme_or_a_project_fits(playbook, amount, currency, period):
    assert stage_of(playbook, budget={"min": amount, "max": amount, "currency": currency, "period": period,
                                      "status": "stated"})[0] == "sql"


def test_a_monthly_budget_is_held_to_the_programmes_and_a_one_off_to_the_projects(playbook):
    assert budget_floor(playbook, "month") == budget_floor(playbook, "year") > budget_floor(playbook, None) > 1


@pytest.mark.parametrize("budget", [
    {"status": "none"},
    {"status": "unknown"},
])
def test_no_budget_or_none_known_is_not_sql(playbook, budget):
    assert stage_of(playbook, budget=budget)[0] == "mql"


def test_a_currency_the_playbook_has_no_rate_for_is_left_to_the_score(playbook):
    # No rate, no comparison: neither let through as a fit nor dropped as a misfit by the budget rule.
    stage, reasons = stage_of(playbook, budget={"min": 10, "max": 10, "currency": "XAU", "status": "stated"})
    assert not any("the least our services take" in r for r in reasons)


# --- timing: a time to buy ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("timing", [
    {"status": "no_timeline"},
    {"status": "unknown"},
    {"horizon_days": 540, "target_date": "2028-05-16", "status": "stated"},
])
def test_no_time_to_buy_in_sight_is_not_sql(playbook, timing):
    assert stage_of(playbook, timing=timing)[0] == "mql"


def test_a_start_within_the_year_is_a_time_to_buy(playbook):
    assert stage_of(playbook, timing={"horizon_days": 300, "target_date": "2027-09-19", "status": "stated"})[0] == "sql"


def test_without_an_email_what_falls_short_of_sql_is_iql(playbook):
    lead = ready_lead(budget={"min": 500, "max": 500, "currency": "USD", "period": "month", "status": "stated"})
    del lead["email"]
    assert qualify(attrs(**lead), playbook, Signals(engaged=True)).stage == "iql"


# --- the same leads in words, in the seven languages --------------------------------------------------------------

SMALL_MONTHLY = {
    "en": "about 500 dollars a month", "de": "etwa 500 Dollar im Monat", "fr": "environ 500 dollars par mois",
    "es": "unos 500 dólares al mes", "pt": "uns 500 dólares por mês", "it": "circa 500 dollari al mese",
    "nl": "ongeveer 500 dollar per maand",
}
COORDINATOR = {
    "en": "I'm the marketing coordinator", "de": "Ich bin Marketing-Koordinatorin",
    "fr": "Je suis coordinatrice marketing", "es": "Soy coordinadora de marketing",
    "pt": "Sou coordenadora de marketing", "it": "Sono coordinatrice marketing", "nl": "Ik ben marketingcoördinator",
}


def _from_words(playbook: Any, field: str, text: str, lang: str) -> str:
    said = extract(text, field=field, now="2026-11-23", lang=lang).to_dict()
    lead = {**ready_lead(), **said}
    return qualify(attrs(**lead), playbook, Signals(engaged=True)).stage


@pytest.mark.parametrize("lang", sorted(SMALL_MONTHLY))
def test_a_small_monthly_budget_said_in_any_language_is_not_sql(playbook, lang):
    assert _from_words(playbook, "budget", SMALL_MONTHLY[lang], lang) == "mql"


@pytest.mark.parametrize("lang", sorted(COORDINATOR))
def test_a_coordinator_in_any_language_is_not_sql(playbook, lang):
    # Said instead of the head of marketing: a title with no say in the decision (or none read) is no authority.
    lead = ready_lead()
    del lead["authority"]
    said = extract(COORDINATOR[lang], field="role", now="2026-11-23", lang=lang).to_dict()
    assert qualify(attrs(**{**lead, **said}), playbook, Signals(engaged=True)).stage == "mql"


@pytest.mark.parametrize("text, lang", [
    ("5.000 € im Monat", "de"), ("5 000 € par mois", "fr"), ("5.000 euros al mes", "es"),
    ("5.000 euros por mês", "pt"), ("5.000 euro al mese", "it"), ("5.000 euro per maand", "nl"),
    ("5,000 dollars a month", "en"),
])
def test_near_miss_the_smallest_programmes_budget_in_any_language_fits(playbook, text, lang):
    assert _from_words(playbook, "budget", text, lang) == "sql"
