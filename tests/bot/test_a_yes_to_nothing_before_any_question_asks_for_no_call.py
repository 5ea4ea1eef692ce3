"""A first message the classifier calls a yes, with nothing asked before it ("leads", "yes", "ja"), asks for no call: the
questions start, as after a hello, never "Happy to set up a call", through the real bot, in the seven languages
(pt-PT and pt-BR).

Played (issue 14, a terse visitor): "leads" as the first message (affirm at 0.38) got "Happy to set up a call. A few
quick questions first, so the right consultant joins you.", a call promised to a visitor who asked for none (the rule
"yes outside the questions is yes to a call" meant a yes to an offered call). Near miss: "can I book a call?" as the
first message is still met with the call's words.
"""

from __future__ import annotations

import pytest

from bot.actions.conversation import OPENING
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

SET_UP = "Happy to set up a call. A few quick questions first, so the right consultant joins you."
FIRST = [("en", "leads"), ("en", "yes"), ("de", "ja"), ("fr", "oui"), ("es", "sí"), ("pt", "sim"), ("pt-BR", "sim"),
         ("it", "sì"), ("nl", "ja")]


@pytest.mark.parametrize(("lang", "said"), FIRST)
def test_a_yes_to_nothing_starts_the_questions_with_no_call_promised(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(said)
    assert translate(SET_UP, lang) not in reply, f"a call promised:\n{v.history()}"
    assert translate(OPENING, lang) in reply, f"the questions did not start:\n{v.history()}"
    assert asked(reply, playbook, lang.split("-")[0]) == "need", v.history()


def test_a_request_for_a_call_first_is_still_met_with_the_call(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    reply = v.say("can I book a call?")
    assert SET_UP in reply and asked(reply, playbook, "en") == "need", v.history()
