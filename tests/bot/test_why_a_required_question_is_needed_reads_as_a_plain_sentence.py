"""Why a required question is needed, said to a visitor who would rather not answer it, reads as a plain English
sentence ("We need this one to put you in touch with the right person, but a rough answer is fine."), through the
real bot.

Played (issue 14, "a clumsy sentence"): a Denver SaaS CEO's "I'd rather not say" at the budget question got "So we only
suggest what fits your budget, rather than proposals that don't. This is one we need to pass you to the right person,
but a rough answer is fine.", which reads as if the bot needed this one to pass them on. The six other languages said
it plainly already; their words are unchanged.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasing import REQUIRED
from harness.script import CONFIRM, SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

def at_the_budget_question(v: Visitor, playbook: Playbook) -> None:
    """The standard buyer's answers (a yes to any confirmation) until the budget question is asked, in English."""
    reply = v.say("hi")
    for _ in range(12):
        slot = asked(reply, playbook, "en")
        if slot in ("budget", None):
            break
        reply = v.say("yes" if slot == CONFIRM else SQL_ANSWERS.get(slot, "skip"))
    assert asked(reply, playbook, "en") == "budget", v.history()


PLAIN = "We need this one to put you in touch with the right person, but a rough answer is fine."


def test_a_skip_at_the_budget_question_hears_the_plain_sentence(stack: Stack, playbook: Playbook) -> None:
    assert REQUIRED == PLAIN
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_the_budget_question(v, playbook)
    reply = v.say("I'd rather not say")
    assert PLAIN in reply and "This is one we need" not in reply, v.history()
    assert asked(reply, playbook, "en") == "budget", v.history()
