"""Where the visitor met us or went to an event (a conference, a trade fair, a trip) is not where the visitor is, and
the event is no company, in the seven languages: "we met your team at Web Summit in Lisbon" was located in Portugal
with the company "Web Summit". A base said beside it still counts."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "we met your team at Web Summit in Lisbon",
    "we were at a conference in Barcelona last week",
    "saw your talk at the SaaStock conference in Dublin",
    "we met at the trade show in Birmingham",
    "Wir haben euch auf der Messe in Köln getroffen.",
    "On s'est rencontrés au salon à Lyon.",
    "Nos conocimos en una feria en Madrid.",
    "Conhecemos vocês numa feira em Lisboa.",
    "Vi abbiamo conosciuto a una fiera a Milano.",
    "We hebben jullie ontmoet op een beurs in Utrecht.",
])
def test_where_we_met_is_not_the_visitors_place(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.location is None
    assert found.company is None


@pytest.mark.parametrize(("text", "city"), [
    ("we met your team at Web Summit in Lisbon, we're based in Porto", "Porto"),
    ("we're a bakery in Leeds, saw you at a conference in London", "Leeds"),
])
def test_the_base_said_beside_it_still_counts(text: str, city: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and location.city == city
