"""Gyms read as the English "gym" reads (hospitality: the contract's list names no closer label), in each language."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("wir betreiben Fitnessstudios", "de"), ("Fitnessstudio", "de"), ("on a trois salles de sport", "fr"),
    ("tenemos una cadena de gimnasios", "es"), ("gestiamo palestre", "it"), ("wij hebben drie sportscholen", "nl"),
])
def test_a_gym_is_labelled_as_an_english_gym_is(text: str, lang: str) -> None:
    assert extract(text, field="industry", now=NOW, lang=lang).industry == extract("we run a chain of gyms", field="industry", now=NOW).industry


def test_a_gym_said_in_free_text_with_its_city_gives_both() -> None:
    found = extract("wir betreiben zwei Fitnessstudios in Köln", now=NOW, lang="de")
    assert found.industry == "hospitality" and found.location is not None and found.location.city == "Cologne"


def test_software_for_gyms_is_still_software() -> None:
    assert extract("desarrollamos una app para gimnasios", now=NOW, lang="es").industry == "software"


@pytest.mark.parametrize("text", ["somos uma rede de academias de ginástica", "academia de musculação"])
def test_a_portuguese_gym_academy_is_a_gym_not_a_school(text: str) -> None:
    assert extract(text, field="industry", now=NOW, lang="pt").industry == "hospitality"


def test_a_language_academy_is_still_education() -> None:
    assert extract("academias de idiomas", field="industry", now=NOW, lang="es").industry == "education"
