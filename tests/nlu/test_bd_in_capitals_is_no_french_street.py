""""BD" in capitals before a city is business development, no French boulevard (blind: "Rahul, BD head at a 150 member IT
services company in Bengaluru" was placed in France, the street's country). Near miss: "bd" and "Bd" are still a
boulevard before a French city."""

from __future__ import annotations

from nlu.extract import extract

NOW = "2026-12-05"


def test_bd_in_capitals_is_no_street() -> None:
    text = "Hi, I am Rahul, BD head at a 150 member IT services company in Bengaluru. We want to generate leads from US market."
    location = extract(text, None, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == ("IN", "Bengaluru"), location


def test_a_boulevard_is_still_a_street() -> None:
    for text in ("12 bd Haussmann, Paris", "Bd de Sébastopol, Paris"):
        location = extract(text, None, now=NOW, lang="fr").location
        assert location is not None and location.country == "FR", location
