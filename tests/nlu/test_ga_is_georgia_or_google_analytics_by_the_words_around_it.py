"""Location and tech stack: the capitals "GA" are Google Analytics where the words around them are a tool's ("GA
shows traffic dropped", "our GA tracking is broken", "GA and GTM are installed", "we use GA") and Georgia where a
place is meant ("we're in GA", "roofing company in GA" had Google Analytics too, "Atlanta, GA"); both can be said in
one message."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "GA shows traffic dropped 30%",
    "our GA says most visits come from Google",
    "just set up GA on the site",
    "GA and GTM are installed",
    "we use GA",
    "data in GA looks off",
    "we run everything in GA and Looker",
])
def test_ga_among_a_tools_words_is_google_analytics_not_georgia(text: str) -> None:
    result = extract(text, None, now=NOW)
    assert "google_analytics" in result.tech_stack
    assert result.location is None


@pytest.mark.parametrize(("text", "city"), [
    ("we're in GA", None),
    ("roofing company in GA, 12 guys", None),
    ("plumbers in Atlanta, GA", "Atlanta"),
    ("we're a roofer in Savannah GA", "Savannah"),
])
def test_ga_after_a_word_of_place_is_georgia_not_the_tool(text: str, city: str | None) -> None:
    result = extract(text, None, now=NOW)
    assert result.location is not None and (result.location.country, result.location.city) == ("US", city)
    assert "google_analytics" not in result.tech_stack


def test_both_in_one_message_are_read_apart() -> None:
    result = extract("based in GA, our GA tracking is broken", None, now=NOW)
    assert result.location is not None and result.location.country == "US"
    assert "google_analytics" in result.tech_stack
