"""Through the real bot: at a confirmation of several heard values, the value picked to change is asked next with its
heard value as the first button, and "I don't know" asks the first value's question plainly, confirming nothing
(issue 14; in process: ``test_a_value_picked_to_change_is_asked_next_and_i_dont_know_is_no_change``)."""

from __future__ import annotations

import pytest

from bot.actions.form import WHICH_QUESTION
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# The need with a budget and a size heard beside it: three values to confirm.
OPENING = {"en": "We need more qualified leads, budget about 5k a month, we're 20 people",
           "de": "Wir brauchen mehr qualifizierte Leads, Budget etwa 5.000 € im Monat, wir sind 20 Leute",
           "es": "Necesitamos más leads cualificados, presupuesto de unos 5.000 € al mes, somos 20 personas"}
KNOWS_NOT = {"en": "I don't know", "de": "weiß nicht", "es": "no sé"}


def at_the_confirmation(v: Visitor, playbook: Playbook, lang: str) -> str:
    reply = v.say(OPENING[lang])
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        assert slot is not None, v.history()
        if slot == CONFIRM and "5" in reply and "20" in reply:
            return reply
        reply = v.say(FULL[lang][slot])
    raise AssertionError(f"the heard values were never confirmed:\n{v.history()}")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_value_picked_to_change_is_asked_next_with_its_heard_value_first(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say("/deny")
    assert translate(WHICH_QUESTION, lang) in reply, v.history()
    budget = next(payload for title, payload in v.buttons if "5" in title)
    reply = v.say(budget)
    assert asked(reply, playbook, lang) == "budget", f"the picked value was not asked next:\n{v.history()}"
    assert v.buttons and "5" in v.buttons[0][0], f"the heard budget is not the first button:\n{v.history()}"


@pytest.mark.parametrize("lang", list(KNOWS_NOT))
def test_i_dont_know_at_the_confirmation_asks_plainly_and_confirms_nothing(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say(KNOWS_NOT[lang])
    assert translate(WHICH_QUESTION, lang) not in reply, f"read as Change:\n{v.history()}"
    assert asked(reply, playbook, lang) not in (CONFIRM, None), v.history()
    assert not any("5" in title for title, _ in v.buttons), f"the heard value offered:\n{v.history()}"
