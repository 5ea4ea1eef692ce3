""""I meant X" to "I noted a budget of 500 € a month. Is that right?" puts the value right (issue 14).

Each test stands for a correction said to the confirmation of a heard value, in the visitor's language
("scusate, intendevo 800 al mese", "desculpe, queria dizer 800 por mês"): the new value is taken, and the lead
carries it, never the 500 first heard.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_corrections_of_any_field import ITALIAN, PORTUGUESE, finished

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "answers", "opening", "meant"), [
    ("it", ITALIAN, "Abbiamo bisogno di più lead qualificati, budget di circa 500 € al mese",
     "scusate, intendevo 800 al mese"),
    ("pt", PORTUGUESE, "Precisamos de mais leads qualificados, orçamento de cerca de 500 € por mês",
     "desculpe, queria dizer 800 por mês"),
])
def test_i_meant_a_new_amount_at_the_confirmation_of_a_heard_budget_stores_the_new_amount(
        stack: Stack, playbook: Playbook, lang: str, answers: dict[str, str], opening: str, meant: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        assert slot is not None and slot != "budget", f"the heard budget was never confirmed:\n{v.history()}"
        if slot == CONFIRM and "500" in reply:
            break
        reply = v.say(answers[slot])
    reply = v.say(meant)
    assert "800" in reply, f"the amount meant was not said back:\n{v.history()}"
    finished(v, playbook, lang, answers, reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    budget = lead["attributes"].get("budget") or {}
    assert budget.get("min") == 800 and budget.get("period") == "month", f"{budget}\n{v.history()}"
