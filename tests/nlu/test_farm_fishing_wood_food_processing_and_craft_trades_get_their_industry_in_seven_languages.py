"""Trades of the land, the sea, wood, food processing and crafts get the contract's industry label in the seven
languages (played in the product: "Holzverarbeitung, Schnittholz" and "empacadora de aguacate" were read as other).
Fishing, fish and bee farming, forestry, livestock, nurseries and produce packers are agriculture; sawmills and wood
processing, meat, fish and dairy processors, and crafts that make goods are manufacturing; carpenters are construction,
as joinery, Schreinerei and menuiserie already were. The same words as a customer, a tour sold or a surname keep their
reading."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    # fishing and fish farming
    ("We run a small fishing fleet out of Cornwall.", "en"),
    ("we're oyster growers on the coast", "en"),
    ("Wir sind ein Fischereibetrieb an der Ostsee.", "de"),
    ("Nous sommes un armement de pêche à Lorient.", "fr"),
    ("Somos una empresa pesquera en Vigo.", "es"),
    ("Siamo un'azienda ittica a Chioggia.", "it"),
    ("Somos uma empresa de pesca em Peniche.", "pt"),
    ("Wij zijn een visserijbedrijf in Urk.", "nl"),
    # produce packed where it is grown
    ("we're a packing house for citrus in Valencia", "en"),
    ("Somos una empacadora de aguacate en Michoacán, 120 personas.", "es"),
    ("empacadora de aguacate", "es"),
    # bees, forests, livestock, nurseries, cooperatives
    ("a small beekeeping business, 4 of us", "en"),
    ("Wir sind eine Imkerei im Allgäu.", "de"),
    ("On est une exploitation forestière dans les Landes.", "fr"),
    ("Somos una cooperativa agrícola de Jaén.", "es"),
    ("Siamo un vivaio in Toscana.", "it"),
    ("Somos uma empresa florestal no Paraná.", "pt"),
    ("Wij zijn een melkveehouderij in Friesland.", "nl"),
    ("Siamo un frantoio in Puglia.", "it"),
])
@pytest.mark.parametrize("field", [None, "industry"])
def test_land_and_sea_trades_are_agriculture(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).industry == "agriculture"


@pytest.mark.parametrize(("text", "lang"), [
    # sawmills and wood processing
    ("We're a sawmill in Oregon, 40 staff.", "en"),
    ("Holzverarbeitung, Schnittholz", "de"),
    ("Wir sind ein Sägewerk im Schwarzwald mit 40 Leuten.", "de"),
    ("Nous sommes une scierie dans les Vosges.", "fr"),
    ("Somos un aserradero en el sur de Chile.", "es"),
    ("Siamo una segheria in Trentino.", "it"),
    ("Somos uma serraria no Paraná.", "pt"),
    ("Wij zijn een zagerij in Twente.", "nl"),
    # food processed from farms and boats
    ("we're a meat processing plant in Iowa", "en"),
    ("Wir sind eine Molkerei in Bayern.", "de"),
    ("Nous sommes une conserverie de sardines à Douarnenez.", "fr"),
    ("Somos una empacadora de camarón en Sinaloa.", "es"),
    ("Siamo un mattatoio in Emilia.", "it"),
    ("Somos uma fábrica de laticínios em Minas.", "pt"),
    ("Wij zijn een vleesverwerker uit Brabant.", "nl"),
    # crafts that make goods
    ("I run a pottery studio in Bristol.", "en"),
    ("Wir sind eine Töpferei in Bayern.", "de"),
    ("On est une poterie artisanale en Provence.", "fr"),
    ("Somos una alfarería en Talavera.", "es"),
    ("Siamo un laboratorio di ceramica a Faenza.", "it"),
    ("Somos uma olaria em Barcelos.", "pt"),
    ("Wij zijn een pottenbakkerij in Delft.", "nl"),
])
@pytest.mark.parametrize("field", [None, "industry"])
def test_wood_food_processing_and_craft_trades_are_manufacturing(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).industry == "manufacturing"


@pytest.mark.parametrize(("text", "lang"), [
    ("Somos una carpintería en Zaragoza.", "es"),
    ("Siamo una falegnameria a Bergamo.", "it"),
    ("Wij zijn een timmerbedrijf in Zwolle.", "nl"),
    ("Somos uma carpintaria em Braga.", "pt"),
])
def test_carpenters_are_construction_as_joiners_are(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == "construction"


@pytest.mark.parametrize(("text", "field", "industry"), [
    ("fishing", "industry", "agriculture"),
    ("woodworking", "industry", "manufacturing"),
    ("crafts", "industry", "manufacturing"),
])
def test_a_trade_named_alone_answers_the_question(text: str, field: str, industry: str) -> None:
    assert extract(text, field, now=NOW, lang="en").industry == industry


@pytest.mark.parametrize(("text", "industry"), [
    ("we run fishing charters out of Cairns", "hospitality"),  # a tour sold to visitors
    ("I'm Tom Fisher, we run a hotel", "hospitality"),  # a surname, no fishery
    ("my name is Ana Weaver and I run a bakery", "hospitality"),
    ("we build software for sawmills", "software"),  # the software company serves them
    ("viva la vida, we're a bakery", "hospitality"),  # no nursery (vivaio)
])
def test_the_same_words_as_a_tour_a_surname_or_a_market_keep_their_reading(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW, lang="en").industry == industry


def test_fishing_tackle_sold_online_is_retail() -> None:
    assert extract("we sell fishing tackle online", None, now=NOW, lang="en").industry == "retail_ecommerce"


@pytest.mark.parametrize("text", ["I love pottery", "we need leads for our pottery classes"])
def test_a_craft_as_a_hobby_or_taught_is_no_workshop_making_goods(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").industry != "manufacturing"


@pytest.mark.parametrize(("text", "lang"), [
    ("family-run funeral home in Bristol", "en"),  # from play: no industry at all
    ("Wir sind ein Bestattungsinstitut in Köln.", "de"),
    ("Nous sommes des pompes funèbres à Lyon.", "fr"),
    ("Somos una funeraria en Sevilla.", "es"),
    ("Siamo un'impresa di onoranze funebri a Napoli.", "it"),
    ("Somos uma funerária em Braga.", "pt"),
    ("Wij zijn een uitvaartonderneming in Gent.", "nl"),
])
def test_funeral_services_are_professional_services(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).industry == "professional_services"
