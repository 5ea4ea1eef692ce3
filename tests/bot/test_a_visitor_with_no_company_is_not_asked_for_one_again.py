"""A visitor who answers the company question by saying there is none ("I work alone, no company really") is not asked
for one again, nor handed to a person, through the real bot, in the seven languages (pt-PT and pt-BR).

Played (issue 14): a Brussels freelance consultant's "je travaille seule, pas d'entreprise à proprement parler" was
taken for a request for a person ("J'ai prévenu notre équipe que vous souhaitez parler à une personne", the
classifier's request_human), and then the privacy question came, to fetch that person her email; "I work alone, no
company really", "ich arbeite allein, keine Firma", "lavoro da sola, non ho un'azienda" and "ik werk alleen, geen
bedrijf eigenlijk" got "Noted: a team of one." and the company question again. Spanish and Portuguese (the
classifier's deny) were let go, as all are now: the question is skipped, the team of one heard, and the rest asked.
Near miss: a firm's name with "company" in it ("Know Company Ltd") is the company.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_question_to_us_the_faq_does_not_know_is_answered_never_not_understood import (
    YES,
    at_the_company_question,
    base,
)
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_consent import slots

pytestmark = pytest.mark.slow

HANDED_OVER = "I've let our team know you'd like to talk to a person"
NO_COMPANY = {
    "en": "I work alone, no company really",
    "de": "ich arbeite allein, keine Firma",
    "fr": "je travaille seule, pas d'entreprise à proprement parler",
    "es": "trabajo sola, no tengo empresa",
    "pt": "trabalho sozinha, não tenho empresa",
    "pt-BR": "trabalho sozinha, não tenho empresa não",
    "it": "lavoro da sola, non ho un'azienda",
    "nl": "ik werk alleen, geen bedrijf eigenlijk",
}


@pytest.mark.parametrize("lang", list(NO_COMPANY))
def test_no_company_lets_the_question_go_for_good(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_company_question(v, playbook, lang)
    reply = v.say(NO_COMPANY[lang])
    assert translate(HANDED_OVER, lang).split(";")[0] not in reply, f"handed to a person:\n{v.history()}"
    for _ in range(14):
        slot = asked(reply, playbook, base(lang))
        assert slot != "company", f"the company asked again:\n{v.history()}"
        if slot in (None, "consent"):
            break
        reply = v.say(YES[lang] if slot == CONFIRM else "skip")
    assert asked(reply, playbook, base(lang)) == "consent", v.history()
    kept = slots(stack, v.sender)
    assert not (kept.get("attributes") or {}).get("company") and not kept.get("human_requested"), kept


def test_a_firms_name_with_company_in_it_is_the_company(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_the_company_question(v, playbook, "en")
    reply = v.say("Know Company Ltd")
    assert asked(reply, playbook, "en") not in (None, "company"), v.history()
    assert slots(stack, v.sender)["attributes"]["company"] == "Know Company Ltd", v.history()
