"""Two words that named a trade on their own and should not, in the seven languages (issue 14, playing the product):
outlets counted with nothing said of what they sell ("umas 120 pessoas nas 6 lojas" replaced a restaurant chain's
hospitality with retail; "dans 6 magasins", "en 6 tiendas", "in 6 negozi", "in 6 winkels", "in 6 Filialen"), and a
studio that is no film, sound or photo studio ("Studio Bianchi Architetti", "a yoga studio", "a design studio" were
media). Near misses: outlets with what they sell ("6 lojas de roupa", "6 clothing stores") are retail; a film,
recording or photography studio is media."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("umas 120 pessoas nas 6 lojas", "pt"), ("120 salariés dans 6 magasins", "fr"), ("120 personas en 6 tiendas", "es"),
    ("120 dipendenti in 6 negozi", "it"), ("120 mensen in 6 winkels", "nl"), ("120 Mitarbeiter in 6 Filialen", "de"),
    ("120 people across 6 stores", "en"),
])
def test_outlets_counted_name_no_industry(text: str, lang: str) -> None:
    for field in (None, "company_size"):
        assert extract(text, field, now=NOW, lang=lang).industry is None, field


@pytest.mark.parametrize(("text", "lang"), [
    ("temos 6 lojas de roupa", "pt"), ("dans 6 magasins de vêtements", "fr"), ("we run 6 clothing stores", "en"),
    ("uma loja de móveis em Braga", "pt"), ("tenemos tres tiendas de ropa", "es"),
])
def test_outlets_with_what_they_sell_are_retail(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).industry == "retail_ecommerce"


@pytest.mark.parametrize("text", ["Studio Bianchi Architetti", "a yoga studio in Leeds", "a design studio", "Studio Rossi"])
def test_a_studio_of_no_sound_or_pictures_is_no_media(text: str) -> None:
    assert extract(text, now=NOW).industry != "media_entertainment"


@pytest.mark.parametrize("text", ["we're a film studio", "recording studio in Berlin", "a photography studio", "an animation studio"])
def test_a_film_recording_or_photo_studio_is_media(text: str) -> None:
    assert extract(text, now=NOW).industry == "media_entertainment"
