"""Who the visitor is (issue 14): a name written before a job title ("Sarah Okafor, CMO at Brightline") is the
visitor's name in any language; a firm named '... Group/Holdings/Partners/Labs/& Co' or introduced by "Company is",
"the company's called" or "We're" is the company; and a person's name said to "your company?" is not recorded as one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name"), [
    ("Sarah Okafor, CMO at Brightline", "Sarah Okafor"),
    ("I'm Tom, head of ops at Kestrel Freight", "Tom"),
    ("Hi, Priya Raman - marketing director at Lumen Labs, we need SEO", "Priya Raman"),
    ("Dan Whitfield (VP Sales, Corvid Analytics) here", "Dan Whitfield"),
    ("Jean Dupont, directeur marketing chez Lumen", "Jean Dupont"),
    ("Hans Becker, Geschäftsführer bei Holzbau Becker", "Hans Becker"),
    ("María López, directora de marketing en Finca Sol", "María López"),
    ("João Silva, diretor comercial na Vinhos Norte", "João Silva"),
    ("Giulia Rossi, responsabile marketing di Arredi Sud", "Giulia Rossi"),
    ("Pieter de Vries, marketingmanager bij Bakkerij Jansen", "Pieter de Vries"),
    ("Ana Costa - CEO, Ribeira Labs", "Ana Costa"),
    ("Claire Dubois, directrice commerciale", "Claire Dubois"),
    ("Lena Vogel – Head of Marketing, Nordlicht GmbH", "Lena Vogel"),
    ("Hello! Marco Bianchi, direttore commerciale presso Ferro Sud", "Marco Bianchi"),
    ("Sophie Martin: responsable marketing chez Atelier Nord", "Sophie Martin"),
    ("Anouk Jansen, eigenaar van Studio Licht", "Anouk Jansen"),
    ("Hiya, Chris Doyle, co-founder at Gridwise", "Chris Doyle"),
])
def test_a_name_followed_by_a_job_title_is_the_visitors_name(text: str, name: str) -> None:
    assert extract(text, now=NOW).name == name


@pytest.mark.parametrize("text", [
    "Fieldstack, CTO here",
    "Atlas Freight, CEO",
    "Grace Foods, marketing manager speaking",
    "Berlin, marketing director",
    "Marketing Director, Acme",
    "Hi Sarah, I'm the CMO",
])
def test_a_firm_a_place_or_a_greeted_person_before_a_title_is_no_name(text: str) -> None:
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize(("text", "company"), [
    ("We're Atlas Freight Group, 600 drivers and 90 office staff", "Atlas Freight Group"),
    ("Company is Fieldstack.", "Fieldstack"),
    ("the company's called Northwind Holdings", "Northwind Holdings"),
    ("Company's called Brightwater Labs", "Brightwater Labs"),
    ("we're Harbor Labs and we need a new website", "Harbor Labs"),
    ("The company is Keller & Co.", "Keller & Co"),
    ("our company's name is Ostara Holdings", "Ostara Holdings"),
    ("Our company is Meridian Partners", "Meridian Partners"),
    ("We're Crestline Holdings, 40 staff in Bristol", "Crestline Holdings"),
    ("the company name's Quayside Labs", "Quayside Labs"),
    ("We are Pinecrest Partners, a wealth manager in Bristol", "Pinecrest Partners"),
])
def test_a_firm_named_by_its_introduction_is_the_company(text: str, company: str) -> None:
    assert extract(text, now=NOW).company == company


def test_the_firms_name_after_company_s_name_is_is_not_the_visitors_name() -> None:
    assert extract("our company's name is Ostara Holdings", now=NOW).name is None


@pytest.mark.parametrize("text", [
    "We're Looking for an agency",
    "We are Hiring",
    "We're B2B, 40 people",
    "We're in Berlin",
    "We're Dutch, a family business since 1950",
])
def test_a_capital_after_we_are_that_names_no_firm_is_no_company(text: str) -> None:
    assert extract(text, now=NOW).company is None


@pytest.mark.parametrize("text", [
    "Claire Dubois", "Tom Baker", "Marco Rossi", "it's Claire Dubois", "Jonas Weber", "Pieter de Vries",
    "María García López", "Sophie Martin", "Lukas Schneider", "Inês Ferreira", "this is Camille Roux",
])
def test_a_persons_name_said_to_the_company_question_is_not_the_company(text: str) -> None:
    assert extract(text, "company", now=NOW).company is None


@pytest.mark.parametrize(("text", "company"), [
    ("Ford", "Ford"), ("Johnson & Johnson", "Johnson & Johnson"), ("Grace Foods", "Grace Foods"),
    ("Sarah Jones Consulting", "Sarah Jones Consulting"), ("Atlas Freight Group", "Atlas Freight Group"),
    ("Martin Brothers", "Martin Brothers"), ("Ana Costa Lda", "Ana Costa Lda"), ("Müller & Söhne", "Müller & Söhne"),
    ("Bakkerij Jansen", "Bakkerij Jansen"),
])
def test_a_firm_named_after_a_person_is_still_the_company(text: str, company: str) -> None:
    assert extract(text, "company", now=NOW).company == company


@pytest.mark.parametrize("text", [
    "Die Firma heißt Fieldstack, wir sind 20 Leute",
    "l'entreprise s'appelle Fieldstack, nous sommes 20",
    "la empresa se llama Fieldstack, somos 20",
    "a empresa chama-se Fieldstack, somos 20",
    "l'azienda si chiama Fieldstack, siamo in 20",
    "het bedrijf heet Fieldstack, we zijn met 20",
])
def test_the_company_is_called_x_names_it_in_every_language(text: str) -> None:
    assert extract(text, now=NOW).company == "Fieldstack"


@pytest.mark.parametrize(("text", "company"), [
    ("wir sind die Atlas Logistik Gruppe aus Hamburg", "Atlas Logistik Gruppe"),
    ("somos Grupo Almazara, de Jaén", "Grupo Almazara"),
    ("nous sommes Brightline Partners", "Brightline Partners"),
    ("we zijn Bakkerij Jansen uit Utrecht", "Bakkerij Jansen"),
    ("siamo la Ferri Arredamenti", "Ferri Arredamenti"),
])
def test_a_firms_name_after_we_are_in_another_language_is_the_company(text: str, company: str) -> None:
    assert extract(text, now=NOW).company == company


@pytest.mark.parametrize("text", [
    "wir sind Hersteller von Pumpen", "wir sind die Experten für SEO", "nous sommes Français", "somos Españoles, de Madrid",
    "siamo Italiani", "wij zijn Nederlands", "Somos una agencia en Madrid", "somos 12 en Valencia",
])
def test_a_noun_or_a_nationality_after_we_are_in_another_language_is_no_company(text: str) -> None:
    assert extract(text, now=NOW).company is None
