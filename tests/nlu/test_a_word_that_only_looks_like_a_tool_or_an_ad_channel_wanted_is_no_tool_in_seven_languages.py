"""Tools the visitor has, not words that look like one, in seven languages (issue 14; batches 65-71, TOOLS).

A real word of the visitor's language one letter from a product's name is the word: "un site qui convertit mieux" is
a site that converts, no ConvertKit. An ad channel the visitor wants ("wir wollen LinkedIn Ads schalten") is a need,
not their stack; the same channel said to be running already, or a tool said in use, stays in the stack."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text",
    [
        "on veut un site qui convertit mieux",
        "queremos um site que converta melhor",
        "une landing page qui convertisse enfin",
        "we need a site that converts better",
        "wir brauchen eine Seite, die besser konvertiert",
        "queremos una web que convierta más",
        "vogliamo un sito che converta di più",
        "we willen een site die beter converteert",
    ],
)
def test_a_verb_of_converting_is_no_convertkit(text):
    assert "convertkit" not in extract(text, now=NOW).tech_stack


@pytest.mark.parametrize(
    "text",
    [
        "we use convertkit for the newsletter",
        "on utilise ConvertKit",
        "we use convrtkit for email",
        "usamos ConvertKit",
        "salesfroce is our crm",
    ],
)
def test_the_product_and_its_typos_stay_tools(text):
    assert extract(text, now=NOW).tech_stack


@pytest.mark.parametrize(
    "text",
    [
        "we want to run LinkedIn ads",
        "wir wollen LinkedIn Ads schalten",
        "on voudrait lancer des LinkedIn Ads",
        "queremos empezar con LinkedIn Ads",
        "queremos começar com LinkedIn Ads",
        "vorremmo provare LinkedIn Ads",
        "we willen starten met LinkedIn Ads",
    ],
)
def test_an_ad_channel_wanted_is_no_tool(text):
    assert "linkedin_ads" not in extract(text, now=NOW).tech_stack


@pytest.mark.parametrize(
    "text",
    [
        "we already run LinkedIn ads",
        "wir schalten schon LinkedIn Ads",
        "on fait déjà des LinkedIn Ads",
        "ya hacemos LinkedIn Ads",
        "já fazemos LinkedIn Ads",
        "facciamo già LinkedIn Ads",
        "we draaien al LinkedIn Ads",
    ],
)
def test_an_ad_channel_running_already_is_a_tool(text):
    assert "linkedin_ads" in extract(text, now=NOW).tech_stack


@pytest.mark.parametrize(
    "text",
    [
        "we use LinkedIn Sales Navigator",
        "wir nutzen LinkedIn Sales Navigator",
        "on utilise LinkedIn Sales Navigator",
        "usamos LinkedIn Sales Navigator",
        "usiamo LinkedIn Sales Navigator",
        "we gebruiken LinkedIn Sales Navigator",
    ],
)
def test_a_sales_tool_in_use_is_a_tool(text):
    assert "linkedin_sales_navigator" in extract(text, now=NOW).tech_stack
