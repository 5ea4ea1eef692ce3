"""Each BANT letter's rules, with the default playbook's points and shares."""

from __future__ import annotations

import pytest

from qualification import parse_playbook, qualify

from .leads import attrs


def letter(playbook, name, **lead):
    return next(s for s in qualify(attrs(**lead), playbook).bant if s.letter == name)


def test_the_letters_points_add_up_to_the_score(playbook):
    result = qualify(attrs(
        budget={"min": 20000, "max": 30000}, authority={"title": "VP of Marketing", "seniority": "vp", "role": "decision_maker"},
        need={"categories": ["seo"]}, timing={"horizon_days": 38},
    ), playbook)
    assert [s.letter for s in result.bant] == ["budget", "authority", "need", "timing"]
    assert [s.max_points for s in result.bant] == [30, 25, 25, 20]
    assert result.score == sum(s.points for s in result.bant)


@pytest.mark.parametrize("budget, points, reason", [
    ({"min": 50000, "max": 50000}, 30, "50,000 USD one-off: at least 50,000 USD"),
    ({"min": 5000, "max": 5000, "period": "month"}, 30, "5,000 USD a month (~60,000 USD a year): at least 50,000 USD"),
    ({"min": 6000, "max": 6000, "period": "quarter"}, 21, "6,000 USD a quarter (~24,000 USD a year): at least 20,000 USD"),
    ({"min": 10000, "max": 10000, "period": "year"}, 12, "10,000 USD a year: at least 8,000 USD"),
    ({"min": 20000, "max": 30000, "period": "one_time"}, 21, "25,000 USD one-off: at least 20,000 USD"),
    ({"max": 100000}, 30, "100,000 USD one-off: at least 50,000 USD"),
    ({"min": 250000}, 30, "250,000 USD one-off: at least 50,000 USD"),
    ({"min": 500, "max": 500, "period": "month"}, 5, "500 USD a month (~6,000 USD a year): at least 1 USD"),
    ({"min": 0, "max": 0}, 0, "0 USD one-off: below 1 USD"),
])
def test_budget_is_normalised_to_a_yearly_amount_and_tiered(playbook, budget, points, reason):
    score = letter(playbook, "budget", budget=budget)
    assert (score.points, score.reason) == (points, reason)


def test_budget_in_another_currency_uses_the_playbooks_rate(playbook):
    score = letter(playbook, "budget", budget={"min": 40000, "max": 40000, "currency": "EUR", "period": "year"})
    assert score.reason == "40,000 EUR a year (~43,200 USD a year): at least 20,000 USD"
    assert score.points == 21


def test_budget_in_a_currency_without_a_rate_counts_as_unknown(playbook):
    score = letter(playbook, "budget", budget={"min": 5_000_000, "max": 5_000_000, "currency": "MNT"})
    assert score.points == 6  # unknown_share 0.2 of 30
    assert score.reason == "5,000,000 MNT: no exchange rate for MNT in the playbook"


@pytest.mark.parametrize("budget, points, reason", [
    (None, 0, "budget not discussed yet"),
    ({"status": "none"}, 0, "no budget set aside yet"),
    ({"status": "unknown"}, 6, "does not know the budget yet"),
    ({"status": "stated"}, 6, "does not know the budget yet"),
])
def test_budget_without_an_amount(playbook, budget, points, reason):
    lead = {} if budget is None else {"budget": budget}
    score = letter(playbook, "budget", **lead)
    assert (score.points, score.reason) == (points, reason)


def test_period_factors_come_from_the_playbook(playbook_data):
    playbook_data["bant"]["budget"]["period_factors"]["month"] = 3  # a marketer judging a quarter's commitment
    playbook = parse_playbook(playbook_data)
    score = letter(playbook, "budget", budget={"min": 5000, "max": 5000, "period": "month"})
    assert score.reason == "5,000 USD a month (~15,000 USD a year): at least 8,000 USD"


@pytest.mark.parametrize("authority, points, reason", [
    ({"title": "CTO", "seniority": "c_level", "role": "decision_maker"}, 25, "CTO (c level, decision maker)"),
    ({"title": "VP Sales", "seniority": "vp", "role": "decision_maker"}, 24, "VP Sales (vp, decision maker)"),
    ({"title": "Marketing Manager", "seniority": "manager", "role": "decision_maker"}, 19, "Marketing Manager (manager, decision maker)"),
    ({"title": "CEO", "seniority": "c_level", "role": "influencer"}, 20, "CEO (c level, influencer)"),
    ({"title": "Marketing Manager", "seniority": "manager", "role": "influencer"}, 14, "Marketing Manager (manager, influencer)"),
    ({"title": "Analyst", "seniority": "individual_contributor", "role": "user"}, 6, "Analyst (individual contributor, user)"),
    ({"title": "Head of Growth", "seniority": "director", "role": "unknown"}, 19, "Head of Growth (director)"),
    ({"seniority": "unknown", "role": "unknown"}, 5, "title not given (seniority and say in the decision unknown)"),
])
def test_authority_blends_the_role_in_the_decision_with_seniority(playbook, authority, points, reason):
    score = letter(playbook, "authority", authority=authority)
    assert (score.points, score.reason) == (points, reason)


def test_role_weight_comes_from_the_playbook(playbook_data):
    playbook_data["bant"]["authority"]["role_weight"] = 1.0
    playbook = parse_playbook(playbook_data)
    score = letter(playbook, "authority", authority={"title": "Coordinator", "seniority": "individual_contributor", "role": "decision_maker"})
    assert score.points == 25


@pytest.mark.parametrize("need, points, reason", [
    ({"summary": "our SEO is terrible", "categories": ["seo"]}, 25, "matches our Search engine optimisation"),
    ({"categories": ["crm", "marketing_automation"]}, 25, "matches our CRM implementation, Marketing automation"),
    ({"summary": "we need a new payroll system", "categories": []}, 5, "what they described: not a service we offer"),
    ({"categories": ["payroll"]}, 5, "payroll: not a service we offer"),
    ({"categories": []}, 0, "says there is no need"),
])
def test_need_categories_map_to_the_services_offered(playbook, need, points, reason):
    score = letter(playbook, "need", need=need)
    assert (score.points, score.reason) == (points, reason)


def test_need_not_discussed(playbook):
    assert letter(playbook, "need").reason == "need not discussed yet"


@pytest.mark.parametrize("timing, points, reason", [
    ({"horizon_days": 10}, 20, "wants to start in 10 days: within 30 days"),
    ({"horizon_days": 38, "target_date": "2026-12-31"}, 17, "wants to start in 38 days (by 2026-12-31): within 90 days"),
    ({"horizon_days": 130}, 12, "wants to start in 130 days: within 180 days"),
    ({"horizon_days": 300}, 6, "wants to start in 300 days: within 365 days"),
    ({"horizon_days": 500}, 2, "wants to start in 500 days: beyond 365 days"),
    ({"horizon_days": -3}, 20, "wants to start in 0 days: within 30 days"),
    ({"status": "no_timeline"}, 0, "just researching, no timeline"),
    ({"status": "unknown"}, 4, "does not know when yet"),
])
def test_timing_horizons(playbook, timing, points, reason):
    score = letter(playbook, "timing", timing=timing)
    assert (score.points, score.reason) == (points, reason)
