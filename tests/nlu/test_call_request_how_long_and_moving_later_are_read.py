"""A message that books a call may ask something with it (Addendum 1: "does monday 9:30 work? oh and can my boss
join?"): how long the call takes, or whether it can be moved later, read in seven languages, with the near misses
that ask something else (a project's length, a move now)."""

from __future__ import annotations

import pytest

from nlu.call_request import asks_how_long_the_call_is
from nlu.rescheduling import asks_if_it_can_move

HOW_LONG = ["the 10:00 one, how long is the call?", "how long will the meeting be?", "how many minutes is it?",
            "14 Uhr passt, wie lange dauert das Gespräch?", "je prends 14h, combien de temps dure l'appel ?",
            "la de las 10, ¿cuánto dura la llamada?", "fico com as 10h, quanto tempo dura a chamada?",
            "alle 10 va bene, quanto dura la chiamata?", "om 10 uur graag, hoe lang duurt het gesprek?"]
NOT_HOW_LONG = ["how long until we see results?", "how long have you been around?", "how long is the project?",
                "wie lange dauert das Projekt?", "combien de temps dure le contrat ?", "¿cuánto dura el proyecto?",
                "10:00 works", "hoe lang bestaan jullie al?"]
MOVE_LATER = ["10:00 works, can I reschedule later if needed?", "kann ich den Termin später noch verschieben?",
              "je prends 14h, je pourrai décaler si besoin ?", "¿puedo cambiar la cita después si hace falta?",
              "posso remarcar depois se for preciso?", "posso spostarla poi se serve?", "kan ik het later nog verzetten?"]
NOT_MOVE_LATER = ["can we do Friday instead?", "can I move it to Thursday?", "I need to reschedule",
                  "can we push it an hour later", "lieber später am Tag?", "plus tard ?", "10:00 works, thanks"]


@pytest.mark.parametrize("said", HOW_LONG)
def test_a_question_how_long_the_call_takes_is_read(said: str) -> None:
    assert asks_how_long_the_call_is(said)


@pytest.mark.parametrize("said", NOT_HOW_LONG)
def test_how_long_something_else_takes_is_no_question_about_the_call(said: str) -> None:
    assert not asks_how_long_the_call_is(said)


@pytest.mark.parametrize("said", MOVE_LATER)
def test_a_question_whether_the_call_can_be_moved_later_is_read(said: str) -> None:
    assert asks_if_it_can_move(said)


@pytest.mark.parametrize("said", NOT_MOVE_LATER)
def test_a_request_to_move_it_now_or_a_later_time_asked_is_no_question_whether_it_can_move(said: str) -> None:
    assert not asks_if_it_can_move(said)
