"""A relaxed horizon with a month or season ("no rush, maybe September") is that month, in the seven languages;
"no rush" on its own is no timeline (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"  # September 2027 is 272-301 days away, the autumn from 272 on


@pytest.mark.parametrize(("text", "lang"), [
    ("no rush, maybe September", "en"), ("no hurry, perhaps after the summer", "en"),
    ("not urgent, probably in the autumn", "en"), ("nothing urgent, maybe around september", "en"),
    ("pas pressé, peut-être en septembre", "fr"), ("pas d'urgence, peut-être après l'été", "fr"),
    ("rien d'urgent, plutôt à l'automne", "fr"),
    ("keine Eile, eher im Herbst", "de"), ("nicht dringend, vielleicht im September", "de"),
    ("sin prisa, quizá en otoño", "es"), ("no hay prisa, tal vez en septiembre", "es"),
    ("sem pressa, talvez em setembro", "pt"), ("sem pressa, talvez no outono", "pt"),
    ("nessuna fretta, magari a settembre", "it"), ("senza fretta, forse in autunno", "it"),
    ("geen haast, misschien in september", "nl"), ("geen haast, eerder in het najaar", "nl"),
    ("no rush tbh, maybe sept", "en"), ("no rush 🙂 prob after summer", "en"), ("keine Eile, vielleicht nach dem Sommer", "de"),
    ("sin prisa, quizá después del verano", "es"), ("sem pressa, talvez depois do verão", "pt"),
    ("nessuna fretta, magari dopo l'estate", "it"), ("geen haast, misschien na de zomer", "nl"),
])
def test_a_relaxed_horizon_with_a_month_or_season_is_that_time(text: str, lang: str) -> None:
    timing = extract(text, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "stated" and 240 <= timing.horizon_days <= 330


@pytest.mark.parametrize(("text", "lang"), [
    ("no rush", "en"), ("nothing urgent", "en"), ("pas pressé", "fr"), ("keine Eile", "de"), ("sin prisa", "es"),
    ("sem pressa", "pt"), ("nessuna fretta", "it"), ("geen haast", "nl"), ("pas d'urgence", "fr"),
])
def test_no_rush_alone_is_no_timeline(text: str, lang: str) -> None:
    timing = extract(text, now=NOW, lang=lang).timing
    assert timing is not None and timing.status == "no_timeline"


@pytest.mark.parametrize("text", ["thinking march", "we want a new site. thinking march"])
def test_a_month_the_visitor_is_thinking_of_is_the_month(text: str) -> None:
    timing = extract(text, now=NOW).timing
    assert timing is not None and 88 <= timing.horizon_days <= 118


def test_no_rush_said_beside_a_year_gone_is_no_timeline() -> None:
    timing = extract("no rush 2025 was a bad year", now=NOW).timing
    assert timing is not None and timing.status == "no_timeline"
