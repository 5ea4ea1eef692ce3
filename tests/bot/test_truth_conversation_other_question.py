"""An answer to another question than the one asked (issue 14), through the real Rasa, action server and service.

Each test stands for a kind of reply, not for its words: an amount said to a
question whose reading would take any words (the company, the need) or fall
back to its catch-all (industry "other"), and a role said to the need
question. Such a reply is never stored as the asked field: what it does state
is heard and said back, and the question is asked again.
"""

from __future__ import annotations

import re

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, GERMAN_ANSWERS, asked
from tests.bot.test_truth_conversation_visitor import answer_until, finish

pytestmark = pytest.mark.slow

ANSWERS = {
    "need": "We need more qualified leads and our SEO is weak",
    "company": "Acme Analytics",
    "authority": "I'm the VP of Marketing and I sign off on this",
    "industry": "We're a B2B software company",
    "company_size": "about 120 employees",
    "location": "Berlin, Germany",
    "revenue": "skip",
    "tech_stack": "skip",
    "timing": "we want to start next month",
    "name": "Jane Doe",
    "consent": "yes",
    "email": "jane.doe@acme-analytics.io",
    CONFIRM: "yes",
}


def amount_said_back(reply: str, amount: int) -> bool:
    """The amount in any of the bot's forms: "2,500", "2.500", "2 500", "2.5k", "2,5k", "4k"."""
    thousands, rest = divmod(amount, 1000)
    short = f"{thousands}k" if rest == 0 else f"{thousands}[.,]{rest // 100}k"
    return bool(re.search(rf"\b{thousands}[,. \u202f\u00a0]?{rest:03d}\b|\b{short}\b", reply))


@pytest.mark.parametrize(("said", "amount"), [
    ("ok maybe up to 2500 a month", 2500),
    ("hmm, probably around 4000 per month", 4000),
])
def test_an_amount_said_to_the_company_question_is_no_company_and_is_heard(
        stack: Stack, playbook: Playbook, said: str, amount: int) -> None:
    v = Visitor(stack.rasa_url)
    reply = answer_until(v, playbook, "company", ANSWERS, v.say("hi"))
    reply = v.say(said)
    assert asked(reply, playbook, "en") == "company", f"the company is not asked again:\n{v.history()}"
    assert amount_said_back(reply, amount), f"the amount is not said back:\n{v.history()}"
    finish(v, playbook, {**ANSWERS, "budget": said}, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"]["company"] == "Acme Analytics", v.history()
    budget = lead["attributes"]["budget"]
    assert amount in (budget.get("min"), budget.get("max")), f"the budget was lost:\n{v.history()}"


def test_an_amount_said_to_the_industry_question_is_no_industry(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de"})
    reply = answer_until(v, playbook, "industry", GERMAN_ANSWERS, v.say("Hallo"), lang="de")
    reply = v.say("so 1.500 im Monat vielleicht")
    assert asked(reply, playbook, "de") == "industry", f"the industry is not asked again:\n{v.history()}"
    assert amount_said_back(reply, 1500), f"the amount is not said back:\n{v.history()}"
    reply = v.say(GERMAN_ANSWERS["industry"])
    for _ in range(20):
        slot = asked(reply, playbook, "de")
        if slot is None:
            break
        reply = v.say(GERMAN_ANSWERS[slot])
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert lead["attributes"]["industry"] != "other", v.history()
    budget = lead["attributes"]["budget"]
    assert 1500 in (budget.get("min"), budget.get("max")), f"the budget was lost:\n{v.history()}"


@pytest.mark.parametrize("reasked", [False, True])
@pytest.mark.parametrize("said", ["I'm the marketing manager, the CMO signs off",
                                  "I'm head of growth, but our CEO makes the final call"])
def test_a_role_said_to_the_need_question_is_no_need_and_is_heard(
        stack: Stack, playbook: Playbook, said: str, reasked: bool) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi")
    assert asked(reply, playbook, "en") == "need", v.history()
    if reasked:
        reply = v.say("what do you charge?")
        assert asked(reply, playbook, "en") == "need", v.history()
    reply = v.say(said)
    assert asked(reply, playbook, "en") == "need", f"the need is not asked again:\n{v.history()}"
    finish(v, playbook, {**ANSWERS, "budget": "around 60k for the year"}, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert said not in str(lead["attributes"]["need"]), f"the role became the need:\n{v.history()}"
