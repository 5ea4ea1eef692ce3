"""Where the visitor is: a city that opens a firm's name ("Tom from Harrow Marine (..., Southampton)", batch_57, gave
Harrow) gives way to a city the message names on its own. With no other place the city of the firm's name is no place
at all (issue 14, "Clínica Sorriso Atlântico" was read as a base in Sorriso, Brazil: the name says nothing of where the
visitor is); a word of place after the city ("Leeds City Centre", "London Ontario") is no firm's name."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "city"), [
    ("Tom from Harrow Marine (we sell and service boats, 28 staff, Southampton)", "Southampton"),
    ("Tom from Harrow Marine. We're in Southampton", "Southampton"),
    ("Carla von Bremen Logistik, wir sitzen in Hamburg", "Hamburg"),
    ("Julie de Lyon Patrimoine, on est à Grenoble", "Grenoble"),
    ("Pieter van Utrecht Installatie, gevestigd in Amersfoort", "Amersfoort"),
])
def test_a_city_said_on_its_own_beats_the_one_in_a_firms_name(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city


def test_a_city_opening_the_firms_name_with_no_other_is_no_place() -> None:
    said = extract("Tom from Harrow Marine here", None, now=NOW)
    assert said.company == "Harrow Marine" and said.location is None


@pytest.mark.parametrize(("text", "city"), [
    ("we're in Leeds City Centre and Bradford", "Leeds"),
])
def test_a_city_followed_by_a_word_of_place_is_kept(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city
