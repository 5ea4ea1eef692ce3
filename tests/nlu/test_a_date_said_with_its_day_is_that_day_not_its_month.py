"""A date said with its day ("on 1 April.") is that day: the month word in it is not read again as the whole month,
whose middle would win as the longer match when a full stop follows it."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, field, day", [
    ("Not before our fiscal year starts on 1 April.", "en", "timing", "2027-04-01"),
    ("We'd like to kick off on March 3.", "en", None, "2027-03-03"),
    ("We'd like to kick off on the 3rd of March.", "en", None, "2027-03-03"),
    ("They want the new site live by 20 January.", "en", None, "2027-01-20"),
    ("Wir möchten am 1. April starten.", "de", None, "2027-04-01"),
    ("Démarrage souhaité le 1er avril.", "fr", None, "2027-04-01"),
    ("Queremos empezar el 1 de abril.", "es", None, "2027-04-01"),
    ("Queremos começar em 1º de abril.", "pt", None, "2027-04-01"),
    ("Vorremmo partire il 1° aprile.", "it", None, "2027-04-01"),
    ("We willen op 1 april starten.", "nl", None, "2027-04-01"),
])
def test_a_day_and_month_at_a_sentences_end_is_that_day(text, lang, field, day):
    assert extract(text, field=field, lang=lang, now=NOW).timing.target_date == day


@pytest.mark.parametrize("text, day", [
    ("We'd like to kick off in April.", "2027-04-15"),         # the month alone: its middle
    ("We'd like to kick off in early April.", "2027-04-05"),   # early in it
    ("We'd like to kick off by end of March.", "2027-03-31"),  # its end
])
def test_a_month_said_without_a_day_keeps_its_reading(text, day):
    assert extract(text, now=NOW).timing.target_date == day
