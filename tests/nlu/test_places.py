"""Places in the visitor's own language: pycountry's translated country and region names, geonames' alternate city names."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, country", [
    ("Allemagne", "DE"), ("Alemanha", "DE"), ("Duitsland", "DE"), ("Germania", "DE"), ("Alemania", "DE"),
    ("Paesi Bassi", "NL"), ("Países Bajos", "NL"), ("Pays-Bas", "NL"), ("Niederlande", "NL"),
    ("Belgio", "BE"), ("Bélgica", "BE"), ("Zwitserland", "CH"), ("Royaume-Uni", "GB"), ("Verenigd Koninkrijk", "GB"),
    ("Lombardei", "IT"), ("Mailand", "IT"), ("Londres", "GB"),
])
def test_countries_regions_and_big_cities_are_known_in_each_language(text, country):
    assert extract(text, field="location", now="2026-12-02").location.country == country
    assert extract(f"wir sitzen in {text}", now="2026-12-02").location.country == country


@pytest.mark.parametrize("text", ["para finales de abril", "para el mes que viene", "é para já", "bel mi"])
def test_everyday_words_that_are_also_place_names_need_a_cue(text):
    assert extract(text, field="timing", now="2026-12-02").location is None
    assert extract(text, now="2026-12-02").location is None


@pytest.mark.parametrize("text, lang, country", [
    ("somos 12 en Valencia", None, "ES"),  # Spanish words: the Valencia where Spanish is spoken in the markets we sell to
    ("Valencia", "es", "ES"),
    ("Córdoba", "es", "ES"),
    ("Valencia", None, "ES"),  # no language to go by: the one in the markets we sell to, not Venezuela's bigger one
    ("Córdoba", None, "ES"),
    ("Mérida", None, "MX"),  # neither namesake in our markets: the bigger city
    ("London", None, "GB"),
    ("Valencia, Venezuela", "es", "VE"),  # the country said after the name decides
    ("Valencia, Spain", None, "ES"),
])
def test_a_city_name_several_countries_share_is_the_one_where_the_visitors_language_is_spoken(text, lang, country):
    assert extract(text, field="location", now="2026-12-02", lang=lang).location.country == country


@pytest.mark.parametrize("text, country, city", [
    ("we are in Zaragoza", "ES", "Zaragoza"),  # geonames lists "Zaragoza" as an alternate name of Tijuana too
    ("based in Santa Ana, CA", "US", "Santa Ana"),
    ("Cancun", "MX", "Cancún"),
])
def test_a_citys_own_name_beats_another_citys_alternate_name(text, country, city):
    location = extract(text, field="location", now="2026-12-02").location
    assert (location.country, location.city) == (country, city)


def test_a_city_named_with_a_cue_beats_a_word_that_is_also_a_city():
    # "loja" (shop) is also Loja, Ecuador
    assert extract("tenho uma loja em Porto Alegre", now="2026-12-02").location.country == "BR"


@pytest.mark.parametrize("text", ["nous sommes 40 à Bordeaux", "on est 25 à Lille"])
def test_a_head_count_before_a_city_in_french_is_the_company_size(text):
    assert extract(text, now="2026-12-02").company_size.min in (40, 25)


@pytest.mark.parametrize("text, country", [("Büro: 80331 München", "DE"), ("on est au 69002 Lyon", "FR"), ("1000 Bruxelles", "BE")])
def test_a_postal_code_before_a_city_names_the_place(text, country):
    assert extract(text, field=None, now="2026-12-03").location.country == country


@pytest.mark.parametrize("text, country", [
    ("a small hotel in the Algarve", "PT"), ("on est en Wallonie", "BE"), ("wij zitten in Vlaanderen", "BE"),
    ("two villas on the Costa del Sol", "ES"), ("based in the Black Forest", "DE"),
])
def test_regions_known_by_a_name_of_their_own_are_placed(text, country):
    assert extract(text, now="2026-12-03").location.country == country


@pytest.mark.parametrize("text, country", [("Hasselt", "BE"), ("Faro", "PT"), ("Alkmaar", "NL"), ("Antibes", "FR")])
def test_a_smaller_city_of_our_markets_is_placed_as_the_answer_to_where(text, country):
    assert extract(text, field="location", now="2026-12-03").location.country == country


@pytest.mark.parametrize("text", ["como te va", "the worms ate the seedlings", "we need a new bath"])
def test_a_smaller_citys_name_that_is_an_everyday_word_needs_a_cue(text):
    assert extract(text, now="2026-12-03").location is None


@pytest.mark.parametrize("text, country", [("zip 10001", "US"), ("our zip code is 60614-1234", "US")])
def test_a_zip_code_named_as_one_is_in_the_united_states(text, country):
    assert extract(text, now="2026-12-03").location.country == country


def test_a_city_abbreviation_after_a_postal_code_and_a_comma_is_the_city():
    assert extract("zip 60614, Chicago. we're a small team", now="2026-12-03").location.city == "Chicago"


@pytest.mark.parametrize("text", [
    "we're expanding into France next spring",
    "most of our buyers are in Canada",
    "we want to break into the US market",
    "we ship to Australia a lot",
])
def test_a_market_the_visitor_sells_to_or_wants_to_enter_is_not_where_they_are(text):
    assert extract(text, now="2026-12-03").location is None


def test_where_the_visitor_is_stays_beside_the_markets_they_sell_to():
    assert extract("we're in Berlin and sell to customers across Europe", now="2026-12-03").location.country == "DE"


def test_a_uk_postcode_said_before_the_word_postcode_is_in_great_britain():
    assert extract("M1 4BT is our postcode", now="2026-12-03").location.country == "GB"


@pytest.mark.parametrize("text, country, city", [
    ("we're in surry hills sydney 2010", "AU", "Sydney"), ("we're in surry hills sydney", "AU", "Sydney"),
    ("our office is in fitzroy melbourne 3065", "AU", "Melbourne"), ("we're in newtown austin", "US", "Austin"),
    ("based in bondi, sydney", "AU", "Sydney"),
])
def test_a_city_after_its_neighbourhood_is_where_the_visitor_is(text, country, city):
    found = extract(text, now="2026-12-04").location
    assert (found.country, found.city) == (country, city)


@pytest.mark.parametrize("text", ["we're in touch with sydney", "i'm in love with reading", "we're in talks with jordan"])
def test_words_that_carry_on_a_sentence_are_no_neighbourhood(text):
    assert extract(text, now="2026-12-04").location is None


def test_the_postcode_after_a_neighbourhood_and_city_is_no_figure():
    found = extract("we're in surry hills sydney 2010", now="2026-12-04")
    assert found.company_size is None and found.budget is None and found.timing is None
