"""Company size: a head count said as groups of one firm joined by "and", each group named by where in the firm it works
(the floor, the plant, the workshop, the site, the office), adds up, in free text and at the size question, in the
seven languages. Played in the product: "Tenemos una fábrica de muebles en Guadalajara, somos como 40 en planta y 8 en
oficina" gave 40, not 48 (issue 14; 937b34b added the same for a trade then a workplace, "60 riders plus 5 in the
office"). Near misses: contractors are no staff, what is counted is no people ("40 people and 8 locations"), a part
said of the whole ("8 of them in sales") is no more heads, and a client's groups are not the visitor's firm."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"

GROUPS = [
    ("Tenemos una fábrica de muebles en Guadalajara, somos como 40 en planta y 8 en oficina", "es", 48),
    ("40 en producción y 8 en administración", "es", 48),
    ("somos 40 en el taller y 8 en la oficina", "es", 48),
    ("40 on the floor and 8 in the office", "en", 48),
    ("we're 40 on the shop floor and 8 in the office", "en", 48),
    ("35 on site and 6 in the office", "en", 41),
    ("about 40 in production plus 8 in admin", "en", 48),
    ("40 in sales and 8 in marketing", "en", 48),
    ("wir sind 30 in der Produktion und 6 im Büro", "de", 36),
    ("30 in der Werkstatt und 6 im Büro", "de", 36),
    ("30 Fahrer und 6 im Büro", "de", 36),
    ("nous sommes 25 à l'atelier et 5 au bureau", "fr", 30),
    ("25 à l'usine et 5 au siège", "fr", 30),
    ("somos 30 na fábrica e 6 no escritório", "pt", 36),  # pt-PT
    ("somos uns 30 na obra e 6 no escritório", "pt", 36),  # pt-BR
    ("30 na produção e 6 na administração", "pt", 36),
    ("siamo 40 in produzione e 8 in ufficio", "it", 48),
    ("40 in cantiere e 8 in ufficio", "it", 48),
    ("40 in fabbrica e 8 negli uffici", "it", 48),
    ("we zijn met 40 in de werkplaats en 8 op kantoor", "nl", 48),
    ("40 op de werkvloer en 8 op kantoor", "nl", 48),
    ("40 in de productie en 8 op kantoor", "nl", 48),
]


@pytest.mark.parametrize(("text", "lang", "heads"), GROUPS)
@pytest.mark.parametrize("field", [None, "company_size"])
def test_groups_of_the_firm_by_where_they_work_add_up(text: str, lang: str, heads: int, field: str | None) -> None:
    size = extract(text, field, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)


def test_the_played_opening_keeps_its_city_beside_the_sum() -> None:
    said = extract("Tenemos una fábrica de muebles en Guadalajara, somos como 40 en planta y 8 en oficina", None, now=NOW, lang="es")
    assert said.location is not None and said.location.city == "Guadalajara"


@pytest.mark.parametrize(("text", "lang"), [
    ("40 staff and 8 contractors", "en"),
    ("40 staff on the floor and 8 contractors in the office", "en"),
    ("40 people and 8 locations", "en"),
    ("40 employees and 8 of them in sales", "en"),
    ("wir sind 40, davon 8 im Büro", "de"),
    ("nous sommes 40 dont 8 au bureau", "fr"),
    ("somos 40, de los cuales 8 en oficina", "es"),
    ("somos 40, 8 de ellos en oficina", "es"),
    ("somos 40, dos quais 8 no escritório", "pt"),
    ("siamo 40, di cui 8 in ufficio", "it"),
    ("we zijn met 40, waarvan 8 op kantoor", "nl"),
])
def test_contractors_things_or_a_part_of_the_whole_add_nothing(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (40, 40)


@pytest.mark.parametrize(("text", "lang"), [
    ("our client has 40 on the floor and 8 in the office", "en"),
    ("unser Kunde hat 40 in der Produktion und 6 im Büro", "de"),
    ("notre client a 25 à l'usine et 5 au bureau", "fr"),
    ("nuestro cliente tiene 40 en planta y 8 en oficina", "es"),
    ("o nosso cliente tem 30 na fábrica e 6 no escritório", "pt"),
    ("il nostro cliente ha 40 in produzione e 8 in ufficio", "it"),
    ("onze klant heeft 40 in de werkplaats en 8 op kantoor", "nl"),
    ("we have 40 machines on the floor and 8 in the warehouse", "en"),
])
def test_a_clients_groups_or_things_counted_where_they_stand_are_no_size(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None


@pytest.mark.parametrize(("text", "lang", "heads"), [
    ("we have 500 customers and we're 40 people", "en", 40),
    ("we have 500 clients and there are 40 of us", "en", 40),
    ("tenemos 500 clientes y somos 40 empleados", "es", 40),
    ("we hebben 200 klanten en 15 medewerkers", "nl", 15),
])
def test_the_visitors_own_count_said_after_their_customers_counted_is_read(text: str, lang: str, heads: int) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (heads, heads)
