""""around 20M a year" at the privacy question is heard as the revenue, and confirmed (issue 14), through the real bot.

The free reading calls an amount a year without its field's word a budget; said at "Is that OK with you?" after a
budget of about 60k, it replaced nothing and was dropped without a word. A sum that dwarfs the budget given, said
with no field's word, is the revenue: said back, confirmed in its turn, and in the lead, while the budget given stays,
in the seven languages. A sum near the budget ("around 80k a year") makes no revenue.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_new_value_or_a_skip_at_the_privacy_question_is_answered import SKIP, YES, answers
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_consent import slots, to_consent

pytestmark = pytest.mark.slow

REVENUE = {
    "en": "around 20M a year", "de": "rund 20 Millionen im Jahr", "fr": "environ 20 M€ par an",
    "es": "unos 20 millones al año", "pt": "cerca de 20 milhões por ano", "it": "circa 20 milioni l'anno",
    "nl": "zo'n 20 miljoen per jaar",
}


def without_revenue(lang: str) -> dict[str, str]:
    """The language's answers, the revenue question (where asked) skipped: no revenue known at the privacy question."""
    return {**answers(lang), "revenue": SKIP[lang]}


def finish(v: Visitor, playbook: Playbook, lang: str, reply: str) -> None:
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return
        reply = v.say(without_revenue(lang).get(slot, SKIP[lang]))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize("lang", list(REVENUE))
def test_a_sum_dwarfing_the_budget_at_the_privacy_question_is_the_revenue_said_back_and_kept(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang, without_revenue(lang))
    budget_before = dict(slots(stack, v.sender).get("attributes") or {}).get("budget")
    reply = v.say(REVENUE[lang])
    assert "20" in reply, f"the sum was not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question was not asked again:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is not True, v.history()
    finish(v, playbook, lang, v.say(YES[lang]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert (attributes.get("revenue") or {}).get("min") == 20_000_000, f"{attributes}\n{v.history()}"
    assert (attributes.get("budget") or {}).get("min") == (budget_before or {}).get("min"), f"{attributes}\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), [("en", "around 80k a year"), ("de", "rund 80.000 € im Jahr")])
def test_a_sum_near_the_budget_makes_no_revenue(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang, without_revenue(lang))
    v.say(said)
    heard = (slots(stack, v.sender).get("heard") or {}).get("attributes") or {}
    assert "revenue" not in heard, f"{heard}\n{v.history()}"
    finish(v, playbook, lang, v.say(YES[lang]))
    lead = stack.lead_for(v.sender)
    assert lead is not None and not lead["attributes"].get("revenue"), v.history()
