"""Partners or founders the visitor counts as "we are" are the firm's size (issue 14, found by playing the bot as
visitors would): "somos 4 sócias", "wir sind zwei Gründer", "nous sommes 5 associés" gave no size, where "we're 3
co-founders" gave 3. Who the firm is, counted, in the seven languages and both genders. Partners the firm has or works
with are others ("we have 4 partners we work with", "trabajamos con 3 socios", "wir haben 4 Partneragenturen"): no size.
"""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("field", [None, "company_size"])
@pytest.mark.parametrize(("text", "lang", "size"), [
    ("we're 3 co-founders", "en", 3),
    ("we are 2 partners", "en", 2),
    ("just the two founders for now, we are 2 founders", "en", 2),
    ("wir sind zwei Gründer", "de", 2),
    ("wir sind 3 Gründerinnen", "de", 3),
    ("wir sind 2 Gesellschafter", "de", 2),
    ("nous sommes 5 associés", "fr", 5),
    ("nous sommes 2 associées", "fr", 2),
    ("nous sommes trois cofondateurs", "fr", 3),
    ("somos 3 socios", "es", 3),
    ("somos dos socias", "es", 2),
    ("somos 2 fundadores", "es", 2),
    ("somos 4 sócias", "pt-BR", 4),
    ("somos 3 sócios", "pt-PT", 3),
    ("siamo 2 soci", "it", 2),
    ("siamo tre socie", "it", 3),
    ("siamo 2 fondatori", "it", 2),
    ("we zijn met 3 oprichters", "nl", 3),
    ("we zijn 2 vennoten", "nl", 2),
])
def test_partners_or_founders_counted_as_we_are_are_the_size(field: str | None, text: str, lang: str, size: int) -> None:
    found = extract(text, field, now=NOW, lang=lang).company_size
    assert found is not None and (found.min, found.max) == (size, size)


@pytest.mark.parametrize(("text", "lang"), [
    ("we have 4 partners we work with", "en"),
    ("we work with 3 partner agencies", "en"),
    ("wir haben 4 Partneragenturen", "de"),
    ("nous travaillons avec 5 partenaires", "fr"),
    ("trabajamos con 3 socios externos", "es"),
    ("temos 4 parceiros", "pt-BR"),
    ("abbiamo 3 partner esterni", "it"),
    ("we werken met 4 partners", "nl"),
])
def test_partners_the_firm_works_with_are_no_size(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None
