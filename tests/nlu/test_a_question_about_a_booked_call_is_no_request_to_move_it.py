"""A question about a booked call is no request to move it (issue 14), in the bot's seven languages.

Right after booking, "thanks! can I bring my colleague to the call?" was answered "Of course, we can move your call"
with new times. ``asks_to_move`` must need a move: a verb that moves a meeting, another day or time asked for, or a
preference ("instead", "plutôt", "lieber") said beside a time. Questions about the call (bring someone, how long,
video or phone, what to prepare, who joins) and phrases that only look like one ("let's move forward", "a report
before the call", "join instead of me") are none.
"""

from __future__ import annotations

import pytest

from nlu.rescheduling import asks_to_move

MOVES = [
    "could we find another time?", "I can't make it on Monday", "could we do 3pm instead?", "at 10:30 instead",
    "Ich schaffe es am Montag nicht, geht ein anderer Tag?", "Lieber um 14 Uhr, geht das?",
    "je ne pourrai pas être là, on peut reporter ?", "plutôt jeudi ?",
    "no puedo a esa hora, ¿otro día?", "¿mejor el lunes?",
    "não consigo nesse horário, pode ser outro dia?", "pode ser na sexta em vez disso?",
    "non riesco, possiamo fare un altro giorno?", "invece giovedì?",
    "ik kan dan niet, kan het een andere dag?", "liever op vrijdag",
]
QUESTIONS = [
    "thanks! can I bring my colleague to the call?", "how long is the call?", "is it video or phone?",
    "what should I prepare?", "who will join from your side?", "can my colleague join instead of me?",
    "Danke! Kann ich eine Kollegin zum Gespräch mitbringen?", "Wie lange dauert das Gespräch?",
    "Merci ! Je peux venir avec un collègue ?", "C'est en visio ou par téléphone ?", "je préfère plutôt en visio",
    "¡Gracias! ¿Puedo traer a un compañero a la llamada?", "¿Cuánto dura la llamada?",
    "Obrigado! Posso levar um colega à chamada?", "É por vídeo ou por telefone?",
    "Grazie! Posso portare un collega alla chiamata?", "Quanto dura la chiamata?",
    "Bedankt! Mag ik een collega meenemen naar het gesprek?", "Hoe lang duurt het gesprek?",
]
# Near misses: the words of a move, moving nothing.
NEAR_MISSES = [
    "great, let's move forward", "we want to move faster on SEO", "can you send me a report before the call?",
    "I am bringing two colleagues instead", "should I invite our CTO instead?", "ce sera plutôt en visio",
]


@pytest.mark.parametrize("text", MOVES)
def test_a_request_for_another_time_is_a_move(text: str) -> None:
    assert asks_to_move(text)


@pytest.mark.parametrize("text", QUESTIONS + NEAR_MISSES)
def test_a_question_about_the_call_or_a_look_alike_is_no_move(text: str) -> None:
    assert not asks_to_move(text)
