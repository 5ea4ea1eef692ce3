"""nlu.titles: German and Dutch join the function to the title in one word ("marketingdirecteur", "Vertriebsleiter",
"Marketingdirektorin", "Vertriebschef") or put an adjective of theirs before it ("commercieel directeur",
"kaufmännischer Leiter"): the whole is the visitor's title. A title the visitor's firm is hiring for, in any of the
seven languages, is somebody to come, not the visitor."""

import pytest

from nlu.text import Text
from nlu.titles import authority


@pytest.mark.parametrize("text, title, seniority", [
    ("ik ben marketingdirecteur", "marketingdirecteur", "director"),
    ("ik ben verkoopdirecteur bij Acme", "verkoopdirecteur", "director"),
    ("ik ben salesdirecteur", "salesdirecteur", "director"),
    ("ik ben marketingdirectrice", "marketingdirectrice", "director"),
    ("commercieel directeur", "commercieel directeur", "director"),
    ("ik ben financieel directeur", "financieel directeur", "director"),
    ("ik ben IT-directeur", "IT-directeur", "director"),
    ("ik ben verkoopleider", "verkoopleider", "manager"),
    ("ich bin Vertriebsdirektor", "Vertriebsdirektor", "director"),
    ("ich bin Marketingdirektorin", "Marketingdirektorin", "director"),
    ("ich bin Vertriebsleiter", "Vertriebsleiter", "director"),
    ("Marketingleiterin", "Marketingleiterin", "director"),
    ("Vertriebschef bei Müller", "Vertriebschef", "director"),
    ("ich bin kaufmännischer Leiter", "kaufmännischer Leiter", "director"),
    ("Geschäftsführerin", "Geschäftsführerin", "c_level"),
    ("ich bin Mitgeschäftsführer", "Mitgeschäftsführer", "c_level"),
    ("ich bin Generaldirektor", "Generaldirektor", "c_level"),
    ("ik ben algemeen directeur", "algemeen directeur", "c_level"),
    ("je suis directeur commercial", "directeur commercial", "director"),
])
def test_a_compound_title_or_one_with_its_adjective_is_the_visitors_whole_title(text, title, seniority):
    for field in ("authority", None):
        found = authority(Text.of(text), field)
        assert found is not None and found.title == title and found.seniority == seniority, (field, found)


@pytest.mark.parametrize("text", [
    "we're looking for a marketing director", "we're hiring a new sales director",
    "wir suchen einen Vertriebsleiter", "wir suchen eine neue Marketingdirektorin",
    "nous cherchons un directeur commercial", "nous recrutons une directrice marketing",
    "buscamos un director comercial", "procuramos um gerente comercial",
    "cerchiamo un direttore commerciale", "we zoeken een marketingdirecteur", "ik zoek een marketingmanager",
    # someone else's compound title
    "onze marketingdirecteur beslist", "unser Vertriebsleiter entscheidet",
])
def test_a_title_sought_or_someone_elses_is_not_the_visitors(text):
    for field in ("authority", None):
        found = authority(Text.of(text), field)
        assert found is None or found.seniority == "unknown", (field, found)


@pytest.mark.parametrize("text, title", [
    # near misses: the visitor's title, then a search of theirs
    ("ich bin Vertriebsleiter und suche eine Agentur", "Vertriebsleiter"),
    ("als Marketingleiterin suche ich neue Leads", "Marketingleiterin"),
    ("ik ben marketingdirecteur en zoek een bureau", "marketingdirecteur"),
])
def test_the_visitors_title_before_a_search_of_theirs_stands(text, title):
    found = authority(Text.of(text), "authority")
    assert found is not None and found.title == title
