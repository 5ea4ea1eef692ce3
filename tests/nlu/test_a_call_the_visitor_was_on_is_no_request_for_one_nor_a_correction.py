"""A call the visitor was on, or had to take, is no request for a call with us, nor a correction of an answer (issue 14,
found by playing the bot as visitors would): "sorry, was on a call" came back after a pause and was read as a
correction whose value is "was on a call", and "I had to take a call" as a wish for one. ``was_on_a_call`` tells the
call of their own, in the seven languages (and the bookings reader counts it as the visitor's own, so a classifier's
book_call for it is no "Happy to set up a call"); "can we take a call?", "podemos fazer uma chamada?" ask for one.
"""

from __future__ import annotations

import pytest

from nlu.call_request import asks_for_a_call, tells_of_their_own_bookings, was_on_a_call
from nlu.corrections import correction

ON_A_CALL = [
    # en
    "I had to take a call",
    "sorry, was on a call",
    "sorry I was on a call, back now",
    "apologies, got pulled into a meeting",
    "just got off a call, where were we?",
    # de
    "ich war kurz in einem Call",
    "sorry, war gerade im Meeting",
    "musste kurz telefonieren, bin wieder da",
    # fr
    "désolé, j'étais en appel",
    "pardon, j'ai dû prendre un appel",
    # es
    "perdón, estaba en una llamada",
    "tuve que atender una llamada, perdona",
    # pt-BR, pt-PT
    "desculpa, estava numa chamada",
    "foi mal, tive que atender uma ligação",
    "desculpe, estive numa reunião",
    # it
    "scusa, ero in call",
    "scusate, ho dovuto rispondere a una chiamata",
    # nl
    "sorry, ik zat even in een call",
    "sorry, was even aan de telefoon",
]

ASKS_FOR_ONE = [
    "can we take a call?",
    "could we do a quick call tomorrow?",
    "können wir einen Call machen?",
    "on peut faire un appel ?",
    "¿podemos hacer una llamada?",
    "podemos fazer uma chamada?",
    "possiamo fare una call?",
    "kunnen we een call doen?",
    "sorry, was on a call. can we book a call for tomorrow?",
]


@pytest.mark.parametrize("text", ON_A_CALL)
def test_a_call_the_visitor_was_on_is_told_not_asked_for(text: str) -> None:
    assert was_on_a_call(text)
    assert tells_of_their_own_bookings(text)
    assert not asks_for_a_call(text)


@pytest.mark.parametrize("text", ON_A_CALL)
def test_a_call_the_visitor_was_on_corrects_no_answer(text: str) -> None:
    assert correction(text) is None


@pytest.mark.parametrize("text", ASKS_FOR_ONE)
def test_a_call_asked_for_with_we_is_a_request(text: str) -> None:
    assert asks_for_a_call(text)
    assert not was_on_a_call(text)


@pytest.mark.parametrize("text", [
    "can I take a call real quick? brb",
    "sorry, I need to make a call",
    "we make 200 calls a day",
    "we take calls from customers all day",
    "facciamo una call ogni settimana con il team",
    "vamos fazer uma reunião com o conselho",
    "wir machen jeden Montag einen Call im Team",
])
def test_stepping_away_or_calls_of_their_business_ask_for_none(text: str) -> None:
    assert not asks_for_a_call(text)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("sorry, 50 people not 40", None, "50 people"),
    ("sorry, I meant March", None, "March"),
    ("perdón, somos 20", None, "20"),
])
def test_a_correction_opened_with_sorry_still_corrects(text: str, field: str | None, value: str) -> None:
    found = correction(text)
    assert found is not None and found.field == field and found.value == value


@pytest.mark.parametrize("text", [
    "we had a call with another agency last month",
    "ich hatte einen Termin gebucht, kann ich ihn verschieben?",
    "that was a meeting of minds",
    "the call was great, thanks",
    "we were in a meeting about our budget and decided 10k",
])
def test_a_call_spoken_of_otherwise_is_no_call_the_visitor_was_away_on(text: str) -> None:
    assert not was_on_a_call(text)
