"""Location: a city's time said with the German or Dutch adjective of its name ("New Yorker Zeit", "Londense tijd")
names the city, as "heure de Paris", "hora de Madrid" and "London time" already did; a capitalised city opening the
message then "here" in the seven languages ("Paris here, small agency", "Paris ici") is where the visitor writes from
when it is a big city (a county or a town that is a first name too is the visitor's name: "Kerry here"),
as "Dublin based" and "out of Leeds" are. Time words with no city ("keine Zeit", "vrije tijd") and a city mid-sentence
before "here" name nothing; at the location question a lower-case word after others ("manejo marketing y ventas") is
no place (Ventas, Spain)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "city"), [
    ("morgen um 10 New Yorker Zeit", "New York"),
    ("passt Dienstag 10 Uhr Londoner Zeit?", "London"),
    ("um 9 Münchner Zeit", "Munich"),
    ("10 Uhr Wiener Zeit", "Vienna"),
    ("kan dinsdag om 10 uur Londense tijd", "London"),
    ("om 10 uur Amsterdamse tijd", "Amsterdam"),
    ("om 3 uur Parijse tijd", "Paris"),
    ("à 10h heure de Paris", "Paris"),
    ("a las 10 hora de Madrid", "Madrid"),
    ("às 10h hora de Lisboa", "Lisbon"),
    ("alle 10 ora di Roma", "Rome"),
    ("10am London time", "London"),
])
def test_a_citys_time_names_the_city(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city


@pytest.mark.parametrize("text", ["wir haben keine Zeit", "geen tijd", "in der Freizeit", "zur Sommerzeit", "in de vrije tijd"])
def test_a_time_word_without_a_city_names_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "city"), [
    ("Paris here, small agency", "Paris"),
    ("hi, Paris here", "Paris"),
    ("Paris hier, kleine Agentur", "Paris"),
    ("Paris ici, petite agence", "Paris"),
    ("Dublin based agency", "Dublin"),
    ("we're out of Leeds", "Leeds"),
])
def test_a_city_opening_the_message_then_here_is_where_the_visitor_is(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city


@pytest.mark.parametrize("text", ["we sell Paris themed prints", "I saw Paris here on your site", "paris here", "Kerry here, I run a bakery",
                                  "Reading here, we sell furniture"])
def test_a_city_mid_sentence_or_in_lower_case_before_here_names_no_place(text: str) -> None:
    assert extract(text, None, now=NOW).location is None


@pytest.mark.parametrize(("text", "city"), [
    ("manejo marketing y ventas", None), ("hago compras y ventas", None), ("reading", "Reading"), ("in reading", "Reading"),
    ("Ventas", "Ventas"),
])
def test_at_the_location_question_a_lower_case_word_after_others_is_no_place(text: str, city: str | None) -> None:
    location = extract(text, "location", now=NOW).location
    assert (location.city if location else None) == city
