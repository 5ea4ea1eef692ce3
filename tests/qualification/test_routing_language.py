"""Routing by the conversation's language (issue 15): a German lead to the DACH team, wherever the company is."""

from __future__ import annotations

import pytest

from qualification import PlaybookError, Signals, parse_playbook, qualify

from .leads import attrs, cto_fintech_berlin, marketing_manager

DACH = {"name": "sales_dach", "match": {"stages": ["sql", "pql"], "languages": ["de"]},
        "slack_channel": "#sales-dach", "owners": ["U0EMEA001"], "destinations": ["slack", "hubspot"]}


@pytest.fixture
def dach_playbook(playbook_data):
    playbook_data["routing"]["routes"].insert(0, DACH)
    return parse_playbook(playbook_data)


def route_of(playbook, lead, language):
    result = qualify(attrs(**lead), playbook, Signals(engaged=True, language=language))
    return result.stage, (result.route.name if result.route else None)


def test_a_german_speaking_sql_goes_to_the_dach_team_wherever_the_company_is(dach_playbook):
    assert route_of(dach_playbook, cto_fintech_berlin(), "de") == ("sql", "sales_dach")
    assert route_of(dach_playbook, cto_fintech_berlin(location={"country": "US", "city": "Austin"}), "de") == (
        "sql", "sales_dach")


@pytest.mark.parametrize("language", ["en", "fr", None])
def test_other_languages_and_an_unknown_one_go_on_to_the_next_route(dach_playbook, language):
    assert route_of(dach_playbook, cto_fintech_berlin(), language) == ("sql", "sales_emea")


def test_the_language_is_one_more_condition_beside_the_stage(dach_playbook):
    assert route_of(dach_playbook, marketing_manager(), "de") == ("mql", "marketing")


def test_a_route_may_combine_the_language_with_the_country(playbook_data):
    swiss_french = {**DACH, "name": "romandie", "match": {"stages": ["sql"], "countries": ["CH"], "languages": ["fr"]}}
    playbook_data["routing"]["routes"].insert(0, swiss_french)
    playbook = parse_playbook(playbook_data)
    geneva = cto_fintech_berlin(location={"country": "CH", "city": "Geneva"})
    assert route_of(playbook, geneva, "fr") == ("sql", "romandie")
    assert route_of(playbook, geneva, "de") == ("sql", "sales_emea")
    assert route_of(playbook, cto_fintech_berlin(), "fr") == ("sql", "sales_emea")


@pytest.mark.parametrize("wrong", ["German", "DE", "de-DE", "xx", "deu", ""])
def test_a_language_that_is_no_iso_639_1_code_is_refused_by_the_playbook(playbook_data, wrong):
    playbook_data["routing"]["routes"].insert(0, {**DACH, "match": {"stages": ["sql"], "languages": [wrong]}})
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(playbook_data)
    assert "routing.routes.0.match.languages.0" in str(refused.value)
    assert "ISO 639-1" in str(refused.value)
