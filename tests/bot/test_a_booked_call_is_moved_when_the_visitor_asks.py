"""A visitor with a booked call asks to move it (issue 14), through the real bot and service, in seven languages.

"can I move it to Thursday?", "can we do Friday instead?", "need to reschedule" used to be read as a skip (or a
stop, or facts) and answered "no problem" while nothing moved. Whatever the classifier makes of it, the bot offers
the times again, on the day asked when one is named, and a pick moves the booking (the service keeps its id and
calendar link); "no problem" is never said to a request not carried out.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.actions.booking import MOVE_INTRO
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

BERLIN = ZoneInfo("Europe/Berlin")
CONSENT = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "it": "sì", "nl": "ja", "pt": "sim"}
EMAIL = {lang: f"visitor.{lang}@acme-analytics.io" for lang in CONSENT}
# Asking to move the call to a named weekday (Monday is 0), and without a day.
MOVE_TO_A_DAY = {
    "en": ("can I move it to Thursday?", 3), "de": ("Kann ich den Termin auf Donnerstag verschieben?", 3),
    "fr": ("Est-ce qu'on peut déplacer l'appel à jeudi ?", 3), "es": ("¿Podemos cambiar la llamada al jueves?", 3),
    "it": ("Possiamo spostare la chiamata a giovedì?", 3), "nl": ("Kunnen we het gesprek naar donderdag verzetten?", 3),
    "pt": ("Podemos remarcar para quinta?", 3),
}
MOVE_ANY_DAY = ["need to reschedule", "can we do Friday instead?", "something came up, could we push the call?"]


def slot_times(v: Visitor) -> list[str]:
    return [payload for _, payload in v.buttons if payload.startswith("/choose_slot")]


def start_of(payload: str) -> datetime:
    return datetime.fromisoformat(payload.split('"slot_start":"')[1].split('"')[0].replace("Z", "+00:00"))


def offered(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    """A sales-ready visitor in ``lang`` with the first times on screen."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    answers = {**ANSWERS[lang], "consent": CONSENT[lang], "email": EMAIL[lang], CONFIRM: CONSENT[lang]}
    reply = v.say(answers["need"])
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot is None:
            break
        reply = v.say(answers.get(slot, "skip"))
    assert slot_times(v), f"no times offered:\n{v.history()}"
    return v


def booked(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    """A sales-ready visitor in ``lang`` who booked the first time offered."""
    v = offered(stack, playbook, lang)
    v.say(slot_times(v)[0])
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead.get("booking"), f"not booked:\n{v.history()}"
    return v


@pytest.mark.parametrize("lang", list(MOVE_TO_A_DAY))
def test_a_visitor_who_asks_to_move_the_call_to_a_day_is_offered_that_day_and_the_pick_moves_it(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = booked(stack, playbook, lang)
    before = stack.lead_for(v.sender)["booking"]
    said, weekday = MOVE_TO_A_DAY[lang]
    reply = v.say(said)
    assert translate(MOVE_INTRO, lang) in reply, f"the times were not offered again:\n{v.history()}"
    assert translate("No problem", lang) not in reply and "No problem" not in reply, v.history()
    offered = slot_times(v)
    assert offered and all(start_of(p).astimezone(BERLIN).weekday() == weekday for p in offered), \
        f"not on the day asked:\n{v.history()}"

    v.say(offered[0])
    after = stack.lead_for(v.sender)["booking"]
    assert after["id"] == before["id"], "the same booking, moved"
    assert datetime.fromisoformat(after["starts_at"].replace("Z", "+00:00")) == start_of(offered[0]), v.history()


@pytest.mark.parametrize("said", MOVE_ANY_DAY)
def test_a_request_to_reschedule_is_never_answered_no_problem(stack: Stack, playbook: Playbook, said: str) -> None:
    v = booked(stack, playbook, "en")
    reply = v.say(said)
    assert "no problem" not in reply.lower() and "won't store" not in reply, v.history()
    assert translate(MOVE_INTRO, "en") in reply and slot_times(v), f"the times were not offered again:\n{v.history()}"


def test_a_no_thanks_after_the_booking_is_still_no_problem(stack: Stack, playbook: Playbook) -> None:
    v = booked(stack, playbook, "en")
    reply = v.say("no thanks")
    assert "No problem" in reply and not slot_times(v), v.history()


# "None of these suits me" to the times offered to move the call; a pick in words with no times on screen.
NONE_SUITS = {"en": "no, none of those work", "de": "nein, keiner davon passt", "es": "no, ninguna me va"}
FIRST = {"en": "the first one", "de": "den ersten", "es": "la primera"}
BOOK_A_CALL = "No problem. If you change your mind, just say \"book a call\"."


@pytest.mark.parametrize("lang", list(NONE_SUITS))
def test_a_no_to_the_times_to_move_to_keeps_the_call_and_says_so(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = booked(stack, playbook, lang)
    before = stack.lead_for(v.sender)["booking"]
    # The calendar file the confirmation linked: the booking said again links it too.
    calendar = re.search(r"/calendar/[\w-]+\.ics", v.transcript[-1][1])
    assert calendar is not None, v.history()
    v.say(MOVE_TO_A_DAY[lang][0])
    assert slot_times(v), v.history()
    reply = v.say(NONE_SUITS[lang])
    assert translate(BOOK_A_CALL, lang) not in reply, f"told to book a call they have:\n{v.history()}"
    assert calendar[0] in reply and not slot_times(v), f"the call kept unsaid:\n{v.history()}"
    assert stack.lead_for(v.sender)["booking"]["starts_at"] == before["starts_at"], v.history()
    # No times on screen any more: "the first one" names none, and the booked call is said again, not new times.
    reply = v.say(FIRST[lang])
    assert not slot_times(v) and calendar[0] in reply, v.history()
    assert stack.lead_for(v.sender)["booking"]["starts_at"] == before["starts_at"], v.history()
