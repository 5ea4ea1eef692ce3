"""A given name signed before the visitor's phone number or address ("call me back please, Gareth, 07700 900461, or
gareth@...") is the visitor's name, and a firm named again after "same company," is the company: batches 52 and 53
(issue 14) read neither. A word signed that is no name (a day, a team, a place) names nobody."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "name"), [
    ("hi can someone call me back please, Gareth, 07700 900461, or gareth@pryce-plumbing.co.uk", "Gareth"),
    ("Thanks, Priya, priya@kestrel.io", "Priya"),
    ("Merci, Camille - 06 12 34 56 78", "Camille"),
    ("Gracias, Lucía: +34 612 345 678", "Lucía"),
    ("Danke, Jonas, 0171 2345678", "Jonas"),
    ("Obrigado, Beatriz, +351 912 345 678", "Beatriz"),
    ("Grazie, Chiara - 333 123 4567", "Chiara"),
    ("Bedankt, Daan - 06 12345678", "Daan"),
])
def test_a_name_signed_before_contact_details_is_the_visitors(text: str, name: str) -> None:
    assert extract(text, None, now=NOW).name == name


@pytest.mark.parametrize("text", [
    "please call, Monday, 07700 900461",
    "call us, Sales, 020 7946 0321",
    "Hi, Leeds, 0113 496 0000",
])
def test_a_word_signed_that_is_no_name_names_nobody(text: str) -> None:
    assert extract(text, None, now=NOW).name is None


@pytest.mark.parametrize(("text", "company"), [
    ("Correction — we're HQ'd in Parramatta now. Same company, Hartley Civil, civil contractor, ~260 on the books.", "Hartley Civil"),
    ("same business, Acme Plumbing, just a new address", "Acme Plumbing"),
])
def test_a_firm_named_again_after_same_company_is_the_company(text: str, company: str) -> None:
    assert extract(text, None, now=NOW).company == company


def test_same_company_with_no_name_after_it_names_no_company() -> None:
    assert extract("Same company, different office: we moved.", None, now=NOW).company is None


@pytest.mark.parametrize("text", ["we're HQ'd in Leeds now", "We're HQ in Dublin, 40 staff"])
def test_where_the_firm_sits_is_no_company_name(text: str) -> None:
    assert extract(text, None, now=NOW).company is None
