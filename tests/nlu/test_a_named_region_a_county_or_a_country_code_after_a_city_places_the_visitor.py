"""Where a visitor is, said by a region with a name of its own, an Irish county, a country's code after a city, or the city
its own deliveries are made in (blind batch 59, and play: "deliveries in Nairobi").

- Wine regions and other named regions no ISO list carries ("a vineyard in the Barossa", "ein Weingut im Rheingau",
  "la vallée de la Loire"): the table (nlu/data/build.py) keeps them; a one-word name needs a cue, being a grape's, a
  firm's or a person's name too ("Barossa shiraz", "napa cabbage").
- Irish counties as the Irish write them ("Co. Clare", "Co Mayo", "County Kerry"), from pycountry's list; the bare name
  needs a cue ("in Clare"; "Clare here" is the visitor's name, "mayo" a sauce).
- A country's ISO code in capitals after a city decides the city's country ("Hamilton, NZ" is not Canada's Hamilton);
  a state's code keeps its meaning ("Perth, WA", "Vancouver, WA").
- A firm's own deliveries in a city are where it works ("last mile deliveries in Nairobi"); deliveries wanted, or to a
  country, are a market ("we want more deliveries in Paris", "we deliver to customers in Germany")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "country"), [
    ("vineyard in the Barossa, 12 permanent, around 50 during vintage", "AU"),
    ("family winery in the Barossa Valley", "AU"),
    ("cellar door in McLaren Vale", "AU"),
    ("we're a winery in the Napa Valley", "US"),
    ("B&B in Sonoma, 6 rooms", "US"),
    ("wine estate in Stellenbosch", "ZA"),
    ("orchard in the Okanagan", "CA"),
    ("Ein Weingut im Rheingau, 8 Mitarbeiter.", "DE"),
    ("Nous avons un domaine dans la vallée de la Loire.", "FR"),
    ("Somos una bodega en la Ribera del Duero.", "ES"),
    ("Temos uma quinta no Douro.", "PT"),
    ("Siamo una cantina nelle Langhe.", "IT"),
    ("we run a boutique hotel on the Wild Atlantic Way, Co. Clare", "IE"),
    ("a B&B in County Mayo", "IE"),
    ("guesthouse in Co Kerry", "IE"),
    ("dairy farm, Co. Tipperary", "IE"),
    ("pub in Clare, busy in summer", "IE"),
    ("we're a joinery in Co. Down", "GB"),
])
def test_a_named_region_or_county_gives_the_country(text: str, country: str) -> None:
    found = extract(text, None, now=NOW).location
    assert found is not None and found.country == country


@pytest.mark.parametrize("text", [
    "we sell Barossa shiraz to restaurants",
    "we import napa cabbage",
    "I love mayo on my chips",
    "Clare here, I run a bakery",
    "we sell champagne and prosecco online",
])
def test_a_wine_or_a_name_alone_is_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "country", "city"), [
    ("animal rescue charity in Hamilton, NZ", "NZ", "Hamilton"),
    ("animal rescue charity in Hamilton, New Zealand", "NZ", "Hamilton"),
    ("animal rescue charity in Hamilton", "CA", "Hamilton"),
    ("a bakery in Valencia, VE", "VE", "Valencia"),
    ("a bakery in Valencia, ES", "ES", "Valencia"),
    ("Perth, WA", "AU", "Perth"),
    ("Vancouver, WA", "US", "Vancouver"),
    ("we're in Berlin, DE", "DE", "Berlin"),
])
def test_a_country_code_after_a_city_decides_its_country(text: str, country: str, city: str) -> None:
    found = extract(text, None, now=NOW).location
    assert found is not None and (found.country, found.city) == (country, city)


@pytest.mark.parametrize(("text", "country", "city"), [
    ("we run a fleet of 40 boda bodas doing last mile deliveries in Nairobi", "KE", "Nairobi"),
    ("we're a logistics firm in Kenya, deliveries in Nairobi", "KE", "Nairobi"),
    ("courier company, same-day deliveries in Ibadan", "NG", "Ibadan"),
    ("Kurierdienst, wir liefern in Wien aus", "AT", "Vienna"),
    ("nous faisons des livraisons à Lyon", "FR", "Lyon"),
    ("hacemos entregas en Madrid", "ES", "Madrid"),
    ("fazemos entregas em Lisboa", "PT", "Lisbon"),
    ("facciamo consegne a Milano", "IT", "Milan"),
    ("we bezorgen in Rotterdam", "NL", "Rotterdam"),
])
def test_a_firms_own_deliveries_in_a_city_place_it_there(text: str, country: str, city: str) -> None:
    found = extract(text, None, now=NOW).location
    assert found is not None and (found.country, found.city) == (country, city)


@pytest.mark.parametrize("text", [
    "we want more deliveries in Paris",
    "we deliver to customers in Germany",
    "we ship to Australia a lot",
])
def test_deliveries_wanted_or_to_a_country_are_a_market(text: str) -> None:
    assert extract(text, None, now=NOW).location is None
