"""A value typed at a pending confirmation and said back ("Noted: your company, Kessler Antriebstechnik.") is not listed
again in the confirmation two turns later, when another value was said back in between, through the real bot, in the
seven languages (pt-PT and pt-BR).

Played (issue 14, "no repeated paragraphs"): a Stuttgart machine builder told everything in one message, then typed the
company's name at the confirmation ("Notiert: Ihr Unternehmen, Kessler Antriebstechnik."), then their role ("Notiert:
Ihre Rolle als Leiter Marketing."), and the list under it named the company again. The search for what was said back
while the confirmation waited stopped at the turn that read the company, which clears the confirmation and sets it
again after saying its lines (``form._said_back_while_confirming``). The yes then confirms the company with the rest.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import NOTED
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_confirmation_answered_in_part_confirms_the_rest_and_asks_again_only_what_was_taken_back import (
    OPENING,
)
from tests.bot.test_a_field_picked_with_a_reason_at_which_one_to_change_is_the_one_changed import BRAZILIAN
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_consent import slots

pytestmark = pytest.mark.slow

COMPANY = "Kessler Antriebstechnik"
ROLE = {"en": "Head of Marketing, our MD decides", "de": "Leiter Marketing, Entscheidung trifft die GF",
        "fr": "directeur marketing, le DG décide", "es": "director de marketing, decide el gerente",
        "pt": "diretor de marketing, quem decide é o CEO", "pt-BR": "diretor de marketing, quem decide é o CEO",
        "it": "direttore marketing, decide l'AD", "nl": "hoofd marketing, de directeur beslist"}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "pt-BR": "sim", "it": "sì", "nl": "ja"}


def base(lang: str) -> str:
    return lang.split("-")[0]


def list_line(reply: str, lang: str) -> str:
    start = translate(NOTED, lang, what="\x00").split("\x00")[0]
    return next((line for line in reply.splitlines() if line.startswith(start)), "")


@pytest.mark.parametrize("lang", list(ROLE))
def test_the_company_said_back_at_the_confirmation_is_not_listed_again_after_the_role(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(BRAZILIAN if lang == "pt-BR" else OPENING[base(lang)])
    assert asked(reply, playbook, base(lang)) == CONFIRM, v.history()
    reply = v.say(COMPANY)
    assert COMPANY in reply and COMPANY not in list_line(reply, lang), v.history()
    reply = v.say(ROLE[lang])
    assert asked(reply, playbook, base(lang)) == CONFIRM, v.history()
    assert list_line(reply, lang), f"no list:\n{v.history()}"
    assert COMPANY not in list_line(reply, lang), f"the company listed again:\n{v.history()}"
    v.say(YES[lang])
    assert slots(stack, v.sender)["attributes"].get("company") == COMPANY, v.history()
