"""The call booked is the call the visitor picked, through the real bot and service, in seven languages (issue 14).

Found playing ``make run`` through REST: with "Mon 7 Dec, 08:00", "08:45", "09:30" on screen, "the 9:30 one" was
booked at 08:00 (the word "one" read as "the first"); a German visitor's "14 Uhr nehm ich" beside 12:15, 14:00, 14:45
got "Danke für Ihre Nachricht. Kann ich Ihnen sonst noch helfen?" (the classifier's inform: the form read it, and the
close answered it) and nothing was booked; "ist das per Video oder Telefon?" got "I'm not sure".

Whatever the classifier makes of it, with times on screen:
- two times named ("9:30 or 10:15?") book nothing: the bot asks which, with the same times;
- a time that is not on screen books nothing: the bot says why (free, outside the hours, taken) and shows the free
  times around it;
- a time on screen named in the language's own clock words, with a colloquial verb ("um 14.45 Uhr nehm ich", "je
  prends celui de 14h45", "me quedo con la de las 14:45"), books that time, never another;
- after "Other time zone", the zone named stays for the times asked for next ("later"), and a pick is read on its
  clock (the answer to the zone question once lost its events: later times came in the old zone);
- "is it video or phone?" is answered from the playbook (its process entry says how the call happens), before and
  after booking.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.actions.booking import ASK_ZONE, PROCESS
from bot.actions.conversation import AFTER_CLOSE
from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate, zone_name
from harness.stack import Stack, Visitor
from nlu.text import folded
from qualification import Playbook
from qualification.translation import localized
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import slot_times, start_of
from tests.bot.test_booking_in_the_visitors_own_day import offered, said_why
from tests.bot.test_the_visitors_words_around_the_call_times_are_read_for_what_they_are import (
    VIDEO,
    VIDEO_CALL,
    click,
)

pytestmark = pytest.mark.slow

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
# A time on screen as each language writes it, hour and minutes given: "14:45", "14.45 Uhr", "14h45"...
CLOCK = {"en": "{h}:{m}", "de": "{h}.{m} Uhr", "fr": "{h}h{m}", "es": "{h}:{m}", "pt": "{h}h{m}", "it": "{h}:{m}",
         "nl": "{h}.{m} uur"}
# A pick with the language's colloquial verb and its "the one at" words ("the 9:30 one", "celui de 14h").
PICK = {"en": "the {t} one", "de": "um {t} nehm ich", "fr": "je prends celui de {t}", "es": "me quedo con la de las {t}",
        "pt": "fico com a das {t}", "it": "prendo quella delle {t}", "nl": "doe maar om {t}"}
# Two times named at once.
EITHER = {"en": "{a} or {b}?", "de": "{a} oder {b}?", "fr": "{a} ou {b} ?", "es": "¿{a} o {b}?", "pt": "{a} ou {b}?",
          "it": "{a} o {b}?", "nl": "{a} of {b}?"}
NOT_OFFERED = "Sorry, that time isn't one I offered."
DIDNT_CATCH = "Sorry, I didn't catch which time you'd like."


def shown_clock(v: Visitor, index: int) -> tuple[int, int]:
    """The hour and minutes of the ``index``-th time button, as its title shows it."""
    titles = [title for title, payload in v.buttons if payload.startswith("/choose_slot")]
    found = re.search(r"(\d{1,2}):(\d{2})", titles[index])
    assert found is not None, titles
    return int(found[1]), int(found[2])


def written(hour: int, minute: int, lang: str) -> str:
    return CLOCK[lang].format(h=hour, m=f"{minute:02d}")


def booked_start(stack: Stack, v: Visitor) -> datetime | None:
    booking = (stack.lead_for(v.sender) or {}).get("booking")
    return datetime.fromisoformat(booking["starts_at"].replace("Z", "+00:00")) if booking else None


@pytest.mark.parametrize("lang", LANGS)
def test_the_call_booked_is_the_time_the_visitor_named_in_their_own_clock_words(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    local = localized(playbook, lang)
    call_format = local.faq_answer(next(e for e in local.faq if e.id == PROCESS), lang=lang)
    assert call_format and "video" in folded(call_format), "the playbook says how the call happens"
    shown = slot_times(v)

    reply = v.say(VIDEO[lang])
    assert call_format in reply and translate(NOT_SURE, lang) not in reply, f"the call's format unsaid:\n{v.history()}"
    assert slot_times(v) == shown, f"not the same times again:\n{v.history()}"

    first, third = shown_clock(v, 0), shown_clock(v, 2)
    reply = v.say(EITHER[lang].format(a=written(*first, lang), b=written(*third, lang)))
    assert booked_start(stack, v) is None, f"two times named, one booked:\n{v.history()}"
    assert translate(DIDNT_CATCH, lang) in reply and slot_times(v) == shown, f"not asked which:\n{v.history()}"

    # An hour before the first time shown: never on screen. Never answered as a button pressed ("not one I
    # offered"): why it is not free, or that it is, with the times around it (test_booking_in_the_visitors_own_day).
    reply = v.say(PICK[lang].format(t=written((first[0] - 1) % 24, first[1], lang)))
    assert booked_start(stack, v) is None, f"a time never shown was booked:\n{v.history()}"
    assert translate(NOT_OFFERED, lang) not in reply and said_why(reply, lang) and slot_times(v), \
        f"not told, or no times:\n{v.history()}"
    assert translate(AFTER_CLOSE, lang) not in reply, v.history()

    wanted = slot_times(v)[2]
    reply = v.say(PICK[lang].format(t=written(*shown_clock(v, 2), lang)))
    assert booked_start(stack, v) == start_of(wanted), f"not the time named:\n{v.history()}"
    assert translate(AFTER_CLOSE, lang) not in reply and translate(ASK_ZONE, lang) not in reply, v.history()

    reply = v.say(VIDEO[lang])
    # Booked, the answer is this call's own way with the booking (addendum 20:27), not the FAQ's general words.
    assert VIDEO_CALL[lang] in reply and call_format not in reply, v.history()
    assert booked_start(stack, v) == start_of(wanted), v.history()


@pytest.mark.parametrize(("lang", "said"), [("de", "{h} Uhr nehm ich"), ("de", "{h} Uhr"), ("fr", "{h}h"),
                                            ("en", "{h} o'clock please")])
def test_a_time_by_the_hour_alone_books_that_hour_when_it_is_on_screen(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = offered(stack, playbook, lang)
    # "Other times" until a time on the hour is on screen (the service's times start every 45 minutes).
    for _ in range(6):
        hours = [shown_clock(v, i) for i in range(len(slot_times(v)))]
        on_the_hour = [i for i, (_, minute) in enumerate(hours) if minute == 0]
        if on_the_hour:
            break
        v.say("/other_times")
    else:
        pytest.fail(f"no time on the hour shown:\n{v.history()}")
    index = on_the_hour[-1]
    wanted = slot_times(v)[index]
    hour = hours[index][0] % 12 if lang == "en" and hours[index][0] > 12 else hours[index][0]
    reply = v.say(said.format(h=hour))
    assert booked_start(stack, v) == start_of(wanted), f"not the hour named:\n{v.history()}"
    assert translate(AFTER_CLOSE, lang) not in reply, v.history()


LATER = {"en": "later please", "de": "später bitte", "es": "¿puede ser más tarde?"}


@pytest.mark.parametrize(("lang", "place", "tz"), [("en", "Sydney", "Australia/Sydney"),
                                                    ("de", "Lissabon", "Europe/Lisbon"),
                                                    ("es", "hora del este", "America/New_York")])
def test_the_zone_named_stays_for_the_next_times_and_a_pick_is_read_on_its_clock(
        stack: Stack, playbook: Playbook, lang: str, place: str, tz: str) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other time zone", lang)
    assert f"({zone_name(tz, lang)}" in v.say(place), v.history()
    first = [start_of(p) for p in slot_times(v)]
    reply = v.say(LATER[lang])
    assert f"({zone_name(tz, lang)}" in reply, f"the zone named was lost:\n{v.history()}"
    assert slot_times(v) and min(start_of(p) for p in slot_times(v)) > max(first), v.history()
    wanted = slot_times(v)[1]
    v.say(PICK[lang].format(t=written(*shown_clock(v, 1), lang)))
    assert booked_start(stack, v) == start_of(wanted), f"not the time named on its clock:\n{v.history()}"
    assert stack.lead_for(v.sender)["booking"]["time_zone"] == tz, v.history()


BERLIN = ZoneInfo("Europe/Berlin")
# A day asked for that the classifier reads as a no ("plutôt mardi ?" was deny: "No problem. If you change your mind").
RATHER_TUESDAY = {"en": "rather Tuesday?", "de": "lieber Dienstag?", "fr": "plutôt mardi ?"}
NO_PROBLEM = "No problem. If you change your mind, just say \"book a call\"."
# Moving the call to a day and an hour: the times from that hour.
MOVE_TO_AN_HOUR = {"en": "can we move it to Thursday at 3pm?",
                   "de": "Kann ich den Termin auf Donnerstag um 15 Uhr verschieben?",
                   "fr": "je dois décaler, jeudi à 15h ?"}


@pytest.mark.parametrize("lang", list(RATHER_TUESDAY))
def test_a_day_asked_for_at_the_zone_question_or_with_times_on_screen_gets_that_days_times(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    for before in ("", "Other time zone"):
        if before:
            click(v, before, lang)
        reply = v.say(RATHER_TUESDAY[lang])
        assert translate(NO_PROBLEM, lang) not in reply, f"a day asked for read as a no:\n{v.history()}"
        days = {start_of(p).astimezone(BERLIN).weekday() for p in slot_times(v)}
        assert days == {1}, f"not Tuesday's times:\n{v.history()}"


# Moving the call to an hour, no day said: the times from that hour on the next day that has any.
MOVE_TO_AN_HOUR_ALONE = {"en": "can we move it to 3pm?", "de": "Können wir es auf 15 Uhr verschieben?",
                         "fr": "on peut le décaler à 15h ?"}
# Picking one of the times to move to, with the words of a move ("instead", "plutôt", "lieber").
PICK_INSTEAD = {"en": "the {t} one instead", "de": "lieber um {t}", "fr": "plutôt celui de {t}"}


@pytest.mark.parametrize("lang", list(MOVE_TO_AN_HOUR))
def test_moving_the_call_to_an_hour_offers_the_times_from_that_hour_and_a_pick_moves_it(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    v.say(slot_times(v)[0])
    assert booked_start(stack, v) is not None, v.history()
    v.say(MOVE_TO_AN_HOUR[lang])
    starts = [start_of(p).astimezone(BERLIN) for p in slot_times(v)]
    assert starts and all(s.weekday() == 3 and s.hour >= 15 for s in starts), \
        f"not Thursday from 15:00:\n{v.history()}"
    v.say(MOVE_TO_AN_HOUR_ALONE[lang])
    starts = [start_of(p).astimezone(BERLIN) for p in slot_times(v)]
    # From 15:00 on the first day shown (the next day's morning may follow).
    assert starts and starts[0].hour >= 15, f"not from 15:00:\n{v.history()}"
    # One of them picked with a move's words: moved there, not offered new times.
    wanted = slot_times(v)[1]
    v.say(PICK_INSTEAD[lang].format(t=written(*shown_clock(v, 1), lang)))
    assert booked_start(stack, v) == start_of(wanted) and not slot_times(v), f"not moved there:\n{v.history()}"


ANY_ONE = {"en": "any of them is fine", "de": "egal welcher", "es": "cualquiera me va bien"}


@pytest.mark.parametrize("lang", list(ANY_ONE))
def test_a_choice_left_to_the_bot_books_nothing_and_asks_which(stack: Stack, playbook: Playbook, lang: str) -> None:
    # "cualquiera me va bien" was a request for a person; "any of them is fine" got "I'm not sure".
    v = offered(stack, playbook, lang)
    shown = slot_times(v)
    reply = v.say(ANY_ONE[lang])
    assert booked_start(stack, v) is None, f"a time the visitor did not name was booked:\n{v.history()}"
    assert translate(DIDNT_CATCH, lang) in reply and slot_times(v) == shown, f"not asked which:\n{v.history()}"
    assert not (stack.lead_for(v.sender) or {}).get("qualification", {}).get("human_requested"), v.history()


# The times asked for in a place's zone, with the times on screen and no "Other time zone" clicked.
IN_A_PLACES_ZONE = {
    "en": ("actually I'm in New York this week, can you show the times in my time?", "America/New_York"),
    "fr": ("vous pouvez me montrer les horaires à l'heure de Montréal ?", "America/Toronto"),
    "pt": ("pode mostrar os horários no fuso de Lisboa?", "Europe/Lisbon"),
}


@pytest.mark.parametrize("lang", list(IN_A_PLACES_ZONE))
def test_the_times_asked_for_in_a_places_zone_come_in_that_zone_and_stay_in_it(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    # "Können Sie mir die Zeiten in New Yorker Zeit zeigen?" got "I'm not sure" and the times in Berlin's zone.
    v = offered(stack, playbook, lang)
    said, tz = IN_A_PLACES_ZONE[lang]
    reply = v.say(said)
    assert f"({zone_name(tz, lang)}" in reply and slot_times(v), f"not in that zone:\n{v.history()}"
    assert translate(NOT_SURE, lang) not in reply, v.history()
    v.say("/other_times")
    assert f"({zone_name(tz, lang)}" in v.transcript[-1][1], f"the zone was not kept:\n{v.history()}"


# The earliest time a visitor can do, said or asked, and a part of the day refused.
FROM_AN_HOUR = {"en": ("nothing before 11 please", "after 2pm?", "I can't do mornings"),
                "de": ("vor 11 kann ich nicht", "ab 14 Uhr?", "vormittags geht nicht"),
                "it": ("prima delle 11 non posso", "dopo le 14?", "la mattina non posso")}


@pytest.mark.parametrize("lang", list(FROM_AN_HOUR))
def test_the_earliest_time_said_or_a_part_of_the_day_refused_gets_the_times_from_then(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    # "nothing before 11 please" got "Thanks for your message", "dopo le 15?" "I'm not sure" and the same times.
    v = offered(stack, playbook, lang)
    for said, hour in zip(FROM_AN_HOUR[lang], (11, 14, 12)):
        reply = v.say(said)
        starts = [start_of(p).astimezone(BERLIN) for p in slot_times(v)]
        assert starts and starts[0].hour >= hour, f"{said!r}: not from {hour}:00:\n{v.history()}"
        assert translate(NOT_SURE, lang) not in reply and translate(AFTER_CLOSE, lang) not in reply, v.history()
        assert booked_start(stack, v) is None, f"{said!r} booked a time:\n{v.history()}"
    assert all(s.hour >= 12 for s in starts), f"a morning after mornings were refused:\n{v.history()}"
