"""Whom a firm serves, said at the industry question, is its market, not its trade (persona set 13: rafael's pest
control firm, "atendemos condomínios, restaurantes e indústrias", was stored as hospitality). A trade named alone, even
misspelt, is still the visitor's own."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "atendemos condomínios, restaurantes e indústrias",
    "we serve restaurants and hotels",
    "we sell to restaurants",
    "wir beliefern Restaurants und Hotels",
])
def test_the_customers_named_are_not_the_trade(text: str) -> None:
    assert extract(text, "industry", now=NOW).industry != "hospitality"


@pytest.mark.parametrize("text", ["restaurant", "resturant", "we run a restaurant"])
def test_a_trade_named_alone_is_the_visitors(text: str) -> None:
    assert extract(text, "industry", now=NOW).industry == "hospitality"
