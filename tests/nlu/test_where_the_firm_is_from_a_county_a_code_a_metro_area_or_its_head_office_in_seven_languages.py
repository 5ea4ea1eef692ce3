"""Where the visitor's firm is, from what a chat names (issue 14; batches 65-71, LOCATION), in seven languages.

A county or region gives its country ("a workshop in Cheshire", "een brouwerij in Brabant"), as does a state's code
("em SP") or a postcode's district ("an office in EC2A"); a metro area joined by a dash is its cities ("Dallas-Fort
Worth"); a state's code typed in lower case after a city decides the city ("Melbourne fl"); the head office beats a
branch; where the firm's patients, pupils or guests come from is no place the firm is. Near misses keep their reading."""

import pytest

from nlu import extract

NOW = "2026-12-05"


def _country(text):
    location = extract(text, now=NOW).location
    return location.country if location is not None else None


@pytest.mark.parametrize(
    "text, country",
    [
        ("family furniture workshop in Cheshire, 16 joiners", "GB"),
        ("wir sind eine kleine Schreinerei in Herefordshire", "GB"),
        ("nous avons une cidrerie en Somerset", "GB"),
        ("tenemos una sidrería en Herefordshire", "GB"),
        ("siamo un birrificio in Yorkshire", "GB"),
        ("somos uma marcenaria em Lincolnshire", "GB"),
        ("we zijn een brouwerij in Brabant met een proeflokaal", "NL"),
        ("a garage in Hampshire", "GB"),
    ],
)
def test_a_county_or_a_region_gives_its_country(text, country):
    assert _country(text) == country


def test_a_state_named_like_a_county_keeps_its_own_country():
    assert _country("we're a garage in New Hampshire") == "US"


@pytest.mark.parametrize(
    "text", ["sou sócio de uma fintech em SP, somos 35", "estamos no RJ, 12 pessoas", "uma clínica sediada em MG"]
)
def test_a_brazilian_states_code_after_em_or_no_is_brazil(text):
    assert _country(text) == "BR"


@pytest.mark.parametrize(
    "text", ["trabalhamos no PR da marca", "precisamos de ajuda em SEO", "queremos investir em SEM"]
)
def test_a_marketing_acronym_after_em_or_no_is_no_state(text):
    assert _country(text) is None


@pytest.mark.parametrize(
    "text", ["we have an office in EC2A", "we're in SE1, 20 staff", "our postcode is SW1A 1AA, we're a club in Mayfair"]
)
def test_a_uk_postcode_or_its_district_is_the_uk(text):
    assert _country(text) == "GB"


@pytest.mark.parametrize("text", ["we sell B2B in B2B markets", "ideally live in Q3", "our budget is in GBP"])
def test_codes_that_are_no_district_name_no_place(text):
    assert _country(text) in (None, "GB") if "GBP" in text else _country(text) is None


@pytest.mark.parametrize(
    "text, city",
    [
        ("roofing contractor in Dallas-Fort Worth, 25 guys", "Dallas"),
        ("roofing contractor in Dallas–Fort Worth", "Dallas"),
        ("eine Agentur in Berlin-Mitte", "Berlin"),
    ],
)
def test_two_places_joined_by_a_dash_are_read(text, city):
    location = extract(text, now=NOW).location
    assert location is not None and location.city == city


@pytest.mark.parametrize(
    "text, country",
    [
        ("een kredietunie in Nieuw-Schotland, Canada", "CA"),
        ("wir sitzen in Neu-Schottland, Kanada", "CA"),
        ("on est en Nouvelle-Écosse, au Canada", "CA"),
        ("Nuova Scozia, Canada", "CA"),
    ],
)
def test_a_dashed_name_whose_first_part_is_no_place_is_not_read_as_its_second(text, country):
    # "Nieuw-Schotland" (Nova Scotia) was read as its parts, and "Schotland" made the visitor Scottish.
    assert _country(text) == country


@pytest.mark.parametrize(
    "text, country",
    [
        ("we're a 3-chair barbershop in Melbourne fl", "US"),
        ("a dental office in plano tx", "US"),
        ("a cafe in Melbourne, 4 staff", "AU"),
        ("we're in London on Monday", "GB"),
    ],
)
def test_a_state_code_in_lower_case_after_a_city_decides_the_city(text, country):
    assert _country(text) == country


@pytest.mark.parametrize(
    "text, country",
    [
        ("Freight forwarder, Singapore HQ + offices in KL and Jakarta, around 90 ppl", "SG"),
        ("Hauptsitz in Wien, Filialen in München und Zürich", "AT"),
        ("notre siège est à Bruxelles, avec un bureau à Paris", "BE"),
        ("sede central en Madrid, oficinas en Lisboa y Oporto", "ES"),
        ("sede centrale a Milano, uffici a Zurigo", "IT"),
        ("hoofdkantoor in Gent, kantoren in Amsterdam en Utrecht", "BE"),
        ("we're in Leeds with a small office in Dublin too", "GB"),
    ],
)
def test_the_head_office_is_where_the_firm_is(text, country):
    assert _country(text) == country


@pytest.mark.parametrize(
    "text, country",
    [
        ("private hospital in Accra, 210 beds. Patients come from Nigeria + Ghana", "GH"),
        ("eine Privatklinik in Wien, die Patienten kommen meist aus Ungarn", "AT"),
        ("une école à Genève, nos élèves viennent de France", "CH"),
        ("una clínica en Lima, los pacientes vienen de Chile", "PE"),
        ("uma clínica em Lisboa, os pacientes vêm de Angola", "PT"),
        ("un hotel a Roma, gli ospiti arrivano dalla Germania", "IT"),
        ("een kliniek in Gent, de patiënten komen uit Nederland", "BE"),
    ],
)
def test_where_the_firms_patients_pupils_or_guests_come_from_is_no_base(text, country):
    assert _country(text) == country


@pytest.mark.parametrize(
    "text, country", [("we're a clinic in Nigeria", "NG"), ("wir sind eine Klinik in Ungarn", "HU")]
)
def test_a_base_said_plainly_stays(text, country):
    assert _country(text) == country


@pytest.mark.parametrize(
    "text, country",
    [
        ("We're independent opticians with 3 branches in Norfolk, we pay £1,200/month for SEO", "GB"),
        ("we're a shipyard in Norfolk, VA", "US"),
    ],
)
def test_a_name_shared_by_a_county_and_a_city_takes_the_messages_country(text, country):
    assert _country(text) == country


@pytest.mark.parametrize("text", ["tattoo studio in Fitzroy (melb), 5 artists", "a gym in Kelvin Grove (brissie)"])
def test_a_city_in_brackets_after_a_suburb_places_the_visitor(text):
    assert _country(text) == "AU"
