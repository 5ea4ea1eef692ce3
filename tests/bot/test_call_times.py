"""A visitor's words for when a call suits them, in seven languages, read as the English the scheduler reads."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.actions.call_times import in_english
from scheduling import parse_time_request

LISBON = ZoneInfo("Europe/Lisbon")
# A Thursday at noon, Lisbon time.
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=LISBON).astimezone(timezone.utc)
NEXT_MONDAY = datetime(2026, 12, 7, tzinfo=LISBON).astimezone(timezone.utc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any morning next week"),
    ("pt", "Qualquer manhã da próxima semana serve."),
    ("de", "Gern nächste Woche, am liebsten vormittags"),
    ("fr", "la semaine prochaine, plutôt le matin"),
    ("es", "la semana que viene, por la mañana"),
    ("es", "cualquier mañana de la semana que viene"),
    ("it", "la prossima settimana, di mattina"),
    ("nl", "volgende week, liefst 's ochtends"),
])
def test_a_morning_next_week_is_read_in_each_language(lang: str, text: str) -> None:
    request = parse_time_request(in_english(text, lang), NOW, LISBON)
    assert request.after == NEXT_MONDAY and request.before == NEXT_MONDAY + timedelta(days=7)
    assert request.part_of_day == "morning"


@pytest.mark.parametrize(("lang", "text", "weekday", "part"), [
    ("de", "am Freitag Nachmittag", 4, "afternoon"),
    ("it", "giovedì sera?", 3, "evening"),
    ("pt", "na segunda-feira de manhã", 0, "morning"),
    ("es", "el martes por la tarde", 1, "afternoon"),
])
def test_a_weekday_and_a_part_of_the_day_are_read(lang: str, text: str, weekday: int, part: str) -> None:
    request = parse_time_request(in_english(text, lang), NOW, LISBON)
    assert request.after is not None and request.after.astimezone(LISBON).weekday() == weekday
    assert request.part_of_day == part


@pytest.mark.parametrize(("lang", "text"), [("es", "mañana"), ("de", "morgen"), ("nl", "morgen"), ("pt", "amanhã")])
def test_tomorrow_is_tomorrow_and_a_morning_with_an_article_is_the_morning(lang: str, text: str) -> None:
    request = parse_time_request(in_english(text, lang), NOW, LISBON)
    assert request.after == datetime(2026, 12, 4, tzinfo=LISBON).astimezone(timezone.utc)
    assert parse_time_request(in_english("mañana por la mañana", "es"), NOW, LISBON).part_of_day == "morning"


def test_words_of_another_language_keep_their_meaning() -> None:
    # French "sera" is "will be", not the Italian evening; English is read as it was written.
    assert parse_time_request(in_english("ce sera parfait", "fr"), NOW, LISBON).part_of_day is None
    assert in_english("any morning next week", "en") == "any morning next week"


@pytest.mark.parametrize("text", ["", "   ", "😅🙏", "<script>alert('demain matin')</script>", "(((demain|matin)*)*)$",
                                  "matin " * 20000])
def test_empty_huge_and_hostile_text_is_read_as_text_and_invents_no_time(text: str) -> None:
    english = in_english(text, "fr")
    assert isinstance(english, str)
    if "matin" not in text:
        request = parse_time_request(english, NOW, LISBON)
        assert request.part_of_day is None and request.after is None, (text, request)


def test_a_language_without_time_words_leaves_the_text_as_it_is() -> None:
    assert in_english("Mañana por la MAÑANA", "xx") == "mañana por la mañana"


@pytest.mark.parametrize(("lang", "text", "days"), [
    ("en", "Thursday afternoon?", 7), ("en", "this Thursday afternoon", 0), ("en", "today, thursday afternoon", 0),
    ("de", "am Donnerstag Nachmittag", 7), ("de", "diesen Donnerstag noch?", 0), ("de", "heute, Donnerstag", 0),
    ("fr", "jeudi après-midi", 7), ("fr", "ce jeudi après-midi", 0), ("fr", "aujourd'hui jeudi", 0),
    ("es", "el jueves por la tarde", 7), ("es", "este jueves por la tarde", 0), ("es", "hoy jueves", 0),
    ("pt", "na quinta à tarde", 7), ("pt", "nesta quinta à tarde", 0), ("pt", "hoje, quinta", 0),
    ("it", "giovedì pomeriggio", 7), ("it", "questo giovedì pomeriggio", 0), ("it", "oggi giovedì", 0),
    ("nl", "donderdagmiddag of donderdag 's middags", 7), ("nl", "deze donderdag 's middags", 0),
    ("nl", "vandaag, donderdag", 0),
])
def test_todays_weekday_is_next_weeks_unless_this_or_today_names_today(lang: str, text: str, days: int) -> None:
    """Asked on a Thursday: "Thursday afternoon" is a week on, as few times are left today; "this" or "today" is today."""
    today = datetime(2026, 12, 3, tzinfo=LISBON).astimezone(timezone.utc)
    request = parse_time_request(in_english(text, lang), NOW, LISBON)
    assert request.after == today + timedelta(days=days) and request.before == today + timedelta(days=days + 1), text
