"""Company: a place said after "from" with its state's code or its country ("we are a bakery from Austin TX", found
playing: the company 'Austin TX' was said back to the visitor) names where the visitor is, never the firm, in the seven
languages; a firm whose name opens with a place ("Carla from Austin Bakery Co", "Sam from Paris Baguette") is still the
firm."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "we are a bakery from Austin TX",
    "we're a bakery from Asheville NC",
    "we're a bakery from Lyon France",
    "we are a bakery from Austin, TX",
    "wir sind eine Bäckerei aus München",
    "somos una panadería desde Rosario",
    "somos uma padaria de Curitiba PR",
    "siamo un panificio da Milano",
    "we zijn een bakkerij uit Gent",
])
def test_a_place_with_its_state_or_country_is_no_company(text: str) -> None:
    result = extract(text, None, now=NOW)
    assert result.company is None
    assert result.location is not None


@pytest.mark.parametrize(("text", "company"), [
    ("Carla from Austin Bakery Co", "Austin Bakery Co"),
    ("hi, Sam from Paris Baguette", "Paris Baguette"),
    ("Tom from Harrow Marine here", "Harrow Marine"),
])
def test_a_firm_whose_name_opens_with_a_place_is_the_firm(text: str, company: str) -> None:
    assert extract(text, None, now=NOW).company == company
