"""A panel, committee or team the visitor sits on ("I'm on the evaluation panel (5 of us)", "el equipo comercial (12
personas)") is not the company's size, in the seven languages; the company's own count beside it still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, field", [
    ("I'm on the evaluation panel (5 of us). Final award is made by the Chief Procurement Officer.", "en", "authority"),
    ("the selection committee is 6 people, I chair it", "en", None),
    ("our commercial team (12 people) is idle", "en", "need"),
    ("Ich sitze im Bewertungsgremium (5 Personen).", "de", "authority"),
    ("Je fais partie du comité de sélection (5 personnes).", "fr", "authority"),
    ("Básicamente nos faltan leads cualificados; el equipo comercial (12 personas) está parado.", "es", "need"),
    ("Formo parte del comité de evaluación (5 personas).", "es", "authority"),
    ("Faço parte do comitê de avaliação (5 pessoas).", "pt", "authority"),
    ("Faccio parte della commissione di valutazione (5 persone).", "it", "authority"),
    ("Ik zit in de beoordelingscommissie (5 personen).", "nl", "authority"),
])
def test_the_panels_count_is_no_company_size(text, lang, field):
    assert extract(text, field=field, lang=lang, now=NOW).company_size is None


@pytest.mark.parametrize("text, heads", [
    ("we're a company of 40, on the panel there are 5 of us", 40),
    ("we're a team of 5", 5),
])
def test_the_companys_own_count_is_still_read(text, heads):
    assert extract(text, now=NOW).company_size.min == heads
