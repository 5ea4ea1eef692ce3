"""A visitor who typed their name and address and then said no at the privacy question keeps them nowhere: not in
the lead, not in the slots, and not in the stored chat either (issue 14: nothing stored beyond what consent
allows), through the real Rasa, action server and service.

Each test stands for a kind of visitor, not for their words: details in the opening message, or typed at the
privacy question itself; in English and in German. Rasa's tracker store keeps every event of the chat (the
visitor's message, the bot's line saying the details back as held, the slots' earlier values): none of them may
hold the address or the name once the visitor said no, while the rest of what they said stays. A visitor who
later says yes and gives the address again has it kept.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_call_needs_consent_to_keep_the_email import ANSWERS, answer_all
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_consent import to_consent
from tests.bot.test_truth_conversation_stop import stored_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "opening", "name", "email", "no", "rest"), [
    ("en", "hi, I'm Pat Lee (pat.lee@northwind-data.io), we're a 200-person SaaS company in Chicago and need "
           "more qualified leads", "Pat Lee", "pat.lee@northwind-data.io", "no", "200-person SaaS company"),
    ("de", "Hallo, hier ist Anna Schmidt, anna.schmidt@acme-analytik.de, wir sind 120 Leute in Berlin und "
           "brauchen mehr Leads", "Anna Schmidt", "anna.schmidt@acme-analytik.de", "nein", "120 Leute in Berlin"),
])
def test_details_in_the_opening_then_a_no_leave_no_trace_in_the_stored_chat(
        stack: Stack, playbook: Playbook, lang: str, opening: str, name: str, email: str, no: str, rest: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    assert email in stored_text(stack, v.sender), "held until the privacy question (the test's premise)"
    answer_all(v, playbook, lang, reply, consent=no)
    kept = stored_text(stack, v.sender)
    assert email not in kept and email.split("@")[0] not in kept, f"the refused address is stored:\n{v.history()}"
    assert name not in kept, f"the refused name is stored:\n{v.history()}"
    assert rest in kept, "the rest of what the visitor said stays"
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("email") is None


def test_details_typed_at_the_privacy_question_then_a_no_then_a_yes_keep_only_the_address_given_after(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    to_consent(v, playbook, "en")
    v.say("Ana Lopez, ana.lopez@acme-analytics.io")
    reply = v.say("no")
    reply = answer_all(v, playbook, "en", reply, consent="no")
    assert "ana.lopez@" not in stored_text(stack, v.sender) and "Ana Lopez" not in stored_text(stack, v.sender)
    reply = v.say("/book_call")
    assert asked(reply, playbook, "en") == "consent", v.history()
    answer_all(v, playbook, "en", v.say("yes"), consent="yes")
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == ANSWERS["en"]["email"]
    assert ANSWERS["en"]["email"] in stored_text(stack, v.sender), "given after the yes: kept"
