"""Who decides, said with no title while a confirmation waits ("I own it", "ik beslis dat zelf"), is said back ("Noted:
that the decision is yours."), never passed over in silence, through the real bot, in the seven languages (pt-PT and
pt-BR).

Played (issue 14, "a reply that ignores what was said"): an Auckland dental clinic's visitor answered "I own it" while
"I noted ... Is that right?" waited; the bot said nothing of it, listed the same values again, and after the yes asked
"What's your role there, and who signs off on a project like this?". A role heard with no title is not confirmed (it
says who decides, not what the visitor is), so it was not said at all. It is said back now; the role question still
asks the title, and the confirmation's list stays as it was.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import DECISION_WORDS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_confirmation_answered_in_part_confirms_the_rest_and_asks_again_only_what_was_taken_back import (
    OPENING,
)
from tests.bot.test_a_field_picked_with_a_reason_at_which_one_to_change_is_the_one_changed import BRAZILIAN
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

OWN = {"en": "I own it", "de": "das entscheide ich", "fr": "c'est moi qui décide", "es": "la empresa es mía",
       "pt": "sou eu que decido", "pt-BR": "sou eu que decido", "it": "decido io", "nl": "ik beslis dat zelf"}


def base(lang: str) -> str:
    return lang.split("-")[0]


@pytest.mark.parametrize("lang", list(OWN))
def test_who_decides_with_no_title_at_a_confirmation_is_said_back(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(BRAZILIAN if lang == "pt-BR" else OPENING[base(lang)])
    assert asked(reply, playbook, base(lang)) == CONFIRM, v.history()
    reply = v.say(OWN[lang])
    decides = translate(DECISION_WORDS["decision_maker"], lang)
    assert translate("Noted: {what}.", lang, what=decides) in reply, f"not acknowledged:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) == CONFIRM, f"the confirmation is gone:\n{v.history()}"
