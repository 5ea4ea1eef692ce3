"""A "why do you need my email?" asked while another question is on screen hears why we ask for the email.

Found playing ``make run``: at the name question, "why do you need my email?" was told why we ask for the name.
The question about the question names what it asks about (``nlu.about_the_question.named_attribute``); the bot
says that question's reason, then asks the question on screen again. A why that names nothing ("why do you need
that?") is still about the question on screen (tests/bot/test_truth_conversation_why_we_ask.py).
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import NO_PHONE, REASONS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_why_we_ask import VISITORS

pytestmark = pytest.mark.slow

# lang: at the company question, a why about the email and one about the budget.
ASKED_ABOUT = {
    "en": ("why do you need my email?", "and what do you want my budget for?"),
    "de": ("Wozu brauchen Sie meine E-Mail-Adresse?", "Und warum wollen Sie unser Budget wissen?"),
    "fr": ("pourquoi vous voulez mon e-mail ?", "et pourquoi demander notre budget ?"),
    "es": ("¿para qué necesitan mi correo?", "¿y por qué quieren saber nuestro presupuesto?"),
    "pt": ("para que precisam do meu email?", "e porque querem saber o nosso orçamento?"),
    "it": ("perché vi serve la mia email?", "e perché volete sapere il nostro budget?"),
    "nl": ("waarom hebben jullie mijn e-mail nodig?", "en waarom willen jullie ons budget weten?"),
}
PHONE = {"en": "do I have to give you my phone number?", "de": "Muss ich Ihnen meine Telefonnummer geben?"}


def at_the_company_question(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    greeting, need, *_ = VISITORS[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(greeting), playbook, lang) == "need", v.history()
    assert asked(v.say(need), playbook, lang) == "company", v.history()
    return v


@pytest.mark.parametrize("lang", list(ASKED_ABOUT))
def test_a_why_naming_another_question_hears_that_questions_reason_and_the_question_on_screen_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = at_the_company_question(stack, playbook, lang)
    for said, slot in zip(ASKED_ABOUT[lang], ("email", "budget")):
        reply = v.say(said)
        assert translate(REASONS[slot], lang) in reply, f"no reason for the {slot}:\n{v.history()}"
        assert translate(REASONS["company"], lang) not in reply, v.history()
        assert asked(reply, playbook, lang) == "company", v.history()


@pytest.mark.parametrize("lang", list(PHONE))
def test_a_why_about_a_phone_number_is_told_we_ask_for_none(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = at_the_company_question(stack, playbook, lang)
    reply = v.say(PHONE[lang])
    assert translate(NO_PHONE, lang) in reply, v.history()
    assert asked(reply, playbook, lang) == "company", v.history()
