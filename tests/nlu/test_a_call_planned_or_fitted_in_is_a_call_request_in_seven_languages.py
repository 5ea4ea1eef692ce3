"""A call asked for with a verb of planning or fitting it in is a request for a call, in seven languages: "can we
pencil in a call?", "Est-ce qu'on peut prévoir un appel ?", "¿podemos cuadrar una llamada?", "Dá para marcarmos uma
reunião?" (persona marie-ève, set 16: with the times on screen the FAQ's "I'm not sure" came first, as the verb was no
verb of booking). Near misses: the visitor's own calls, a call they must plan with someone else, the same verbs with
no meeting."""

from __future__ import annotations

import pytest

from nlu.call_request import asks_for_a_call


@pytest.mark.parametrize(
    "text",
    [
        "can we pencil in a call?",
        "could we fit in a quick call this week?",
        "Können wir einen Termin ansetzen?",
        "Est-ce qu'on peut prévoir un appel ?",
        "je voudrais prévoir un appel",
        "¿podemos cuadrar una llamada?",
        "Dá para marcarmos uma reunião?",
        "possiamo prevedere una call?",
        "kunnen we een afspraak prikken?",
        "kunnen we een belafspraak vastleggen?",
    ],
)
def test_a_call_planned_or_fitted_in_is_asked_for(text: str) -> None:
    assert asks_for_a_call(text)


@pytest.mark.parametrize(
    "text",
    [
        "we want to pencil in more sales calls with our leads",
        "je dois prévoir un appel avec mon comptable",
        "podemos cuadrar las cuentas el lunes",
        "possiamo prevedere un aumento del budget?",
        "Können wir das Budget festlegen?",
        "kunnen we de prijs vastleggen?",
        "Dá para marcarmos presença nas redes?",
    ],
)
def test_the_same_verbs_without_a_meeting_with_us_ask_none(text: str) -> None:
    assert not asks_for_a_call(text)
