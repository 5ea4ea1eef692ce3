"""A goodbye with its excuse and a price asked with a sum or a service, through the real bot mid-form (issue 14).

alejandro's "Uy, me tengo que ir a una junta. ¡Gracias, hasta luego!" got "Perdone, no lo he entendido" and the
question again; francesca's "un audit SEO da voi costa più di 2.000 euro?" got no pricing answer. A goodbye with the
reason for leaving is said goodbye to, with what is kept, and no question follows; a price question naming a sum or
a service gets the playbook's pricing text and the pending question again, in each of the seven languages.
"""

from __future__ import annotations

import pytest

from bot.actions.farewell import KEPT_HERE
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_faq_questions import GREETINGS, verdict
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# Per language: an answer to the first question (the need), then a goodbye with its excuse.
EXCUSES = {
    "en": ("we need more qualified leads", "sorry, I have to jump on a call, bye"),
    "de": ("Wir brauchen mehr qualifizierte Leads", "oh, ich muss in eine Besprechung, bis später"),
    "fr": ("Nous avons besoin de plus de prospects qualifiés", "oups, je dois filer en réunion, à plus"),
    "es": ("Necesitamos más clientes potenciales", "Uy, me tengo que ir a una junta. ¡Gracias, hasta luego!"),
    "it": ("Abbiamo bisogno di più contatti qualificati", "scusate, ho una riunione, ciao ciao"),
    "nl": ("We hebben meer gekwalificeerde leads nodig", "oeps, ik moet naar een vergadering, tot later"),
    "pt": ("Precisamos de mais leads qualificados", "opa, tenho uma reunião agora, até logo"),
}


@pytest.mark.parametrize("lang", sorted(EXCUSES))
def test_a_goodbye_with_its_excuse_mid_form_is_said_goodbye_to_and_asked_nothing(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    need, goodbye = EXCUSES[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(GREETINGS[lang])
    pending = asked(v.say(need), playbook, lang)
    assert pending not in (None, CONFIRM, "need"), v.history()
    reply = v.say(goodbye)
    assert reply == translate(KEPT_HERE, lang), f"no goodbye saying what is kept:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, v.history()


@pytest.mark.parametrize("lang, text", [
    ("it", "Prima una domanda: un audit SEO da voi costa più di 2.000 euro?"),
    ("en", "would 10k get us anything?"),
    ("de", "kostet ein SEO-Audit bei Ihnen mehr als 2.000 €?"),
    ("fr", "un site web chez vous coûte plus de 3 000 € ?"),
    ("es", "¿cuánto sale una campaña de 5 mil?"),
    ("pt", "dá para fazer algo com 5 mil reais?"),
    ("nl", "kost een website bij jullie meer dan 3.000 euro?"),
])
def test_a_price_asked_with_a_sum_or_a_service_gets_the_pricing_answer_and_the_question_again(
        stack: Stack, playbook: Playbook, lang: str, text: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(GREETINGS[lang])
    found = verdict(v.say(text), playbook, lang, "pricing")
    if found == "pending question not asked again":
        # The service the price is asked of ("un audit SEO") is heard as the need the form asks first, and said
        # back for the visitor to confirm: the form's next step, the question then asked in its turn.
        payloads = [payload for _, payload in v.buttons]
        assert "/affirm" in payloads and "/deny" in payloads, v.history()
    else:
        assert found == "right", v.history()
