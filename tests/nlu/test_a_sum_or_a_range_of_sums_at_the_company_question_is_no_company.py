"""A sum or a range of sums typed at the company question is no company (issue 14): "$5k - $8k a month" was read as
the company "5k". A range's second sum after a dash, "to", "or", "and" or "between ... and" in the seven languages is
an amount as a single sum is; names that hold digits stay names."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("$5k - $8k a month", "en"),
    ("5k to 8k per month", "en"),
    ("zwischen 5 und 8k im Monat", "de"),
    ("5.000 - 8.000 € pro Monat", "de"),
    ("3 à 5k€ par mois", "fr"),
    ("entre 5 y 8 mil al mes", "es"),
    ("5-8k euro al mese", "it"),
    ("R$ 5 mil a 8 mil por mês", "pt-BR"),
    ("entre 5 e 8 mil euros por mês", "pt-PT"),
    ("tussen 5 en 8k per maand", "nl"),
])
def test_a_range_of_sums_at_the_company_question_names_no_company(text: str, lang: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company is None


@pytest.mark.parametrize(("text", "lang"), [
    ("3M", "en"), ("7-Eleven", "en"), ("99designs", "en"), ("Acme 2000", "en"), ("Studio 54", "en"), ("Route 66 Diner", "en"),
])
def test_a_name_that_holds_digits_is_still_the_company(text: str, lang: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company == text
