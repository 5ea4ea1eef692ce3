"""ICP criteria, fit and grades with the default playbook."""

from __future__ import annotations

import pytest

from qualification import Criterion, parse_playbook, qualify

from .leads import attrs


def criterion(playbook, name, **lead) -> Criterion:
    return next(c for c in qualify(attrs(**lead), playbook).icp if c.name == name)


@pytest.mark.parametrize("name, lead, met, reason", [
    ("Target industry", {"industry": "fintech"}, True, "fintech"),
    ("Target industry", {"industry": "hospitality"}, False, "hospitality: not a target industry"),
    ("Target industry", {}, None, "industry unknown"),
    ("Company size", {"company_size": {"min": 200, "max": 200}}, True, "about 200 people"),
    ("Company size", {"company_size": {"min": 10, "max": 50}}, True, "about 30 people"),
    ("Company size", {"company_size": {"max": 10}}, False, "about 10 people: outside 20-2,000 people"),
    ("Company size", {"company_size": {"min": 5000}}, False, "about 5,000 people: outside 20-2,000 people"),
    ("Company size", {}, None, "company size unknown"),
    ("Market we serve", {"location": {"country": "DE", "city": "Berlin"}}, True, "DE"),
    ("Market we serve", {"location": {"country": "BR"}}, False, "BR: not a market we serve"),
    ("Market we serve", {"location": {"city": "Springfield"}}, None, "country unknown"),
    ("Annual revenue", {"revenue": {"min": 5_000_000, "currency": "USD"}}, True, "about 5,000,000 USD a year"),
    ("Annual revenue", {"revenue": {"min": 2_000_000, "currency": "EUR"}}, True, "about 2,160,000 USD a year"),
    ("Annual revenue", {"revenue": {"max": 50_000}}, False, "about 50,000 USD a year: outside 1,000,000-500,000,000 USD"),
    ("Annual revenue", {"revenue": {"min": 9_000_000, "currency": "MNT"}}, None, "revenue in MNT: no exchange rate in the playbook"),
    ("Works with our tools", {"tech_stack": ["excel", "hubspot"]}, True, "uses hubspot"),
    ("Works with our tools", {"tech_stack": ["excel", "quickbooks"]}, False, "uses none of our tools (excel, quickbooks)"),
    ("Works with our tools", {}, None, "tools unknown"),
])
def test_each_criterion_is_met_missed_or_unknown(playbook, name, lead, met, reason):
    found = criterion(playbook, name, **lead)
    assert (found.met, found.reason) == (met, reason)


@pytest.mark.parametrize("lead, fit, grade", [
    ({"industry": "fintech", "company_size": {"min": 200}, "location": {"country": "DE"},
      "revenue": {"min": 5_000_000}, "tech_stack": ["hubspot"]}, 100.0, "A"),
    ({"industry": "fintech", "company_size": {"min": 200}, "location": {"country": "DE"}}, 87.5, "A"),
    ({"industry": "fintech", "company_size": {"min": 200}, "location": {"country": "BR"}}, 67.5, "B"),
    ({}, 50.0, "C"),
    ({"industry": "hospitality", "company_size": {"min": 5}, "location": {"country": "BR"}}, 12.5, "D"),
])
def test_fit_is_the_weighted_share_met_with_half_credit_for_unknowns(playbook, lead, fit, grade):
    result = qualify(attrs(**lead), playbook)
    assert (result.fit, result.grade) == (fit, grade)
    assert result.to_dict()["fit"] == fit


def test_unknown_credit_and_grade_thresholds_come_from_the_playbook(playbook_data):
    playbook_data["icp"]["unknown_credit"] = 0
    playbook_data["icp"]["grades"] = {"A": 90, "B": 30, "C": 10}
    result = qualify(attrs(industry="fintech"), parse_playbook(playbook_data))
    assert (result.fit, result.grade) == (30.0, "B")


def test_a_zero_weight_criterion_is_shown_but_does_not_count(playbook_data):
    playbook_data["icp"]["criteria"][4]["weight"] = 0
    result = qualify(attrs(tech_stack=["excel"], industry="fintech"), parse_playbook(playbook_data))
    assert result.icp[4].met is False and result.icp[4].weight == 0
    assert result.fit == pytest.approx(100 * (30 + 0.5 * 60) / 90)


def test_competitor_names_match_whatever_the_spelling(playbook):
    for name in ("Demandly", "demandly inc.", "DEMANDLY, Inc", "The Demandly"):
        assert qualify(attrs(company=name), playbook).stage == "disqualified", name
    assert qualify(attrs(company="Demandly Labs"), playbook).stage == "iql"
