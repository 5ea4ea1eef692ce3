"""Facts told at the privacy question are heard and said back (issue 14, "truthful conversation").

Each test stands for a kind of reply to "Is that OK with you?": a value for a question answered earlier with
"rather not say" or "not sure" ("ok fine, somewhere around 6-8k/mo", "ASAP honestly, before tax season"). The
visitor expects it to be heard and said back ("Noted: ..."), then the privacy question asked again: no consent
is read from it, and the lead that goes out carries the value only once it is confirmed.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, SPANISH_ANSWERS, asked
from tests.bot.test_truth_conversation_consent import ANSWERS, NOTED, slots, starts, to_consent
from tests.bot.test_truth_conversation_corrections_of_any_field import SAID_BACK

pytestmark = pytest.mark.slow

LANGUAGES = {**ANSWERS, "es": SPANISH_ANSWERS}


def said_back(reply: str, lang: str) -> bool:
    """Heard ("Noted: ...") or, filling a value given as "rather not say", put right ("Got it, ...")."""
    return starts(reply, NOTED, lang) or starts(reply, SAID_BACK, lang)


def to_consent_with(v: Visitor, playbook: Playbook, lang: str, unsaid: dict[str, str]) -> str:
    """The conversation up to the privacy question, with the ``unsaid`` questions answered by no value."""
    return to_consent(v, playbook, lang, {**LANGUAGES[lang], **unsaid})


def finish(v: Visitor, playbook: Playbook, lang: str, reply: str) -> None:
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return
        reply = v.say(LANGUAGES[lang].get(slot, LANGUAGES[lang][CONFIRM]))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize(("lang", "declined", "told", "second"), [
    ("en", "rather not say", "ok fine, somewhere around 6-8k/mo", "by the way, revenue is around 20 million a year"),
    ("de", "das möchte ich lieber nicht sagen", "na gut, so etwa 6-8k im Monat", "übrigens, der Umsatz liegt bei etwa 20 Millionen im Jahr"),
    ("es", "prefiero no decirlo", "vale, más o menos entre 6 y 8 mil al mes", "por cierto, facturamos unos 20 millones al año"),
])
def test_a_budget_told_at_the_privacy_question_is_said_back_and_the_question_asked_again(
        stack: Stack, playbook: Playbook, lang: str, declined: str, told: str, second: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent_with(v, playbook, lang, {"budget": declined})
    reply = v.say(told)
    assert said_back(reply, lang) and "6" in reply and "8" in reply, f"the budget not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question not asked again:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is not True, f"consent read from a budget:\n{v.history()}"
    reply = v.say(second)
    assert said_back(reply, lang), f"the second fact not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question not asked again:\n{v.history()}"
    finish(v, playbook, lang, v.say(LANGUAGES[lang]["consent"]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    budget = lead["attributes"].get("budget") or {}
    assert budget.get("min") == 6000 and budget.get("max") == 8000, f"{budget}\n{v.history()}"
    assert (lead["attributes"].get("revenue") or {}).get("min") == 20_000_000, v.history()


@pytest.mark.parametrize(("lang", "unsure", "told"), [
    ("en", "not sure", "ASAP honestly, before tax season"),
    ("de", "weiß ich noch nicht", "so schnell wie möglich, ehrlich gesagt"),
    ("es", "no lo sé", "lo antes posible, la verdad"),
])
def test_a_start_told_at_the_privacy_question_is_said_back_and_the_question_asked_again(
        stack: Stack, playbook: Playbook, lang: str, unsure: str, told: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent_with(v, playbook, lang, {"timing": unsure})
    reply = v.say(told)
    assert said_back(reply, lang), f"the start not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question not asked again:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is not True, f"consent read from a start:\n{v.history()}"
    finish(v, playbook, lang, v.say(LANGUAGES[lang]["consent"]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    timing = lead["attributes"].get("timing") or {}
    assert timing.get("status") not in (None, "unknown"), f"{timing}\n{v.history()}"
