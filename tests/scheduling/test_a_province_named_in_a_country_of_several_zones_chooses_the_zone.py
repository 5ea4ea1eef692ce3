"""A state or province named in a country of several zones chooses the zone; a country that is nearly all one zone
keeps it (issue 14, set 16).

Liam, "with a credit union in Nova Scotia", was offered times in the consultant's Central Time: Canada has several
offsets and the province was no city. In the seven languages, the province as the visitor writes it gives its zone;
a city still gives its own; near misses: the same name in another country, a postal code that is a word in capitals
("OK", "HI"), a country alone that spans several zones (no guess), and the Canaries, Azores and Brazil's west, an hour
or more off the zone a country alone gets.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from scheduling import zone_for_place
from scheduling.regions import REGION_ZONES, region_named
from scheduling.zones import zone

WINTER = datetime(2026, 12, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("country", "said", "expected"),
    [
        # en
        ("CA", "Hey there, I'm with a credit union in Nova Scotia, about 38,000 members", "America/Halifax"),
        ("AU", "we're a small firm up in Queensland", "Australia/Brisbane"),
        ("US", "based in Texas, mostly remote", "America/Chicago"),
        ("CA", "Truro, NS", "America/Halifax"),
        ("AU", "Bunbury WA.", "Australia/Perth"),
        # de
        ("CA", "Wir sitzen in Neuschottland, Kanada", "America/Halifax"),
        ("AU", "Unser Büro ist in Westaustralien", "Australia/Perth"),
        ("US", "eine Agentur in Kalifornien", "America/Los_Angeles"),
        # fr
        ("CA", "Rimouski, Québec", "America/Toronto"),
        ("CA", "on est en Nouvelle-Écosse", "America/Halifax"),
        ("CA", "une PME de Colombie-Britannique", "America/Vancouver"),
        # es
        ("MX", "estamos en Tijuana, Baja California", "America/Tijuana"),
        ("ES", "una clínica en Tenerife, Canarias", "Atlantic/Canary"),
        ("CA", "una cooperativa en Nueva Escocia", "America/Halifax"),
        # it
        ("AU", "siamo in Australia Occidentale", "Australia/Perth"),
        ("CA", "un'azienda della Nuova Scozia", "America/Halifax"),
        # pt (BR and PT)
        ("BR", "somos de Cuiabá, Mato Grosso", "America/Cuiaba"),
        ("BR", "uma empresa do Amazonas", "America/Manaus"),
        ("PT", "estamos em Ponta Delgada, nos Açores", "Atlantic/Azores"),
        ("PT", "uma empresa da Madeira", "Atlantic/Madeira"),
        ("CA", "estamos na Nova Escócia", "America/Halifax"),
        # nl
        ("CA", "we zitten in Nieuw-Schotland", "America/Halifax"),
        ("AU", "ons kantoor staat in Queensland", "Australia/Brisbane"),
    ],
)
def test_a_province_named_gives_its_zone(country: str, said: str, expected: str) -> None:
    assert zone_for_place(country, None, at=WINTER, said=said) == expected


@pytest.mark.parametrize(
    ("country", "city", "said", "expected"),
    [
        # The city's own zone comes first: Perth is Perth's, whatever else is said.
        ("AU", "Perth", "Perth, but our clients are all in Queensland", "Australia/Perth"),
        ("CA", "Halifax", "Halifax", "America/Halifax"),
        # Two cities of one name an hour apart: the state said chooses.
        ("US", "Springfield", "Springfield, Illinois", "America/Chicago"),
    ],
)
def test_a_city_keeps_its_own_zone_and_a_namesake_is_chosen_by_its_state(
    country: str, city: str, said: str, expected: str
) -> None:
    assert zone_for_place(country, city, at=WINTER, said=said) == expected


@pytest.mark.parametrize(
    ("country", "said"),
    [
        ("CA", "we're a Canadian credit union"),  # the country alone: several zones, no guess
        ("US", "OK, we are in the US"),  # "OK" in capitals is no Oklahoma
        ("US", "HI there, US company here"),  # nor "HI" Hawaii
        ("CA", "we sell in Victoria and Tasmania too"),  # Australia's states, said by a visitor in Canada
        ("AU", "Wir sind in Bayern"),  # Bavaria is no Australian state
        ("RU", "a firm in Russia"),
        ("ID", "kantor kami di Kalimantan"),  # split between two zones: no guess
    ],
)
def test_no_province_of_the_country_named_gives_no_guess(country: str, said: str) -> None:
    assert zone_for_place(country, None, at=WINTER, said=said) is None


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("ES", "Europe/Madrid"),
        ("PT", "Europe/Lisbon"),
        ("BR", "America/Sao_Paulo"),
        ("MX", "America/Mexico_City"),
    ],
)
def test_a_country_nearly_all_in_one_zone_keeps_it(country: str, expected: str) -> None:
    assert zone_for_place(country, None, at=WINTER) == expected
    assert zone_for_place(country, None, at=WINTER, said="nothing about where") == expected


def test_the_province_is_said_as_the_visitor_wrote_it() -> None:
    assert region_named("on est en nouvelle-écosse", "CA").written == "Nouvelle-Écosse"
    assert region_named("Wir sitzen in Neuschottland, Kanada", "CA").written == "Neuschottland"
    assert region_named("a credit union in Nova Scotia", "CA").code == "CA-NS"


def test_every_province_zone_is_a_zone_on_this_machine() -> None:
    for code, name in REGION_ZONES.items():
        assert zone(name).key == name, code
