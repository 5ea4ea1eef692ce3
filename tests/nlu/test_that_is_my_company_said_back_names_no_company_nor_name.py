""""That's my company" said when the bot reads back what it noted confirms it: it names no company and no name (issue
14, found by playing the bot as visitors would). At the company question "sí, esa es mi empresa" was stored as the
company "esa es mi empresa" and "klopt, dat is ons bedrijf" as "klopt"; at the name question "c'est bien mon
entreprise" as the name "bien mon entreprise". Words pointing at the firm ("that", "das", "c'", "esa", "essa", "è",
"dat", then "my/our company") with a yes or none, in the seven languages. A firm named after them is read as before
("that's my company, Acme Analytics"; "es mi empresa: Café Sol").
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"

CONFIRMATIONS = [
    ("that's my company", "en"),
    ("yes that's my company", "en"),
    ("yep, that is our company", "en"),
    ("das ist meine Firma", "de"),
    ("ja, das ist unsere Firma", "de"),
    ("c'est bien mon entreprise", "fr"),
    ("oui c'est notre société", "fr"),
    ("sí, esa es mi empresa", "es"),
    ("es mi empresa, sí", "es"),
    ("sim, é a minha empresa", "pt-PT"),
    ("sim, essa é minha empresa", "pt-BR"),
    ("sì, è la mia azienda", "it"),
    ("ja, dat is mijn bedrijf", "nl"),
    ("klopt, dat is ons bedrijf", "nl"),
]


@pytest.mark.parametrize("field", [None, "company", "name"])
@pytest.mark.parametrize(("text", "lang"), CONFIRMATIONS)
def test_that_is_my_company_names_no_company_nor_name(field: str | None, text: str, lang: str) -> None:
    found = extract(text, field, now=NOW, lang=lang)
    assert found.company is None
    assert found.name is None


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("that's my company, Acme Analytics", "en", "Acme Analytics"),
    ("sí, mi empresa es Café Sol", "es", "Café Sol"),
    ("das ist meine Firma: Berger Logistik GmbH", "de", "Berger Logistik GmbH"),
])
def test_a_firm_named_after_it_is_the_company(text: str, lang: str, company: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company == company
