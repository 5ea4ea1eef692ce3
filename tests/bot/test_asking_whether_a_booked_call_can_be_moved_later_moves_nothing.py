"""With a call booked, asking whether it could be moved later ("can I move it later if something comes up?") is
answered (yes: just say so here) with the booking as it is; it is no request to move it now, through the real bot, in
the seven languages (pt-PT and pt-BR).

Played (issue 14, "a reply that ignores what was said"): a Rotterdam logistics firm's marketing manager, booked for
Monday 09:45, asked "can I move it later if something comes up?" and got "Of course, we can move your call." and
three new times, as if they had asked to move it. ``nlu.rescheduling`` tells the two apart (``asks_if_it_can_move``);
``booking.moving`` did not ask it. Near miss: "could we move it to Thursday?" still offers the times to move it to.
"""

from __future__ import annotations

import pytest

from bot.actions.booking import MOVE_LATER, told
from bot.actions.language import speaking
from harness.script import qualify_in_one_message
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_question_about_someone_joining_before_a_time_is_picked_is_answered import BRAZILIAN

pytestmark = pytest.mark.slow

LATER = {
    "en": "can I move it later if something comes up?",
    "de": "kann ich ihn später verschieben, falls etwas dazwischenkommt?",
    "fr": "puis-je le déplacer plus tard si besoin ?",
    "es": "¿puedo reprogramarla más adelante si lo necesito?",
    "pt": "posso remarcar mais tarde, se for preciso?",
    "pt-BR": "posso remarcar depois se precisar?",
    "it": "posso spostarla più avanti se serve?",
    "nl": "kan ik hem later nog verzetten als er iets tussenkomt?",
}


def booked(v: Visitor, playbook: Playbook, lang: str) -> str:
    """Qualified in one message, the first time on screen picked: the booking's label."""
    qualify_in_one_message(v, playbook, lang.split("-")[0], **(BRAZILIAN if lang == "pt-BR" else {}))
    title, payload = next((t, p) for t, p in v.buttons if p.startswith("/choose_slot"))
    v.say(payload)
    assert v.buttons == [] or not any(p.startswith("/choose_slot") for _, p in v.buttons), v.history()
    return title


def move_later(lang: str) -> str:
    with speaking(lang.split("-")[0], lang if "-" in lang else None):
        return told(MOVE_LATER)


@pytest.mark.parametrize("lang", list(LATER))
def test_whether_it_can_be_moved_later_is_answered_and_nothing_moves(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    label = booked(v, playbook, lang)
    reply = v.say(LATER[lang])
    assert move_later(lang) in reply, f"not answered:\n{v.history()}"
    assert not any(p.startswith("/choose_slot") for _, p in v.buttons), f"new times offered:\n{v.history()}"
    assert label.split(",")[0] in reply, f"the booking not said as it is:\n{v.history()}"


def test_a_request_to_move_it_still_offers_the_times(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    booked(v, playbook, "en")
    v.say("could we move it to Thursday?")
    assert any(p.startswith("/choose_slot") for _, p in v.buttons), v.history()
