"""A department's own head count ("our comms team (about 12 of us)") is not the company's size, in seven languages."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, lang", [
    ("hospital trust here. our comms team (about 12 of us) wants help with patient newsletters", "en"),
    ("our communications team, about 15 people, needs a new newsletter tool", "en"),
    ("the PR team is 6 of us and we're swamped", "en"),
    ("unser Marketing-Team (etwa 12 Leute) braucht Hilfe beim Newsletter", "de"),
    ("unsere Kommunikationsabteilung mit 9 Leuten braucht Hilfe", "de"),
    ("notre équipe communication (une douzaine de personnes) veut de l'aide", "fr"),
    ("nuestro equipo de comunicación (unas 12 personas) quiere ayuda", "es"),
    ("il nostro team comunicazione (circa 12 persone) vuole aiuto", "it"),
    ("ons communicatieteam (zo'n 12 mensen) wil hulp met de nieuwsbrief", "nl"),
    ("nossa equipe de comunicação (umas 12 pessoas) quer ajuda", "pt"),
])
def test_a_departments_count_gives_no_company_size(text, lang):
    assert extract(text, lang=lang, now="2026-12-03").company_size is None


@pytest.mark.parametrize("text, lang, heads", [
    ("we're a small PR agency, the 12 of us do everything", "en", 12),
    ("we're a team of 12", "en", 12),
    ("our comms team is 4 people in a company of about 300", "en", 300),
    ("wir sind ein Team von 12 Leuten", "de", 12),
    ("on est une équipe de 8 personnes", "fr", 8),
    ("somos un equipo de 10 personas", "es", 10),
])
def test_the_companys_own_count_is_still_read(text, lang, heads):
    assert extract(text, lang=lang, now="2026-12-03").company_size.min == heads


def test_at_the_size_question_a_departments_count_is_taken_when_nothing_else_is_said():
    # asked outright, the only figure said is the answer the visitor chose to give
    assert extract("our comms team (about 12 of us)", field="company_size", now="2026-12-03").company_size.min == 12
