"""The visitor's words around the call times, through the real bot and service, in seven languages (issue 14).

Found playing ``make run``: after "Other time zone", "Sydney" got "Thanks for your message. Is there anything else I
can help you with?" (the classifier's affirm for a bare city decided); right after booking, "thanks! can I bring my
colleague to the call?" got "Of course, we can move your call" and new times; with times on screen, "what happens
next?" got "No problem. If you change your mind..." (read as a no). Whatever intent the classifier gives such words:

- the reply to "Which city or time zone are you in?" is the zone (a place in the visitor's words, or a zone named
  without one), and one that names none gets the question again, never the fallback;
- a question with times on screen is answered (here by the playbook's process entry) and the same times are shown
  again; only a real no is "no problem";
- a question about the booked call is answered with the booking (its calendar invitation, to forward), never with
  new times, and the booking stays as it was; a real request to move it still moves it.
"""

from __future__ import annotations

import re

import pytest

from bot.actions.booking import ASK_ZONE, MOVE_INTRO
from bot.actions.conversation import AFTER_CLOSE
from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate, zone_name
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import (
    MOVE_TO_A_DAY,
    booked,
    offered,
    slot_times,
)

pytestmark = pytest.mark.slow

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]
NO_PROBLEM = "No problem. If you change your mind, just say \"book a call\"."
# A place in the visitor's own words (none in the visitor's own zone: all of them are in Central Europe).
PLACE = {"en": ("Sydney", "Australia/Sydney"), "de": ("Lissabon", "Europe/Lisbon"), "fr": ("Londres", "Europe/London"),
         "es": ("Nueva York", "America/New_York"), "pt": ("São Paulo", "America/Sao_Paulo"),
         "it": ("Londra", "Europe/London"), "nl": ("Londen", "Europe/London")}
# A zone named without a place: in words, an offset, an abbreviation.
ZONE = {"en": ("Central time", "America/Chicago"), "de": ("GMT+8", "Asia/Singapore"),
        "fr": ("heure du Pacifique", "America/Los_Angeles"), "es": ("hora del este", "America/New_York"),
        "pt": ("UTC-3", "America/Sao_Paulo"), "it": ("EST", "America/New_York"), "nl": ("UTC+9", "Asia/Tokyo")}
# No zone at all: asked again.
NO_IDEA = {"en": "no idea", "de": "keine Ahnung", "fr": "aucune idée", "es": "ni idea", "pt": "não sei",
           "it": "non lo so", "nl": "geen idee"}
WHAT_NEXT = {"en": "what happens next?", "de": "Wie geht es danach weiter?", "fr": "Et après, il se passe quoi ?",
             "es": "¿Qué pasa después?", "pt": "O que acontece a seguir?", "it": "Cosa succede dopo?",
             "nl": "Wat gebeurt er hierna?"}
BRING = {"en": "thanks! can I bring my colleague to the call?",
         "de": "Danke! Kann ich eine Kollegin zum Gespräch mitbringen?",
         "fr": "Merci ! Je peux venir avec un collègue ?", "es": "¡Gracias! ¿Puedo traer a un compañero a la llamada?",
         "pt": "Obrigado! Posso levar um colega à chamada?", "it": "Grazie! Posso portare un collega alla chiamata?",
         "nl": "Bedankt! Mag ik een collega meenemen naar het gesprek?"}
# The way the default playbook's calls happen, as the bot says it in each language.
VIDEO_CALL = {"en": "It's a video call", "de": "Es ist ein Videoanruf", "fr": "C'est un appel vidéo",
              "es": "Es una videollamada", "pt": "É uma videochamada", "it": "È una videochiamata",
              "nl": "Het is een videogesprek"}
VIDEO = {"en": "is it a video call or by phone?", "de": "Ist das per Video oder Telefon?",
         "fr": "C'est en visio ou par téléphone ?", "es": "¿Es por videollamada o por teléfono?",
         "pt": "É por vídeo ou por telefone?", "it": "È in videochiamata o al telefono?",
         "nl": "Is het via video of telefonisch?"}


def click(v: Visitor, title: str, lang: str) -> str:
    return v.say(next(p for t, p in v.buttons if t == translate(title, lang)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_with_times_on_screen_is_answered_and_the_reply_to_the_zone_question_is_the_zone(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = offered(stack, playbook, lang)
    click(v, "Other times", lang)
    shown = slot_times(v)
    reply = v.say(WHAT_NEXT[lang])
    assert translate(NO_PROBLEM, lang) not in reply, f"a question read as a no:\n{v.history()}"
    assert translate(NOT_SURE, lang) not in reply, f"the process entry did not answer it:\n{v.history()}"
    assert slot_times(v) == shown, f"not the same times again:\n{v.history()}"

    for said, tz in (PLACE[lang], ZONE[lang]):
        assert translate(ASK_ZONE, lang) in click(v, "Other time zone", lang), v.history()
        reply = v.say(said)
        assert f"({zone_name(tz, lang)}" in reply and slot_times(v), f"{said!r} not read as {tz}:\n{v.history()}"

    click(v, "Other time zone", lang)
    reply = v.say(NO_IDEA[lang])
    assert translate(ASK_ZONE, lang) in reply, f"not asked again:\n{v.history()}"
    assert translate(AFTER_CLOSE, lang) not in reply and translate(NO_PROBLEM, lang) not in reply, v.history()


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_about_the_booked_call_is_answered_with_the_booking_and_a_real_move_still_moves_it(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = booked(stack, playbook, lang)
    booking = stack.lead_for(v.sender)["booking"]
    # The calendar file the confirmation linked: the invitation the answer must point to (to forward it).
    calendar = re.search(r"/calendar/[\w-]+\.ics", v.transcript[-1][1])
    assert calendar is not None, v.history()
    for question in (BRING[lang], VIDEO[lang]):
        reply = v.say(question)
        assert translate(MOVE_INTRO, lang) not in reply and not slot_times(v), f"new times offered:\n{v.history()}"
        assert stack.lead_for(v.sender)["booking"]["starts_at"] == booking["starts_at"], v.history()
        if question == BRING[lang]:
            assert calendar[0] in reply, f"the invitation to forward was not said:\n{v.history()}"
        else:
            # How this call happens (the playbook's calls are video calls), with the booking, and nothing else: not
            # the invitation to forward, nobody asked about another person (addendum 20:27).
            assert VIDEO_CALL[lang] in reply and calendar[0] not in reply, f"not told how:\n{v.history()}"
            assert "\n" not in reply, f"more than the one line:\n{v.history()}"
    reply = v.say(MOVE_TO_A_DAY[lang][0])
    assert translate(MOVE_INTRO, lang) in reply and slot_times(v), f"a real move was not offered:\n{v.history()}"
