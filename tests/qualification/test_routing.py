"""Routing: the first matching route, its channel and destinations, and round robin among owners."""

from __future__ import annotations

import pytest

from qualification import Route, Signals, parse_playbook, pick_owner, qualify

from .leads import attrs, cto_fintech_berlin, marketing_manager, student_researching


def route_name(playbook, lead, signals=Signals(engaged=True)):
    result = qualify(attrs(**lead), playbook, signals)
    return result.stage, (result.route.name if result.route else None)


def test_a_berlin_sql_goes_to_the_emea_sales_channel(playbook):
    result = qualify(attrs(**cto_fintech_berlin()), playbook)
    assert result.route == Route(
        name="sales_emea", slack_channel="#sales-emea",
        owners=("U0EMEA001", "U0EMEA002", "U0EMEA003"), destinations=("slack", "hubspot"),
    )


def test_the_first_matching_route_wins(playbook):
    # 5,000 people in Berlin is both EMEA and enterprise: the enterprise route comes first.
    lead = cto_fintech_berlin(company_size={"min": 5000, "max": 5000}, revenue={"min": 300_000_000})
    assert route_name(playbook, lead) == ("sql", "enterprise")


def test_an_sql_outside_every_territory_falls_through_to_the_catch_all(playbook):
    assert route_name(playbook, cto_fintech_berlin(location={"country": "US", "city": "Austin"})) == ("sql", "sales")


def test_an_sql_with_no_country_skips_territory_routes(playbook):
    lead = cto_fintech_berlin(location={"city": "Springfield"}, tech_stack=["hubspot"], revenue={"min": 5_000_000})
    assert route_name(playbook, lead) == ("sql", "sales")


def test_mql_goes_to_marketing(playbook):
    assert route_name(playbook, marketing_manager()) == ("mql", "marketing")


def test_iql_and_disqualified_are_not_routed_by_default(playbook):
    assert route_name(playbook, {}) == ("iql", None)
    assert route_name(playbook, student_researching()) == ("disqualified", None)


def test_routes_match_on_industry_country_and_grade(playbook_data):
    routes = playbook_data["routing"]["routes"]
    routes.insert(0, {"name": "fintech_dach", "match": {"stages": ["sql"], "industries": ["fintech"],
                      "countries": ["DE", "AT", "CH"], "grades": ["A"]},
                      "slack_channel": "#fintech-dach", "owners": ["U0FIN0001"], "destinations": ["slack", "salesforce"]})
    playbook = parse_playbook(playbook_data)
    assert route_name(playbook, cto_fintech_berlin()) == ("sql", "fintech_dach")
    assert route_name(playbook, cto_fintech_berlin(industry="software")) == ("sql", "sales_emea")
    assert route_name(playbook, cto_fintech_berlin(location={"country": "FR"})) == ("sql", "sales_emea")
    assert route_name(playbook, cto_fintech_berlin(company_size={"min": 15, "max": 15})) == ("sql", "sales_emea")


def test_routing_iql_when_the_playbook_asks_for_it(playbook_data):
    playbook_data["routing"]["routes"].append({"name": "nurture", "match": {"stages": ["iql"]},
                                               "slack_channel": "C0NURTURE", "owners": ["U0MKTG001"],
                                               "destinations": ["webhook"]})
    playbook = parse_playbook(playbook_data)
    assert route_name(playbook, {}) == ("iql", "nurture")


def test_segments_use_the_middle_of_a_size_range(playbook_data):
    routes = playbook_data["routing"]["routes"]
    routes.insert(0, {"name": "smb", "match": {"stages": ["sql"], "segments": ["smb"]},
                      "slack_channel": "#sales-smb", "owners": ["U0SMB0001"], "destinations": ["slack"]})
    playbook_data["icp"]["criteria"][1]["min"] = 1
    playbook = parse_playbook(playbook_data)
    assert route_name(playbook, cto_fintech_berlin(company_size={"min": 10, "max": 50})) == ("sql", "smb")
    assert route_name(playbook, cto_fintech_berlin(company_size={"min": 40, "max": 80})) == ("sql", "sales_emea")


def test_round_robin_cycles_through_the_owners_in_order(playbook):
    route = qualify(attrs(**cto_fintech_berlin()), playbook).route
    assert [pick_owner(route, n) for n in range(7)] == [
        "U0EMEA001", "U0EMEA002", "U0EMEA003", "U0EMEA001", "U0EMEA002", "U0EMEA003", "U0EMEA001",
    ]


def test_round_robin_with_one_owner_and_with_none():
    assert pick_owner(Route("solo", "#sales", ("U0SOLO001",), ("slack",)), 41) == "U0SOLO001"
    assert pick_owner(Route("nobody", "#sales", (), ("slack",)), 3) is None


@pytest.mark.parametrize("counter", [10**12, 2**63 + 5])
def test_round_robin_survives_large_counters(playbook, counter):
    route = qualify(attrs(**cto_fintech_berlin()), playbook).route
    assert pick_owner(route, counter) == route.owners[counter % 3]
