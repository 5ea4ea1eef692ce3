"""The visitor's industry: fitting kitchens or bathrooms is a trade of building ("I'm a one man band doing kitchen
fitting", batch_47: lost; "kitchen fitters" was read already), in the seven languages. Selling kitchens, a fitting
room or a suit that fits are no trade of building."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "you can reach me at tomasz.builds@gmail.com, I'm a one man band doing kitchen fitting",
    "we do bathroom fitting around Leeds",
    "small business, kitchen and bathroom fitting, 4 of us",
    "I'm a kitchen installer, need more local jobs",
    "wir sind ein kleiner Betrieb für Küchenmontage",
    "je suis poseur de cuisines à Lyon",
    "nos dedicamos al montaje de cocinas",
    "facciamo montaggio di cucine a Torino",
    "ik ben keukenmonteur en zoek meer klanten",
    "trabalho com montagem de cozinhas",
])
def test_fitting_kitchens_or_bathrooms_is_construction(text: str) -> None:
    assert extract(text, None, now=NOW).industry == "construction"


@pytest.mark.parametrize("text", [
    "we need a fitting room booking tool",
    "looking for a well fitting solution for our leads",
    "the fitting of our ads to the audience is poor",
])
def test_a_fitting_that_is_no_kitchen_or_bathroom_is_no_construction(text: str) -> None:
    assert extract(text, None, now=NOW).industry != "construction"
