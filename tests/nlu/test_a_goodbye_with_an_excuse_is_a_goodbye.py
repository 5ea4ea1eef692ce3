"""A goodbye with its excuse ("I have to go to a meeting, thanks, bye") is a goodbye, in the seven languages
(``nlu.leaving``); a meeting, a call or a "later" said in an answer is none.

Issue 14: alejandro's "Uy, me tengo que ir a una junta. ¡Gracias, hasta luego!" at the email question got "Perdone,
no lo he entendido" and the question again: the meeting he left for was a word no goodbye was made of. The reason a
visitor gives for leaving (a meeting, a call, an appointment, "something came up") and what they exclaim ("uy",
"oops") now belong to a goodbye, beside a phrase that takes leave; alone, or in a sentence of its own, they are
what the visitor tells us.
"""

from __future__ import annotations

import pytest

from nlu.leaving import says_goodbye

GOODBYES_WITH_AN_EXCUSE = [
    # es
    "Uy, me tengo que ir a una junta. ¡Gracias, hasta luego!",
    "perdón, tengo una reunión ya, hasta luego",
    "me tengo que ir, me llaman, gracias",
    "nos hablamos, tengo una llamada",
    # en
    "sorry, I have to jump on a call, bye",
    "oops, gotta run to a meeting, thanks!",
    "I've got a meeting now, catch you later",
    "something came up, have to go, thanks",
    "my next call is starting, talk soon",
    "ok I need to head off to an appointment, cheers",
    # de
    "oh, ich muss in eine Besprechung, bis später",
    "sorry, hab gleich einen Termin, tschüss",
    "ich muss los, Meeting, danke!",
    "muss leider weg, bis dann",
    # fr
    "oups, je dois filer en réunion, à plus",
    "j'ai un rendez-vous, je dois y aller, merci",
    "désolé, j'ai un appel, à tout à l'heure",
    # pt
    "opa, tenho uma reunião agora, até logo",
    "preciso ir para uma reunião, obrigado, tchau",
    "tenho que sair, surgiu uma coisa, até mais",
    # it
    "scusate, ho una riunione, ciao ciao",
    "devo scappare in riunione, grazie, a dopo",
    "ho una call adesso, ci sentiamo",
    # nl
    "oeps, ik moet naar een vergadering, tot later",
    "ik heb zo een afspraak, doei",
    "sorry, moet weg, ik heb een call, tot ziens",
]
# The category's closings said alone, or with thanks.
CLOSINGS = [
    "catch you later", "ciao ciao", "bis später", "à plus", "tot later", "até logo", "bis gleich",
    "à tout à l'heure", "à la prochaine", "nos hablamos", "hasta la próxima", "até mais tarde", "alla prossima",
    "a più tardi", "tot de volgende keer", "thanks, speak soon",
]
NOT_GOODBYES = [
    # A meeting, a call or "later" in what the visitor tells us.
    "we have a meeting with the board next week",
    "later this year",
    "I'll have to check with my partner",
    "I'll have to check with my partner, talk soon",
    "a meeting",
    "we'd like a call",
    "I have a meeting with our CEO about the budget",
    "tenemos una junta directiva que decide",
    "wir haben einen Termin mit der Geschäftsführung",
    "j'ai une réunion avec mon associé la semaine prochaine",
    "tenho uma reunião com o diretor amanhã",
    "ho una riunione con il capo domani",
    "we hebben een vergadering met het bestuur",
    # An excuse alone: no leave taken.
    "uy, tengo una reunión",
    "sorry, something came up",
]


@pytest.mark.parametrize("text", GOODBYES_WITH_AN_EXCUSE)
def test_a_goodbye_with_the_reason_for_leaving_is_a_goodbye(text: str) -> None:
    assert says_goodbye(text)


@pytest.mark.parametrize("text", CLOSINGS)
def test_a_closing_said_alone_is_a_goodbye(text: str) -> None:
    assert says_goodbye(text)


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_a_meeting_a_call_or_a_later_in_an_answer_is_no_goodbye(text: str) -> None:
    assert not says_goodbye(text)
