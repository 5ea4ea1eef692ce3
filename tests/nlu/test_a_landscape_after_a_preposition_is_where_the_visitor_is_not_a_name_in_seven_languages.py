"""A region or landscape said after a preposition is where the visitor is, never their name ("im Schwarzwald" was read
as the name Schwarzwald, as "Mehr Besucher im Onlineshop" gave the name Onlineshop: the German "im" is no typed "I'm"),
in the seven languages; landscapes the table lacked (Allgäu, Veluwe, Chianti, Eifel, Peak District...) now name their
country. A wine's name said as the wine, and a typed "im" before a given name, keep their readings."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Wir sind ein Sägewerk im Schwarzwald.", "de", "DE"),
    ("Wir sitzen im Allgäu.", "de", "DE"),
    ("Ein Hotel in der Eifel, 20 Leute.", "de", "DE"),
    ("On est une petite entreprise en Bretagne.", "fr", "FR"),
    ("Nous sommes en Camargue.", "fr", "FR"),
    ("We're a small farm in the Cotswolds.", "en", "GB"),
    ("We run a B&B in the Peak District.", "en", "GB"),
    ("Siamo una cantina nel Chianti.", "it", "IT"),
    ("Siamo nel Salento.", "it", "IT"),
    ("Somos una bodega en la Rioja.", "es", "ES"),
    ("Somos uma herdade no Alentejo.", "pt", "PT"),
    ("Wij zitten op de Veluwe.", "nl", "NL"),
    ("Wij zijn een zagerij in Twente.", "nl", "NL"),
])
def test_a_landscape_after_a_preposition_names_its_country(text: str, lang: str, country: str) -> None:
    found = extract(text, None, now=NOW, lang=lang)
    assert found.location is not None and found.location.country == country
    assert found.name is None


@pytest.mark.parametrize(("text", "field"), [
    ("im Schwarzwald", "name"),
    ("im Allgäu", "name"),
    ("Hallo, Sägewerk im Schwarzwald, 40 Leute", None),
    ("Mehr Besucher im Onlineshop, also Google Shopping, SEO und ein Newsletter", "need"),
    ("Mehr Besucher im Onlineshop, also Google Shopping, SEO und ein Newsletter", None),
])
def test_the_german_im_before_a_place_or_a_noun_is_no_introduction(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang="de").name is None


@pytest.mark.parametrize(("text", "field", "name"), [
    ("im Jane from Acme", None, "Jane"),
    ("hi im Priya Sharma, head of marketing", None, "Priya Sharma"),
    ("Im Jane Doe", "name", "Jane Doe"),
])
def test_a_typed_im_before_a_given_name_is_still_an_introduction(text: str, field: str | None, name: str) -> None:
    assert extract(text, field, now=NOW, lang="en").name == name


@pytest.mark.parametrize("text", ["we sell chianti to restaurants", "Das Harz der Bäume klebt."])
def test_a_wine_or_a_word_that_names_a_landscape_needs_a_cue(text: str) -> None:
    assert extract(text, None, now=NOW).location is None
