"""Where the visitor is: requests wanted from a country ("ein Maschinenbauer aus Ulm ... Wir brauchen mehr Anfragen
aus Österreich und der Schweiz", batch_47: read as Austria) name a market, not the base, in the seven languages; the
home town said before keeps the country. A visitor who says they are in that country keeps it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Guten Tag, wir sind ein Maschinenbauer aus Ulm mit rund 180 Mitarbeitenden. "
     "Wir brauchen mehr Anfragen aus Österreich und der Schweiz.", "de", "DE"),
    ("we're a machine shop in Leeds and want more enquiries from Germany", "en", "GB"),
    ("nous sommes une PME à Lyon et voulons plus de demandes de Suisse", "fr", "FR"),
    ("somos una empresa de Valencia y queremos más solicitudes de Portugal", "es", "ES"),
    ("siamo un'azienda di Torino e vogliamo più richieste dalla Svizzera", "it", "IT"),
    ("we zijn een bedrijf uit Utrecht en willen meer aanvragen uit Duitsland", "nl", "NL"),
    ("somos uma empresa do Porto e queremos mais pedidos de Espanha", "pt", "PT"),
])
def test_requests_wanted_from_a_country_leave_the_home_town_the_base(text: str, lang: str, country: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and location.country == country


@pytest.mark.parametrize(("text", "lang"), [
    ("Wir brauchen mehr Anfragen aus Österreich", "de"),
    ("nous voulons plus de demandes de Suisse", "fr"),
    ("we want more enquiries from Germany", "en"),
])
def test_requests_wanted_from_a_country_alone_place_no_base(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).location is None


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("wir sind ein Maschinenbauer aus Ulm", "de", "DE"),
    ("we're a machine builder based in Ulm", "en", "DE"),
])
def test_a_three_letter_town_after_a_word_of_origin_is_read(text: str, lang: str, country: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and location.country == country


@pytest.mark.parametrize("text", [
    "we got a quote from Ana last week",
    "we are in Ulm-like trouble",
])
def test_a_short_capitalised_word_without_a_word_of_origin_is_no_town(text: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is None or location.country != "DE"
