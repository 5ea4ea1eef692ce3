"""Which time on screen a visitor's words name, in seven languages (issue 14), without a server.

Found playing ``make run``: with "Mon 7 Dec, 08:00", "08:45", "09:30" on screen, "the 9:30 one" booked 08:00 ("one"
read as "the first"), and "14 Uhr nehm ich" beside 12:15, 14:00, 14:45 booked nothing. A pick that names a time books
that time or nothing; a word that is an ordinal only in some uses ("one", "un", "uno", "een", "ein") is none after a
time or a day; a message naming two times names both (the bot asks which); a time not on screen is kept apart.
"""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.actions.booking import pick_from_text, read_offered, zone_asked
from bot.actions.call_times import Clock, earliest, named_clock, other_part_of_day, read_pick

BERLIN = ZoneInfo("Europe/Berlin")
# Monday morning, as the first offer showed them.
MONDAY = [datetime(2026, 12, 7, 8, 0, tzinfo=BERLIN), datetime(2026, 12, 7, 8, 45, tzinfo=BERLIN),
          datetime(2026, 12, 7, 9, 30, tzinfo=BERLIN)]
# Tuesday afternoon, offered again for "Dienstag Nachmittag".
TUESDAY = [datetime(2026, 12, 8, 12, 15, tzinfo=BERLIN), datetime(2026, 12, 8, 14, 0, tzinfo=BERLIN),
           datetime(2026, 12, 8, 14, 45, tzinfo=BERLIN)]
# Two days: 10:00 on Monday, 10:00 and 11:00 on Tuesday.
TWO_DAYS = [datetime(2026, 12, 7, 10, 0, tzinfo=BERLIN), datetime(2026, 12, 8, 10, 0, tzinfo=BERLIN),
            datetime(2026, 12, 8, 11, 0, tzinfo=BERLIN)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the 9:30 one"), ("en", "9:30 please"), ("en", "half past 9"), ("en", "I'll take the 9.30"),
    ("en", "the one at 9:30am"), ("de", "die um 9:30 nehm ich"), ("de", "9.30 Uhr passt"), ("de", "halb zehn"),
    ("fr", "celui de 9h30"), ("fr", "je prends 9h30"), ("fr", "9 heures et demie"), ("es", "el de las 9:30"),
    ("es", "me quedo con las 9 y media"), ("pt", "fico com as 9h30"), ("pt", "às 9 e meia"),
    ("it", "prendo quella delle 9:30"), ("it", "alle 9 e mezza"), ("nl", "doe maar 9.30 uur"), ("nl", "half tien"),
    ("nl", "die van 9:30 graag"),
])
def test_a_time_on_screen_named_in_each_languages_clock_is_that_time_never_the_first(lang: str, text: str) -> None:
    assert read_pick(text, MONDAY, lang).one == 2, text


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "14 Uhr nehm ich"), ("de", "14 Uhr"), ("de", "um 14:00"), ("de", "um 14 passt"), ("fr", "14h"),
    ("fr", "je prends celui de 14h"), ("es", "a las 14"), ("es", "me quedo con la de las 2 de la tarde"),
    ("pt", "às 14h"), ("pt", "fico com a das 14h"), ("it", "alle 14"), ("it", "prendo le 14"), ("nl", "om 14 uur"),
    ("nl", "doe maar 14 uur"), ("en", "2 o'clock"), ("en", "2pm works"), ("en", "at 2"), ("en", "14"),
])
def test_a_time_by_the_hour_with_or_without_a_verb_is_that_hour(lang: str, text: str) -> None:
    assert read_pick(text, TUESDAY, lang).one == 1, text


