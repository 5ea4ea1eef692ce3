"""A decision said at any question sets who decides (issue 14), through the real bot.

"I'm the marketing director" in the opening is heard and confirmed as a title whose role follows its seniority (an
influencer), and the role question is then not asked. "about 5k a month, and I make the call on this" at the budget
question says who decides: the lead's role is a decision maker, the title kept, in the seven languages. Someone
else deciding ("our owners sign off") leaves the role as it was.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_corrections_of_any_field import finished

pytestmark = pytest.mark.slow

# lang: an opening with a title, a budget with the visitor's own decision.
DECIDING = {
    "en": ("Hi, I'm the marketing director at Acme Analytics, we need more qualified leads",
           "about 5k a month, and I make the call on this"),
    "de": ("Hallo, ich bin Marketingleiterin bei Acme Analytik, wir brauchen mehr qualifizierte Leads",
           "etwa 5.000 € im Monat, ich entscheide das selbst"),
    "fr": ("Bonjour, je suis directrice marketing chez Acme Analytique, nous avons besoin de plus de leads qualifiés",
           "environ 5 000 € par mois, c'est moi qui décide"),
    "es": ("Hola, soy la directora de marketing de Acme Analítica, necesitamos más leads cualificados",
           "unos 5.000 € al mes, yo decido"),
    "pt": ("Olá, sou a diretora de marketing da Acme Analítica, precisamos de mais leads qualificados",
           "cerca de 5.000 € por mês, sou eu que decido"),
    "it": ("Ciao, sono la direttrice marketing di Acme Analitica, abbiamo bisogno di più lead qualificati",
           "circa 5.000 € al mese, decido io"),
    "nl": ("Hoi, ik ben hoofd marketing bij Acme Analytics, we hebben meer gekwalificeerde leads nodig",
           "ongeveer 5.000 euro per maand, ik beslis zelf"),
}
OTHERS_DECIDE = {"en": "about 5k a month, our owners sign off", "de": "etwa 5.000 € im Monat, das entscheidet unser Chef"}


def authority_of(stack: Stack, v: Visitor, playbook: Playbook, lang: str, budget: str) -> dict:
    reply = v.say(DECIDING[lang][0])
    for _ in range(20):
        slot = asked(reply, playbook, lang)
        assert slot not in (None, "authority"), f"the role question was asked, or the budget never:\n{v.history()}"
        if slot == "budget":
            break
        reply = v.say(FULL[lang][slot])
    finished(v, playbook, lang, FULL[lang], v.say(budget))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    return lead["attributes"].get("authority") or {}


@pytest.mark.parametrize("lang", list(DECIDING))
def test_a_decision_said_at_the_budget_question_makes_the_titled_visitor_the_decision_maker(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    authority = authority_of(stack, v, playbook, lang, DECIDING[lang][1])
    assert authority.get("role") == "decision_maker" and authority.get("title"), f"{authority}\n{v.history()}"


@pytest.mark.parametrize("lang", list(OTHERS_DECIDE))
def test_someone_else_deciding_leaves_the_role_as_it_was(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    authority = authority_of(stack, v, playbook, lang, OTHERS_DECIDE[lang])
    assert authority.get("role") != "decision_maker", f"{authority}\n{v.history()}"
