"""A name said with the yes to "I noted ... Is that right?" is heard (issue 14), through the real bot.

"yes, and my name is Priya by the way" confirms what was noted and tells us who they are: the heard budget is
confirmed (not asked again), and the name reaches the lead, as any name said in passing, in the seven languages.
A yes with no name ("yes, that's right") names nobody.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL, at_the_confirmation
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

NAMED = [
    ("en", "yes, and my name is Priya by the way", "Priya"),
    ("en", "yes, I'm Priya Shah", "Priya Shah"),
    ("en", "yep - Priya Shah here", "Priya Shah"),
    ("de", "ja! Anna Schmidt hier", "Anna Schmidt"),
    ("de", "ja, ich heiße Anna Schmidt", "Anna Schmidt"),
    ("fr", "oui, je suis Claire Martin", "Claire Martin"),
    ("es", "sí, me llamo Lucía", "Lucía"),
    ("pt", "sim, chamo-me Ana Silva", "Ana Silva"),
    ("it", "sì, mi chiamo Giulia", "Giulia"),
    ("nl", "ja, ik heet Sanne", "Sanne"),
]


def to_the_end(v: Visitor, playbook: Playbook, lang: str, reply: str, name: str) -> str:
    """Answers every question; the name question, if it comes, only with the name they already gave."""
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return reply
        assert slot != "budget", f"the confirmed budget was asked:\n{v.history()}"
        reply = v.say(FULL[lang][CONFIRM] if slot == CONFIRM else name if slot == "name" else FULL[lang][slot])
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize(("lang", "said", "name"), NAMED)
def test_a_name_said_with_the_yes_confirms_the_noted_values_and_reaches_the_lead(
        stack: Stack, playbook: Playbook, lang: str, said: str, name: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say(said)
    assert name in reply, f"the name was not heard:\n{v.history()}"
    to_the_end(v, playbook, lang, reply, name)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert (attributes.get("budget") or {}).get("min") == 5000, f"{attributes}\n{v.history()}"
    assert attributes.get("name") == name, f"{attributes}\n{v.history()}"


def test_a_yes_with_no_name_names_nobody(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    at_the_confirmation(v, playbook, "en")
    reply = v.say("yes, that's right")
    assert asked(reply, playbook, "en") not in (CONFIRM, "budget", None), v.history()
    to_the_end(v, playbook, "en", reply, "Jane Doe")
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("name") == "Jane Doe", v.history()
