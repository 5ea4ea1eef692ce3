"""Where the visitor is: a city or country word inside the words read as the visitor's company is no location, unless
the message names the place apart too. Played (pt, a visitor in Porto): at the need question the visitor typed the
firm's name "Clínica Sorriso Atlântico", read as the company and as a base in Sorriso, Brazil, so the bot turned to
Brazil's Portuguese and would confirm a base the visitor never named (issue 14). The same in the seven languages, with
the name after a greeting and a given name, after "we are" or "I work at"; near misses keep a place said on its own
("Acme Ltd in Leeds", "Atlântico Digital, no Porto", "Sorriso Dental, we're in Sorriso")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ("Clínica Sorriso Atlântico", "pt", "Clínica Sorriso Atlântico"),
    ("Olá, sou a Ana da Clínica Sorriso Atlântico, precisamos de mais pacientes", "pt", "Clínica Sorriso Atlântico"),
    ("Somos a Clínica Sorriso Atlântico, precisamos de mais pacientes", "pt", "Clínica Sorriso Atlântico"),
    ("Trabalho na Clínica Sorriso Atlântico", "pt", "Clínica Sorriso Atlântico"),
    ("Somos la Clínica Dental Valencia, necesitamos pacientes", "es", "Clínica Dental Valencia"),
    ("Trabajo en la Clínica Valencia Salud", "es", "Clínica Valencia Salud"),
    ("I'm from Leeds Digital Partners, we need SEO", "en", "Leeds Digital Partners"),
    ("Leeds Digital Partners here, we need SEO", "en", "Leeds Digital Partners"),
    ("Tom from Harrow Marine here", "en", "Harrow Marine"),
    ("I work at Portugal Telecom", "en", "Portugal Telecom"),
    ("Wir sind die Hamburg Logistik GmbH", "de", "Hamburg Logistik GmbH"),
    ("Hallo, Jonas von Bremen Logistik GmbH, wir brauchen mehr Leads", "de", "Bremen Logistik GmbH"),
    ("Je travaille chez Lyon Patrimoine", "fr", "Lyon Patrimoine"),
    ("Nous sommes Lyon Patrimoine, on cherche un CRM", "fr", "Lyon Patrimoine"),
    ("Somos Valencia Reformas, necesitamos más clientes", "es", "Valencia Reformas"),
    ("Hola, soy Ana de Valencia Reformas SL, necesitamos más clientes", "es", "Valencia Reformas SL"),
    ("Siamo Milano Servizi srl, cerchiamo un CRM", "it", "Milano Servizi"),
    ("Ciao, sono Marco di Milano Servizi srl", "it", "Milano Servizi"),
    ("Ik werk bij Utrecht Installatie BV", "nl", "Utrecht Installatie BV"),
    ("Wij zijn Utrecht Installatie BV, we zoeken een CRM", "nl", "Utrecht Installatie BV"),
])
def test_a_place_inside_the_firms_name_is_no_location(text: str, lang: str, firm: str) -> None:
    said = extract(text, None, now=NOW, lang=lang)
    assert said.company == firm
    assert said.location is None


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("Clínica Sorriso Atlântico", "pt", "need"),
    ("Clínica Sorriso Atlântico", "pt", "company"),
    ("Leeds Digital Partners", "en", "need"),
    ("Leeds Digital Partners", "en", "company"),
])
def test_the_firms_name_typed_at_a_question_places_no_one(text: str, lang: str, field: str) -> None:
    assert extract(text, field, now=NOW, lang=lang).location is None


@pytest.mark.parametrize(("text", "lang", "country", "city"), [
    ("Acme Ltd in Leeds", "en", "GB", "Leeds"),
    ("Leeds Digital Partners, based in Leeds", "en", "GB", "Leeds"),
    ("I work at Portugal Telecom in Lisbon", "en", "PT", "Lisbon"),
    ("Atlântico Digital, no Porto", "pt", "PT", "Porto"),
    ("Olá, sou a Ana da Clínica Sorriso Atlântico, no Porto, precisamos de mais pacientes", "pt", "PT", "Porto"),
    ("Sorriso Dental, we're in Sorriso", "en", "BR", "Sorriso"),
    ("Trabalho na Clínica Sorriso Atlântico, no Porto", "pt", "PT", "Porto"),
    ("Trabalho no Porto", "pt", "PT", "Porto"),
    ("Trabajo en la Clínica Valencia Salud, en Madrid", "es", "ES", "Madrid"),
    ("Sorriso Dental, estamos em Sorriso", "pt", "BR", "Sorriso"),
    ("Wir sind die Hamburg Logistik GmbH mit Sitz in Hamburg", "de", "DE", "Hamburg"),
    ("Nous sommes Lyon Patrimoine, basés à Lyon", "fr", "FR", "Lyon"),
    ("Somos Valencia Reformas, estamos en Valencia", "es", "ES", "Valencia"),
    ("Siamo Milano Servizi srl, a Milano", "it", "IT", "Milan"),
    ("Wij zijn Utrecht Installatie BV uit Utrecht", "nl", "NL", "Utrecht"),
])
def test_a_place_said_apart_from_the_firms_name_is_kept(text: str, lang: str, country: str, city: str) -> None:
    location = extract(text, None, now=NOW, lang=lang).location
    assert location is not None and (location.country, location.city) == (country, city)


@pytest.mark.parametrize(("text", "lang"), [
    ("Trabalho no RH da empresa", "pt"),
    ("Trabajo en el Departamento de Ventas", "es"),
    ("Trabajo en Recursos Humanos", "es"),
    ("Somos a maior clínica do Porto", "pt"),
])
def test_a_department_or_a_description_after_we_are_or_i_work_at_is_no_firm(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company is None
