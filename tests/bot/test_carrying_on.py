"""Relaxed agreement with a negative word in it ("no worries, let's continue"), read without Rasa (``nlu.replies``).

A reply made only of such words asks the bot to go on; it answers no question and refuses nothing. The
cases stand for kinds of phrase in the bot's seven languages: an agreeing idiom alone, an idiom with a word
to go on, a softener ("not at all", "nada") that is relaxed only before a word to go on.
"""

from __future__ import annotations

import pytest

from bot.actions.outcome import lead_payload, withheld
from bot.actions.resuming import START_AGAIN, as_start_again, asks_to_go_on
from nlu.attributes import Attributes, Email
from nlu.replies import asks_to_carry_on, carries_on
from qualification import DEFAULT_PLAYBOOK, load_playbook

GOING_ON = [
    "no worries, let's continue", "No worries! Let's continue 🙂", "not at all, go ahead", "no problem, carry on",
    "nope, not at all, please continue", "kein Problem, weiter", "Keine Sorge, machen Sie weiter",
    "überhaupt nicht, nur zu", "pas de souci, on continue", "Pas du tout, allez-y", "aucun problème, continuez",
    "nada, sigue", "sin problema, sigamos", "no pasa nada, adelante", "sem problema, pode continuar",
    "não faz mal, continua", "nessun problema, andiamo avanti", "non si preoccupi, prego, continui",
    "geen probleem, ga maar door", "geeft niet, ga verder",
]
AGREEING_ONLY = ["no problem", "No worries!", "kein Problem", "pas de souci", "sin problema", "nessun problema",
                 "geen probleem", "sem problema"]
SAYING_MORE = [
    "not at all", "no", "nope", "nada", "pas du tout", "gar nicht",  # a softener alone is a no
    "no worries, we don't have a budget yet", "no problem, we're 40 people", "kein Problem, wir sind 40 Leute",
    "no, I don't want to continue", "continue, budget 90k", "no problem, ana@x.io", "Acme Analytics", "ok",
    "next question please", "let's move on",  # said to a question, these skip it
]


@pytest.mark.parametrize("text", GOING_ON)
def test_relaxed_agreement_with_a_word_to_go_on_carries_on_in_every_language(text: str) -> None:
    assert carries_on(text) and asks_to_carry_on(text)


@pytest.mark.parametrize("text", AGREEING_ONLY)
def test_an_agreeing_idiom_alone_carries_on_but_asks_nothing_to_start_again(text: str) -> None:
    assert carries_on(text) and not asks_to_carry_on(text)
    assert not asks_to_go_on(text), "'no problem' to the stop's goodbye is no request to go on"


@pytest.mark.parametrize("text", SAYING_MORE)
def test_a_reply_that_says_anything_more_or_only_no_does_not_carry_on(text: str) -> None:
    assert not carries_on(text)


@pytest.mark.parametrize("text", [t for t in GOING_ON if not any(c.isdigit() for c in t)])
def test_after_stop_relaxed_agreement_with_a_word_to_go_on_is_a_request_to_go_on(text: str) -> None:
    assert asks_to_go_on(text)


def test_start_again_from_the_visitors_words_keeps_their_words_as_the_text() -> None:
    parsed = as_start_again("shall we carry on?")
    assert parsed["text"] == "shall we carry on?" and parsed["intent"]["name"] == START_AGAIN


def test_withheld_text_keeps_no_address_and_no_known_name() -> None:
    text = withheld("sure, I'm Ana, ana.lopez+web@acme-analytics.co.uk! Analytics is our field",
                    Attributes(name="Ana"))
    assert "@" not in text and "Ana," not in text and "Analytics is our field" in text


def test_a_lead_without_consent_carries_no_contact_answer_and_no_address_in_any_answer() -> None:
    playbook = load_playbook(DEFAULT_PLAYBOOK)
    email_q = next(q.id for q in playbook.questions if q.attribute == "email")
    need_q = next(q.id for q in playbook.questions if q.attribute == "need")
    attrs = Attributes(name="Ana Lopez", email=Email(address="ana@x.io"))
    answers = [{"question": email_q, "text": "ana@x.io", "source": "given"},
               {"question": need_q, "text": "Ana Lopez here (ana@x.io), we need leads", "source": "given"}]
    for consent in (None, False):
        body = lead_payload("c1", attrs, answers, consent, playbook, heard={"email": "ana@x.io", "tech_stack": "x"})
        texts = " ".join(a["text"] for a in body["answers"])
        assert "ana@x.io" not in texts and "Ana Lopez" not in texts, body["answers"]
        assert email_q not in {a["question_id"] for a in body["answers"]}
        assert body["attributes"].get("email") is None and body["attributes"].get("name") is None
    body = lead_payload("c1", attrs, answers, True, playbook)
    assert body["attributes"]["email"]["address"] == "ana@x.io" and "ana@x.io" in body["answers"][0]["text"]
