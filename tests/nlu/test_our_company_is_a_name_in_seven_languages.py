""""Our company is X" names the company in the seven languages, said with "is" as well as "is called" (issue 14):
"Nuestra empresa es Acme Analítica" gave no company. What follows is a name when it is written with capitals; a
description in lower case ("nuestra empresa es pequeña") or a German noun after "ist" ("Marktführer") is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("Our company is Acme Analytics", "en", "Acme Analytics"),
    ("Unsere Firma heißt Acme Analytik", "de", "Acme Analytik"),
    ("Unser Unternehmen heißt Acme Analytik", "de", "Acme Analytik"),
    ("Meine Firma ist die Acme Analytik GmbH", "de", "Acme Analytik GmbH"),
    ("Notre société, c'est Acme Analytique", "fr", "Acme Analytique"),
    ("Notre entreprise est Acme Analytique", "fr", "Acme Analytique"),
    ("Nuestra empresa es Acme Analítica", "es", "Acme Analítica"),
    ("La nostra azienda è Acme Analitica", "it", "Acme Analitica"),
    ("La nostra azienda è l'Acme Analitica", "it", "Acme Analitica"),
    ("Nossa empresa é a Acme Analítica", "pt-BR", "Acme Analítica"),
    ("A nossa empresa é a Acme Analítica", "pt-PT", "Acme Analítica"),
    ("Ons bedrijf is Acme Analytics", "nl", "Acme Analytics"),
    ("Ons bedrijf, dat is Acme Analytics", "nl", "Acme Analytics"),
])
@pytest.mark.parametrize("field", [None, "company"])
def test_our_company_is_names_the_company(text: str, lang: str, company: str, field: str | None) -> None:
    assert extract(text, field, now=NOW, lang=lang).company == company


def test_our_company_is_names_the_company_in_a_longer_message() -> None:
    assert extract("Mi empresa es Acme Analítica y necesitamos más clientes", None, now=NOW, lang="es").company == "Acme Analítica"


@pytest.mark.parametrize(("text", "lang"), [
    ("our company is small", "en"),
    ("Unsere Firma ist Marktführer in Bayern", "de"),
    ("notre société est petite", "fr"),
    ("nuestra empresa es pequeña", "es"),
    ("la nostra azienda è piccola", "it"),
    ("nossa empresa é pequena", "pt"),
    ("ons bedrijf is klein", "nl"),
])
def test_what_the_company_is_like_is_no_name(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company is None
