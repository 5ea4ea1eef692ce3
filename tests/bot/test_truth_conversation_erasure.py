"""A visitor who asks the bot to delete what they told it (issue 14: a promise it makes holds), through the real
Rasa, action server and service.

The privacy notice says a visitor can ask for deletion at any time. Each test stands for a moment of the chat
(mid-form without consent, after consent made a lead, after "stop") and a language, not for its words: the bot
says it is done only when the chat, and the lead made of it, are gone from the service's database.
"""

from __future__ import annotations

import pytest
import requests

from bot.actions.phrasebook import translate
from bot.channels.erasure import DONE, DONE_WITH_LEAD
from harness.script import SQL_ANSWERS, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_stop import stored_text

pytestmark = pytest.mark.slow


def erased(stack: Stack, lead_id: str) -> bool:
    response = requests.get(f"{stack.service_url}/api/v1/leads/{lead_id}",
                            headers={"Authorization": f"Bearer {stack.admin_key}"}, timeout=10)
    response.raise_for_status()
    return response.json()["erased_at"] is not None


@pytest.mark.parametrize(("lang", "opening", "request_"), [
    ("en", "hi, we're a 40-person logistics firm in Leeds, we need more inbound leads",
     "actually, please delete everything I told you"),
    ("fr", "bonjour, nous sommes un cabinet d'avocats à Lyon, 12 personnes, il nous faut un nouveau site",
     "en fait, supprimez mes données s'il vous plaît"),
])
def test_mid_form_without_consent_the_chat_is_deleted_and_the_next_message_starts_afresh(
        stack: Stack, playbook: Playbook, lang: str, opening: str, request_: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    assert asked(reply, playbook, lang) is not None, v.history()
    reply = v.say(request_)
    assert translate(DONE, lang) in reply, v.history()
    assert opening not in stored_text(stack, v.sender) and request_ not in stored_text(stack, v.sender)
    assert stack.lead_for(v.sender) is None
    reply = v.say("hello again")
    assert asked(reply, playbook, lang) not in (None, CONFIRM), f"no fresh start:\n{v.history()}"
    assert opening not in stored_text(stack, v.sender), "the deleted chat came back"


def test_after_consent_the_lead_is_erased_with_the_chat(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    for _ in range(25):
        slot = asked_slot(reply, playbook)
        if slot is None or stack.lead_for(v.sender) is not None:
            break
        reply = v.say(SQL_ANSWERS.get(slot, "yes" if slot == CONFIRM else "skip"))
    lead = stack.lead_for(v.sender)
    assert lead is not None, f"no lead was made:\n{v.history()}"
    reply = v.say("Bitte löschen Sie alle meine Daten")
    assert translate(DONE_WITH_LEAD, "en") in reply, v.history()  # heard in German, answered in the chat's English
    assert erased(stack, lead["id"])
    assert SQL_ANSWERS["email"] not in stored_text(stack, v.sender)


def test_after_stop_a_request_to_delete_is_done_not_answered_with_the_hint(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    said = "we're a dental clinic in Bristol needing more patients"
    v.say(said)
    reply = v.say("stop")
    assert asked(reply, playbook, "en") is None, v.history()
    reply = v.say("can you delete what I wrote please")
    assert translate(DONE, "en") in reply, v.history()
    assert said not in stored_text(stack, v.sender)
