"""A name said apart, before a correction or a fact said with "actually", is the answer to the name or company question
(issue 14), in seven languages.

Held-out persona thabo (set 16) answered the name question with "Thabo Nkosi. oh and scratch February, make it March,
Feb is our busiest month": the correction was heard (a start in March), but the reply, as it corrects itself, was taken
for no answer at all ("actually it's closer to 80k" to the need question is no need) and he was asked his name again.
A name said first, in a sentence or a clause of its own, is the answer beside the correction now; the company question
the same ("Sunvolt Energy. Actually our budget is about 8000 a month"). A value struck out is read as a correction
in the seven languages ("scratch the 2k", "streich den Februar", "oubliez février, ..."): set 15's luke's "Luke
Camilleri. oh and scratch the 2k, my wife says we can do 3k a month", its name taken, still puts the budget right.
Near misses: "from scratch", "I forgot the password", "olvidé la contraseña", "oubliez pas de me rappeler".
"""

from __future__ import annotations

import pytest

from bot.actions.hearing import corrects_itself
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_company_registration_number_is_no_phone_number_and_no_part_of_the_name import HELLO, NEED, RECAP
from tests.bot.test_language_conversations import CONFIRM, asked

COMPANY_AND_MORE = [
    ("en", "Sunvolt Energy", "Sunvolt Energy. Actually our budget is about 8000 a month"),
    ("de", "Sonnenkraft Solar GmbH", "Sonnenkraft Solar GmbH. Eigentlich liegt unser Budget eher bei 8000 im Monat"),
    ("fr", "Soleil Vert SAS", "Soleil Vert SAS. En fait notre budget est plutôt de 8000 par mois"),
    ("es", "Solar Andaluz SL", "Solar Andaluz SL. En realidad nuestro presupuesto es de unos 8000 al mes"),
    ("it", "Sole Verde srl", "Sole Verde srl. Anzi, il nostro budget è di circa 8000 al mese"),
    ("pt", "Sol Nascente Lda", "Sol Nascente Lda. Na verdade o nosso orçamento é de uns 8000 por mês"),
    ("nl", "Zonnekracht BV", "Zonnekracht BV. Eigenlijk is ons budget ongeveer 8000 per maand"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "company", "said"), COMPANY_AND_MORE)
def test_a_company_said_apart_before_a_fact_said_with_actually_is_the_company(
    stack: Stack, playbook: Playbook, lang: str, company: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    assert asked(v.say(NEED[lang]), playbook, lang) == "company", v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, "company"), f"the company asked again:\n{v.history()}"
    noted = v.say(RECAP[lang])
    assert company in noted and "8" in noted, v.history()


ANSWERS = {
    "en": {
        "company": "Sunvolt Energy",
        "authority": "I'm the owner, I decide",
        "company_size": "about 40 people",
        "industry": "solar installation",
        "location": "Johannesburg, South Africa",
        "budget": "around R80k a month",
        "timing": "from February",
        "consent": "yes",
        CONFIRM: "yes",
    },
    "de": {
        "company": "Sonnenkraft Solar GmbH",
        "authority": "Ich bin der Inhaber und entscheide",
        "industry": "Solar",
        "company_size": "etwa 40 Leute",
        "location": "Stuttgart",
        "budget": "etwa 5.000 Euro im Monat",
        "timing": "ab Februar",
        "consent": "ja",
        CONFIRM: "ja",
    },
}
NAME_AND_CORRECTION = [
    ("en", "Thabo Nkosi", "Thabo Nkosi. oh and scratch February, make it March, Feb is our busiest month", "March"),
    ("de", "Jonas Weber", "Jonas Weber. Eigentlich liegt unser Budget eher bei 8.000 Euro im Monat", "8.000"),
]
OPENING = {
    "en": "Hi, we run a solar installation business in Johannesburg and need more leads",
    "de": "Hallo, wir sind ein Solarbetrieb in Stuttgart und brauchen mehr Leads",
}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "name", "said", "corrected"), NAME_AND_CORRECTION)
def test_a_name_said_apart_before_a_correction_is_the_name_and_the_correction_is_heard(
    stack: Stack, playbook: Playbook, lang: str, name: str, said: str, corrected: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(OPENING[lang])
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot in (None, "name"):
            break
        reply = v.say(ANSWERS[lang].get(slot, ANSWERS[lang][CONFIRM]))
    assert asked(reply, playbook, lang) == "name", v.history()
    reply = v.say(said)
    assert corrected in reply, f"the correction was not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) != "name", f"the name asked again:\n{v.history()}"
    assert name in v.say(RECAP[lang]), v.history()


STRUCK_OUT = [
    "Acme Dental. oh and scratch the 2k, my wife says we can do 3k a month",
    "Thabo Nkosi. oh and scratch February, make it March",
    "Jonas Weber. Streich den Februar, lieber März",
    "Marie Dubois. Oubliez février, plutôt mars",
    "Ana Ruiz. Olvida febrero, mejor marzo",
    "Ana Costa. Esquece fevereiro, é março",
    "Luca Rossi. Dimentica febbraio, facciamo marzo",
    "Sanne de Vries. Vergeet februari, maart wordt het",
]
NOT_STRUCK_OUT = [
    "we built our brand from scratch the last two years",
    "we want to start from scratch",
    "I forgot the password",
    "olvidé la contraseña",
    "oubliez pas de me rappeler",
    "Luca Rossi, siamo in 12",
]


@pytest.mark.parametrize("said", STRUCK_OUT)
def test_a_value_struck_out_is_a_correction(said: str) -> None:
    assert corrects_itself(said), said


@pytest.mark.parametrize("said", NOT_STRUCK_OUT)
def test_starting_from_scratch_or_forgetting_is_no_correction(said: str) -> None:
    assert not corrects_itself(said), said
