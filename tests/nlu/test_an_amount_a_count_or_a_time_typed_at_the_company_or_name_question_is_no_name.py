"""An answer to the company or name question that is another question's value names no firm and no person, in the
seven languages (issue 14, from play: "30k" typed at the company question was stored as the company, "Noted: your
company, 30k."): an amount ("30k", "€5k a month", "ca. 3.000 Euro", "50 mil al mes"), a head count ("about 40 people",
"unos 20 empleados", "zo'n 30 man"), a time ("next week", "Q1", "mid January", "im März"); the extractor hears it as
that value where it reads it. Near misses: firms whose names hold figures ("3M", "7-Eleven", "99designs", "1&1", "Forty
Two Ltd", "Acme 2000"), and a month written as one capitalised word, which may be a firm ("Mars") or a given name
("April", "May")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("30k", "en"), ("30k a month", "en"), ("€5k", "en"), ("5 grand", "en"), ("ca. 3.000 Euro", "de"), ("3000 € im Monat", "de"),
    ("environ 5000 euros par mois", "fr"), ("50 mil al mes", "es"), ("uns 10 mil reais", "pt"), ("circa 2000 euro al mese", "it"),
    ("zo'n 5k per maand", "nl"),
    ("about 40 people", "en"), ("unos 20 empleados", "es"), ("zo'n 30 man", "nl"), ("etwa 45 Mitarbeiter", "de"),
    ("next week", "en"), ("Q1", "en"), ("mid January", "en"), ("im März", "de"), ("la semaine prochaine", "fr"),
    ("a partir de enero", "es"), ("o quanto antes", "pt"), ("la prossima settimana", "it"), ("volgende maand", "nl"),
])
def test_another_questions_value_at_the_company_question_is_no_company(text: str, lang: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company is None


@pytest.mark.parametrize(("text", "lang"), [
    ("30k", "en"), ("€5k a month", "en"), ("about 40 people", "en"), ("next week", "en"), ("mid January", "en"),
    ("im März", "de"),
])
def test_another_questions_value_at_the_name_question_is_no_name(text: str, lang: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name is None


@pytest.mark.parametrize("text", ["3M", "7-Eleven", "99designs", "1&1", "Forty Two Ltd", "Acme 2000", "Zalando SE", "Mars"])
def test_a_firm_whose_name_holds_figures_is_the_company(text: str) -> None:
    assert extract(text, "company", now=NOW, lang="en").company == text


@pytest.mark.parametrize("text", ["April", "May", "June Lee"])
def test_a_month_that_is_a_given_name_is_the_name(text: str) -> None:
    assert extract(text, "name", now=NOW, lang="en").name == text
