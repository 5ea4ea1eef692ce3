"""A head count the visitor says they gave before and now corrects ("I said 25 staff earlier, that was just the
Dublin office, across all three we're closer to 70") is the new count, in the seven languages; a count said only
once keeps its reading."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, heads", [
    ("Ah sorry, I said 25 staff earlier — that was just the Dublin office. Across Dublin, Cork and Galway we're closer to 70.", "en", 70),
    ("Sorry, I told you 40 people before, that was only the London office. In total we're about 110.", "en", 110),
    ("Wir hatten 120 Mitarbeiter angegeben, nach der Übernahme sind wir jetzt bei rund 180.", "de", 180),
    ("J'avais dit 25 salariés, mais c'était seulement le bureau de Lyon. En tout nous sommes plutôt 70.", "fr", 70),
    ("Dije 25 empleados antes, pero eso era solo la oficina de Madrid. En total somos unos 70.", "es", 70),
    ("Eu disse 25 funcionários antes, mas era só o escritório de Lisboa. No total somos uns 70.", "pt", 70),
    ("Avevo detto 25 dipendenti, ma era solo l'ufficio di Milano. In tutto siamo circa 70.", "it", 70),
    ("Ik zei eerder 25 medewerkers, maar dat was alleen het kantoor in Utrecht. In totaal zijn we met zo'n 70.", "nl", 70),
])
def test_the_corrected_count_is_the_size(text, lang, heads):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


@pytest.mark.parametrize("text, lang, heads", [
    ("we had 50 staff before covid, 30 now", "en", 30),
    ("we're actually 40 people", "en", 40),
    ("We zijn met 12 mensen.", "nl", 12),
    ("we're 25 staff, all in the Dublin office", "en", 25),
])
def test_a_count_said_once_keeps_its_reading(text, lang, heads):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)
