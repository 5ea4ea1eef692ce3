"""Blind batch 61's misses (fix-against): a spend that waits for a date said just before starts then ("Our fiscal year
starts April 1 so any spend has to wait till then"); "hit the ground running in January" is a start, not a goal's "hit";
a language firm's in-house linguists are its staff, its freelancers not; Cebu is the Philippine city."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-06"


def test_a_spend_that_waits_till_a_date_starts_then() -> None:
    timing = extract("Our fiscal year starts April 1 so any spend has to wait till then", None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date == "2027-04-01"


def test_a_wait_that_is_over_dates_nothing() -> None:
    assert extract("we closed in March and had to wait till then", None, now=NOW, lang="en").timing is None


def test_hitting_the_ground_running_in_a_month_is_a_start() -> None:
    timing = extract("we want to hit the ground running in January", None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date.startswith("2027-01")


def test_a_figure_to_hit_is_still_a_goal() -> None:
    assert extract("we want to hit 5M by 2028", None, now=NOW, lang="en").timing is None


@pytest.mark.parametrize(("text", "lang"), [
    ("~20 linguists in house and 150 freelancers", "en"),
    ("20 in-house translators plus 150 freelancers", "en"),
    ("Wir sind 20 Übersetzer im Haus und 150 Freiberufler", "de"),
])
def test_in_house_linguists_are_the_staff_and_freelancers_are_not(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (20, 20)


@pytest.mark.parametrize(("text", "field"), [("we're in Cebu", None), ("Cebu", "location")])
def test_cebu_is_the_philippine_city(text: str, field: str | None) -> None:
    location = extract(text, field, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == ("PH", "Cebu City")


@pytest.mark.parametrize("text", [
    "budget was 30k for the year but after the Q3 review its more like 22k",  # when the budget changed
    "we're thinking half a mil over 2 years for the full rebrand & site",  # the span a sum is spent over
])
def test_a_quarter_a_budget_changed_at_or_a_span_of_spend_is_no_start(text: str) -> None:
    assert extract(text, None, now="2026-12-05", lang="en").timing is None


@pytest.mark.parametrize("text", ["after the Q1 review we will have 20k to spend", "50k over 2 years, starting in March"])
def test_a_start_after_a_review_or_beside_a_span_is_still_read(text: str) -> None:
    assert extract(text, None, now="2026-12-05", lang="en").timing is not None


def test_the_hq_said_after_a_team_elsewhere_is_where_the_visitor_is() -> None:
    location = extract("Our dev team is in Cebu but HQ is in Austin, Texas", None, now=NOW, lang="en").location
    assert location is not None and (location.country, location.city) == ("US", "Austin")
