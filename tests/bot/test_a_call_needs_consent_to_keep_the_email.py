"""A sales-ready visitor who said no at the privacy question (issue 14: a promise the bot makes holds), through the
real Rasa, action server and service.

A booked call needs the visitor's email, and keeping it needs their consent. Each test stands for a kind of
visitor, not for its words: one who refuses is shown no times and can book none (not even with a slot's payload
typed by hand); they are told why, get something to read, and are offered once to be asked again. Asked again,
a yes and an email bring the times (the close is not said twice); a second no ends with a goodbye and keeps no
contact details.
"""

from __future__ import annotations

import json

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, GERMAN_ANSWERS, asked
from tests.bot.test_truth_conversation_consent import slots, to_consent

pytestmark = pytest.mark.slow

ANSWERS = {"en": {**SQL_ANSWERS, CONFIRM: "yes"}, "de": {**GERMAN_ANSWERS, CONFIRM: "ja"}}
NO = {"en": "no", "de": "nein"}
YES = {"en": "yes", "de": "ja"}
UNBOOKABLE = "To book a call I'd need to keep your email, and you'd rather we didn't keep contact details, so I won't."
ASK_AGAIN = "If you'd like a call after all, I'll ask again for your OK to keep your email."
GREAT_FIT = "Thanks! This sounds like a great fit for {company}."
GOODBYE = "All the best, and feel free to come back any time!"


def times(v: Visitor) -> list[str]:
    """The payloads of the call times the latest reply offers."""
    return [payload for _, payload in v.buttons if payload.startswith("/choose_slot")]


def answer_all(v: Visitor, playbook: Playbook, lang: str, reply: str, *, consent: str) -> str:
    """Every question answered as a sales-ready visitor would (``consent`` to the privacy question); the reply that
    asks nothing more."""
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return reply
        reply = v.say(consent if slot == "consent" else ANSWERS[lang].get(slot, "skip"))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


def refused(stack: Stack, playbook: Playbook, lang: str) -> tuple[Visitor, str]:
    """A sales-ready visitor who said no at the privacy question, at the end of the questions."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang)
    reply = answer_all(v, playbook, lang, v.say(NO[lang]), consent=NO[lang])
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["stage"] in ("sql", "pql"), f"not sales-ready:\n{v.history()}"
    return v, reply


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_visitor_who_refused_consent_is_shown_no_times_but_why_something_to_read_and_one_ask_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v, reply = refused(stack, playbook, lang)
    assert times(v) == [], f"call times offered without an email to book with:\n{v.history()}"
    assert translate(UNBOOKABLE, lang) in reply, v.history()
    assert any(o.url in reply for o in playbook.content_offers), f"nothing to read offered:\n{v.history()}"
    assert translate(ASK_AGAIN, lang) in reply and [p for _, p in v.buttons] == ["/book_call", "/goodbye"], \
        v.history()
    # A slot's payload typed by hand books nothing either.
    v.say('/choose_slot{"slot_start":"2030-01-07T09:00:00Z"}')
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead.get("booking") is None, lead.get("booking")
    assert lead["attributes"].get("email") is None, lead["attributes"]
    assert SQL_ANSWERS["email"] not in json.dumps(slots(stack, v.sender)), v.history()


def test_asked_again_a_yes_and_an_email_bring_the_times_and_the_close_is_not_said_twice(
        stack: Stack, playbook: Playbook) -> None:
    v, _ = refused(stack, playbook, "en")
    reply = v.say("/book_call")
    assert asked(reply, playbook, "en") == "consent", f"the privacy question not asked again:\n{v.history()}"
    reply = answer_all(v, playbook, "en", v.say("yes"), consent="yes")
    assert times(v), f"no times once consent and the email are in:\n{v.history()}"
    great_fit = translate(GREAT_FIT, "en", company=playbook.company.name)
    assert v.history().count(great_fit) == 1, f"the close said twice:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == SQL_ANSWERS["email"]
    assert [c["granted"] for c in lead["consent"]][-1] is True, lead["consent"]
    v.say(times(v)[0])
    booked = stack.lead_for(v.sender)
    assert booked is not None and booked.get("booking"), f"not booked:\n{v.history()}"


def test_a_second_no_ends_with_a_goodbye_keeps_no_address_and_is_not_asked_a_third_time(
        stack: Stack, playbook: Playbook) -> None:
    v, _ = refused(stack, playbook, "en")
    reply = v.say("Yes, book a call")
    assert asked(reply, playbook, "en") == "consent", v.history()
    reply = answer_all(v, playbook, "en", v.say("no"), consent="no")
    assert times(v) == [] and GOODBYE in reply, f"no goodbye after the second no:\n{v.history()}"
    assert ASK_AGAIN not in reply, f"asked a third time:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("email") is None and lead.get("booking") is None


def test_an_address_typed_after_the_close_brings_the_privacy_question_back_and_with_a_yes_the_times(
        stack: Stack, playbook: Playbook) -> None:
    # A visitor who changes their mind by simply typing their address (no "book a call" first): the address is
    # held, the privacy question asked again, and a yes brings the times, as the button does.
    v, _ = refused(stack, playbook, "en")
    reply = v.say(f"ok fine, it's {SQL_ANSWERS['email']}")
    assert asked(reply, playbook, "en") == "consent", f"the privacy question not asked again:\n{v.history()}"
    answer_all(v, playbook, "en", v.say("yes"), consent="yes")
    assert times(v), f"no times once consent and the email are in:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == SQL_ANSWERS["email"], \
        v.history()
