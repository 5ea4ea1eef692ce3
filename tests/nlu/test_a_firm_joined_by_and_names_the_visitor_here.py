"""An introduction "<name> from <firm> here" names the visitor and the firm when the firm's name joins its words with
"&" or "and" ("Sarah from Petal & Pine Events here", "Tom from Smith and Sons here"), and in the other languages
with "de", "da", "di", "van" and the word for here ("Julie de Pain & Chocolat ici", "Marco di Pane & Vino qui"); a channel with "&" ("Traffic from
Google & Bing here") is no person, and "Sarah from Leeds and I need help" names a town, not a firm "Leeds and I"
(issue 14, batch_50)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "name", "firm"), [
    ("Hey! Sarah from Petal & Pine Events here — wedding planners in Leeds, 5 of us. Want to get into email marketing "
     "before engagement season kicks off in Jan", "Sarah", "Petal & Pine Events"),
    ("Sarah from Petal & Pine here", "Sarah", "Petal & Pine"),
    ("Tom from Smith and Sons here", "Tom", "Smith and Sons"),
    ("Tom from Smith & Sons, we need a new site", "Tom", "Smith & Sons"),
    ("Hi, Priya from Bread & Butter Bakery here", "Priya", "Bread & Butter Bakery"),
    ("Hallo, Jonas von Müller & Söhne hier", "Jonas", "Müller & Söhne"),
    ("Bonjour, Julie de Pain & Chocolat ici", "Julie", "Pain & Chocolat"),
    ("Hola, soy Lucía de Pan y Café", "Lucía", "Pan y Café"),
    ("Hola, Lucía de Pan y Café aquí, queremos más clientes", "Lucía", "Pan y Café"),
    ("Olá, Ana da Pão & Companhia aqui", "Ana", "Pão & Companhia"),
    ("Ciao, Marco di Pane & Vino qui", "Marco", "Pane & Vino"),
    ("Hoi, Pieter van Brood & Banket hier", "Pieter", "Brood & Banket"),
])
def test_a_firm_joined_by_and_after_from_names_the_visitor_and_the_firm(text: str, name: str, firm: str) -> None:
    found = extract(text, now=NOW)
    assert (found.name, found.company) == (name, firm)


@pytest.mark.parametrize("text", [
    "Traffic from Google & Bing here is most of it",
    "Leads from Google and Facebook here mostly",
])
def test_a_channel_joined_by_and_is_no_person(text: str) -> None:
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize("text", [
    "Sarah from Leeds and I need help",
    "I work at Leeds and I need help",
])
def test_and_i_after_a_town_is_the_visitor_not_the_firm(text: str) -> None:
    assert extract(text, now=NOW).company in (None, "Leeds")


@pytest.mark.parametrize("text", [
    "Bonjour, Julie de Lyon ici",
    "Ciao, Marco di Milano qui",
    "Marie de Dupont qui cherche un site",
])
def test_a_town_or_a_french_qui_after_a_name_is_no_firm(text: str) -> None:
    assert extract(text, now=NOW).company is None
