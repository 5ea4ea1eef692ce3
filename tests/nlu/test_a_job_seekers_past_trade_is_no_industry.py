"""A job seeker's past trade or the field they want to work in is not a lead's industry, in the seven languages: "I'm
looking for a job, I worked 5 years in hospitality marketing" gave hospitality (the lead's visitor plays). A buyer who
hires keeps their industry."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "I'm looking for a job, I worked 5 years in hospitality marketing",
    "are you hiring? I have experience in healthcare comms",
    "Ich suche eine Stelle, ich habe in der Gastronomie gearbeitet.",
    "Je cherche un stage, j'ai travaillé dans la restauration.",
    "Busco trabajo, tengo experiencia en hostelería.",
    "Estou à procura de emprego, trabalhei em hotelaria.",
    "Cerco lavoro, ho lavorato nel settore alberghiero.",
    "Ik zoek werk, ik heb in de horeca gewerkt.",
])
def test_a_job_seekers_trade_is_no_industry(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.persona == "job_seeker"
    assert found.industry is None


def test_a_buyer_who_hires_keeps_the_industry() -> None:
    assert extract("we're a hotel in Nice and we're hiring, but we need more bookings", None, now=NOW).industry == "hospitality"
