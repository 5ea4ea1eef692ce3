"""A request to move a booked call, in the seven languages (``nlu.rescheduling``); the caller reads it only once a
call is booked. Thanks, a goodbye or a question about the call are no such request."""

from __future__ import annotations

import pytest

from nlu.rescheduling import asks_to_move

MOVES = [
    "can I move it to Thursday?", "can we do Friday instead?", "need to reschedule",
    "could we push the call to next week?", "sorry, I can't make it tomorrow", "is another day possible?",
    "Kann ich den Termin auf Donnerstag verschieben?", "Können wir einen anderen Termin finden?",
    "Est-ce qu'on peut déplacer l'appel à jeudi ?", "je dois reporter notre rendez-vous", "un autre jour ?",
    "¿Podemos cambiar la llamada al jueves?", "necesito reprogramar", "¿mejor otro día?",
    "Possiamo spostare la chiamata a giovedì?", "devo rimandare", "un altro giorno?",
    "Kunnen we het gesprek naar donderdag verzetten?", "ik moet de afspraak verplaatsen",
    "Podemos remarcar para quinta?", "preciso reagendar", "pode ser outro dia?",
]
NOT_MOVES = ["thanks!", "great, see you then", "what should I prepare for the call?", "bye", "ok", "perfect",
             "danke, bis dann", "merci !", "gracias", "grazie mille", "bedankt", "obrigada"]


@pytest.mark.parametrize("text", MOVES)
def test_a_request_to_move_the_call_is_read(text: str) -> None:
    assert asks_to_move(text)


@pytest.mark.parametrize("text", NOT_MOVES)
def test_thanks_a_goodbye_or_a_question_about_the_call_moves_nothing(text: str) -> None:
    assert not asks_to_move(text)
