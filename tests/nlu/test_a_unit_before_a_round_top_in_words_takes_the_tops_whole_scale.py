"""A range in words whose scale is said only after its top ("three to four hundred thousand a month", "drei- bis
vierhunderttausend", "trois à quatre cent mille", "tre-quattrocentomila", "drie tot vierduizend") has its first end
at the top's whole scale: 300,000 to 400,000, not 3,000 to 400,000 (the top's last scale word only) or 3 (German
"bis" and Dutch "tot" before the top were read as "up to"). Near misses: a range of a unit and a top that is not
round ("one to two hundred fifty thousand"), and a range of months, keep their reading."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, low, high", [
    ("three to four hundred thousand a month", "en", 300000, 400000),
    ("between three and four hundred thousand a month", "en", 300000, 400000),
    ("five to six hundred a month", "en", 500, 600),
    ("three to four thousand a month", "en", 3000, 4000),
    ("drei- bis vierhunderttausend im Monat", "de", 300000, 400000),
    ("drei bis viertausend im Monat", "de", 3000, 4000),
    ("zwei- bis dreitausend im Monat", "de", 2000, 3000),
    ("trois à quatre cent mille par mois", "fr", 300000, 400000),
    ("trois à quatre mille par mois", "fr", 3000, 4000),
    ("tres o cuatro mil al mes", "es", 3000, 4000),
    ("tre-quattrocentomila al mese", "it", 300000, 400000),
    ("tre o quattromila al mese", "it", 3000, 4000),
    ("três a quatrocentos mil por mês", "pt", 300000, 400000),
    ("três a quatro mil por mês", "pt", 3000, 4000),
    ("drie- tot vierhonderdduizend per maand", "nl", 300000, 400000),
    ("drie tot vierduizend per maand", "nl", 3000, 4000),
])
def test_the_first_end_takes_the_tops_whole_scale(text: str, lang: str, low: int, high: int) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (low, high, "month")


def test_a_top_that_is_not_round_leaves_the_first_end_at_the_last_scale() -> None:
    budget = extract("one to two hundred fifty thousand", field="budget", now=NOW).budget
    assert budget is not None and budget.max == 250000 and budget.min != 125000


@pytest.mark.parametrize("text, lang", [
    ("zwei bis drei Monate", "de"),
    ("deux à trois mois", "fr"),
    ("twee tot drie maanden", "nl"),
])
def test_a_range_with_no_scale_is_not_scaled(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is None or (budget.max or 0) < 100