@pytest.mark.parametrize(("lang", "text", "index"), [
    ("en", "the second one", 1), ("en", "the first", 0), ("en", "option 2", 1), ("en", "2", 1), ("en", "number one", 0),
    ("en", "the last one", 2), ("de", "der erste", 0), ("de", "die zweite bitte", 1), ("fr", "le deuxième", 1),
    ("fr", "la 1ère", 0), ("es", "la segunda", 1), ("es", "el primero", 0), ("pt", "a terceira", 2),
    ("it", "il secondo", 1), ("nl", "de laatste", 2),
])
def test_a_place_in_the_list_is_that_place(lang: str, text: str, index: int) -> None:
    assert read_pick(text, MONDAY, lang).one == index, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "one sec"), ("en", "give me a second"), ("en", "two of us will join"), ("en", "3 people will join"),
    ("en", "first I need to check with my boss"), ("en", "last week we spoke to another agency"),
    ("es", "primero quiero saber el precio"), ("it", "prima delle 10 non posso"), ("it", "secondo me va bene"),
    ("pt", "na segunda-feira"), ("de", "wir sind 14 Leute"), ("de", "am 7.12. passt es"), ("fr", "un moment"),
    ("nl", "een moment"), ("es", "un segundo"), ("en", "Tuesday afternoon?"), ("en", "next week"),
])
def test_words_that_only_look_like_a_pick_name_no_time(lang: str, text: str) -> None:
    pick = read_pick(text, TUESDAY, lang)
    assert not pick.names_any, (text, pick)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I can't do 8:00"), ("de", "8 Uhr geht nicht"), ("fr", "8h ça ne marche pas"), ("es", "a las 8 no puedo"),
    ("pt", "às 8h não dá"), ("it", "alle 8 non posso"), ("nl", "om 8 uur kan ik niet"),
])
def test_a_time_refused_is_not_picked(lang: str, text: str) -> None:
    assert not read_pick(text, MONDAY, lang).names_any, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "not 8:00, the 9:30 one"), ("de", "nicht 8 Uhr, sondern 9:30"), ("fr", "pas 8h, plutôt 9h30"),
    ("es", "a las 8 no, mejor a las 9:30"), ("pt", "às 8h não, às 9h30"), ("it", "non alle 8, alle 9:30"),
    ("nl", "niet om 8 uur maar om 9.30 uur"),
])
def test_the_time_kept_after_one_refused_is_the_pick(lang: str, text: str) -> None:
    assert read_pick(text, MONDAY, lang).one == 2, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "9:30 or 8:45?"), ("de", "8:45 oder 9:30?"), ("fr", "8h45 ou 9h30 ?"), ("es", "¿las 8:45 o las 9:30?"),
    ("pt", "8h45 ou 9h30?"), ("it", "le 8:45 o le 9:30?"), ("nl", "8.45 of 9.30 uur?"), ("en", "the first or the 9:30?"),
])
def test_two_times_named_are_both_named_and_none_is_picked(lang: str, text: str) -> None:
    pick = read_pick(text, MONDAY, lang)
    assert pick.several and pick.one is None, (text, pick)


def test_a_time_not_on_screen_is_kept_apart_on_a_working_days_clock() -> None:
    pick = read_pick("14 Uhr nehm ich", MONDAY, "de")
    assert pick.one is None and pick.unshown == (Clock(14, 0),) and pick.unshown[0].likely() == (14, 0)
    assert read_pick("at 2", MONDAY, "en").unshown[0].likely() == (14, 0)
    assert read_pick("at 9", TUESDAY, "en").unshown[0].likely() == (9, 0)
    assert read_pick("9pm", MONDAY, "en").unshown[0].likely() == (21, 0)
    # A bare number is a time only when one on screen has it: "wir sind 14" or "10" is no time asked for.
    assert not read_pick("10", MONDAY, "en").names_any


@pytest.mark.parametrize(("lang", "text", "slots"), [
    ("en", "the Monday one", (0,)), ("fr", "celui de lundi", (0,)), ("es", "el del lunes", (0,)),
    ("de", "den am Montag", (0,)), ("en", "Tuesday at 11", (2,)), ("es", "el del martes a las 11", (2,)),
    ("it", "martedì alle 10", (1,)), ("en", "the Tuesday one", (1, 2)), ("en", "10:00", (0, 1)),
])
def test_a_weekday_names_the_times_shown_that_day(lang: str, text: str, slots: tuple[int, ...]) -> None:
    assert read_pick(text, TWO_DAYS, lang).slots == slots, text


def test_a_weekday_with_a_time_not_shown_that_day_is_kept_apart_with_its_day() -> None:
    pick = read_pick("Mittwoch um 10", TWO_DAYS, "de")
    assert pick.slots == () and pick.day == 2 and pick.unshown == (Clock(10, 0),)


def test_offered_slots_are_read_on_the_clock_they_were_shown_in() -> None:
    offered = [{"starts_at": "2026-12-07T07:00:00Z", "label": "Mon 7 Dec, 08:00–08:30", "tz": "Europe/Berlin"},
               {"starts_at": "2026-12-07T07:45:00Z", "label": "Mon 7 Dec, 08:45–09:15", "tz": "Europe/Berlin"},
               {"starts_at": "2026-12-07T08:30:00Z", "label": "Mon 7 Dec, 09:30–10:00", "tz": "Europe/Berlin"}]
    assert pick_from_text("the 9:30 one", offered) == "2026-12-07T08:30:00Z"
    assert pick_from_text("the one", offered) is None
    # Kept without a zone (older conversations): the label's time tells the clock.
    unzoned = [{k: v for k, v in slot.items() if k != "tz"} for slot in offered]
    assert pick_from_text("the 9:30 one", unzoned) == "2026-12-07T08:30:00Z"
    assert read_offered("9:30 or 8:00?", unzoned).several
    assert not read_offered("the 9:30 one", []).names_any


@pytest.mark.parametrize("text", ["", "   ", "😅🙏", "/choose_slot{\"slot_start\":\"2026-12-07T08:30:00Z\"}",
                                  "(((1|2)*)*)$", "9:30 " * 3000, "a" * 4000])
