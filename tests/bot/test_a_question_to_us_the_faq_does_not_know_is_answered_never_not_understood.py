"""A question put to us at one of the form's questions, which the FAQ does not know and the classifier could not place,
is answered as the FAQ answers what it does not know (what we can tell, or our team), then the question on screen is
asked again; never "Sorry, I didn't catch that", through the real bot, in the seven languages (pt-PT and pt-BR).

Played (issue 14, "a reply that ignores what was said"): "do you guarantee results?" at the company question got
"Sorry, I didn't catch that. What's the name of your company?", and a Tuscan agriturismo's "che garanzie date sui
risultati?" at the privacy question "Mi scusi, non ho capito." (the classifier's fallback, 0.3). Worse, in Portuguese
and Italian the question was stored as the company's name ("garantem resultados?"), and the form went on. Nothing is
stored from it now: a question put to us is no name, firm or need (``questionnaire._free_text_guess``). Near miss:
"is 5k a month enough?" at the budget question states a budget and is read as one.
"""

from __future__ import annotations

import pytest

from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_asking_to_go_on_keeps_the_answers_and_after_a_stop_starts_again import FIRST
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_consent import slots
from tests.bot.test_why_a_required_question_is_needed_reads_as_a_plain_sentence import at_the_budget_question

pytestmark = pytest.mark.slow

SORRY = "Sorry, I didn't catch that. {question}"
HELLO = {"en": "hi", "de": "hallo", "fr": "bonjour", "es": "hola", "pt": "olá", "pt-BR": "oi", "it": "buongiorno",
         "nl": "hallo"}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "pt-BR": "sim", "it": "sì", "nl": "ja"}
GUARANTEE = {
    "en": "do you guarantee results?",
    "de": "gebt ihr eine Garantie auf die Ergebnisse?",
    "fr": "vous garantissez les résultats ?",
    "es": "¿garantizan ustedes los resultados?",
    "pt": "garantem resultados?",
    "pt-BR": "vocês dão garantia de resultado?",
    "it": "che garanzie date sui risultati?",
    "nl": "geven jullie garantie op resultaat?",
}


def base(lang: str) -> str:
    return lang.split("-")[0]


def sorry(lang: str) -> str:
    return translate(SORRY, lang, question="\x00").split("\x00")[0]


def at_the_company_question(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(HELLO[lang])
    reply = v.say(FIRST[lang][0])
    while asked(reply, playbook, base(lang)) == CONFIRM:
        reply = v.say(YES[lang])
    assert asked(reply, playbook, base(lang)) == "company", v.history()


@pytest.mark.parametrize("lang", list(GUARANTEE))
def test_a_question_the_faq_does_not_know_is_answered_and_the_question_asked_again(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_company_question(v, playbook, lang)
    reply = v.say(GUARANTEE[lang])
    assert not reply.startswith(sorry(lang)) and f"\n{sorry(lang)}" not in reply, f"not understood:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) == "company", f"the question not asked again:\n{v.history()}"
    assert len(reply.splitlines()) >= 2, f"the question was not answered:\n{v.history()}"
    assert not (slots(stack, v.sender).get("attributes") or {}).get("company"), v.history()
    reply = v.say(FIRST[lang][1])
    assert asked(reply, playbook, base(lang)) not in (None, "company"), v.history()
    assert slots(stack, v.sender)["attributes"]["company"] == FIRST[lang][1], v.history()


def test_the_question_at_the_privacy_question_is_answered_and_the_privacy_question_asked_again(
    stack: Stack, playbook: Playbook
) -> None:
    from tests.bot.test_the_privacy_notice_is_shown_once_and_asked_again_in_a_line import at_the_privacy_question

    v = Visitor(stack.rasa_url, metadata={"language": "it"})
    at_the_privacy_question(v, playbook, "it")
    reply = v.say(GUARANTEE["it"])
    assert translate(NOT_SURE, "it") in reply and not reply.startswith(sorry("it")), v.history()
    assert asked(reply, playbook, "it") == "consent", v.history()


def test_a_question_that_states_a_budget_is_read_as_the_budget(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_the_budget_question(v, playbook)
    reply = v.say("is 5k a month enough?")
    assert NOT_SURE not in reply and "5" in reply, v.history()


@pytest.mark.parametrize("lang", ["en", "de", "pt-BR", "it"])
def test_a_second_question_we_cannot_answer_at_the_same_question_leaves_it(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    """Set 6's leon met "does it matter?" at the role question with the question again, round and round: a visitor
    who answers a question with questions of their own twice is not going to answer it, and the form goes on, whether
    the form read the question (en, pt-BR, it) or the classifier sent it to Rasa's FAQ rule outside the form (de)."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_company_question(v, playbook, lang)
    assert asked(v.say(FIRST[lang][1]), playbook, base(lang)) == "authority", v.history()
    for _ in range(2):
        reply = v.say(GUARANTEE[lang])
        assert translate(NOT_SURE, lang) in reply, f"the question was not answered:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) not in (None, "authority"), f"asked a third time:\n{v.history()}"
    assert not (slots(stack, v.sender).get("attributes") or {}).get("authority"), v.history()
