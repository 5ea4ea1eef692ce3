""""I'm only looking, I'm in no rush" said in the first person singular or plural, in the seven languages ("per ora
guardo solo, non ho fretta", "je regarde juste", "só estou a ver"), is no timeline; a date said with it still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("per ora guardo solo, non ho fretta", "it"),
    ("non ho fretta, guardiamo solo", "it"),
    ("just looking for now, no rush", "en"),
    ("ich schaue mich nur um, keine Eile", "de"),
    ("je regarde juste pour l'instant, je ne suis pas pressé", "fr"),
    ("por ahora solo miro, no tengo prisa", "es"),
    ("por agora só estou a ver, não tenho pressa", "pt"),
    ("ik kijk alleen even rond, ik heb geen haast", "nl"),
])
def test_just_looking_is_no_timeline(text, lang):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and (timing.status, timing.horizon_days) == ("no_timeline", None)


def test_a_date_said_with_no_rush_is_read():
    timing = extract("non ho fretta, vorrei partire a marzo", lang="it", now=NOW).timing
    assert timing.status == "stated" and 87 <= timing.horizon_days <= 118
