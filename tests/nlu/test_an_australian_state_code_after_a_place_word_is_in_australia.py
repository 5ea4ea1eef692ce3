"""Where the visitor is: an Australian state's three-letter code written in capitals after a word of place ("we sell
solar panels across QLD", batch_47: lost), as "across Queensland" was read. Only the codes no English word shares
(QLD, NSW, VIC, TAS); a code in lower case ("vic" is a name too), a two-letter code that is also a word ("OR") or
a country's code ("in CA" may be Canada) stays unread without a town before them (two-letter US codes after a word of
place are read: test_places_a_state_code_a_misspelt_city_and_a_place_said_as_a_contrast.py), and a code that names
where the visitor sells ("leads from NSW") is no base."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "bout 8 grand a month for google + meta ads, we sell solar panels across QLD",
    "we're a plumbing business in NSW, 12 staff",
    "small accounting firm based in VIC, need a new site",
    "we run tours throughout TAS",
    "physio clinic out of QLD looking for more bookings",
])
def test_a_state_code_in_capitals_after_a_word_of_place_is_australia(text: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.country == "AU"
    assert location.city is None


@pytest.mark.parametrize("text", [
    "we sell solar panels across qld",     # lower case: not told apart from a slip
    "my colleague Vic will join the call",  # a first name
    "we are in CA, need leads",             # California's code and Canada's
    "we need more leads, QLD or not",       # no word of place before it
    "we need more leads from NSW",          # a market, not the base
])
def test_a_state_code_without_capitals_a_cue_or_as_a_market_is_not_read_as_the_base(text: str) -> None:
    assert extract(text, None, now=NOW).location is None