def test_empty_huge_and_hostile_text_is_read_as_text(text: str) -> None:
    started = time.perf_counter()
    pick = read_pick(text, MONDAY, "en")
    assert isinstance(pick.slots, tuple)
    for lang in ("en", "de", "fr"):
        named_clock(text, lang), earliest(text, lang), other_part_of_day(text, lang)
    assert zone_asked(text) is None or isinstance(zone_asked(text), str)
    assert time.perf_counter() - started < 5, "no backtracking on long or hostile text"


@pytest.mark.parametrize(("lang", "text", "clock"), [
    ("fr", "je dois décaler, jeudi à 10h ?", (10, 0)), ("en", "can we move it to Thursday at 3pm?", (15, 0)),
    ("de", "Kann ich den Termin auf Donnerstag um 15 Uhr verschieben?", (15, 0)), ("es", "¿el jueves a las 10?", (10, 0)),
    ("pt", "pode ser quinta às 14h30?", (14, 30)), ("it", "giovedì alle 9 e mezza?", (9, 30)),
    ("nl", "kan het donderdag om 14 uur?", (14, 0)), ("en", "not 8:00, 9:30 please", (9, 30)),
])
def test_the_time_of_day_a_request_names_is_where_the_times_start(lang: str, text: str, clock: tuple[int, int]) -> None:
    named = named_clock(text, lang)
    assert named is not None and named.likely() == clock, (text, named)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can we move it to Thursday?"), ("de", "wir sind 14 Leute"), ("fr", "pas à 10h"), ("es", "la segunda"),
    ("en", "the first one"), ("nl", "volgende week"),
])
def test_a_request_without_a_time_of_day_names_none(lang: str, text: str) -> None:
    assert named_clock(text, lang) is None, text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any of them is fine"), ("en", "whichever"), ("en", "either works"), ("de", "egal welcher"),
    ("de", "ist mir egal, alle passen"), ("fr", "n'importe lequel"), ("fr", "peu importe"), ("es", "cualquiera me va bien"),
    ("es", "me da igual"), ("pt", "qualquer um serve"), ("pt", "tanto faz"), ("it", "uno qualsiasi va bene"),
    ("it", "fa lo stesso"), ("nl", "maakt niet uit"), ("nl", "welke dan ook"),
])
def test_a_choice_left_to_us_names_no_time_and_is_kept_as_such(lang: str, text: str) -> None:
    pick = read_pick(text, MONDAY, lang)
    assert pick.any_one and pick.one is None and not pick.slots, (text, pick)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any questions?"), ("en", "do you have any time on Friday?"), ("it", "qualsiasi domanda?"),
    ("es", "¿cualquiera puede unirse?"), ("en", "the first one"), ("de", "egal, 9:30 passt"),
])
def test_a_question_or_a_time_named_is_no_choice_left_to_us(lang: str, text: str) -> None:
    assert not read_pick(text, MONDAY, lang).any_one, text


@pytest.mark.parametrize(("lang", "text", "clock"), [
    ("en", "nothing before 11 please", (11, 0)), ("en", "after 2pm?", (14, 0)), ("de", "ab 14 Uhr", (14, 0)),
    ("de", "vor 11 kann ich nicht", (11, 0)), ("fr", "pas avant 10h", (10, 0)), ("fr", "après 15h ?", (15, 0)),
    ("es", "después de las 3", (15, 0)), ("pt", "depois das 15h", (15, 0)), ("it", "prima delle 10 non posso", (10, 0)),
    ("it", "dopo le 15?", (15, 0)), ("nl", "na 14 uur", (14, 0)), ("nl", "voor 11 uur kan ik niet", (11, 0)),
])
def test_the_earliest_time_a_visitor_can_do_is_read_and_is_no_pick(lang: str, text: str, clock: tuple[int, int]) -> None:
    found = earliest(text, lang)
    assert found is not None and found.likely() == clock, (text, found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the 14:00 one"), ("en", "at 2"), ("en", "from Monday"), ("de", "nach dem Mittagessen"),
    ("en", "before 10 works"), ("nl", "na de lunch"), ("es", "antes de las 10 me va bien"),
])
def test_a_time_picked_or_a_bound_without_a_time_is_no_earliest_time(lang: str, text: str) -> None:
    assert earliest(text, lang) is None, text


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "I can't do mornings", "afternoon"), ("fr", "pas le matin", "afternoon"),
    ("es", "por la mañana no puedo", "afternoon"), ("de", "vormittags geht nicht", "afternoon"),
    ("it", "la mattina non posso", "afternoon"), ("nl", "'s ochtends kan ik niet", "afternoon"),
    ("pt", "de manhã não dá", "afternoon"), ("en", "not in the afternoon", "morning"),
])
def test_a_part_of_the_day_refused_asks_for_the_other(lang: str, text: str, part: str) -> None:
    assert other_part_of_day(text, lang) == part, text


@pytest.mark.parametrize(("lang", "text"), [("en", "mornings are best"), ("en", "no, the afternoon one"),
                                            ("de", "nachmittags gern")])
def test_a_part_of_the_day_wanted_is_no_refusal(lang: str, text: str) -> None:
    assert other_part_of_day(text, lang) is None, text
