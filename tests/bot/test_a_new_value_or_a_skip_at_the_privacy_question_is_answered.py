"""A new value, or a skip, at the privacy question (issue 14), through the real bot and service, in seven languages.

"we're about 140 people by the way" at "Is that OK with you?", after "about 120 employees", was dropped without a
word: no correction word, so no correction, and the privacy question came again as if nothing was said. A new
value said there now corrects the answer as it would at any question: said back ("Got it, about 140 people."),
the privacy question asked again, and no consent read from it; the lead that goes out once they agree carries it.
An amount that names neither the budget nor the revenue ("around 20M a year") still replaces neither
(tests/bot/test_heard_conversations.py); one said with its field's word does.

"skip" there is no answer either: the visitor hears what the OK is for (and that a no is fine), and the question
again; a second skip is a no, said so, and no contact detail is asked for after it.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import CONSENT_REASON
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_consent import REFUSED, slots, starts, to_consent
from tests.bot.test_truth_conversation_corrections_of_any_field import SAID_BACK

pytestmark = pytest.mark.slow

# Each language's visitor answered "about 120" to the size question; at the privacy question they say 140, in passing.
BY_THE_WAY = {
    "en": "we're about 140 people by the way",
    "de": "wir sind übrigens so um die 140 Leute",
    "fr": "au passage, on est environ 140 personnes",
    "es": "por cierto, somos unas 140 personas",
    "pt": "já agora, somos cerca de 140 pessoas",
    "it": "tra l'altro siamo circa 140 persone",
    "nl": "we zijn trouwens met ongeveer 140 mensen",
}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "it": "sì", "nl": "ja"}
SKIP = {"en": "skip", "de": "überspringen", "fr": "passer", "es": "saltar", "pt": "pular", "it": "salta",
        "nl": "overslaan"}


def answers(lang: str) -> dict[str, str]:
    return {**ANSWERS[lang], "consent": YES[lang], "email": f"visitor.{lang}@acme-example.io", CONFIRM: YES[lang]}


def finish(v: Visitor, playbook: Playbook, lang: str, reply: str) -> None:
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return
        reply = v.say(answers(lang).get(slot, SKIP[lang]))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize("lang", list(BY_THE_WAY))
def test_a_new_size_said_in_passing_at_the_privacy_question_is_said_back_and_kept_once_they_agree(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang, answers(lang))
    reply = v.say(BY_THE_WAY[lang])
    assert starts(reply, SAID_BACK, lang) and "140" in reply, f"the new size was not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question was not asked again:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is not True, f"consent read from a size:\n{v.history()}"
    assert stack.lead_for(v.sender) is None, "a lead went out before consent"

    finish(v, playbook, lang, v.say(YES[lang]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert (lead["attributes"].get("company_size") or {}).get("min") == 140, f"{lead['attributes']}\n{v.history()}"


@pytest.mark.parametrize(("lang", "said", "amount"), [
    ("en", "btw our budget is more like 80k", 80000),
    ("de", "übrigens liegt das Budget eher bei 80.000 € im Jahr", 80000),
    ("es", "por cierto, el presupuesto es más bien de unos 80.000 euros al año", 80000),
])
def test_an_amount_said_with_its_fields_word_at_the_privacy_question_corrects_that_field(
        stack: Stack, playbook: Playbook, lang: str, said: str, amount: int) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang, answers(lang))
    reply = v.say(said)
    assert starts(reply, SAID_BACK, lang) and "80" in reply, f"the budget was not said back:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", v.history()
    finish(v, playbook, lang, v.say(YES[lang]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    assert (lead["attributes"].get("budget") or {}).get("min") == amount, f"{lead['attributes']}\n{v.history()}"


@pytest.mark.parametrize("lang", list(SKIP))
def test_a_skip_at_the_privacy_question_hears_what_the_ok_is_for_and_a_second_skip_is_a_no(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    to_consent(v, playbook, lang, answers(lang))
    reply = v.say(SKIP[lang])
    assert translate(CONSENT_REASON, lang) in reply, f"not told what the OK is for:\n{v.history()}"
    assert asked(reply, playbook, lang) == "consent", f"the privacy question was not asked again:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is None, v.history()

    reply = v.say(SKIP[lang])
    assert translate(REFUSED, lang) in reply, f"a second skip is not taken as a no:\n{v.history()}"
    assert slots(stack, v.sender).get("consent") is False, v.history()
    assert asked(reply, playbook, lang) not in ("consent", "email", "name"), v.history()
