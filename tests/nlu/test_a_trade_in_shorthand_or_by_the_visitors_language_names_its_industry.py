"""Industry: a trade said in shorthand ("une agence immo", "je bosse dans l'immo"), printers and packaging makers in
the seven languages ("eine Druckerei", "stampa offset e digitale, cataloghi e imballaggi", stored as 'other'), and a
word whose trade depends on the language: "academia" is a gym in Portuguese ("uma rede de 3 academias em Curitiba" was
read as education) and a school in Spanish, and a Portuguese "academia de música" stays a school. Packaging wanted by
a business is no trade of its own."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "field", "industry"), [
    ("on est une agence immo à Lyon", None, "real_estate"),
    ("je bosse dans l'immo", None, "real_estate"),
    ("immo", "industry", "real_estate"),
    ("wir sind ein Steuerbüro", None, "professional_services"),
    ("somos una gestoría", None, "professional_services"),
    ("lavoriamo nelle assicurazioni", None, "financial_services"),
    ("wir sind eine Druckerei", None, "manufacturing"),
    ("une imprimerie à Nantes", None, "manufacturing"),
    ("somos una imprenta", None, "manufacturing"),
    ("somos uma gráfica", None, "manufacturing"),
    ("siamo una tipografia", None, "manufacturing"),
    ("we zijn een drukkerij", None, "manufacturing"),
    ("stampa offset e digitale, cataloghi e imballaggi", "industry", "manufacturing"),
    ("Verpackungen", "industry", "manufacturing"),
    ("emballages", "industry", "manufacturing"),
    ("embalagens", "industry", "manufacturing"),
    ("verpakkingen", "industry", "manufacturing"),
])
def test_a_trade_in_shorthand_names_its_industry(text: str, field: str | None, industry: str) -> None:
    assert extract(text, field, now=NOW).industry == industry


@pytest.mark.parametrize(("text", "industry"), [
    ("uma rede de 3 academias em Curitiba", "hospitality"),
    ("tenho uma academia em Belo Horizonte", "hospitality"),
    ("academia de ginástica em Lisboa", "hospitality"),
    ("somos una academia de inglés", "education"),
    ("tenemos una academia en Madrid", "education"),
    ("temos uma academia de música no Porto", "education"),
])
def test_academia_is_a_gym_in_portuguese_and_a_school_in_spanish(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize("text", ["we need new packaging for our candles", "wir brauchen neue Verpackungen"])
def test_packaging_wanted_is_no_trade(text: str) -> None:
    assert extract(text, None, now=NOW).industry is None
