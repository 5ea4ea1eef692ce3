"""Partners plus staff add up ("nous sommes 3 associés et 4 salariés" is 7), full-timers plus part-timers too, and
a visitor who works alone is a company of one, in seven languages; working alone on a task is not."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, heads", [
    ("we're 2 partners and 5 employees", "en", 7),
    ("we're 8 full-time and 4 part-time", "en", 12),
    ("nous sommes 3 associés et 4 salariés", "fr", 7),
    ("somos 2 socios y 5 empleados", "es", 7),
    ("siamo 2 soci e 6 dipendenti", "it", 8),
    ("somos 3 sócios e 7 funcionários", "pt", 10),
    ("wir sind 2 Gesellschafter und 8 Mitarbeiter", "de", 10),
    ("we zijn 2 vennoten en 8 medewerkers", "nl", 10),
])
def test_partners_and_staff_add_up(text, lang, heads):
    assert extract(text, lang=lang, now=NOW).company_size.min == heads


@pytest.mark.parametrize("text, lang", [
    ("ich bin allein, Einzelunternehmer", "de"),
    ("je suis seul, je suis auto-entrepreneur", "fr"),
    ("trabajo solo, soy autónomo", "es"),
    ("lavoro da solo", "it"),
    ("ik werk alleen, ik ben zzp'er", "nl"),
    ("trabalho sozinho", "pt"),
    ("it's just me", "en"),
])
def test_working_alone_is_a_company_of_one(text, lang):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (1, 1)


@pytest.mark.parametrize("text, lang", [
    ("ich kann das nicht allein entscheiden", "de"),
    ("je ne peux pas décider seul", "fr"),
    ("no puedo decidirlo solo", "es"),
])
def test_deciding_alone_is_no_company_size(text, lang):
    assert extract(text, lang=lang, now=NOW).company_size is None
