"""Where the visitor is, read from what batches 52 and 53 (issue 14) missed: a town with its state's code in brackets
("(Reston, VA)") is that town; state codes listed in capitals ("across 3 states (TX, OK, LA)") are their country; a
province named like its capital ("en Mendoza", "in Groningen") is the city; an exporter or a shipyard in a town is based
there; the town in the search words a local firm wants to rank for is where it works; and a place the
visitor left or named by mistake gives way to the one they are in, in the seven languages. Markets stay markets."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "country", "city"), [
    ("Director of Demand Gen at a ~200-person cybersecurity company (Reston, VA).", "US", "Reston"),
    ("we're a small law firm (Bentonville, AR) looking for SEO", "US", "Bentonville"),
    ("commercial cleaning company across 3 states (TX, OK, LA), 430 employees", "US", None),
    ("we cover NSW/QLD with 12 vans", "AU", None),
    ("Wij zijn een tandartspraktijk in Groningen met 11 medewerkers.", "NL", "Groningen"),
    ("Hola, somos una bodega familiar en Mendoza, 30 personas.", "AR", "Mendoza"),
    ("Wir sind eine Kanzlei in Salzburg.", "AT", "Salzburg"),
    ("we're a shipyard in Norfolk, Virginia", "US", "Norfolk"),
    ("We're a kiwifruit exporter in Tauranga.", "NZ", "Tauranga"),
    ("we want to be top 3 on google for 'emergency plumber houston'", "US", "Houston"),
    ("we want to rank for \"dentist leeds\"", "GB", "Leeds"),
    ("cerramos la oficina de Valencia. Seguimos en Madrid.", "ES", "Madrid"),
    ("we zitten niet meer in Gent maar sinds vorig jaar in Antwerpen", "BE", "Antwerp"),
    ("We're no longer in Leeds, we moved to Manchester in May.", "GB", "Manchester"),
    ("Wir sind nicht mehr in Köln, sondern seit März in Bonn.", "DE", "Bonn"),
    ("On n'est plus à Lyon, on est à Grenoble depuis l'été.", "FR", "Grenoble"),
    ("Não estamos mais em Porto, agora em Braga.", "PT", "Braga"),
    ("Non siamo più a Torino, ora siamo a Milano.", "IT", "Milan"),
])
def test_the_place_the_visitor_is_in(text: str, country: str, city: str | None) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and (location.country, location.city) == (country, city)


@pytest.mark.parametrize(("text", "country"), [
    ("we want to export to Germany, we're in Leeds", "GB"),
    ("Nous voulons exporter en Allemagne, on est à Lyon", "FR"),
    ("CMO @ Acme (fintech, 200 FTE, NYC)", "US"),
    ("we're in Leeds and want to rank for \"plumber manchester\"", "GB"),
])
def test_markets_and_second_places_stay_as_they_were(text: str, country: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == country


def test_capitals_that_are_no_state_codes_name_no_place() -> None:
    assert extract("we need leads ASAP, OK?", None, now=NOW).location is None
