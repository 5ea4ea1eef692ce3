"""The visitor's industry is the business they are, not a supplier they look for, software they change, nor the trade
their goods are made for: batches 52 and 53 (issue 14) read "Looking for a CRM consultant ... furniture manufacturer"
as professional services, "Solicitors ... changing practice management software" as software, "a pharma packaging
manufacturer" as healthcare and "a govt agency" as a marketing agency. A firm named after its trade ("VP Marketing at
Corvane Health") names its industry when nothing else does."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "industry"), [
    # a supplier sought, in the seven languages
    ("Looking for a CRM consultant. We're a Zoho One shop, 40 licences, furniture manufacturer in Winnipeg.", "manufacturing"),
    ("we need a lawyer for our contracts, we're a bakery in Leeds", "hospitality"),
    ("Wir suchen einen Berater für Salesforce, wir sind eine Bäckerei in Ulm.", "hospitality"),
    ("Nous cherchons un photographe pour notre hôtel à Nice.", "hospitality"),
    ("Buscamos un consultor de CRM; somos un hotel en Sevilla.", "hospitality"),
    ("Cerchiamo un consulente, siamo un ristorante a Roma.", "hospitality"),
    ("We zoeken een consultant, wij zijn een bakkerij in Delft.", "hospitality"),
    ("we hired a photographer for our hotel's new site", "hospitality"),
    ("we booked a consultant last year; we're a dental clinic", "healthcare"),
    # software changed or left is used, not made
    ("Brennan & Walsh Solicitors in Limerick. We're changing practice management software.", "professional_services"),
    ("We're moving off our old booking software, we're a hotel in Bath.", "hospitality"),
    ("A dental clinic replacing its patient software.", "healthcare"),
    # the head noun of a maker decides
    ("we're a pharma packaging manufacturer in Limerick, 410 employees", "manufacturing"),
    ("We're a medical device maker in Galway.", "manufacturing"),
    ("hotel linen producer, 80 staff", "manufacturing"),
    # a government agency is no marketing agency
    ("We're a Wellington-based govt agency (crown entity), ~300 staff.", "government"),
    ("We're a county agency in Ohio.", "government"),
    ("I work at a public agency in Lisbon.", "government"),
    # a firm named after its trade
    ("Hi, I'm Marcus Bell, VP Marketing at Corvane Health. We're 700 employees.", "healthcare"),
    ("I'm the CFO at Northgate Capital.", "financial_services"),
])
def test_the_visitors_industry_is_what_they_are(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize(("text", "industry"), [
    ("we're a consultancy looking for more clients", "professional_services"),
    ("we're a law firm and need more leads", "professional_services"),
    ("We're a digital agency in Leeds.", "marketing_advertising"),
    ("We build practice management software for dental clinics.", "software"),
    ("On vend des logiciels aux hôtels, on n'est pas un hôtel, 60 salariés à Nantes", "software"),
    ("we're a dairy producer in Waikato", "agriculture"),
    ("we're a wine producer in the Barossa", "agriculture"),
])
def test_the_visitors_own_trade_keeps_its_reading(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize("text", [
    "I'm looking for a good health insurance plan",
    "We need help with our website, it was built by Acme Health ages ago",
])
def test_a_trade_word_in_what_the_visitor_wants_names_no_industry_of_theirs(text: str) -> None:
    assert extract(text, None, now=NOW).industry is None
