""""me and my wife plus 3 staff" is five people, not "3 or more": "plus" (and "und", "et", "y", "e", "en", "más",
"mais", "più") joining people counts adds them. "50+ people", "über 50", "plus de 50" stay open-ended, and a sum
followed by "plus" and another sum ("5.000 € más 2.000 € para anuncios") is not made open-ended by it."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, heads", [
    ("me and my wife plus 3 staff", "en", 5),
    ("my wife and I plus 3 employees", "en", 5),
    ("my husband and me, plus 2 staff", "en", 4),
    ("meine Frau und ich plus 3 Mitarbeiter", "de", 5),
    ("ich und mein Mann und 3 Angestellte", "de", 5),
    ("ma femme et moi plus 3 salariés", "fr", 5),
    ("mon mari et moi et 2 employés", "fr", 4),
    ("mi mujer y yo más 3 empleados", "es", 5),
    ("yo y mi esposo más 3 empleados", "es", 5),
    ("minha mulher e eu mais 3 funcionários", "pt", 5),
    ("eu e o meu marido mais 2 funcionários", "pt", 4),
    ("mia moglie ed io più 3 dipendenti", "it", 5),
    ("io e mio fratello più 4 dipendenti", "it", 6),
    ("mijn man en ik plus 3 medewerkers", "nl", 5),
    ("ik en mijn vrouw en 3 medewerkers", "nl", 5),
])
def test_a_couple_plus_a_count_of_staff_is_the_sum(text: str, lang: str, heads: int) -> None:
    for hint in (lang, None):
        size = extract(text, now=NOW, lang=hint).company_size
        assert size is not None and (size.min, size.max) == (heads, heads), hint


@pytest.mark.parametrize("text, lang", [
    ("50+ people", "en"),
    ("plus 50 people", "en"),
    ("über 50 Mitarbeiter", "de"),
    ("50+ Mitarbeiter", "de"),
    ("plus de 50 salariés", "fr"),
    ("más de 50 empleados", "es"),
    ("mais de 50 funcionários", "pt"),
    ("più di 50 dipendenti", "it"),
    ("meer dan 50 medewerkers", "nl"),
])
def test_more_than_a_count_stays_open_ended(text: str, lang: str) -> None:
    size = extract(text, field="company_size", now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (50, None)


@pytest.mark.parametrize("text, lang", [
    ("10k+", "en"),
    ("10k plus", "en"),
    ("10k+ per month", "en"),
])
def test_a_sum_with_a_plus_after_it_and_nothing_added_is_the_least(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (10000, None)


@pytest.mark.parametrize("text, lang", [
    ("$5k plus $2k for ads", "en"),
    ("5.000 € más 2.000 € para anuncios", "es"),
    ("5.000 € mais 2.000 € para anúncios", "pt"),
    ("5.000 € più 2.000 € per la pubblicità", "it"),
])
def test_a_sum_plus_another_sum_is_not_open_ended(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.max is not None


@pytest.mark.parametrize("text, lang, amount", [
    ("10k plus VAT", "en", 10000),
    ("10k + VAT a month", "en", 10000),
    ("10k+VAT", "en", 10000),
    ("5.000 € plus TVA", "fr", 5000),
    ("5.000 euro plus btw", "nl", 5000),
    ("5.000 € plus MwSt", "de", 5000),
])
def test_a_sum_plus_a_tax_or_a_named_cost_is_the_sum_not_the_least(text: str, lang: str, amount: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (amount, amount)


@pytest.mark.parametrize("text, lang", [
    ("12 employees plus 3 partners", "en"),
    ("2 Gründer plus 13 Mitarbeiter", "de"),
    ("2 fondateurs et 13 salariés", "fr"),
    ("2 fundadores más 13 empleados", "es"),
    ("2 fundadores mais 13 funcionários", "pt"),
    ("2 fondatori più 13 dipendenti", "it"),
    ("2 oprichters plus 13 medewerkers", "nl"),
])
def test_founders_or_partners_plus_staff_in_either_order_add_up(text: str, lang: str) -> None:
    size = extract(text, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (15, 15)


def test_staff_plus_contractors_stays_the_staff() -> None:
    # near miss: contractors are no staff, whatever joins them
    size = extract("12 staff plus 3 contractors", now=NOW).company_size
    assert size is not None and (size.min, size.max) == (12, 12)


@pytest.mark.parametrize("text, lang", [
    ("10 staff plus the two founders", "en"),
    ("we're 10 people plus the 2 owners", "en"),
    ("Wir sind 10 Mitarbeiter plus die zwei Gründer", "de"),
    ("10 salariés plus les deux fondateurs", "fr"),
    ("10 empleados más los dos fundadores", "es"),
    ("10 funcionários mais os dois sócios", "pt"),
    ("10 dipendenti più i due soci", "it"),
    ("10 medewerkers plus de twee oprichters", "nl"),
])
def test_staff_plus_the_founders_counted_after_them_add_up(text: str, lang: str) -> None:
    size = extract(text, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (12, 12)


def test_the_founders_wives_are_not_the_founders() -> None:
    # near miss: the count after "plus the two founders'" is of someone else
    size = extract("10 staff plus the two founders' wives", now=NOW).company_size
    assert size is not None and (size.min, size.max) == (10, 10)
