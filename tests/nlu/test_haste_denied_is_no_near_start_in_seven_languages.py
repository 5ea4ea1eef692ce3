"""Haste denied ("not right away", "pas tout de suite", "nicht sofort", "niet meteen") is no near start: "l'an prochain,
donc pas tout de suite" was read as a week away. With a period beside it the period holds; haste said alone is still now."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"

DENIED = [
    ("not right away", "en"), ("not immediately", "en"), ("not necessarily right away", "en"), ("no rush", "en"),
    ("nicht sofort", "de"), ("nicht gleich", "de"), ("nicht unbedingt sofort", "de"),
    ("pas tout de suite", "fr"), ("pas dans l'immédiat", "fr"), ("pas forcément tout de suite", "fr"),
    ("no de inmediato", "es"), ("no ya", "es"), ("no inmediatamente", "es"),
    ("não de imediato", "pt"), ("não já", "pt"), ("não imediatamente", "pt"),
    ("non subito", "it"), ("non immediatamente", "it"),
    ("niet meteen", "nl"), ("niet direct", "nl"), ("niet per se meteen", "nl"),
]


@pytest.mark.parametrize("field", ["timing", None])
@pytest.mark.parametrize(("text", "lang"), DENIED)
def test_haste_denied_gives_no_near_start(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is None or timing.horizon_days is None or timing.horizon_days > 30


@pytest.mark.parametrize(("text", "lang"), [
    ("next year, so not right away", "en"), ("nächstes Jahr, also nicht sofort", "de"),
    ("l'an prochain, donc pas tout de suite", "fr"), ("el año que viene, así que no de inmediato", "es"),
    ("no ano que vem, então não de imediato", "pt"), ("l'anno prossimo, quindi non subito", "it"),
    ("volgend jaar, dus niet meteen", "nl"),
])
def test_a_period_beside_haste_denied_holds(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027")


@pytest.mark.parametrize(("text", "lang"), [
    ("not right away, more like March", "en"), ("nicht sofort, erst im März", "de"), ("pas tout de suite, plutôt en mars", "fr"),
    ("no de inmediato, quizás en marzo", "es"), ("não imediatamente, talvez em março", "pt"), ("non subito, magari a marzo", "it"),
    ("niet direct, misschien in maart", "nl"),
])
def test_a_month_said_after_haste_denied_is_the_start(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith("2027-03")


# Near misses: the haste said alone, after a "no" that answers something else, or after a "not" of another clause.
@pytest.mark.parametrize(("text", "lang"), [
    ("right away", "en"), ("we need it right away", "en"), ("no, right away", "en"),
    ("sofort", "de"), ("nein, sofort", "de"), ("der Preis ist nicht wichtig, wir brauchen es sofort", "de"),
    ("warum nicht sofort?", "de"),
    ("tout de suite", "fr"), ("non, tout de suite", "fr"), ("pas cher et tout de suite", "fr"), ("pourquoi pas tout de suite ?", "fr"),
    ("de inmediato", "es"), ("imediatamente", "pt"), ("subito", "it"), ("meteen", "nl"), ("waarom niet meteen?", "nl"),
])
def test_haste_said_without_its_denial_is_still_a_near_start(text: str, lang: str) -> None:
    timing = extract(text, "timing", now=NOW, lang=lang).timing
    assert timing is not None and timing.horizon_days is not None and timing.horizon_days <= 7
