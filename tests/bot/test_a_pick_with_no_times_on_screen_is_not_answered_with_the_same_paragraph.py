"""A visitor not ready to book who asked for a call is told a consultant will write with times; a pick typed then
("the first one suits me", "Le premier me va.", "la primera") picks among no times on screen, and is answered
with a short different line, never the same paragraph twice in a row (issue 14: no repeated paragraphs), through
the real Rasa and action server, in seven languages.
"""

from __future__ import annotations

import pytest

from bot.actions.conversation import NOT_UNDERSTOOD
from bot.actions.phrasebook import translate
from harness.script import converse
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_the_booking_conversation_promises_only_what_happens import MQL_ANSWERS

pytestmark = pytest.mark.slow

CALL = "Great! One of our consultants will email you shortly to propose a few times for a call."
PICKS = {
    "en": "the first one suits me",
    "de": "Der erste Termin passt mir.",
    "fr": "Le premier me va.",
    "es": "la primera",
    "pt": "O primeiro serve-me.",
    "it": "Il primo mi va bene.",
    "nl": "De eerste past mij.",
}


@pytest.mark.parametrize("lang", list(PICKS))
def test_a_pick_after_a_consultant_was_promised_to_write_is_not_the_same_paragraph_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url)
    converse(v, playbook, MQL_ANSWERS)
    first = v.say("can I book a call?")
    assert CALL in first, v.history()
    reply = v.say(PICKS[lang])
    assert reply.strip(), v.history()
    assert not any(translate(CALL, to) in reply for to in PICKS), f"the same paragraph twice:\n{v.history()}"
    assert not any(translate(NOT_UNDERSTOOD, to) in reply for to in PICKS), v.history()
