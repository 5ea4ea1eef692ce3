"""A visitor who takes their leave in the middle of the questions (issue 14), through the real bot.

"thanks, bye", "obrigada, tchau", "danke, tschüss": the classifier calls many of these thanks, or nothing, and
the form used to answer "Sorry, I didn't catch that" with the question again. The visitor is said goodbye to,
told what is kept (the draft's rule: with an email and consent the team has the answers and writes to them;
without, the answers stay in the chat), asked nothing; a hello later picks up at the same question. A message
that only mentions a goodbye ("we need to say goodbye to cold calling") is an answer, read as one.
"""

from __future__ import annotations

import pytest

from bot.actions.farewell import KEPT_FOR_TEAM, KEPT_HERE
from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# Per language: a hello, an answer to the first question (the need), and goodbyes a visitor types.
VISITORS = {
    "en": ("hi", "we need more qualified leads", ["thanks, bye", "ok cheers, gotta run", "sorry, have to go. talk later!"]),
    "de": ("Hallo", "Wir brauchen mehr qualifizierte Leads", ["danke, tschüss", "ok, ich muss los", "vielen Dank, bis bald"]),
    "fr": ("Bonjour", "Nous avons besoin de plus de prospects qualifiés", ["merci, au revoir", "je dois y aller, à plus"]),
    "es": ("Hola", "Necesitamos más clientes potenciales", ["gracias, adiós", "vale, me tengo que ir, hasta luego"]),
    "it": ("Buongiorno", "Abbiamo bisogno di più contatti qualificati", ["grazie, ciao", "devo scappare, a presto"]),
    "nl": ("Hallo", "We hebben meer gekwalificeerde leads nodig", ["bedankt, doei", "ik moet gaan, tot ziens"]),
    "pt": ("Olá", "Precisamos de mais leads qualificados", ["obrigada, tchau", "tenho que ir, até logo"]),
}


@pytest.mark.parametrize(("lang", "goodbye"), [(lang, bye) for lang, (_, _, byes) in VISITORS.items() for bye in byes])
def test_a_visitor_who_says_goodbye_mid_form_is_told_the_answers_stay_and_a_hello_picks_up_the_question(
        stack: Stack, playbook: Playbook, lang: str, goodbye: str) -> None:
    hello, need, _ = VISITORS[lang]
    v = Visitor(stack.rasa_url)
    v.say(hello)
    reply = v.say(need)
    pending = asked(reply, playbook, lang)
    assert pending not in (None, CONFIRM, "need"), v.history()

    reply = v.say(goodbye)
    assert reply == translate(KEPT_HERE, lang), f"no goodbye saying what is kept:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, v.history()
    assert stack.lead_for(v.sender) is None, "nothing leaves the chat without an email"

    reply = v.say(hello)
    assert asked(reply, playbook, lang) == pending, f"the hello did not pick up the question:\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "we need to say goodbye to cold calling and get inbound leads"),
    ("en", "bye-bye to our old agency, we need more leads"),
    ("de", "Wir wollen uns von Kaltakquise verabschieden und mehr Anfragen bekommen"),
    ("pt", "queremos dar tchau para a prospecção fria e ter mais leads"),
])
def test_a_need_that_mentions_a_goodbye_is_an_answer(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url)
    v.say("hi")
    reply = v.say(said)
    # The bot may go on in English after an English hello: the next question, in either language.
    assert (asked(reply, playbook, lang) or asked_slot(reply, playbook)) not in (None, CONFIRM, "need"), v.history()
    assert "stopping by" not in reply, v.history()


def test_a_visitor_with_email_and_consent_who_says_goodbye_is_told_where_the_team_will_write(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say(f"hi, my email is {SQL_ANSWERS['email']}, we need more leads and our SEO is weak")
    while (slot := asked_slot(reply, playbook)) != "consent":
        assert slot is not None, v.history()
        reply = v.say(SQL_ANSWERS.get(slot, "yes"))
    reply = v.say("yes")
    assert asked_slot(reply, playbook) is not None, f"the form goes on after consent:\n{v.history()}"

    reply = v.say("thanks, bye")
    assert reply == translate(KEPT_FOR_TEAM, "en", email=SQL_ANSWERS["email"]), v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"]["email"]["address"] == SQL_ANSWERS["email"], v.history()
