"""Boats and other craft built are manufacturing, as the parts and machines a firm says it builds are (blind: "we build
aluminium workboats in Bergen" gave no industry). Near miss: boats sold are no making."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "I'm the marketing director at Halvorsen Marine, we build aluminium workboats in Bergen, 70 employees",
    "we make caravans and motorhomes", "we build yachts",
])
def test_craft_built_is_manufacturing(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").industry == "manufacturing"


def test_boats_sold_are_no_making() -> None:
    assert extract("we sell boats", None, now=NOW, lang="en").industry != "manufacturing"
