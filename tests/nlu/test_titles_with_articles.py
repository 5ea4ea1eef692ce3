"""A title said with an article or an elision before it ("una studentessa", "l'assistante") is the title alone."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, title", [
    ("Sono una studentessa", "studentessa"),
    ("Sono uno studente", "studente"),
    ("sono un'assistente di direzione", "assistente di direzione"),
    ("je suis l'assistante marketing", "assistante marketing"),
    ("sono l'addetta marketing", "addetta marketing"),
    ("soy una becaria", "becaria"),
    ("soy la directora de marketing", "directora de marketing"),
    ("sou uma estagiária", "estagiária"),
    ("sou a gerente de marketing", "gerente de marketing"),
    ("ich bin eine Werkstudentin", "Werkstudentin"),
    ("ich bin die Marketingleiterin", "Marketingleiterin"),
    ("ik ben een stagiair", "stagiair"),
    ("ik ben de marketingmanager", "marketingmanager"),
    ("I'm an analyst", "analyst"),
])
def test_the_article_before_a_title_is_not_part_of_it(text, title):
    for field in (None, "authority"):
        assert extract(text, field=field, now=NOW).authority.title == title, field


@pytest.mark.parametrize("text", ["I'm the MD of a small engineering firm", "MD at a logistics company"])
def test_md_said_of_the_visitor_is_a_managing_director(text):
    assert extract(text, now=NOW).authority.seniority == "c_level"


@pytest.mark.parametrize("text", [
    "Teamleiter, Angebote bis 5.000 € genehmige ich selbst", "Einkäufer, Verträge unterschreibe ich", "inkoper, contracten teken ik",
])
def test_i_decide_with_the_verb_first_in_german_and_dutch_makes_a_decision_maker(text):
    assert extract(text, field="authority", now=NOW).authority.role == "decision_maker"
