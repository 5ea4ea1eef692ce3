"""Company size: a count said as about so many, with a suffix on the number or as a collective noun, is the head count
in the seven languages. Played (nl, Flemish): "We zijn een bouwbedrijf uit Gent met een 35-tal werknemers" gave no
company size ("een dertigtal" read, the figure with "-tal" did not), and "thirty-some people" gave none. Near misses:
the same forms counting clients, shops or locations are no people."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "heads"), [
    ("We zijn een bouwbedrijf uit Gent met een 35-tal werknemers", "nl", 35),
    ("we hebben een 35-tal medewerkers", "nl", 35),
    ("we zijn met een 35-tal", "nl", 35),
    ("we zijn met een dertigtal", "nl", 30),
    ("een twintigtal medewerkers", "nl", 20),
    ("une trentaine d'employés", "fr", 30),
    ("nous sommes une cinquantaine", "fr", 50),
    ("una trentina di dipendenti", "it", 30),
    ("siamo una trentina", "it", 30),
    ("una treintena de empleados", "es", 30),
    ("somos unos 35", "es", 35),
    ("uma trintena de funcionários", "pt", 30),
    ("somos uns 35", "pt", 35),
    ("wir sind an die 35 Leute", "de", 35),
    ("wir sind so um die 35", "de", 35),
    ("30-odd staff", "en", 30),
    ("thirty-some people", "en", 30),
    ("we're thirty-something staff", "en", 30),
])
@pytest.mark.parametrize("field", [None, "company_size"])
def test_about_so_many_is_the_head_count(text: str, lang: str, heads: int, field: str | None) -> None:
    size = extract(text, field, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)


@pytest.mark.parametrize(("text", "lang"), [
    ("we hebben een 35-tal klanten", "nl"),
    ("we zijn met een 35-tal klanten bezig", "nl"),
    ("een twintigtal winkels", "nl"),
    ("une trentaine de magasins", "fr"),
    ("una trentina di negozi", "it"),
    ("una treintena de tiendas", "es"),
    ("a dozen locations", "en"),
    ("thirty-some customers", "en"),
])
def test_about_so_many_clients_shops_or_locations_are_no_people(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None
