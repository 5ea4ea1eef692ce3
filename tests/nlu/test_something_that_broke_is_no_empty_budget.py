""""We're broke" is no budget; a thing that broke ("checkout broke", "the site broke last week") says nothing of the
budget, and a budget said with it is read."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field", [
    ("we're broke, no budget at all", None),
    ("honestly pretty broke atm lol", None),
    ("i'm flat broke until the spring", None),
    ("broke 😅", "budget"),
    ("we are broke", "budget"),
])
def test_the_visitor_broke_has_no_budget(text, field):
    assert extract(text, field=field, lang="en", now=NOW).budget.status == "none"


@pytest.mark.parametrize("text", [
    "our checkout broke last week and we lost sales",
    "the site broke after the last update, need someone to fix it",
    "the contact form broke so no leads came in",
    "something broke in our tracking",
])
def test_a_thing_that_broke_says_nothing_of_the_budget(text):
    assert extract(text, lang="en", now=NOW).budget is None


def test_a_budget_said_beside_a_thing_that_broke_is_read():
    budget = extract("the site broke again, we can spend 3k to rebuild it", lang="en", now=NOW).budget
    assert (budget.min, budget.status) == (3000, "stated")
