"""A tendered contract's award date is when the buyer buys: "award expected mid Feb" dates the timing, in the seven
languages, while an award won (a prize) dates nothing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, day", [
    ("Contract term 24 months from award, award expected mid Feb.", "en", "2027-02-14"),
    ("The contract will be awarded by end of February.", "en", "2027-02-28"),
    ("Die Vergabe ist für Ende Februar geplant; entschieden wird durch die Geschäftsführung.", "de", "2027-02-28"),
    ("Der Zuschlag soll Ende Februar erfolgen.", "de", "2027-02-28"),
    ("L'attribution du marché est prévue fin février.", "fr", "2027-02-28"),
    ("La adjudicación está prevista para mediados de febrero.", "es", "2027-02-14"),
    ("A adjudicação está prevista para o fim de fevereiro.", "pt", "2027-02-28"),
    ("L'aggiudicazione è prevista a fine febbraio.", "it", "2027-02-28"),
    ("Gunning verwacht begin maart.", "nl", "2027-03-06"),
])
def test_the_award_date_is_the_timing(text, lang, day):
    timing = extract(text, lang=lang, now=NOW).timing
    assert (timing.target_date, timing.status) == (day, "stated")


@pytest.mark.parametrize("text", [
    "We won an award in March for our packaging.",
    "Our founder won an industry award in 2024, we make furniture.",
    "We expect to hit 100 employees by March.",
])
def test_a_prize_won_or_a_goal_dates_nothing(text):
    assert extract(text, now=NOW).timing is None


def test_a_selection_step_still_gives_way_to_the_start():
    # "responses due" is a step of choosing; the live date is the aim
    timing = extract("RFP goes out 15 January, responses due 12 Feb, live by 1 April", now=NOW).timing
    assert timing.target_date == "2027-04-01"
