"""A CRM the visitor is moving off, or moving to its new edition, is a CRM need, and the CRMs of recruitment agencies,
law firms and Brazil are tools of the stack: batch 52 (issue 14) read no CRM need in "Thinking of moving off Bullhorn
to something cheaper" and "still on Salesforce Classic ... migrating to Lightning", and no tool in Bullhorn, Clio or
RD Station. A CRM merely in use is a tool, no need; a car called Clio is no tool."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "Recruitment agency, 18 consultants. Thinking of moving off Bullhorn to something cheaper.",
    "We're still on Salesforce Classic, ~90 employees. Need help migrating to Lightning.",
    "We need to move off JobAdder before renewal.",
    "Planning a Lightning migration next quarter.",
    "Wir planen die Migration auf Salesforce Lightning.",
    "Queremos migrar do Ploomes para outro sistema.",
    "We're switching from Pipedrive to HubSpot.",
])
def test_a_crm_left_or_moved_is_a_crm_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and "crm" in need.categories


@pytest.mark.parametrize(("text", "tool"), [
    ("Thinking of moving off Bullhorn to something cheaper", "bullhorn"),
    ("we want enquiries from the site to go straight into Clio", "clio"),
    ("usamos RD Station para automação", "rd_station"),
    ("We run JobAdder for our candidates", "jobadder"),
    ("our practice runs on Clio Manage", "clio"),
])
def test_recruitment_legal_and_brazilian_crms_are_in_the_stack(text: str, tool: str) -> None:
    assert tool in extract(text, None, now=NOW).tech_stack


def test_a_crm_in_use_with_nothing_wrong_is_no_need() -> None:
    assert extract("We use Bullhorn as our CRM.", None, now=NOW).need is None


def test_a_car_called_clio_is_no_tool() -> None:
    assert "clio" not in extract("my daughter drives a clio and we need a website", None, now=NOW).tech_stack
