"""A visitor who answers whatever the bot asks, recognising questions by the playbook's wording."""

from __future__ import annotations

from typing import Mapping

from qualification import Playbook
from tests.bot.stack import Visitor

CONSENT_CUE = "Before I take your contact details"
# The bot's line confirming what it heard but was not told in answer to its question.
CONFIRM_CUE = "I noted "
CONFIRM = "confirm"


def asked_slot(reply: str, playbook: Playbook) -> str | None:
    """The slot the reply's last question asks for, or None when it asks nothing from the playbook."""
    for line in reversed(reply.splitlines()):
        if CONSENT_CUE in line:
            return "consent"
        if line.startswith(CONFIRM_CUE) and line.endswith("Is that right?"):
            return CONFIRM
        for question in playbook.questions:
            if any(variant in line for variant in question.wording):
                return question.attribute
    return None


def converse(
    visitor: Visitor, playbook: Playbook, answers: Mapping[str, str], opening: str = "hi", limit: int = 25
) -> str:
    """Open with ``opening`` and answer each question from ``answers`` ("skip" when absent) until the bot stops asking.

    "I noted ... Is that right?" is answered from ``answers["confirm"]``, "yes" when absent.
    """
    reply = visitor.say(opening)
    for _ in range(limit):
        slot = asked_slot(reply, playbook)
        if slot is None:
            return reply
        reply = visitor.say(answers.get(slot, "yes" if slot == CONFIRM else "skip"))
    raise AssertionError(f"the bot kept asking:\n{visitor.history()}")
