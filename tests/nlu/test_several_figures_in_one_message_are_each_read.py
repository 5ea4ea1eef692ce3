"""Messages that give several figures at once (heads, budget, revenue, time) are read figure by figure, in the seven
languages; sums that are not a budget stay out of it (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


def _get(found: dict[str, Any], path: str) -> Any:
    value: Any = found
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("hey, we're a 25-person accounting firm in Bristol, budget around £3k/month, want to start in January", "en",
     {"company_size.min": 25, "budget.max": 3000, "budget.period": "month", "budget.currency": "GBP", "timing.horizon_days": (29, 60)}),
    ("we did about 2.5m last year, marketing spend is roughly 8% of that", "en", {"budget": None, "revenue.min": 2500000}),
    ("our last agency charged us 4k a month and delivered nothing", "en", {"budget": None}),
    ("can u do seo for 500/mo? if not no worries", "en", {"budget": None}),
    ("we have 3 offices, around 60 staff total", "en", {"company_size.min": 60}),
    ("need it live by black friday", "en", {"timing.horizon_days": (330, 365)}),
    ("we're hiring 5 more people in Q1, currently 18", "en", {"company_size.min": 18}),
    ("projet pour la rentrée, budget 15 000 € HT", "fr", {"budget.max": 15000, "timing.horizon_days": (240, 300)}),
    ("wir sind 35 Leute, Budget ca. 2.000 € im Monat, Start im Frühjahr", "de",
     {"company_size.min": 35, "budget.max": 2000, "budget.period": "month", "timing.horizon_days": (88, 150)}),
    ("unser Umsatz liegt bei 4 Mio., fürs Marketing haben wir 60k im Jahr", "de",
     {"revenue.min": 4000000, "budget.max": 60000, "budget.period": "year"}),
    ("somos 8, el presupuesto es de unos 800 € al mes, sin prisa", "es",
     {"company_size.min": 8, "budget.max": 800, "timing.status": "no_timeline"}),
    ("proyecto para septiembre, idealmente con 5.000 € en total", "es", {"timing.horizon_days": (270, 302)}),
    ("siamo in 12, budget massimo 1.000 € al mese, partenza a marzo", "it",
     {"company_size.min": 12, "budget.max": 1000, "timing.horizon_days": (88, 118)}),
    ("temos 40 funcionários e faturamos cerca de 3 milhões por ano", "pt", {"company_size.min": 40, "revenue.min": 3000000, "budget": None}),
    ("we zijn met 15, budget is zo'n 2500 euro per maand, liefst na de zomer", "nl",
     {"company_size.min": 15, "budget.max": 2500, "timing.horizon_days": (240, 330)}),
    ("idealerweise im Herbst, Budget steht noch nicht", "de", {"timing.horizon_days": (270, 360)}),
    ("vorig jaar hebben we 20k uitgegeven, dit jaar willen we de helft", "nl", {"budget.max": 10000}),
    ("l'année dernière on a mis 40k, cette année plutôt 25k", "fr", {"budget.max": 25000}),
    ("the owner signs anything above 5k, I can approve up to that", "en", {"budget": None}),
    ("we're a team of 6, soon 8", "en", {"company_size.min": 6}),
    ("phone 0049 30 1234567, budget 5k", "en", {"budget.max": 5000}),
    ("ruf an: +49 30 1234567 — Budget 5.000 €", "de", {"budget.max": 5000}),
    ("somewhere between 10 and 15 grand for the whole project", "en", {"budget.min": 10000, "budget.max": 15000, "budget.period": "one_time"}),
    ("12 employees plus 4 freelancers", "en", {"company_size.min": 12}),
    ("we want to launch before easter, budget not set yet", "en", {"timing.horizon_days": (100, 130), "budget.status": "unknown"}),
])
def test_each_figure_of_a_message_is_read_for_what_it_counts(text: str, lang: str, expected: dict[str, Any]) -> None:
    found = extract(text, now=NOW, lang=lang).to_dict()
    for path, want in expected.items():
        got = _get(found, path)
        if isinstance(want, tuple):
            assert got is not None and want[0] <= got <= want[1], (path, got)
        else:
            assert got == want, (path, got)


@pytest.mark.parametrize("text", ["the project in march was a disaster", "we did a project in march with another agency"])
def test_a_project_said_of_the_past_gives_no_timing(text: str) -> None:
    assert extract(text, now=NOW).timing is None
