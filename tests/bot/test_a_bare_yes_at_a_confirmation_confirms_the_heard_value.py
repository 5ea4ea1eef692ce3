""""aye", "yep", "klopt", "genau", "claro", "oui oui" to "I noted ... Is that right?" is a yes (issue 14), through the real bot.

The classifier knows "yes" and "ja" but not every way visitors agree; a reply that is nothing but a yes in any of
the seven languages confirms the heard value, whatever the classifier made of it. Near misses that are no yes
("hmm", "not sure") are not taken for one: the confirmation is asked again.
"""

from __future__ import annotations

import pytest

from bot.actions.form import ALL_FINE, WHICH_QUESTION
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_corrections_of_any_field import FRENCH, ITALIAN, PORTUGUESE, finished

pytestmark = pytest.mark.slow

# A need with a budget said in passing: the budget is heard, and confirmed before its question is skipped.
OPENING = {
    "en": "We need more qualified leads, budget about 5k a month",
    "de": "Wir brauchen mehr qualifizierte Leads, Budget etwa 5.000 € im Monat",
    "fr": "Nous avons besoin de plus de leads qualifiés, budget d'environ 5 000 € par mois",
    "es": "Necesitamos más leads cualificados, presupuesto de unos 5.000 € al mes",
    "pt": "Precisamos de mais leads qualificados, orçamento de cerca de 5.000 € por mês",
    "it": "Abbiamo bisogno di più lead qualificati, budget di circa 5.000 € al mese",
    "nl": "We hebben meer gekwalificeerde leads nodig, budget ongeveer 5.000 euro per maand",
}
BARE_YES = [
    ("en", "aye"), ("en", "yep"), ("en", "yup"), ("en", "sure thing"), ("en", "Aye!"),
    ("nl", "klopt"), ("de", "genau"), ("es", "claro"), ("it", "esatto"), ("fr", "oui oui"),
    ("pt", "certo"), ("pt", "exato"),
]
NOT_A_YES = [("en", "hmm"), ("en", "not sure"), ("de", "weiß nicht")]
# Every question's answer, consent and email too.
FULL = {lang: {**ANSWERS[lang], **{"fr": FRENCH, "it": ITALIAN, "pt": PORTUGUESE}.get(lang, {})} for lang in ANSWERS}


def at_the_confirmation(v: Visitor, playbook: Playbook, lang: str) -> str:
    reply = v.say(OPENING[lang])
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        assert slot is not None and slot != "budget", f"the heard budget was never confirmed:\n{v.history()}"
        if slot == CONFIRM and "5" in reply:
            return reply
        reply = v.say(FULL[lang][slot])
    raise AssertionError(f"the heard budget was never confirmed:\n{v.history()}")


@pytest.mark.parametrize(("lang", "yes"), BARE_YES)
def test_a_bare_yes_in_any_words_confirms_the_heard_budget(
        stack: Stack, playbook: Playbook, lang: str, yes: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say(yes)
    assert asked(reply, playbook, lang) not in (CONFIRM, "budget", None), f"{yes!r} was no yes:\n{v.history()}"
    finished(v, playbook, lang, FULL[lang], reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    budget = lead["attributes"].get("budget") or {}
    assert budget.get("min") == 5000 and budget.get("period") == "month", f"{budget}\n{v.history()}"


@pytest.mark.parametrize(("lang", "unsure"), NOT_A_YES)
def test_a_reply_that_is_no_yes_confirms_nothing(stack: Stack, playbook: Playbook, lang: str, unsure: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    reply = v.say(unsure)
    # Asked again, a heard value's question asked, or ("weiß nicht" taken as Change) which one to change, the heard
    # budget still a button to pick beside "All fine": nothing confirmed in any of them.
    which = translate(WHICH_QUESTION, lang) in reply and any("5" in title for title, _ in v.buttons[:-1]) \
        and v.buttons[-1] == (translate(ALL_FINE, lang), "/affirm")
    assert which or asked(reply, playbook, lang) in (CONFIRM, "need", "budget"), \
        f"{unsure!r} confirmed:\n{v.history()}"
    if which:
        # "All fine" is the visitor's own yes: until then the budget is no answer (its question is the one picked).
        budget = next(payload for title, payload in v.buttons[:-1] if "5" in title)
        assert asked(v.say(budget), playbook, lang) == "budget", f"the heard budget was kept:\n{v.history()}"


@pytest.mark.parametrize(("lang", "more"), [("en", "yes but more like 8k a month"), ("de", "ja, aber eher 8.000 € im Monat")])
def test_a_yes_that_goes_on_with_a_new_amount_stores_the_new_amount(
        stack: Stack, playbook: Playbook, lang: str, more: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    finished(v, playbook, lang, FULL[lang], v.say(more))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    budget = lead["attributes"].get("budget") or {}
    assert budget.get("min") == 8000, f"{budget}\n{v.history()}"
