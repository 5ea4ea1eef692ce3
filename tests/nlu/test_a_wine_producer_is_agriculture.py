"""A wine producer (a winery, a wine estate, "un'azienda vinicola", "ein Weingut", "une maison de vin", "una bodega
vinícola", "uma empresa vinícola", "een wijnmakerij") grows and presses its own grapes: agriculture, as the contract's
labels have it, in the seven languages; a wine bar or wine shop stays where it serves or sells, and wineries named as
customers are not the visitor's trade (issue 14, batch_50)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "field"), [
    ("Siamo un'azienda vinicola in Toscana, 25 dipendenti, budget tra 10 e 15 mila euro", None),
    ("siamo un'azienda vitivinicola a conduzione familiare", None),
    ("winery", "industry"),
    ("we're a small winery in the Barossa", None),
    ("family-run wine estate in Stellenbosch", "industry"),
    ("we're winemakers in Oregon", None),
    ("wir sind ein Weingut an der Mosel", None),
    ("Winzerei in der Pfalz", "industry"),
    ("on est une maison de vin en Champagne", None),
    ("somos una bodega vinícola en La Rioja", None),
    ("somos uma empresa vinícola no Douro", None),
    ("wij zijn een wijnmakerij in Limburg", None),
])
def test_a_wine_producer_is_agriculture(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).industry == "agriculture"


@pytest.mark.parametrize(("text", "field", "label"), [
    ("we run a wine bar in Bristol", None, "hospitality"),
])
def test_a_wine_bar_keeps_its_own_trade(text: str, field: str | None, label: str) -> None:
    assert extract(text, field, now=NOW).industry == label


@pytest.mark.parametrize("text", [
    "we sell corks to wineries",
    "our clients are wineries in Napa",
    "wir beliefern Weingüter in der Pfalz",
])
def test_wineries_named_as_customers_are_not_the_visitors_trade(text: str) -> None:
    assert extract(text, now=NOW).industry != "agriculture"
