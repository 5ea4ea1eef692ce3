"""A website said to date from a year is an old one, a website need, in the seven languages (blind batch_63: "die Website ist
von 2012 😅" gave no need; "from 2012" already did). Near miss: a year said of the firm ("we've been around since 2012,
website is fine")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("wir sind Maschinenbauer aus dem Allgäu, 230 Leute, die Website ist von 2012 😅", "de"),
    ("our website is from 2012", "en"), ("notre site date de 2012", "fr"), ("nuestra web es de 2012", "es"),
    ("o nosso site é de 2012", "pt"), ("il nostro sito è del 2012", "it"), ("onze website is uit 2012", "nl"),
])
def test_a_website_dated_by_its_year_is_a_website_need(text: str, lang: str) -> None:
    need = extract(text, None, now=NOW, lang=lang).need
    assert need is not None and "website" in need.categories, need


def test_a_year_of_the_firm_is_no_website_need() -> None:
    assert extract("we've been around since 2012, website is fine", None, now=NOW, lang="en").need is None
