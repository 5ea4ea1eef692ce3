"""Booking a call in the visitor's own day, through the real bot and service, in seven languages (issue 14).

Found playing ``make run`` as a visitor in Makati, Manila: "those are really late for me, anything in my morning?"
was offered 00:15, 02:00, 02:45 Manila time (here, with a Berlin or London consultant: "I couldn't find free
times"); "what about 7am Manila time on Wednesday?" got "Sorry, that time isn't one I offered." as if a button had
been pressed; "6:30am Wednesday my time then?" got the time-zone explanation and lost the time named.

The visitor here names their zone after "Other time zone" (Asia/Manila); the consultant the playbook routes them to
works 09:00-17:00 in Europe, so Manila's evening has their times and Manila's morning none:
- a part of the visitor's day asks for times in that part of THEIR day: the evening's are all in 17:00-22:00 there;
  the morning has none, which is said plainly with the consultant's hours on the visitor's clock, and the nearest
  times are shown instead;
- a time named that is not free says why, and shows the free times around it, never "not one I offered";
- "my time" beside a time says whose clock it is on: no explanation of zones, the time read and answered.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.actions.booking import NAMED_FREE, NAMED_GONE, NAMED_NOT_FREE, NAMED_OUTSIDE, NAMED_TAKEN, NO_TIME_IN, _phrases
from bot.actions.phrasebook import translate, zone_name
from harness.script import qualify_in_one_message
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.translation import localized
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import slot_times, start_of
from tests.bot.test_the_visitors_words_around_the_call_times_are_read_for_what_they_are import click

pytestmark = pytest.mark.slow

MANILA = ZoneInfo("Asia/Manila")
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
EVENING = {"en": "anything in my evening?", "de": "Geht auch etwas am Abend bei mir?",
           "fr": "Vous avez quelque chose en soirée ?", "es": "¿Hay algo por la noche?", "pt": "Tem algo à noite?",
           "it": "C'è qualcosa di sera?", "nl": "Kan het ook 's avonds?"}
MORNING = {"en": "those are really late for me, anything in my morning?",
           "de": "Das ist sehr spät für mich, geht es am Vormittag?",
           "fr": "C'est très tard pour moi, vous avez quelque chose en matinée ?",
           "es": "Es muy tarde para mí, ¿algo por la mañana?", "pt": "É muito tarde para mim, tem algo de manhã?",
           "it": "È molto tardi per me, qualcosa di mattina?", "nl": "Dat is erg laat voor mij, kan het 's ochtends?"}
NAMED = {"en": "what about 7am manila time on wednesday?", "de": "Mittwoch um 7 Uhr Manila-Zeit?",
         "fr": "Mercredi à 7h, heure de Manille ?", "es": "¿El miércoles a las 7, hora de Manila?",
         "pt": "Quarta às 7h, hora de Manila?", "it": "Mercoledì alle 7, ora di Manila?",
         "nl": "Woensdag om 7 uur, Manilla-tijd?"}
# The morning said as the language says it: a bare "6:30" is read on a working day's clock (18:30), as "at 2" is 14:00.
MY_TIME = {"en": "6:30am wednesday my time then?", "de": "Dann Mittwoch um 6:30 Uhr morgens, meiner Zeit?",
           "fr": "Mercredi à 6h30 du matin, mon heure ?", "es": "¿Miércoles 6:30 de la mañana, mi hora?",
           "pt": "Quarta às 6h30 da manhã, meu horário?", "it": "Mercoledì alle 6:30 di mattina, ora mia?",
           "nl": "Woensdag om 6.30 uur 's ochtends, mijn tijd?"}
NOT_OFFERED = "Sorry, that time isn't one I offered."
NO_TIMES = "I couldn't find free times with {owner} then."


def offered(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    """A sales-ready visitor in ``lang`` with the first times on screen. These tests are about booking, so the visitor
    states everything in one message and confirms once (``qualify_in_one_message``: the lead the answers one by one
    leave, tests/bot/test_booking_starts_from_a_lead_that_states_everything_in_one_message.py); the form's questions
    are the form's own tests'."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    qualify_in_one_message(v, playbook, lang)
    assert slot_times(v), f"no times offered:\n{v.history()}"
    return v


