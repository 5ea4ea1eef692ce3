"""A place is said back with the preposition its name takes in the visitor's language (addendum, issue 14).

"una sede a Italia" was said for a visitor in Italy: the phrasebook put one preposition before every place, a city's
("a Siena", "à Lyon"), and a country takes its own ("in Italia", "en France", "au Portugal", "aux Pays-Bas", "no
Brasil", "na Alemanha", "in der Schweiz", "nel Regno Unito"). A city, alone or with its country, keeps the city's.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import describe
from nlu.attributes import Attributes, Location


def _base(lang: str, country: str, city: str | None = None) -> str | None:
    with speaking(lang):
        return describe("location", Attributes(location=Location(city=city, country=country)))


@pytest.mark.parametrize(("lang", "country", "said"), [
    ("it", "IT", "una sede in Italia"), ("it", "US", "una sede negli Stati Uniti"),
    ("it", "GB", "una sede nel Regno Unito"), ("it", "NL", "una sede nei Paesi Bassi"),
    ("fr", "FR", "une implantation en France"), ("fr", "PT", "une implantation au Portugal"),
    ("fr", "NL", "une implantation aux Pays-Bas"), ("fr", "MX", "une implantation au Mexique"),
    ("fr", "IT", "une implantation en Italie"),
    ("pt", "PT", "uma sede em Portugal"), ("pt", "BR", "uma sede no Brasil"), ("pt", "DE", "uma sede na Alemanha"),
    ("pt", "US", "uma sede nos Estados Unidos"),
    ("de", "CH", "einen Sitz in der Schweiz"), ("de", "NL", "einen Sitz in den Niederlanden"),
    ("de", "GB", "einen Sitz im Vereinigten Königreich"), ("de", "US", "einen Sitz in den Vereinigten Staaten"),
    ("de", "IT", "einen Sitz in Italien"),
    ("es", "IT", "una sede en Italia"), ("es", "CO", "una sede en Colombia"),
    ("nl", "IT", "een vestiging in Italië"), ("nl", "US", "een vestiging in de Verenigde Staten"),
    ("en", "NL", "a base in the Netherlands"), ("en", "IT", "a base in Italy"),
])
def test_a_country_alone_takes_its_own_preposition(lang: str, country: str, said: str) -> None:
    assert _base(lang, country) == said


@pytest.mark.parametrize(("lang", "said"), [
    ("it", "una sede a Siena, Italia"), ("fr", "une implantation à Siena, Italie"), ("pt", "uma sede em Siena, Itália"),
    ("de", "einen Sitz in Siena, Italien"), ("es", "una sede en Siena, Italia"), ("nl", "een vestiging in Siena, Italië"),
    ("en", "a base in Siena, Italy"),
])
def test_a_city_with_its_country_keeps_the_citys_preposition(lang: str, said: str) -> None:
    assert _base(lang, "IT", "Siena") == said


# A city whose name has an article, written or said (Portuguese): the preposition joins it. Near misses: names that
# only begin like one ("Lens", "Lecce", "Laval", "Porto Alegre"), an article French or Spanish keeps ("à La
# Rochelle", "en El Cairo"), and the languages that write the name whole ("in Den Haag").
@pytest.mark.parametrize(("lang", "city", "country", "said"), [
    ("pt", "Porto", "PT", "uma sede no Porto, Portugal"), ("pt", "Figueira da Foz", "PT", "uma sede na Figueira da Foz, Portugal"),
    ("pt", "Rio de Janeiro", "BR", "uma sede no Rio de Janeiro, Brasil"), ("pt", "Recife", "BR", "uma sede no Recife, Brasil"),
    ("pt", "Porto Alegre", "BR", "uma sede em Porto Alegre, Brasil"), ("pt", "Lisboa", "PT", "uma sede em Lisboa, Portugal"),
    ("fr", "Le Havre", "FR", "une implantation au Havre, France"),
    ("fr", "Les Sables-d'Olonne", "FR", "une implantation aux Sables-d'Olonne, France"),
    ("fr", "La Rochelle", "FR", "une implantation à La Rochelle, France"), ("fr", "Lens", "FR", "une implantation à Lens, France"),
    ("it", "L'Aquila", "IT", "una sede all'Aquila, Italia"), ("it", "La Spezia", "IT", "una sede alla Spezia, Italia"),
    ("it", "Lecce", "IT", "una sede a Lecce, Italia"),
    ("es", "El Cairo", "EG", "una sede en El Cairo, Egipto"),
    ("de", "Den Haag", "NL", "einen Sitz in Den Haag, Niederlande"), ("nl", "Den Haag", "NL", "een vestiging in Den Haag, Nederland"),
])
def test_a_city_whose_name_takes_an_article_joins_it_to_the_preposition(lang: str, city: str, country: str, said: str) -> None:
    assert _base(lang, country, city) == said


def test_a_brazilian_hears_the_country_with_its_article() -> None:
    with speaking("pt", "pt-BR"):
        assert describe("location", Attributes(location=Location(country="DE"))) == "uma sede na Alemanha"
