"""A cancellation or a move the visitor supposes, in a question, is a question about how, not a request (issue 14, found
by playing the bot as visitors would): "if I can't make it, how do I cancel?" and "what if I can't make it?" were read
as asks to move the booked call and got new times. A supposition ("if", "falls", "si", "si", "se", "se", "als"), a verb
of cancelling or moving in it, and a question about how or what then: ``asks_if_it_can_move`` (the booking answers how
it is moved later), never ``asks_to_move``. A request said with "if" still is one when it names the time it wants ("if
possible, can we move it to Thursday?"), and a Spanish "sí," is a yes, no "if".
"""

from __future__ import annotations

import pytest

from nlu.rescheduling import asks_if_it_can_move, asks_to_move

SUPPOSED = [
    # en
    "if I had to cancel, how would I?",
    "if I can't make it, how do I cancel?",
    "what if I can't make it?",
    "if I need to reschedule, how?",
    "in case I have to cancel, what do I do?",
    # de
    "falls ich absagen müsste, wie mache ich das?",
    "und wenn ich den Termin verschieben muss, wie geht das?",
    # fr
    "si je dois annuler, je fais comment ?",
    "et si je dois décaler le rendez-vous, comment ça se passe ?",
    # es
    "si tengo que cancelar, ¿cómo lo hago?",
    "y si necesito cambiar la cita, ¿qué hago?",
    # pt-BR, pt-PT
    "se eu precisar cancelar, como faço?",
    "e se eu tiver de remarcar, como funciona?",
    # it
    "se dovessi annullare, come faccio?",
    "e se devo spostare la chiamata, come funziona?",
    # nl
    "als ik moet annuleren, hoe doe ik dat?",
    "stel dat ik moet verzetten, hoe werkt dat?",
]


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposed_cancellation_or_move_asks_how_not_to_move(text: str) -> None:
    assert not asks_to_move(text)
    assert asks_if_it_can_move(text)


@pytest.mark.parametrize("text", [
    "can we move it to Thursday?",
    "if possible, can we move it to Thursday?",
    "I can't make it, can we reschedule to Monday?",
    "ich muss den Termin verschieben",
    "se possibile, possiamo spostarla a giovedì?",
    "sí, tengo que cambiar la cita al lunes",
    "als het kan, verzetten naar vrijdag?",
    "si possible, on peut décaler à jeudi ?",
])
def test_a_move_asked_for_is_still_a_move(text: str) -> None:
    assert asks_to_move(text)
    assert not asks_if_it_can_move(text)
