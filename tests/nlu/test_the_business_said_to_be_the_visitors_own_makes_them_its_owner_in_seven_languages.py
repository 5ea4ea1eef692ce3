"""The business said to be the visitor's own makes them its owner, c-level and the decision maker, in the seven
languages (issue 14, played, nlu-findings: "c'est ma boîte" gave nothing, while "c'est mon entreprise" and "das ist
meine Firma" were read). The category: the firm's word, colloquial or not, called the visitor's ("c'est ma boîte",
"the company is mine", "das ist mein Unternehmen", "el negocio es mío", "il negozio è mio"). As for "Tenho uma
clínica", no job title is made of it. Near misses: the firm called someone else's, or another word called theirs."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the company is mine", "en"),
        ("the business is mine", "en"),
        ("das ist mein Unternehmen", "de"),
        ("es ist mein eigenes Unternehmen", "de"),
        ("c'est ma boîte", "fr"),
        ("la boîte est à moi", "fr"),
        ("l'entreprise est à moi", "fr"),
        ("el negocio es mío", "es"),
        ("il negozio è mio", "it"),
        ("a empresa é minha", "pt"),
        ("het is mijn bedrijf", "nl"),
    ],
)
def test_the_business_called_the_visitors_own_makes_them_the_owner(text, lang):
    for field in ("title", None):
        authority = extract(text, now=NOW, lang=lang, field=field).to_dict().get("authority")
        assert authority == {"title": None, "seniority": "c_level", "role": "decision_maker"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the company is my father's", "en"),
        ("c'est la boîte de mon père", "fr"),
        ("my company is small", "en"),
        ("the office is mine", "en"),
        ("das Unternehmen ist mein Kunde", "de"),
    ],
)
def test_a_firm_called_someone_elses_or_another_thing_called_theirs_names_no_owner(text, lang):
    authority = extract(text, now=NOW, lang=lang, field="title").to_dict().get("authority")
    assert authority is None or authority.get("seniority") != "c_level"
