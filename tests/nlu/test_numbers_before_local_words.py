"""A figure before a word that starts with an accented letter keeps its value: the "m" of "München" is no million."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("PLZ 80331 München", "de", "Munich"), ("80331 München", "de", "Munich"), ("28001 Málaga", "es", "Málaga"),
])
def test_a_postal_code_before_a_city_with_an_accent_is_no_amount(text: str, lang: str, city: str) -> None:
    found = extract(text, now=NOW, lang=lang)
    assert found.budget is None and found.revenue is None
    assert found.location is not None and found.location.city == city


@pytest.mark.parametrize(("text", "lang"), [("wir sind 12 Mädchen und Jungs im Team", "de"), ("5 kölsch bitte", "de")])
def test_a_count_before_a_word_with_an_umlaut_is_not_scaled(text: str, lang: str) -> None:
    found = extract(text, now=NOW, lang=lang)
    assert found.budget is None and found.revenue is None


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("5m budget", "en", 5_000_000), ("$5M", "en", 5_000_000), ("50k€", "en", 50_000), ("2 Mio.", "de", 2_000_000),
    ("3 mil euros", "es", 3000),
])
def test_a_scale_suffix_still_scales(text: str, lang: str, amount: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min == amount
