"""Contact details typed at the privacy question (issue 14's "keeps its promises"), through the real stack.

Each test stands for a kind of reply to "Is that OK with you?", not for its words: a yes that goes on with
the details ("sure, I'm Ana, ana@x.io") is consent; details without a yes are held (said back as held, never
"Noted"), and the question is asked again; a "no" then lets them go: the lead the service receives and
Rasa's slots keep no name and no address, and the chat says so. Details typed after a "no" are held again,
and the privacy question comes back.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Mapping

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, GERMAN_ANSWERS, asked, converse

pytestmark = pytest.mark.slow

REFUSED = "No problem, I won't keep any contact details."
HELD = "Thanks. I'll keep these only once you've said that's OK: {what}."
NOTED = "Noted: {what}."
ANSWERS = {"en": SQL_ANSWERS, "de": GERMAN_ANSWERS}
NO = {"en": "No", "de": "Nein"}


def to_consent(v: Visitor, playbook: Playbook, lang: str, answers: Mapping[str, str] | None = None) -> str:
    """The conversation up to the privacy question (``answers``, by default the language's), its reply."""
    answers = ANSWERS[lang] if answers is None else answers
    reply = v.say(answers["need"])
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot == "consent":
            return reply
        assert slot is not None, f"the privacy question was never asked:\n{v.history()}"
        reply = v.say(answers.get(slot, "skip"))
    raise AssertionError(f"the privacy question was never asked:\n{v.history()}")


def slots(stack: Stack, sender: str) -> dict[str, Any]:
    """Rasa's slots for the conversation as its tracker store holds them now (the latest value of each)."""
    values: dict[str, Any] = {}
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        for (data,) in db.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot' ORDER BY id",
                                  (sender,)):
            event = json.loads(data)
            values[event["name"]] = event.get("value")
    return values


def starts(line: str, sentence: str, lang: str) -> bool:
    return any(text.startswith(translate(sentence, lang, what="\x00").split("\x00")[0]) for text in line.splitlines())


