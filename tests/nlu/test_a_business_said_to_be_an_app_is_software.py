"""Industry: a business that says it is an app is a software business, in the seven languages ("we're a B2C fitness
app", batch_57, gave no industry). A business that has or uses an app stays what it is ("we're a gym with an app")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "Our CPA on Meta is $62 and LTV is around $900, we're a B2C fitness app",
    "we're a dating app with 40k users",
    "we're building a consumer app for runners",
    "wir sind eine Fitness-App",
    "nous sommes une appli de rencontre",
    "somos una app de citas",
    "somos um aplicativo de delivery",
    "siamo un'app di fitness",
    "we zijn een fitness-app",
])
def test_a_business_that_is_an_app_is_software(text: str) -> None:
    assert extract(text, None, now=NOW).industry == "software"


@pytest.mark.parametrize(("text", "industry"), [
    ("we're a gym with an app", "hospitality"),
    ("we're a restaurant, we use an app for bookings", "hospitality"),
    ("we're a small dental clinic and use a booking app", "healthcare"),
])
def test_a_business_that_has_or_uses_an_app_stays_what_it_is(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry
