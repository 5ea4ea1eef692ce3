"""A season that names what the visitor sells ("our summer courses", "los cursos de verano") is no start date, in
seven languages; a season said as a time ("by summer", "before the summer courses") still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("we want to fill our summer courses", "en"),
    ("we need more sign-ups for the winter classes", "en"),
    ("looking for more families for our summer camp", "en"),
    ("wir wollen unsere Sommerkurse füllen", "de"),
    ("on veut remplir nos stages d'été", "fr"),
    ("nous voulons plus d'inscrits pour les cours d'été", "fr"),
    ("queremos llenar los cursos intensivos de verano", "es"),
    ("vogliamo riempire i corsi d'estate", "it"),
    ("we willen onze zomercursussen vullen", "nl"),
    ("queremos encher os cursos de verão", "pt"),
])
def test_a_season_naming_the_product_gives_no_timing(text, lang):
    assert extract(text, lang=lang, now=NOW).timing is None


def test_a_time_said_beside_the_seasons_product_is_the_timing():
    timing = extract("we need more bookings for our summer courses, ideally starting in March", now=NOW).timing
    assert timing is not None and timing.target_date.startswith("2027-03")


@pytest.mark.parametrize("text, lang, date", [
    ("we'd like the new site live before the summer courses", "en", "2027-05-31"),
    ("queremos empezar antes del verano", "es", "2027-05-31"),
    ("we want it done by summer", "en", "2027-06-01"),
    ("on voudrait commencer d'ici l'été", "fr", "2027-06-01"),
])
def test_a_season_said_as_a_time_is_still_read(text, lang, date):
    assert extract(text, lang=lang, now=NOW).timing.target_date == date
