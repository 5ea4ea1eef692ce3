"""Staff said place by place ("12 in Leeds and 8 in Bristol", "20 hier und 5 in Wien") is the sum, in the seven
languages; places that count something else stay unread as heads (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang", "field", "total"), [
    ("12 in Leeds and 8 in Bristol", "en", None, 20),
    ("12 in Leeds and 8 in Bristol", "en", "company_size", 20),
    ("team of 8 in Dublin + 20 more in our Krakow dev centre", "en", None, 28),
    ("we have 30 people in London and another 15 in Manchester", "en", None, 45),
    ("20 hier und 5 in Wien", "de", None, 25),
    ("20 hier und 5 in Wien", "de", "company_size", 25),
    ("15 Leute in Berlin und 10 in München", "de", None, 25),
    ("12 à Paris et 8 à Lyon", "fr", "company_size", 20),
    ("nous sommes 20 à Lyon et 5 à Genève", "fr", None, 25),
    ("somos 12 en Madrid y 8 en Barcelona", "es", None, 20),
    ("somos 12 en Madrid y otros 8 en Sevilla", "es", "company_size", 20),
    ("12 em Lisboa e 8 no Porto", "pt", "company_size", 20),
    ("temos 10 pessoas em Lisboa e 6 no Porto", "pt", None, 16),
    ("12 a Milano e 8 a Roma", "it", "company_size", 20),
    ("siamo in 14 a Torino e 6 a Milano", "it", None, 20),
    ("12 in Amsterdam en 8 in Utrecht", "nl", "company_size", 20),
    ("we zijn met 9 in Gent en 4 in Antwerpen", "nl", None, 13),
])
def test_heads_said_place_by_place_add_up(text: str, lang: str, field: str | None, total: int) -> None:
    attributes = extract(text, field=field, now=NOW, lang=lang)
    size = attributes.company_size
    assert size is not None and (size.min, size.max) == (total, total)
    assert attributes.budget is None


@pytest.mark.parametrize("text", [
    "we have stores: 12 in Leeds and 8 in Bristol", "our clients: 12 in London and 8 in Paris",
    "12 locations in Texas and 8 in Ohio",
])
def test_other_things_counted_place_by_place_are_no_head_count(text: str) -> None:
    size = extract(text, now=NOW).company_size
    assert size is None or (size.min, size.max) != (20, 20)


@pytest.mark.parametrize("text", ["40 lads on the books", "we're a scaffolding firm in leeds, 40 lads on the books"])
def test_staff_said_informally_are_heads(text: str) -> None:
    size = extract(text, now=NOW).company_size
    assert size is not None and (size.min, size.max) == (40, 40)


@pytest.mark.parametrize(("text", "lang", "total"), [
    ("two offices, 12 in Leeds and 8 in Bristol", "en", 20), ("we have 2 offices, 12 in Leeds and 8 in Bristol", "en", 20),
    ("3 sites, 40 in Lyon and 10 à Paris", "fr", 50),
])
def test_heads_by_place_after_the_number_of_offices_still_add_up(text: str, lang: str, total: int) -> None:
    size = extract(text, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (total, total)


def test_offices_counted_place_by_place_are_no_head_count() -> None:
    assert extract("we have 20 offices: 12 in Leeds and 8 in Bristol", now=NOW).company_size is None
