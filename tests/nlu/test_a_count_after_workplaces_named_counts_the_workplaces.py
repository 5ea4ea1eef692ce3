"""A bare "we have 3" after workplaces named in the plural ("dental clinics, we have 3", "Zahnarztpraxen, wir haben 3")
counts the workplaces, not people: no company size, in seven languages; people said with it are still heads."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("dental clinics, we have 3", "en"),
    ("we run hair salons, we have 4 now", "en"),
    ("physio practices - we've got 5", "en"),
    ("Zahnarztpraxen, wir haben 3", "de"),
    ("clínicas dentales, tenemos 3", "es"),
    ("clínicas dentárias, temos 3", "pt"),
    ("cliniche dentistiche, ne abbiamo 3", "it"),
    ("cliniques dentaires, on en a 3", "fr"),
    ("tandartspraktijken, we hebben er 3", "nl"),
])
def test_a_bare_count_after_workplaces_is_no_company_size(text, lang):
    assert extract(text, lang=lang, now=NOW).company_size is None


@pytest.mark.parametrize("text, lang, heads", [
    ("dental clinics, we have 30 people", "en", 30),
    ("dental clinics, we have 3 staff", "en", 3),
    ("a dental clinic, we are 3", "en", 3),
    ("hair salons, team of 12", "en", 12),
    ("Zahnarztpraxen, wir haben 3 Mitarbeiter", "de", 3),
    ("clínicas dentales, somos 3", "es", 3),
])
def test_people_said_with_the_workplaces_are_still_heads(text, lang, heads):
    assert extract(text, lang=lang, now=NOW).company_size.min == heads
