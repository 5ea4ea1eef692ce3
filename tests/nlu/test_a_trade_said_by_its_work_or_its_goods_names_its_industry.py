"""A business said by the work it does or the goods it sells under its name has that industry (blind batch 59).

Builders named by their jobs ("kitchen and bath remodels mostly") or their contracting ("electrical contracting", "a
roofing contracting business") are construction; a food or drink brand ("a cold-pressed juice brand", "eine Saftmarke",
"une marque de jus") makes its goods, manufacturing, in the seven languages. Near misses: contracting for a government
or in IT is no building trade, remodelling a website is a need, a juice bar serves its drinks (hospitality), and "our
brand" with no goods named says no industry."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "industry"), [
    ("typical job for us is around $8k, kitchen and bath remodels mostly", "construction"),
    ("we mostly do basement remodels in the suburbs", "construction"),
    ("Sole proprietor, electrical contracting, Calgary", "construction"),
    ("a roofing contracting business, 6 crews", "construction"),
    ("family-run plumbing contracting company", "construction"),
    ("cold-pressed juice brand, stocked in about 200 stores in NSW", "manufacturing"),
    ("we're a hot sauce brand from Austin", "manufacturing"),
    ("small kombucha brand, sold in cafés", "manufacturing"),
    ("Wir sind eine kleine Saftmarke aus Köln.", "manufacturing"),
    ("Nous sommes une marque de jus bio à Lyon.", "manufacturing"),
    ("Somos una marca de zumos en Valencia.", "manufacturing"),
    ("Somos uma marca de sucos em Lisboa.", "manufacturing"),
    ("Siamo un marchio di succhi a Milano.", "manufacturing"),
    ("Wij zijn een sapmerk uit Utrecht.", "manufacturing"),
])
def test_the_trade_or_the_goods_give_the_industry(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize("text", [
    "we do government contracting",
    "IT contracting for banks",
    "we want to remodel our website",
    "we run the juice bar downtown",
    "our brand is known for good service",
])
def test_words_near_a_trade_or_a_brand_are_not_construction_or_manufacturing(text: str) -> None:
    assert extract(text, None, now=NOW).industry not in ("construction", "manufacturing")
