"""The English rewrite dropped "ne ... pas", "no podemos", "não podemos" before a verb: "on ne peut pas commencer avant
mars" read as "start before march" (the last day of February), and "on ne peut pas dépasser 5 000 €" as 5 000 €
exactly. Said in any of the seven languages, "we cannot start before March" starts on March 1 and "we cannot go over
5,000" is a ceiling."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("we can't start before March", "en"),
    ("wir können nicht vor März starten", "de"),
    ("on ne peut pas commencer avant mars", "fr"),
    ("nous ne pouvons pas démarrer avant mars", "fr"),
    ("rien ne se passe avant mars", "fr"),
    ("no podemos empezar antes de marzo", "es"),
    ("não podemos começar antes de março", "pt"),
    ("non possiamo iniziare prima di marzo", "it"),
    ("we kunnen niet voor maart beginnen", "nl"),
])
def test_cannot_start_before_march_starts_on_march_1(text: str, lang: str) -> None:
    timing = extract(text, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == "2027-03-01"


@pytest.mark.parametrize("text, lang", [
    ("we can't go over 5,000 euros a month", "en"),
    ("on ne peut pas dépasser 5 000 € par mois", "fr"),
    ("no podemos superar los 5.000 € al mes", "es"),
    ("não podemos ultrapassar 5 mil euros por mês", "pt"),
    ("non possiamo superare i 5.000 € al mese", "it"),
])
def test_a_sum_that_cannot_be_exceeded_is_a_ceiling(text: str, lang: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and (budget.min, budget.max) == (None, 5000)


@pytest.mark.parametrize("text, lang", [
    # near misses: a deadline before March with no negation is before it
    ("on veut commencer avant mars", "fr"),
    ("queremos empezar antes de marzo", "es"),
    ("queremos começar antes de março", "pt"),
])
def test_a_start_wanted_before_march_is_before_it(text: str, lang: str) -> None:
    timing = extract(text, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date < "2027-03-01"
