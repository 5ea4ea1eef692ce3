"""The tools a company runs: an ad channel the visitor asks for is a need, not one of them (issue 14)."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, field", [
    ("we want to run Google Ads for our new product", "need"),
    ("Google Ads and Meta ads, mainly", "need"),
    ("LinkedIn Ads for B2B leads", "need"),
    ("we want to run Google Ads for our new product", None),
    ("looking for help with LinkedIn Ads", None),
    ("we'd like an agency to manage Facebook ads for us", None),
])
def test_an_ad_channel_asked_for_is_a_need_and_not_a_tool_in_use(text, field):
    out = extract(text, field=field, now=NOW)
    assert out.tech_stack == () and "paid_ads" in out.need.categories


@pytest.mark.parametrize("text, field, tool", [
    ("we run Google Ads but the leads are junk", "need", "google_ads"),
    ("we already use HubSpot and Google Ads", None, "google_ads"),
    ("currently on Meta ads, want to add LinkedIn", None, "facebook_ads"),
    ("Google Ads + GA", "tech_stack", "google_ads"),
])
def test_an_ad_channel_said_to_be_in_use_is_in_the_stack(text, field, tool):
    assert tool in extract(text, field=field, now=NOW).tech_stack


@pytest.mark.parametrize("text", ["is 3.5k a month enough for Google Ads?", "do you manage LinkedIn Ads?"])
def test_an_ad_channel_asked_about_is_not_a_tool_in_use(text):
    assert extract(text, now=NOW).tech_stack == ()


def test_an_ad_channel_said_to_be_run_before_a_question_is_still_in_use():
    assert extract("we run Google Ads. can you help with SEO?", now=NOW).tech_stack == ("google_ads",)


@pytest.mark.parametrize("text", [
    "you can reach me on my gmail: jo.baker77@gmail.com",
    "hotmail address is dan_r@hotmail.co.uk",
])
def test_a_mail_service_named_as_the_visitors_address_is_no_tool(text):
    assert extract(text, now="2026-12-03").tech_stack == ()


def test_a_mail_service_the_company_uses_is_still_a_tool():
    assert "gmail" in extract("the team runs everything on gmail and trello", field="tech_stack", now="2026-12-03").tech_stack


# Only what is named enters the stack (issue 14): a product of a family names the family only when its name says it.
@pytest.mark.parametrize("text, field", [
    ("we use Pardot for email", None), ("Pardot", "tech_stack"), ("pardot and hubspot", "tech_stack"),
    ("Marketing Cloud Account Engagement", "tech_stack"), ("ExactTarget for newsletters", "tech_stack"),
    ("Demandware storefront", "tech_stack"), ("wir nutzen Pardot", None), ("on utilise Pardot", None),
])
def test_a_family_product_named_without_the_family_adds_no_family(text, field):
    assert "salesforce" not in extract(text, field=field, now="2026-12-04").tech_stack


@pytest.mark.parametrize("text, family", [
    ("Salesforce Marketing Cloud", "salesforce"), ("Salesforce Commerce Cloud", "salesforce"),
    ("Salesforce Pardot", "salesforce"), ("Hubspot CMS", "hubspot"), ("Zoho Books", "zoho"),
])
def test_a_family_product_named_with_the_family_adds_it(text, family):
    assert family in extract(text, field="tech_stack", now="2026-12-04").tech_stack
