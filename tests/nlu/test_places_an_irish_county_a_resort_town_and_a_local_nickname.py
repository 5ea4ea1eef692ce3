"""Places a small business names for where it is that no city list of 100k people carries: an Irish county, a ski resort,
a town known world-wide, a city's nickname (batch_51)."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, country", [
    ("we're a wedding venue in Kerry, weddings bring in about €900k a year", "IE"), ("a B&B in Co. Kerry", "IE"),
    ("wir sind ein Hotel in County Kerry", "IE"), ("un gîte dans le Donegal", "IE"), ("pub in Wicklow", "IE"),
    ("estamos en Tipperary", "IE"), ("un agriturismo in Connemara", "IE"), ("we hebben een pension in county Donegal", "IE"),
    ("ski school in Whistler, need a bookings push before the season", "CA"), ("we run a lodge in Banff", "CA"),
    ("g'day, run a couple of cafes on the goldie, after someone to do our insta", "AU"),
    ("beverly hills dental spa", "US"),
])
def test_a_county_a_resort_or_a_nickname_gives_the_country(text, country):
    location = extract(text, now="2026-12-04").location
    assert location is not None and location.country == country


@pytest.mark.parametrize("text", ["Kerry here, I run a bakery", "ask Kerry from accounts", "Kerry and I run the shop"])
def test_kerry_as_a_first_name_is_no_place(text):
    assert extract(text, now="2026-12-04").location is None
