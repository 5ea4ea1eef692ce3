"""A time since which something holds ("we've been looking since September", "seit September", "depuis septembre",
"sinds september") is the past, never a start date, in free text and at the timing question; a start "from" a
time ("from March", "desde marzo", "a partir de mars") still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("we've been looking since september", "en"),
    ("we've been looking for an agency ever since the summer", "en"),
    ("no leads since early october, we need help", "en"),
    ("wir suchen seit September eine Agentur", "de"),
    ("on cherche une agence depuis septembre", "fr"),
    ("we zoeken sinds september een bureau", "nl"),
])
def test_a_time_since_which_is_no_timing(text, lang):
    for field in (None, "timing"):
        timing = extract(text, lang=lang, field=field, now=NOW).timing
        assert timing is None or timing.target_date is None


@pytest.mark.parametrize("text, lang, month", [
    ("we want to start from march", "en", "2027-03"),
    ("queremos empezar desde marzo", "es", "2027-03"),
    ("on voudrait commencer à partir de mars", "fr", "2027-03"),
    ("wir wollen ab März starten", "de", "2027-03"),
])
def test_a_start_from_a_time_is_still_read(text, lang, month):
    assert extract(text, lang=lang, now=NOW).timing.target_date.startswith(month)
