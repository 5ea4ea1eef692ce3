"""A postcode written before a city names the city of the country whose postcodes it fits (issue 14): "29200 Brest"
in an English conversation was Brest, Belarus, whose postcodes have six digits; five digits are France's, and the
table keeps the markets' smaller cities that share a bigger city's name ("Brest", "Laval", "Gloucester") for an
address to name. The visitor's language does not outweigh the postcode ("29200 Brest" typed in German is still in
France). A postcode the city's own country could have keeps the city; no postcode keeps the bigger one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _where(text: str, lang: str | None, field: str | None = "location") -> tuple[str | None, str | None] | None:
    location = extract(text, field, now=NOW, lang=lang).location
    return None if location is None else (location.country, location.city)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt-BR", "pt-PT", "nl", None])
@pytest.mark.parametrize("field", ["location", None])
def test_five_digits_before_brest_are_frances(lang: str | None, field: str | None) -> None:
    assert _where("29200 Brest", lang, field) == ("FR", "Brest")


@pytest.mark.parametrize(("text", "where"), [
    ("We're at 29200 Brest", ("FR", "Brest")),
    ("53000 Laval", ("FR", "Laval")),  # Laval, Québec has postcodes of letters
    ("GL1 2AB Gloucester", ("GB", "Gloucester")),  # a British postcode: Gloucester in England, not Ontario
    ("30001 Cartagena", ("ES", "Cartagena")),  # not Colombia's, whose codes have six digits
])
def test_a_postcode_names_the_namesake_it_fits(text: str, where: tuple[str, str]) -> None:
    assert _where(text, "en") == where


@pytest.mark.parametrize(("text", "lang", "where"), [
    ("130001 Cartagena", "en", ("CO", "Cartagena")),  # six digits: Colombia's own
    ("10115 Berlin", "de", ("DE", "Berlin")),
    ("Cartagena", "en", ("CO", "Cartagena")),  # no postcode: the bigger one, as before
    ("Gloucester", "en", ("CA", "Gloucester")),
])
def test_a_postcode_the_citys_own_country_has_or_none_keeps_the_city(text: str, lang: str, where: tuple[str, str]) -> None:
    assert _where(text, lang) == where
