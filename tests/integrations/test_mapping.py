from __future__ import annotations

import pytest

from integrations.lead import LeadView
from integrations.mapping import FieldMapping, MappingError
from tests.integrations.conftest import lead


@pytest.mark.parametrize("name", ["hubspot", "salesforce", "pipedrive"])
def test_shipped_defaults_load(name):
    mapping = FieldMapping.load(name)
    assert mapping.objects and all(mapping.objects.values())


@pytest.mark.parametrize("override, where", [
    ({"lead": {"Email": "e_mail"}}, "salesforce.lead.Email"),
    ({"lead": {"Email": []}}, "salesforce.lead.Email"),
    ({"lead": {"Email": {"value": 1, "fact": "email"}}}, "salesforce.lead.Email"),
    ({"lead": {"Email": {"fact": "email", "colour": "red"}}}, "salesforce.lead.Email"),
    ({"lead": {"Email": {"fact": "email", "max_length": 0}}}, "salesforce.lead.Email"),
    ({"lead": {"Email": 42}}, "salesforce.lead.Email"),
    ({"lead": ["not", "a", "table"]}, "salesforce.lead"),
    ({"settings": "nope"}, "salesforce.settings"),
])
def test_mistakes_are_refused_when_the_file_loads(override, where):
    with pytest.raises(MappingError) as error:
        FieldMapping.load("salesforce", override)
    assert error.value.where == where


def test_a_broken_yaml_file_is_refused(tmp_path):
    path = tmp_path / "bad.yml"
    path.write_text("lead: {Email: [unclosed\n")
    with pytest.raises(MappingError):
        FieldMapping.load("salesforce", path)


def test_rules():
    mapping = FieldMapping.load("salesforce", {"lead": {
        "Rating": {"fact": "stage", "map": {"sql": "Hot"}, "default": "Cold"},
        "Nested.Deep.Field": "grade",
        "Fallback__c": ["booked_at", "company"],
        "Const__c": {"value": "x"},
        "Short__c": {"fact": "company", "max_length": 2},
        "Missing__c": "booked_at",
    }})
    fields = mapping.fields("lead", LeadView(lead()).facts())
    assert fields["Rating"] == "Hot" and fields["Nested"] == {"Deep": {"Field": "A"}}
    assert fields["Const__c"] == "x" and fields["Short__c"] == "Ac" and "Missing__c" not in fields
    fields = mapping.fields("lead", LeadView(lead(stage="iql", attributes={"company": None})).facts())
    assert fields["Rating"] == "Cold" and "Fallback__c" not in fields


def test_lead_view_survives_odd_qualification_and_bad_attributes():
    view = LeadView({"id": "x", "attributes": {"budget": "lots", "industry": "crypto", "name": "Al"}, "qualification": {
        "bant": [{"letter": "need", "points": 20, "max_points": 25, "reason": "SEO"},
                 {"letter": "budget", "points": 0, "max_points": 30}, "junk", {"letter": "timing"}],
        "icp": [{"name": "Industry", "met": True, "reason": "fintech"}, {"name": "Size", "met": "yes"}, 7],
    }})
    assert view.attributes.budget is None and view.attributes.industry is None and view.name == "Al"
    assert [(b.letter, b.met, b.reason) for b in view.bant()] == [("B", False, ""), ("N", True, "SEO"),
                                                                   ("T", None, "")]
    assert view.icp_lines(True) == ["Industry: fintech"] and view.icp_lines(None) == ["Size"]
    assert view.facts()["bant_need"] == "20/25 — SEO" and view.facts()["bant_timing"] == "unknown"
    assert LeadView("not a mapping").facts()["display_name"] == "Unnamed visitor"


def test_a_mapping_names_the_fixed_values_its_rules_can_write():
    mapping = FieldMapping.load("hubspot")
    assert mapping.constants("contact", "hs_lead_status") == ["NEW", "IN_PROGRESS", "CONNECTED", "UNQUALIFIED"]
    assert mapping.constants("deal", "pipeline") == ["default"]
    assert mapping.constants("deal", "dealstage")[-1] == "qualifiedtobuy"  # the default comes last
    assert mapping.constants("contact", "email") == []


@pytest.mark.parametrize("old, new, allowed", [
    (None, "NEW", True), ("", "IN_PROGRESS", True), ("NEW", "IN_PROGRESS", True), ("CONNECTED", "CONNECTED", True),
    ("CONNECTED", "IN_PROGRESS", False), ("UNQUALIFIED", "NEW", False), ("OPEN_DEAL", "UNQUALIFIED", False),
])
def test_a_forward_only_field_moves_on_along_its_rules_values(old, new, allowed):
    mapping = FieldMapping.load("hubspot")
    assert mapping.moves_forward("contact", "hs_lead_status", old, new) is allowed
    assert mapping.moves_forward("contact", "jobtitle", "CTO", "VP"), "other fields are not held back"


def test_create_only_fields_are_left_out_of_updates():
    mapping = FieldMapping.load("pipedrive")
    facts = LeadView(lead()).facts()
    assert mapping.fields("lead", facts)["value"] == {"amount": 30000, "currency": "USD"}
    assert "value" not in mapping.fields("lead", facts, creating=False)
    assert "title" in mapping.fields("lead", facts, creating=False)
