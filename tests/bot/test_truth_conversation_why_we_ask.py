"""A visitor who asks about the question on screen, through the real Rasa, action server and service (issue 14).

"Why do you need that?", "do I have to answer?", "what do you mean?" answer nothing: the bot says why it asks
this question (a reason of its own for each kind of question), whether it is required or optional (an optional
one can be skipped by saying so), and asks the same question again, in the chat's language. Nothing is stored
from such a message. Saying "skip" at an optional question moves on, in every language, and stores no company.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import OPTIONAL, REASONS, REQUIRED
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, GERMAN_ANSWERS, asked

pytestmark = pytest.mark.slow

NOT_CAUGHT = "Sorry, I didn't catch that. {question}"

# lang: greeting, an answer to the need question, three questions about the need question (required), three about
# the company question (optional), and a skip.
VISITORS = {
    "en": ("hi", "We need more qualified leads",
           ("why do you need to know that?", "is this required?", "what do you mean?"),
           ("what's that for?", "can I skip this?", "do I have to answer this?"), "I'd rather not say"),
    "de": ("Hallo", "Wir brauchen mehr qualifizierte Leads",
           ("Wozu brauchen Sie das?", "Muss ich das beantworten?", "Was meinen Sie damit?"),
           ("Warum fragen Sie das?", "Ist das Pflicht?", "Kann ich das überspringen?"), "überspringen"),
    "fr": ("Bonjour", "Nous avons besoin de plus de leads qualifiés",
           ("pourquoi vous voulez savoir ça ?", "je dois répondre ?", "qu'est-ce que vous voulez dire ?"),
           ("ça sert à quoi ?", "c'est obligatoire ?", "je peux passer cette question ?"), "passer"),
    "es": ("Hola", "Necesitamos más clientes potenciales",
           ("¿para qué lo necesitan?", "¿tengo que responder?", "¿a qué se refiere?"),
           ("¿por qué lo pregunta?", "¿es obligatorio?", "¿puedo saltarme esta pregunta?"), "saltar"),
    "pt": ("Olá", "Precisamos de mais leads qualificados",
           ("para que é isso?", "tenho de responder?", "o que quer dizer?"),
           ("porque pergunta isso?", "é obrigatório?", "posso saltar esta pergunta?"), "prefiro não dizer"),
    "it": ("Ciao", "Abbiamo bisogno di più lead qualificati",
           ("a cosa serve?", "devo rispondere?", "cosa intende?"),
           ("perché me lo chiede?", "è obbligatorio?", "posso saltare questa domanda?"), "salta"),
    "nl": ("Hallo", "We hebben meer gekwalificeerde leads nodig",
           ("waarom wilt u dat weten?", "moet ik dat beantwoorden?", "wat bedoelt u?"),
           ("waarvoor is dat?", "is dat verplicht?", "kan ik deze vraag overslaan?"), "overslaan"),
}
FINISHING = {"en": {**SQL_ANSWERS, CONFIRM: "yes"}, "de": GERMAN_ANSWERS}


def explained(v: Visitor, playbook: Playbook, lang: str, slot: str, said: str, *, required: bool) -> None:
    reply = v.say(said)
    assert translate(REASONS[slot], lang) in reply, f"no reason for the {slot} question:\n{v.history()}"
    assert translate(REQUIRED if required else OPTIONAL, lang) in reply, \
        f"not told whether the {slot} question is required:\n{v.history()}"
    assert translate(NOT_CAUGHT, lang, question="\x00").split("\x00")[0] not in reply, v.history()
    assert asked(reply, playbook, lang) == slot, f"the {slot} question was not asked again:\n{v.history()}"


@pytest.mark.parametrize("lang", list(VISITORS))
def test_asking_why_a_question_is_asked_gets_its_reason_and_the_same_question(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    greeting, need, about_need, about_company, skip = VISITORS[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(greeting)
    assert asked(reply, playbook, lang) == "need", v.history()
    for said in about_need:
        explained(v, playbook, lang, "need", said, required=True)
    reply = v.say(need)
    assert asked(reply, playbook, lang) == "company", v.history()
    for said in about_company:
        explained(v, playbook, lang, "company", said, required=False)
    reply = v.say(skip)
    after = asked(reply, playbook, lang)
    assert after not in ("company", None), f"the skip did not move on:\n{v.history()}"
    if lang not in FINISHING:
        return
    answers = FINISHING[lang]
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot is None:
            break
        assert slot != "company", f"the skipped company was asked again:\n{v.history()}"
        reply = v.say(answers[slot])
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"].get("company") is None, v.history()
    stored = str(lead["attributes"]) + str(lead.get("answers", ""))
    for said in (*about_need, *about_company, skip):
        assert said not in stored, f"{said!r} was stored:\n{lead}"


@pytest.mark.parametrize("said", ["why we need leads: our pipeline is dry", "why? our pipeline is dry, we need leads"])
def test_why_inside_an_answer_is_the_answer(stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    assert asked(reply, playbook, "en") == "need", v.history()
    reply = v.say(said)
    assert translate(REASONS["need"], "en") not in reply, v.history()
    assert asked(reply, playbook, "en") == "company", f"the answer was not taken:\n{v.history()}"
