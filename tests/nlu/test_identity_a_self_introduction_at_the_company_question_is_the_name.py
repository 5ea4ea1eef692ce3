"""A self-introduction typed at the company question is the visitor's name, never the company, in the seven languages:
"Sono Marco" was stored as the company "Sono Marco", and "I'm Marco" as "I'm Marco" (issue 14). What they are ("Sono
Italiano", "I'm Retired") is no company either. Near misses: where they work, said after the "I am" ("I'm at Acme",
"Ich bin bei Müller GmbH"), or a firm named after the name ("I'm Marco from Acme", "Ik ben Marco van Bakkerij Jansen"),
is the company, and a firm's name alone is still the company."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("I'm Marco", "en"), ("my name is Marco Rossi", "en"), ("I'm Liam, the founder", "en"), ("hi, I'm Siobhan", "en"),
    ("Ich bin Marco", "de"), ("ich heiße Marco", "de"),
    ("Je suis Marc", "fr"), ("moi c'est Marc", "fr"), ("je m'appelle Marc Dupont", "fr"),
    ("Soy Marco", "es"), ("me llamo Marco", "es"),
    ("Sou o Marco", "pt"), ("sou a Ana", "pt"),
    ("Sono Marco", "it"), ("mi chiamo Marco", "it"),
    ("Ik ben Marco", "nl"), ("ik heet Marco", "nl"),
])
def test_a_self_introduction_at_the_company_question_is_the_name_not_the_company(text: str, lang: str) -> None:
    read = extract(text, "company", now=NOW, lang=lang)
    assert read.company is None
    assert read.name is not None and read.name in text


@pytest.mark.parametrize(("text", "lang"), [
    ("Sono Italiano", "it"), ("I'm Retired", "en"), ("soy Mexicano", "es"), ("ik ben Nederlander", "nl"),
])
def test_what_the_visitor_says_they_are_is_no_company(text: str, lang: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company is None


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("I'm at Acme", "en", "Acme"), ("I'm with Acme Logistics", "en", "Acme Logistics"),
    ("Ich bin bei Müller GmbH", "de", "Müller GmbH"), ("I'm Marco from Acme", "en", "Acme"),
    ("soy Lucía de Café Sol", "es", "Café Sol"), ("Sono Marco di Rossi Srl", "it", "Rossi Srl"),
    ("Ik ben Marco van Bakkerij Jansen", "nl", "Bakkerij Jansen"), ("We're Acme", "en", "Acme"), ("Acme", "en", "Acme"),
    ("Bäckerei Schmidt", "de", "Bäckerei Schmidt"), ("Marco Rossi Srl", "it", "Marco Rossi Srl"),
])
def test_where_the_visitor_works_said_with_or_after_the_introduction_is_the_company(text: str, lang: str, company: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company == company