def finish(v: Visitor, playbook: Playbook, lang: str, reply: str) -> None:
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return
        assert slot not in ("consent", "email", "name"), f"contact details asked after a no:\n{v.history()}"
        reply = v.say(ANSWERS[lang].get(slot, "skip"))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize(("lang", "details", "name", "email"), [
    ("en", "Ana Lopez, ana.lopez@acme-analytics.io", "Ana Lopez", "ana.lopez@acme-analytics.io"),
    ("en", "it's ana.lopez@acme-analytics.io", None, "ana.lopez@acme-analytics.io"),
    ("de", "Anna Schmidt, anna.schmidt@acme-analytik.de", "Anna Schmidt", "anna.schmidt@acme-analytik.de"),
])
def test_consent_refused_after_contact_details_were_typed_keeps_none_of_them_and_says_so(
        stack: Stack, playbook: Playbook, lang: str, details: str, name: str | None, email: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang)
    reply = v.say(details)
    assert not starts(reply, NOTED, lang), f"noted before consent:\n{v.history()}"
    assert starts(reply, HELD, lang) and email in reply, f"not said back as held:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", v.history()
    reply = v.say(NO[lang])
    assert translate(REFUSED, lang) in reply, f"the refusal was not acknowledged:\n{v.history()}"
    assert email not in reply, f"the refused address said back:\n{v.history()}"
    finish(v, playbook, lang, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"].get("email") is None and lead["attributes"].get("name") is None, lead["attributes"]
    kept = json.dumps(lead, ensure_ascii=False) + json.dumps(slots(stack, v.sender), ensure_ascii=False)
    assert email not in kept, f"the address is still kept:\n{kept}"
    assert name is None or name not in kept, f"the name is still kept:\n{kept}"


@pytest.mark.parametrize(("lang", "details", "email"), [
    ("en", "sure, I'm Ana, ana.lopez@acme-analytics.io", "ana.lopez@acme-analytics.io"),
    ("en", "yes that's fine - ana.lopez@acme-analytics.io", "ana.lopez@acme-analytics.io"),
    ("de", "Ja, gerne. Anna Schmidt, anna.schmidt@acme-analytik.de", "anna.schmidt@acme-analytik.de"),
])
def test_a_yes_that_goes_on_with_contact_details_is_consent_and_the_details_are_confirmed(
        stack: Stack, playbook: Playbook, lang: str, details: str, email: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang)
    reply = v.say(details)
    assert asked(reply, playbook, lang) not in ("consent", None), f"consent not taken:\n{v.history()}"
    assert not starts(reply, HELD, lang) and email in reply, f"the address not said back:\n{v.history()}"
    # The address is confirmed when its question is due; the name, if asked, is given.
    converse(v, playbook, ANSWERS[lang], lang, ANSWERS[lang]["name"] if asked(reply, playbook, lang) == "name"
             else ANSWERS[lang][CONFIRM])
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == email, v.history()
    assert any(c.get("granted") is True for c in lead.get("consent") or ()), lead.get("consent")


def test_an_address_typed_after_a_no_is_held_and_the_privacy_question_asked_again(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    to_consent(v, playbook, "en")
    reply = v.say("No")
    assert translate(REFUSED, "en") in reply, v.history()
    reply = v.say("oh well, here's my email anyway: ana.lopez@acme-analytics.io")
    assert not starts(reply, NOTED, "en") or "ana.lopez@" not in reply, f"noted after a no:\n{v.history()}"
    assert starts(reply, HELD, "en"), f"not said back as held:\n{v.history()}"
    for _ in range(5):
        if asked(reply, playbook, "en") == "consent":
            break
        assert asked(reply, playbook, "en") not in (None, "email", "name"), v.history()
        reply = v.say(SQL_ANSWERS.get(asked(reply, playbook, "en") or "", "skip"))
    assert asked(reply, playbook, "en") == "consent", f"the privacy question not asked again:\n{v.history()}"
    reply = v.say("no")
    assert translate(REFUSED, "en") in reply, v.history()
    finish(v, playbook, "en", reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("email") is None, v.history()
    kept = json.dumps(lead) + json.dumps(slots(stack, v.sender))
    assert "ana.lopez@" not in kept, f"the address is still kept:\n{kept}"


@pytest.mark.parametrize(("lang", "opening", "email"), [
    ("en", "Hi I'm Tom Baker from Acme Robotics (tom@acmerobotics.io), 200 people in Leeds, need SEO, 20k/month, "
           "start in January", "tom@acmerobotics.io"),
    ("de", "Hallo, Anna Schmidt von der Acme Analytik GmbH (anna.schmidt@acme-analytik.de), 120 Leute in Berlin, "
           "wir brauchen mehr Leads", "anna.schmidt@acme-analytik.de"),
])
def test_contact_details_in_an_opening_message_are_held_not_noted_until_consent_and_a_no_keeps_none(
        stack: Stack, playbook: Playbook, lang: str, opening: str, email: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    confirmation = translate("I noted {what}. Is that right?", lang, what="\x00").split("\x00")[0]
    assert not any(line.startswith(confirmation) and email in line for line in reply.splitlines()), \
        f"the address noted before consent:\n{v.history()}"
    assert starts(reply, HELD, lang) and email in reply, f"not said back as held:\n{v.history()}"
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot == "consent":
            break
        assert slot is not None, f"the privacy question was never asked:\n{v.history()}"
        reply = v.say(ANSWERS[lang].get(slot, "skip"))
    reply = v.say(NO[lang])
    assert translate(REFUSED, lang) in reply, v.history()
    finish(v, playbook, lang, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("email") is None, v.history()
    kept = json.dumps(lead, ensure_ascii=False) + json.dumps(slots(stack, v.sender), ensure_ascii=False)
    assert email not in kept, f"the address is still kept:\n{kept}"
