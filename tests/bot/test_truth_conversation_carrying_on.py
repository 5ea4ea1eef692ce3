"""Relaxed agreement at a question, and buttons, as a visitor meets them through the real stack (issue 14).

"no worries, let's continue", "kein Problem, weiter", "pas de souci, on continue" hold a negative word and
ask the bot to go on: at an open question they answer nothing (no need "no worries", no skip, no fresh
start that drops the answers so far), and the question is asked again; to "Is that OK with you?" they are a
yes; after stop, with a word to go on, they start again. A click is recorded as the button's title the
visitor saw, never its payload, and a button clicked out of turn answers no question.
"""

from __future__ import annotations

import json

import pytest

from bot.actions.conversation import STOPPED_HINT
from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, GERMAN_ANSWERS, asked
from tests.bot.test_truth_conversation_consent import ANSWERS, slots, to_consent

pytestmark = pytest.mark.slow

FRENCH = {"need": "Nous avons besoin de plus de leads qualifiés", "company": "Acme Analytique"}
SPANISH = {"need": "Necesitamos más clientes potenciales", "company": "Acme Analítica"}
ITALIAN = {"need": "Abbiamo bisogno di più lead qualificati", "company": "Acme Analitica"}
DUTCH = {"need": "We hebben meer gekwalificeerde leads nodig", "company": "Acme Analytics"}
FIRST = {"en": SQL_ANSWERS, "de": GERMAN_ANSWERS, "fr": FRENCH, "es": SPANISH, "it": ITALIAN, "nl": DUTCH}
START_AGAIN = "Happy to start again. A few quick questions, as before."


def answered_until_company(v: Visitor, playbook: Playbook, lang: str) -> str:
    """Hello, the need answered (and confirmed when the bot asks), up to the company question."""
    reply = v.say(FIRST[lang]["need"])
    for _ in range(4):
        slot = asked(reply, playbook, lang)
        if slot == "company":
            return reply
        assert slot == CONFIRM, f"the company was never asked:\n{v.history()}"
        reply = v.say(ANSWERS.get(lang, ANSWERS["en"])[CONFIRM] if lang in ANSWERS else "ok")
    raise AssertionError(f"the company was never asked:\n{v.history()}")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "no worries, let's continue"), ("en", "not at all, go ahead"), ("en", "no problem"),
    ("de", "kein Problem, weiter"), ("fr", "pas de souci, on continue"), ("es", "nada, sigue"),
    ("it", "nessun problema, andiamo avanti"), ("nl", "geen probleem, ga maar door"),
])
def test_relaxed_agreement_at_a_question_answers_nothing_and_the_question_is_asked_again(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    answered_until_company(v, playbook, lang)
    reply = v.say(said)
    assert asked(reply, playbook, lang) == "company", f"the question not asked again:\n{v.history()}"
    assert translate(START_AGAIN, lang) not in reply, f"started again:\n{v.history()}"
    assert not any(line.startswith(translate("Sorry", lang)) for line in reply.splitlines()), v.history()
    reply = v.say(FIRST[lang]["company"])
    assert asked(reply, playbook, lang) not in (None, "company"), v.history()
    kept = slots(stack, v.sender)
    assert kept["attributes"]["company"] == FIRST[lang]["company"], kept["attributes"]
    need = (kept["attributes"].get("need") or {}).get("summary") or ""
    assert said not in need and said not in json.dumps(kept.get("answers"), ensure_ascii=False), kept


@pytest.mark.parametrize("said", ["no problem, go ahead", "no worries"])
def test_relaxed_agreement_to_the_privacy_question_is_consent(stack: Stack, playbook: Playbook, said: str) -> None:
    v = Visitor(stack.rasa_url)
    to_consent(v, playbook, "en")
    reply = v.say(said)
    assert asked(reply, playbook, "en") in ("name", "email", CONFIRM), f"no consent:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is True, v.history()


@pytest.mark.parametrize(("lang", "said"), [("en", "no worries, let's continue"), ("de", "kein Problem, weiter"),
                                            ("fr", "pas de souci, on continue"), ("es", "nada, sigue")])
def test_relaxed_agreement_with_a_word_to_go_on_after_stop_starts_a_fresh_form(
        stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say("hi")
    reply = v.say("stop")
    assert asked(reply, playbook, lang) is None, v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, CONFIRM), f"only the hint:\n{v.history()}"


def test_an_agreeing_word_alone_after_stop_gets_only_the_hint(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    v.say("hi")
    v.say("stop")
    reply = v.say("no problem")
    assert reply == translate(STOPPED_HINT, "en"), v.history()


@pytest.mark.parametrize("payload", ["/affirm", "/book_call"])
def test_a_button_clicked_out_of_turn_answers_no_open_question(stack: Stack, playbook: Playbook, payload: str) -> None:
    v = Visitor(stack.rasa_url)
    answered_until_company(v, playbook, "en")
    v.say(payload)
    kept = slots(stack, v.sender)
    assert kept["attributes"].get("company") is None, f"a payload taken for the company:\n{v.history()}"
    assert payload not in json.dumps(kept.get("answers")), kept.get("answers")


def test_the_talk_to_a_person_button_is_recorded_as_its_title_never_its_payload(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    answered_until_company(v, playbook, "en")
    v.say("are you a bot?")
    title, payload = next(((t, p) for t, p in v.buttons if p == "/request_human"), (None, None))
    assert payload is not None, f"no person offered:\n{v.history()}"
    v.say(payload)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    texts = [a.get("text") for a in lead["answers"]]
    assert title in texts and not any(str(t).startswith("/") for t in texts), lead["answers"]