def sentence(english: str, lang: str) -> re.Pattern[str]:
    """The sentence in ``lang`` with any value where it has one."""
    template = english if lang == "en" else _phrases()[english][lang]
    parts = re.split(r"\{\w+\}", template)
    return re.compile(".+?".join(re.escape(p) for p in parts))


def said_why(reply: str, lang: str) -> bool:
    return any(sentence(s, lang).search(reply) for s in (NAMED_FREE, NAMED_OUTSIDE, NAMED_TAKEN, NAMED_GONE,
                                                          NAMED_NOT_FREE))


def times(v: Visitor) -> list[datetime]:
    return [start_of(p).astimezone(MANILA) for p in slot_times(v)]


def zone_explained(playbook: Playbook, lang: str) -> str:
    """The opening words of the FAQ's answer about the call times' zone, in ``lang``."""
    local = localized(playbook, lang)
    answer = local.faq_answer(next(e for e in local.faq if e.id == "time_zone"), lang=lang) or ""
    return answer.split("{")[0].strip()


# The classifier calls "6:30am wednesday my time then?" (en) and "Quarta às 6h30 da manhã, meu horário?" (pt) inform:
# the rule opens the form, which answers the FAQ's time-zone entry ("my time") before the times (bot/actions/form.py,
# B-conv's: asked in /work/notes/from-B-booking.md). The time itself is read and answered after it.
FORM_ANSWERS_THE_ZONE = pytest.mark.xfail(strict=True, reason="the form answers the zone FAQ on 'my time' (form.py)")


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=FORM_ANSWERS_THE_ZONE) if lang in ("en", "pt") else lang
                                  for lang in LANGS])
def test_a_visitor_in_manila_gets_times_in_their_own_day_and_a_time_named_is_answered_for_what_it_is(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other time zone", lang)
    assert f"({zone_name('Asia/Manila', lang)}" in v.say("Asia/Manila"), v.history()

    v.say(EVENING[lang])
    assert times(v) and all(17 <= t.hour < 22 for t in times(v)), f"not in the visitor's evening:\n{v.history()}"

    reply = v.say(MORNING[lang])
    hours = re.search(r"(\d\d):(\d\d)\D+(\d\d):(\d\d)", reply)
    assert sentence(NO_TIME_IN["morning"], lang).search(reply) and hours, f"no morning not said:\n{v.history()}"
    # The consultant's hours on the visitor's clock: a European day, 15:00-17:00 to 23:00-01:00 in Manila.
    assert 15 <= int(hours[1]) <= 17, v.history()
    assert times(v), f"no times instead:\n{v.history()}"
    assert not any(6 <= t.hour < 12 for t in times(v)), v.history()
    assert translate(NO_TIMES, lang, owner="").split("{")[0][:12] not in reply, v.history()

    first = times(v)[0]
    wednesday = first.date() + timedelta(days=(2 - first.weekday()) % 7)  # the Wednesday named, from the times shown
    reply = v.say(NAMED[lang])
    assert translate(NOT_OFFERED, lang) not in reply and said_why(reply, lang), f"not said why:\n{v.history()}"
    assert re.search(r"\b0?7[:.]00\b", reply), f"the time named not said back:\n{v.history()}"
    assert (stack.lead_for(v.sender) or {}).get("booking") is None, v.history()
    # Times around it, in this answer (the buttons are the latest answer's), none before the day named. They may be
    # the times already on screen: when the morning's nearest free times were that Wednesday's (other bookings on the
    # shared stack took the days before), the nearest to 07:00 on it are the same ones, rightly.
    assert times(v) and all(t.date() >= wednesday for t in times(v)), f"no times around it:\n{v.history()}"
    # Around it, that day first: Wednesday's free times come before any other day's.
    days = [t.weekday() for t in times(v)]
    assert days[0] == 2 or 2 not in days, f"not the day named first:\n{v.history()}"

    reply = v.say(MY_TIME[lang])
    assert zone_explained(playbook, lang) not in reply, f"answered as a question about zones:\n{v.history()}"
    assert said_why(reply, lang) and re.search(r"\b0?6[:.]30\b", reply), f"the time named was lost:\n{v.history()}"
    assert (stack.lead_for(v.sender) or {}).get("booking") is None, v.history()
