"""A heard value the visitor confirmed is never confirmed again (issue 14), through the real stack.

A visitor met "I noted the tools you use (HubSpot). Is that right?" a second time after the privacy question, having
said yes to it before. Each test is a way the tools come up: in the opening with the need (confirmed at once, then
said again at the privacy question and with the name), late in another answer (confirmed at the end), and in an
opening that also holds contact details (held until consent). Whatever the visitor says of them afterwards, the
line that asks about the tools is shown once, and the lead holds them.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

ANSWERS = {**SQL_ANSWERS, CONFIRM: "yes", "revenue": "skip"}
NOTED = translate("I noted {what}. Is that right?", "en", what="\x00").split("\x00")


def confirmations_of_the_tools(v: Visitor) -> list[str]:
    return [line for line in v.history().splitlines()
            if line.startswith(NOTED[0]) and line.endswith(NOTED[1]) and "HubSpot" in line]


@pytest.mark.parametrize(("opening", "later"), [
    ("Hi, our HubSpot CRM is a mess and we need more leads",
     {"consent": "yes, that's fine - as I said we run on HubSpot", "name": "Jane Doe, and yes HubSpot is our CRM"}),
    ("hi, we need more qualified leads",
     {"budget": "around 60k for the year, we use HubSpot by the way", "consent": "yes, and it's HubSpot we use"}),
    ("Hi, Jane Doe here (jane.doe@acme-analytics.io), VP marketing at Acme Analytics. Our HubSpot CRM is a mess",
     {"consent": "yes, fine. HubSpot, as I said"}),
])
def test_the_tools_confirmed_once_are_not_confirmed_again_after_consent(
        stack: Stack, playbook: Playbook, opening: str, later: dict[str, str]) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say(opening)
    pending = dict(later)
    for _ in range(30):
        slot = asked(reply, playbook, "en")
        if slot is None:
            break
        reply = v.say(pending.pop(slot, None) or ANSWERS[slot])
    assert len(confirmations_of_the_tools(v)) == 1, f"the tools were confirmed more than once:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert "hubspot" in lead["attributes"]["tech_stack"], v.history()
