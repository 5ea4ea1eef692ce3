"""A shop named in one Dutch or German word whose parts are joined by "-en-", "-n-" or "-s-" names its industry as the
joined word without does (blind batch_63: "een fietsenwinkel in Gent" gave no industry, "fietswinkel" did); and goods
sold again or worn name a retail store ("a sneaker resale store", "a vintage clothing shop"). Near miss: a word that is no
shop ("Bauten")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "industry"), [
    ("Ik ben eigenaar van een fietsenwinkel in Gent", "nl", "retail_ecommerce"), ("we hebben een boekenwinkel", "nl", "retail_ecommerce"),
    ("een schoenenwinkel in Breda", "nl", "retail_ecommerce"), ("wir haben einen Blumenladen", "de", "retail_ecommerce"),
    ("we're a sneaker resale store in atlanta", "en", "retail_ecommerce"), ("a vintage clothing shop in Leeds", "en", "retail_ecommerce"),
    ("we run a consignment store", "en", "retail_ecommerce"),
])
def test_a_shop_names_retail(text: str, lang: str, industry: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == industry


def test_a_word_that_is_no_shop_names_no_industry() -> None:
    assert extract("Bauten", None, now=NOW, lang="de").industry is None
