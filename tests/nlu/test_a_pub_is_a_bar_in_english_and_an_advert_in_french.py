""""Pub" is a bar in English and an advert in French ("la pub", "nos pubs Facebook"): found beside the Irish counties,
"pub in Clare" stored a need for paid ads and "on fait de la pub sur Facebook" the industry hospitality. The French word
is read after a French article or preposition only."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", ["we run a pub in Galway", "small pub, 6 staff", "we own a pub", "pub in Clare, busy in summer"])
def test_an_english_pub_is_hospitality_and_no_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.industry == "hospitality"
    assert found.need is None


@pytest.mark.parametrize("text", ["on fait de la pub sur Facebook", "on veut faire de la pub sur Google",
                                  "nos pubs Facebook ne marchent pas", "la pub en ligne coûte cher"])
def test_a_french_pub_is_paid_ads_and_no_trade(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "paid_ads" in found.need.categories
    assert found.industry != "hospitality"
