"""A start denied for a time ("we won't start in January, it's pushed to April", "non partiamo a gennaio, la
partenza slitta ad aprile") rules that time out, and the time said instead is the start, in the seven languages;
"not before" and "not until" still name their time."""

import pytest

from nlu import extract

NOW = "2026-12-04"
APRIL = "2027-04-15"


@pytest.mark.parametrize("text, lang", [
    ("Sorry, we won't start in January after all, it's pushed to April.", "en"),
    ("We're not starting in January anymore, more like April.", "en"),
    ("Wir starten nicht im Januar, sondern erst im April.", "de"),
    ("On ne démarre pas en janvier, plutôt en avril.", "fr"),
    ("No empezamos en enero, sino en abril.", "es"),
    ("Não começamos em janeiro, só em abril.", "pt"),
    ("Scusate, ho sbagliato prima: non partiamo a gennaio, la partenza slitta ad aprile per via del bilancio.", "it"),
    ("We beginnen niet in januari maar in april.", "nl"),
])
def test_the_time_said_instead_is_the_start(text, lang):
    assert extract(text, lang=lang, now=NOW).timing.target_date == APRIL


@pytest.mark.parametrize("text, field, day", [
    ("Not before March.", "timing", "2027-03-01"),
    ("We can't start until March.", None, "2027-03-01"),
    ("not sure, maybe start in March", None, "2027-03-16"),
    ("We'd like to start in January.", None, "2027-01-16"),
])
def test_not_before_and_plain_starts_keep_their_reading(text, field, day):
    assert extract(text, field=field, now=NOW).timing.target_date == day


def test_a_fact_dated_after_a_denied_start_is_no_start():
    assert extract("We can't start in January, our revenue dropped in March.", now=NOW).timing is None
