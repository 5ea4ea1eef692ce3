"""A request for a call with the times on screen is answered by the times, once (issue 14, set 12's first run).

Set 12's ewan, cody and nathalie were offered times as the form ended, then asked "can I book a call?": the bot
said "I'm not sure about that one, I'm afraid ..." above the same times, the request being read as a question about
the times on screen. A request for a call is answered by the times themselves, in the visitor's language, without
the FAQ's line; a real question with times on screen ("what happens next?") is still answered as one
(``test_the_visitors_words_around_the_call_times_are_read_for_what_they_are``).
"""

from __future__ import annotations

import pytest

from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered, slot_times

pytestmark = pytest.mark.slow

BOOK = {"en": "can I book a call with someone?", "de": "Kann ich einen Termin für ein Gespräch buchen?",
        "fr": "Est-ce que je peux réserver un appel ?", "es": "¿Puedo reservar una llamada?",
        "pt": "Posso marcar uma chamada?", "it": "Posso prenotare una chiamata?", "nl": "Kan ik een gesprek inplannen?"}


# The classifier calls the French request move_call (0.38), which bot.actions.booking's ActionMoveCall reads through
# around_the_times; the Dutch one switch_language (0.41), which names no language: a request for a call all the same.
@pytest.mark.parametrize("lang", list(BOOK))
def test_a_request_for_a_call_with_times_on_screen_gets_the_times_and_no_i_am_not_sure(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v: Visitor = offered(stack, playbook, lang)
    shown = slot_times(v)
    reply = v.say(BOOK[lang])
    assert translate(NOT_SURE, lang) not in reply and NOT_SURE not in reply, f"'not sure' to a request:\n{v.history()}"
    assert slot_times(v) == shown, f"not the times on screen:\n{v.history()}"
    assert stack.lead_for(v.sender) is not None and not stack.lead_for(v.sender).get("booking"), v.history()
