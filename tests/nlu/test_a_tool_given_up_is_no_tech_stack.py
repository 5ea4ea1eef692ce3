"""A tool the visitor has given up (cancelled, dropped, stopped using, used to use) is not in their tech stack, in the
seven languages: "we used mailchimp for years but cancelled it in the summer" stored mailchimp (invented: batch_46).
A tool still in use beside it stays, and so does one said in the past tense without being given up."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "dropped"), [
    ("we had hubspot for two years but cancelled it in march", "hubspot"),
    ("we ditched pipedrive last year, spreadsheets since", "pipedrive"),
    ("we stopped using Klaviyo, too pricey", "klaviyo"),
    ("we no longer use Mailchimp", "mailchimp"),
    ("we used to use Salesforce, now nothing", "salesforce"),
    ("got rid of Shopify in 2024", "shopify"),
    ("Mailchimp haben wir letztes Jahr gekündigt.", "mailchimp"),
    ("Wir nutzen HubSpot nicht mehr.", "hubspot"),
    ("On a résilié Mailchimp l'an dernier.", "mailchimp"),
    ("Dejamos de usar Mailchimp hace un año.", "mailchimp"),
    ("Deixamos de usar o Pipedrive no ano passado.", "pipedrive"),
    ("Abbiamo disdetto Mailchimp l'anno scorso.", "mailchimp"),
    ("We hebben Mailchimp vorig jaar opgezegd.", "mailchimp"),
    ("we left HubSpot for Pipedrive", "hubspot"),
    ("Gebruikten vroeger Mailchimp, nu niets", "mailchimp"),
    ("Prima usavamo Mailchimp, ora niente", "mailchimp"),
    ("Früher hatten wir Mailchimp.", "mailchimp"),
    ("On utilisait Mailchimp avant.", "mailchimp"),
])
def test_a_tool_given_up_is_not_in_the_stack(text: str, dropped: str) -> None:
    assert dropped not in extract(text, None, now=NOW).tech_stack


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("we use hubspot now, dropped mailchimp last year", "hubspot", "mailchimp"),
    ("we cancelled Mailchimp and moved everything to Klaviyo", "klaviyo", "mailchimp"),
    ("Wir nutzen HubSpot und haben Mailchimp gekündigt.", "hubspot", "mailchimp"),
    ("Usamos Shopify, pero dejamos de usar Mailchimp.", "shopify", "mailchimp"),
    ("we switched from Mailchimp to Klaviyo last year", "klaviyo", "mailchimp"),
])
def test_the_tool_still_in_use_stays(text: str, kept: str, dropped: str) -> None:
    stack = extract(text, None, now=NOW).tech_stack
    assert kept in stack and dropped not in stack


@pytest.mark.parametrize(("text", "tool"), [
    ("we used Shopify to build the store and it works fine", "shopify"),
    ("we've used HubSpot for years", "hubspot"),
    ("we use square for the tills", "square"),
    ("Wir nutzen seit Jahren Mailchimp.", "mailchimp"),
])
def test_a_tool_still_in_use_is_kept(text: str, tool: str) -> None:
    assert tool in extract(text, None, now=NOW).tech_stack


@pytest.mark.parametrize(("text", "tool"), [
    ("we're migrating from HubSpot to Salesforce", "hubspot"),
    ("we're moving off Pipedrive next quarter", "pipedrive"),
])
def test_a_tool_being_left_is_still_in_use(text: str, tool: str) -> None:
    assert tool in extract(text, None, now=NOW).tech_stack


def test_the_tool_left_is_no_company() -> None:
    assert extract("we switched from Mailchimp to Klaviyo last year", None, now=NOW).company is None
