"""Budget and revenue: a scale said in Río de la Plata slang after a figure ("unos dos palos por mes", read as 2) is
millions, "lucas" thousands; the same word naming a thing ("3 palos de escoba") is no scale. The other languages'
everyday scales stay read ("20 Mille", "80 mil", "2 ton", "20 000 balles", "5 grand")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("unos dos palos por mes", "es", 2_000_000),
    ("50 lucas al mes", "es", 50_000),
    ("so 20 Mille im Jahr", "de", 20_000),
    ("unos 80 mil al año", "es", 80_000),
    ("20 000 balles par an", "fr", 20_000),
    ("about 5 grand a month", "en", 5_000),
])
def test_a_scale_said_in_slang_is_the_scale(text: str, lang: str, amount: int) -> None:
    budget = extract(text, "budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == amount


def test_a_revenue_in_slang_millions_is_the_revenue() -> None:
    revenue = extract("facturamos unos 40 palos al año", None, now=NOW, lang="es").revenue
    assert revenue is not None and revenue.min == 40_000_000


def test_the_same_word_naming_a_thing_is_no_scale() -> None:
    budget = extract("tenemos 3 palos de escoba", "budget", now=NOW, lang="es").budget
    assert budget is None or (budget.min or 0) < 1000
