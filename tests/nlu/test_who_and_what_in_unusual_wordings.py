"""Who the visitor is and what their business is, in the wordings of the second blind batch's misses (issue 14) and
others of the same kinds: a title of address or a surname particle in a name, 'Contact:' lines, the firm after a
title ('CFO, Northwind Freight', 'hoofd marketing bij ...'), a firm 'called' something, a lower-case introduction, a
firm saying 'here'; trades named rarely (scaffolding, dental labs, wineries and olive mills, breweries in seven
languages, a brewery that sells kegs on); someone else's last word; needs said as verdicts or aims."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name"), [
    ("Hi I'm Dr. Amara Okafor, I own three physio clinics in Brisbane", "Amara Okafor"),
    ("I'm Prof. Hans Weber from Weber Optik", "Hans Weber"),
    ("ich bin Frau Dr. Anna Schulz", "Anna Schulz"),
    ("Ik ben Sanne de Vries, hoofd marketing bij Bakkerij Van Dam", "Sanne de Vries"),
    ("Hallo, ich bin Jonas Becker von der Müller GmbH", "Jonas Becker"),
    ("soy Lucía de Madrid", "Lucía"),
    ("Company: Halvorsen Marine Supply. Contact: Erik Halvorsen, owner.", "Erik Halvorsen"),
    ("Contact: Lena Vogel, Head of Marketing", "Lena Vogel"),
    ("Ansprechpartnerin: Julia Krause", "Julia Krause"),
    ("hi! sarah from greenleaf landscaping. we want a new site", "Sarah"),
    ("tom here, we need seo", "Tom"),
])
def test_the_visitors_name_is_read_whatever_stands_around_it(text: str, name: str) -> None:
    assert extract(text, now=NOW).name == name


def test_a_given_name_and_surname_at_the_name_question_are_a_name_even_when_the_first_is_a_title_word() -> None:
    assert extract("Dev Raman, marketing lead at Oakridge Dental Lab", "name", now=NOW).name == "Dev Raman"


@pytest.mark.parametrize("text", ["maria from linkedin sent me", "Hi, Brightline Labs here", "leads from google mostly"])
def test_someone_else_or_a_firm_introducing_itself_is_no_visitors_name(text: str) -> None:
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize(("text", "company"), [
    ("Tom Becker, CFO, Northwind Freight. I'll be the one approving the spend.", "Northwind Freight"),
    ("Mark Ellis, COO, Pinewood Logistics", "Pinewood Logistics"),
    ("Ik ben Sanne de Vries, hoofd marketing bij Bakkerij Van Dam. We gebruiken Shopify", "Bakkerij Van Dam"),
    ("Hola, soy Lucía Romero, directora de marketing en Grupo Almazara, aceite de oliva, en Jaén", "Grupo Almazara"),
    ("Jean Dupont, directeur marketing chez Lumen", "Lumen"),
    ("Hans Becker, Geschäftsführer bei Holzbau Becker", "Holzbau Becker"),
    ("Company: Halvorsen Marine Supply. Contact: Erik Halvorsen, owner.", "Halvorsen Marine Supply"),
    ("we're a pet grooming salon chain called Fluff & Fold, need our bookings up", "Fluff & Fold"),
    ("we're a dog walking business called Happy Paws", "Happy Paws"),
    ("I run a bakery named Sweet Crumb in Leeds", "Sweet Crumb"),
    ("hi! sarah from greenleaf landscaping. we want a new site", "greenleaf landscaping"),
    ("hey, jake from summit roofing here", "summit roofing"),
    ("Redwood Capital Partners here - 18 person PE firm in Boston", "Redwood Capital Partners"),
    ("Bluestone Holdings here, we need a CRM", "Bluestone Holdings"),
])
def test_the_firm_is_read_after_a_title_a_name_or_called(text: str, company: str) -> None:
    assert extract(text, now=NOW).company == company


@pytest.mark.parametrize("text", [
    "I'm the CEO, Thanks", "CMO, Berlin", "I'm the CEO. Budget is 10k", "a guy named John told me about you",
    "my colleague called Sarah", "hey, priya from leeds",
])
def test_a_word_after_a_title_or_called_that_names_no_firm_is_no_company(text: str) -> None:
    assert extract(text, now=NOW).company is None


@pytest.mark.parametrize(("text", "field", "label"), [
    ("orthopaedic supply store, 2 locations in ohio, about 18 employees", None, "healthcare"),
    ("scaffold hire and erection, mostly commercial jobs", "industry", "construction"),
    ("scaffolding hire in Manchester", None, "construction"),
    ("Gerüstbaufirma", "industry", "construction"),
    ("Mein Chef entscheidet, ich bin Marketing-Assistentin bei einem Gerüstbauunternehmen in Graz", None, "construction"),
    ("Trabalho numa empresa de andaimes no Porto, 50 funcionários", None, "construction"),
    ("Wij zijn een steigerbouwbedrijf uit Eindhoven", None, "construction"),
    ("wir sind ein Dentallabor, gegründet 1994", None, "healthcare"),
    ("Laboratorio odontotecnico a Bologna", None, "healthcare"),
    ("we're a dental laboratory", None, "healthcare"),
    ("je suis gérante d'un domaine viticole près de Bordeaux", None, "agriculture"),
    ("directora de marketing en Grupo Almazara, aceite de oliva, en Jaén", None, "agriculture"),
    ("sono il titolare di una cantina in Piemonte", None, "agriculture"),
    ("we make custom hydraulic cylinders, 230 employees", None, "manufacturing"),
    ("we manufacture gearboxes", None, "manufacturing"),
])
def test_a_rarely_named_trade_gets_its_industry(text: str, field: str | None, label: str) -> None:
    assert extract(text, field, now=NOW).industry == label


@pytest.mark.parametrize(("text", "field"), [
    ("we're a microbrewery", None), ("craft brewer in Denver", None), ("we run a brewpub and taproom", None),
    ("we run a microbrewery and taproom in Leeds", None), ("craft beer", "industry"), ("wine", "industry"),
    ("coffee roastery", "industry"), ("Kaffeerösterei in Hamburg", None), ("eine kleine Brauerei in Bamberg", None),
    ("une brasserie artisanale à Lille", None), ("una cervecería artesanal", None), ("uma cervejaria artesanal", None),
    ("un birrificio artigianale", None), ("een brouwerij in Gent", None), ("we own a café and sell cakes to other shops", None),
])
def test_a_brewery_a_roastery_or_a_cafe_is_hospitality(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).industry == "hospitality"


@pytest.mark.parametrize("text", [
    "we're a brewery in Portland, 14 people, we mostly sell kegs to bars and restaurants",
    "our cidery sells bottles to supermarkets across the UK",
    "wir sind eine Brauerei und beliefern Kneipen in ganz Franken",
])
def test_a_drinks_maker_selling_to_bars_or_shops_is_a_producer(text: str) -> None:
    assert extract(text, now=NOW).industry == "manufacturing"


@pytest.mark.parametrize("text", [
    "mi jefe tiene la última palabra, queremos empezar después de Semana Santa",
    "la dueña tiene la última palabra",
    "o meu chefe tem a palavra final",
    "der Inhaber hat das letzte Wort",
])
def test_someone_elses_last_word_makes_the_visitor_an_influencer(text: str) -> None:
    authority = extract(text, now=NOW).authority
    assert authority is not None and authority.role == "influencer"


@pytest.mark.parametrize(("text", "field", "category"), [
    ("precisamos de um site novo e de aparecer no Google", "need", "seo"),
    ("we had a website built in 2020 for 9000 and honestly it's trash", None, "website"),
    ("our website is garbage", None, "website"),
    ("our salesforce needs cleaning up and we want reporting dashboards", None, "crm"),
    ("hubspot needs a proper cleanup", None, "crm"),
    ("family-run hardware shop, 11 staff, we want to start selling online", None, "website"),
    ("we're a pet grooming salon chain, need our bookings up", None, "lead_generation"),
])
def test_a_need_said_as_a_verdict_or_an_aim_is_read(text: str, field: str | None, category: str) -> None:
    need = extract(text, field, now=NOW).need
    assert need is not None and category in need.categories
