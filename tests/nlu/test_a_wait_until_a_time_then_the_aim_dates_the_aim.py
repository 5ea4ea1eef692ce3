"""A wait until a time, then what the visitor wants from then ("dont talk to me til january 😂 but then we want to
get the website sorted", "we're slammed until March, then we'd like to redo the site") dates the aim at that time;
a time followed by "then" and no aim of the visitor's dates nothing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, day", [
    ("we're a christmas tree farm so honestly dont talk to me til january 😂 but then we want to get the website "
     "sorted before next season", "en", "2027-01-16"),
    ("We're slammed until March, then we'd like to redo the site.", "en", "2027-03-16"),
    ("Busy season runs till end of February, after that we want to start the SEO work.", "en", "2027-02-28"),
    ("Bis Januar haben wir keine Zeit, danach wollen wir die Website angehen.", "de", "2027-01-16"),
    ("Hasta enero estamos a tope, luego queremos rehacer la web.", "es", "2027-01-16"),
    ("Até janeiro estamos cheios, depois queremos refazer o site.", "pt", "2027-01-16"),
    ("Fino a gennaio siamo pieni, poi vogliamo rifare il sito.", "it", "2027-01-16"),
])
def test_the_aim_from_then_is_dated_by_the_wait(text, lang, day):
    timing = extract(text, lang=lang, now=NOW).timing
    assert (timing.target_date, timing.status) == (day, "stated")


@pytest.mark.parametrize("text", [
    "We're closed until January and then reopening.",
    "Our revenue dropped in March, then it recovered.",
    "We were busy in October, then we hired a new manager.",
])
def test_a_time_then_no_aim_dates_nothing(text):
    assert extract(text, now=NOW).timing is None
