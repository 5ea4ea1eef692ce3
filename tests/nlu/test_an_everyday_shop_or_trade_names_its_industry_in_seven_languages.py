"""An everyday shop or trade names the industry the project gives it in English, in all seven languages (issue 14:
"ginásio" gave "other", "loja virtual" was read as Loja in Ecuador): a gym is hospitality as "gym" is ("ginásio"); a
florist, a butcher's and the other high-street food shops are retail ("fleuriste", "Metzgerei", "carnicería", "talho",
"macelleria", "slagerij"); an optician is healthcare ("Optiker", "opticien", "óptica", "ottica"); an online shop is retail
and no town ("loja virtual"). Near misses: "fibra óptica" is a cable, "my butcher told me about you" names someone
else's shop, and "somos de Loja, Ecuador" is the town."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "industry"), [
    ("gym", "en", "hospitality"), ("Fitnessstudio", "de", "hospitality"), ("salle de sport", "fr", "hospitality"),
    ("gimnasio", "es", "hospitality"), ("ginásio", "pt", "hospitality"), ("palestra", "it", "hospitality"), ("sportschool", "nl", "hospitality"),
    ("florist", "en", "retail_ecommerce"), ("Blumenladen", "de", "retail_ecommerce"), ("fleuriste", "fr", "retail_ecommerce"),
    ("floristería", "es", "retail_ecommerce"), ("floricultura", "pt", "retail_ecommerce"), ("fioraio", "it", "retail_ecommerce"),
    ("bloemenwinkel", "nl", "retail_ecommerce"),
    ("butcher", "en", "retail_ecommerce"), ("Metzgerei", "de", "retail_ecommerce"), ("boucherie", "fr", "retail_ecommerce"),
    ("carnicería", "es", "retail_ecommerce"), ("açougue", "pt", "retail_ecommerce"), ("talho", "pt", "retail_ecommerce"),
    ("macelleria", "it", "retail_ecommerce"), ("slagerij", "nl", "retail_ecommerce"),
    ("optician", "en", "healthcare"), ("Optiker", "de", "healthcare"), ("opticien", "fr", "healthcare"), ("óptica", "es", "healthcare"),
    ("óptica", "pt", "healthcare"), ("ottica", "it", "healthcare"), ("opticien", "nl", "healthcare"),
    ("online shop", "en", "retail_ecommerce"), ("Onlineshop", "de", "retail_ecommerce"), ("boutique en ligne", "fr", "retail_ecommerce"),
    ("tienda online", "es", "retail_ecommerce"), ("loja virtual", "pt", "retail_ecommerce"), ("negozio online", "it", "retail_ecommerce"),
    ("webshop", "nl", "retail_ecommerce"),
])
def test_an_everyday_business_at_the_industry_question_names_its_industry(text: str, lang: str, industry: str) -> None:
    attributes = extract(text, "industry", now=NOW, lang=lang)
    assert attributes.industry == industry and attributes.location is None, attributes


@pytest.mark.parametrize(("text", "lang", "industry"), [
    ("we run a family butcher shop in Leeds", "en", "retail_ecommerce"), ("wir sind eine Metzgerei in Köln", "de", "retail_ecommerce"),
    ("je tiens une boucherie à Lille", "fr", "retail_ecommerce"), ("somos una floristería en Madrid", "es", "retail_ecommerce"),
    ("temos um ginásio no Porto", "pt", "hospitality"), ("sou dono de uma óptica em Lisboa", "pt", "healthcare"),
    ("abbiamo una macelleria a Bologna", "it", "retail_ecommerce"), ("we zijn een slagerij in Gent", "nl", "retail_ecommerce"),
])
def test_an_everyday_business_described_in_a_message_names_its_industry(text: str, lang: str, industry: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == industry


def test_an_online_shop_in_portuguese_is_no_town() -> None:
    for text in ("vendemos na nossa loja online", "loja virtual de roupas"):
        attributes = extract(text, None, now=NOW, lang="pt")
        assert attributes.industry == "retail_ecommerce" and attributes.location is None, attributes


@pytest.mark.parametrize(("text", "lang"), [("temos fibra óptica em casa", "pt"), ("my butcher told me about you", "en")])
def test_a_cable_or_someone_elses_shop_names_no_industry(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry is None


def test_the_town_of_loja_said_as_where_the_visitor_is_stays_a_place() -> None:
    location = extract("somos de Loja, Ecuador", None, now=NOW, lang="es").location
    assert location is not None and location.country == "EC"
