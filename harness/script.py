"""A visitor who answers whatever the bot asks, recognising questions by the playbook's wording."""

from __future__ import annotations

from typing import Mapping

from harness.stack import Visitor
from qualification import Playbook

CONSENT_CUE = "Before I take your contact details"
# The bot's line confirming what it heard but was not told in answer to its question.
CONFIRM_CUE = "I noted "
CONFIRM = "confirm"

# A VP in a 120-person B2B software company in Berlin with budget and a date: a sales-qualified lead
# when every question is answered so (the tests' and benchmarks' standard visitor).
SQL_ANSWERS = {
    "need": "We need more qualified leads and our SEO is weak",
    "company": "Acme Analytics",
    "authority": "I'm the VP of Marketing and I sign off on this",
    "industry": "We're a B2B software company",
    "company_size": "about 120 employees",
    "location": "Berlin, Germany",
    "revenue": "around 20 million dollars a year",
    "tech_stack": "HubSpot and Salesforce",
    "budget": "around 60k for the year",
    "timing": "we want to start next month",
    "name": "Jane Doe",
    "consent": "yes",
    "email": "jane.doe@acme-analytics.io",
    # "I noted ... Is that right?" about values heard in another answer.
    "confirm": "yes",
}


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
