"""The reply to "Which city or time zone are you in?" read as the zone it names (issue 14), as unit tests.

"Sydney" after "Other time zone" got "Thanks for your message": the classifier's intent for a bare city decided
(affirm, deny, greet...). The readers here decide instead: a place the places table knows, written in any of the
seven languages, a zone id in any case, an offset from UTC, an abbreviation written in capitals, a zone in words,
"same as Auckland", a country with one zone. What names no zone is None (the bot asks again); a real no to the
times ("not now", "nein danke") is told from "no idea". The conversations themselves are in
test_the_visitors_words_around_the_call_times_are_read_for_what_they_are.py.
"""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from bot.actions import language
from bot.actions.booking import refuses, zone_in_reply
from bot.actions.call_times import said_zone


@pytest.fixture
def speaking() -> Iterator[Callable[[str], None]]:
    tokens = []

    def speak(lang: str) -> None:
        tokens.append(language._spoken.set(lang))

    yield speak
    for token in reversed(tokens):
        language._spoken.reset(token)


PLACES = [
    ("en", "Sydney", "Australia/Sydney"), ("en", "same as Auckland", "Pacific/Auckland"), ("en", "Japan", "Asia/Tokyo"),
    ("en", "São Paulo", "America/Sao_Paulo"), ("de", "München", "Europe/Berlin"), ("de", "Lissabon", "Europe/Lisbon"),
    ("fr", "Londres", "Europe/London"), ("fr", "Genève", "Europe/Zurich"), ("es", "Nueva York", "America/New_York"),
    ("es", "Ciudad de México", "America/Mexico_City"), ("pt", "Nova Iorque", "America/New_York"),
    ("it", "Londra", "Europe/London"), ("it", "Monaco di Baviera", "Europe/Berlin"), ("nl", "Londen", "Europe/London"),
]
ZONES = [
    ("Australia/Sydney", "Australia/Sydney"), ("europe/paris", "Europe/Paris"), ("GMT+8", "Asia/Singapore"),
    ("UTC-5", "America/Bogota"), ("utc +5:30", "Asia/Kolkata"), ("UTC−3", "America/Sao_Paulo"), ("GMT", "UTC"),
    ("EST", "America/New_York"), ("CET", "Europe/Berlin"), ("MEZ", "Europe/Berlin"), ("PST", "America/Los_Angeles"),
    ("Central time", "America/Chicago"), ("Pacific", "America/Los_Angeles"), ("central european time", "Europe/Berlin"),
    ("mitteleuropäische Zeit", "Europe/Berlin"), ("heure du Pacifique", "America/Los_Angeles"),
    ("heure de l'Est", "America/New_York"), ("hora del este", "America/New_York"),
    ("hora del Pacífico", "America/Los_Angeles"), ("costa leste", "America/New_York"),
    ("ora della costa est", "America/New_York"), ("oostkust", "America/New_York"),
]
# Near misses: the letters of an abbreviation as a word ("est" is French "is", "ist" German), an office, nothing.
NO_ZONE = ["c'est bon", "das ist gut", "the central office", "Narnia", "yes", "no idea", "keine Ahnung", "GMT+13:45"]


@pytest.mark.parametrize("lang, text, tz", PLACES)
def test_a_place_in_the_visitors_words_is_its_zone(speaking, lang: str, text: str, tz: str) -> None:
    speaking(lang)
    assert zone_in_reply(text) == tz


@pytest.mark.parametrize("text, tz", ZONES)
def test_a_zone_named_without_a_place_is_that_zone(text: str, tz: str) -> None:
    assert said_zone(text) == tz
    assert zone_in_reply(text) == tz


@pytest.mark.parametrize("text", NO_ZONE)
def test_words_that_name_no_zone_are_none(text: str) -> None:
    assert said_zone(text) is None
    assert zone_in_reply(text) is None


@pytest.mark.parametrize("text", ["not now", "no thanks", "maybe later", "No.", "nein danke", "pas maintenant",
                                  "ahora no", "agora não", "non ora", "niet nu", "misschien later"])
def test_a_real_no_refuses_the_times(text: str) -> None:
    assert refuses(text)


@pytest.mark.parametrize("text", ["no idea", "what happens next?", "non lo so", "nobody else joins?", "Sydney"])
def test_no_idea_or_a_question_refuses_nothing(text: str) -> None:
    assert not refuses(text)
