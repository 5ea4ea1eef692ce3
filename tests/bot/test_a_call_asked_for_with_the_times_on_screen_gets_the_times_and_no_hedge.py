"""A plain request for a call with the times on screen gets the times, never "I'm not sure" above them, in the
seven languages (issue 14; set 16's marie-ève).

"Est-ce qu'on peut prévoir un appel ?", asked right after the times were shown, got "Je ne suis malheureusement pas
sûr. Je peux vous parler de nos services et de nos tarifs, ou vous mettre en relation avec notre équipe." before
the same times. A request to plan, arrange or pencil in a call, in each language, gets the times alone. Near misses:
a question about the call ("C'est un appel vidéo ou par téléphone ?") is answered, never "I'm not sure"; a no ("not now")
gets no times.
"""

from __future__ import annotations

import pytest

from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate
from harness.stack import Stack
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import offered, slot_times

pytestmark = pytest.mark.slow

ASKS = {
    "en": "can we pencil in a call?",
    "de": "Können wir ein Gespräch einplanen?",
    "fr": "Est-ce qu'on peut prévoir un appel ?",
    "es": "¿Podemos cuadrar una llamada?",
    "pt": "Dá para marcarmos uma chamada?",
    "it": "Possiamo organizzare una chiamata?",
    "nl": "Kunnen we een belletje inplannen?",
}


@pytest.mark.parametrize("lang", list(ASKS))
def test_a_call_asked_for_with_times_on_screen_gets_the_times_alone(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    v = offered(stack, playbook, lang)
    shown = slot_times(v)
    reply = v.say(ASKS[lang])
    assert translate(NOT_SURE, lang).split(".")[0] not in reply, v.history()
    assert slot_times(v) == shown, f"not the same times again:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and not lead.get("booking"), "nothing booked by asking"


def test_a_no_with_times_on_screen_gets_no_times_and_a_question_about_the_call_is_answered(
    stack: Stack, playbook: Playbook
) -> None:
    v = offered(stack, playbook, "fr")
    reply = v.say("C'est un appel vidéo ou par téléphone ?")
    assert translate(NOT_SURE, "fr").split(".")[0] not in reply, v.history()
    v.say("pas maintenant, merci")
    assert not slot_times(v), f"times offered to a no:\n{v.history()}"
