"""Indifference to when ("not fussed on timing", "we're flexible on timing", "Zeitlich sind wir flexibel") is no
timeline, in the seven languages; flexibility about other things, or a time said beside it, keeps its reading."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, field", [
    ("G'day, about 14 staff all up. Want to rank for 'physio near me'. Not fussed on timing.", "en", None),
    ("Not too bothered about timing tbh", "en", None),
    ("Timing's flexible.", "en", None),
    ("No preference on timing.", "en", None),
    ("we're flexible", "en", "timing"),
    ("Beim Zeitplan sind wir flexibel.", "de", None),
    ("Zeitlich sind wir flexibel.", "de", None),
    ("On est flexibles sur le calendrier.", "fr", None),
    ("Somos flexibles con los plazos.", "es", None),
    ("Somos flexíveis com o prazo.", "pt", None),
    ("Siamo flessibili sui tempi.", "it", None),
    ("We zijn flexibel qua planning.", "nl", None),
])
def test_indifference_to_timing_is_no_timeline(text, lang, field):
    assert extract(text, field=field, lang=lang, now=NOW).timing.status == "no_timeline"


@pytest.mark.parametrize("text", [
    "We're flexible on budget.",
    "We're flexible when it comes to budget.",
    "we need a flexible CRM",
])
def test_flexibility_about_something_else_says_nothing_of_timing(text):
    assert extract(text, now=NOW).timing is None


# ("by March" is a deadline met when March comes: its first day; "ideally March" a month, its middle)
@pytest.mark.parametrize(("text", "day"), [("Not fussed about the colour, need it by March.", "2027-03-01"),
                                           ("flexible on timing, ideally March though", "2027-03-16")])
def test_a_time_said_beside_it_is_the_timing(text, day):
    assert extract(text, now=NOW).timing.target_date == day
