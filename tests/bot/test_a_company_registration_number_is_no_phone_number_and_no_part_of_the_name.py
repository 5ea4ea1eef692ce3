"""A company's registration or tax number said with its name is no phone number and no part of the name (issue 14),
in seven languages.

Held-out persona griet (set 16) answered the company question with "Zorgzaam Thuis bv, ondernemingsnummer
0456.789.123": the number, with its trunk "0", was taken for a phone number, she heard "We vragen niet om een
telefoonnummer" and the company question three times. A number labelled as a company's registration or tax number
("company no.", "USt-IdNr.", "SIRET", "CIF", "P.IVA", "NIPC", "CNPJ", "KvK", "ondernemingsnummer", ...) is now taken out
with its label, unsaid: the name is the answer, and no digit of the number is kept.

Near misses: a phone number said with the name still hears that we don't ask for one; "tax 20%", "our VAT is about
20000 a year" are no registration number.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import NO_PHONE
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

HELLO = {"en": "hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "it": "Ciao", "pt": "Olá", "nl": "Hallo"}
NEED = {
    "en": "we need more leads",
    "de": "wir brauchen mehr Leads",
    "fr": "nous avons besoin de plus de leads",
    "es": "necesitamos más clientes",
    "it": "ci servono più clienti",
    "pt": "precisamos de mais clientes",
    "nl": "we hebben meer klanten nodig",
}
RECAP = {
    "en": "what do you have so far?",
    "de": "was haben Sie bisher notiert?",
    "fr": "qu'avez-vous noté jusqu'ici ?",
    "es": "¿qué tienes anotado hasta ahora?",
    "it": "cosa ha annotato finora?",
    "pt": "o que anotou até agora?",
    "nl": "wat heeft u tot nu toe genoteerd?",
}
REGISTERED = [
    ("en", "Harbour Analytics Ltd", "Harbour Analytics Ltd, company no. 08123456"),
    ("en", "Harbour Analytics", "Harbour Analytics (ABN 51 824 753 556)"),
    ("de", "Müller Backwaren GmbH", "Müller Backwaren GmbH, USt-IdNr. DE123456789"),
    ("de", "Müller Backwaren GmbH", "Müller Backwaren GmbH, HRB 012345"),
    ("fr", "Dupont Conseil SAS", "Dupont Conseil SAS, SIRET 123 456 789 00012"),
    ("es", "Panadería García SL", "Panadería García SL, CIF B12345678"),
    ("it", "Rossi Impianti srl", "Rossi Impianti srl, P.IVA 01234567890"),
    ("pt", "Padaria Lusa Lda", "Padaria Lusa Lda, NIPC 501234567"),
    ("pt", "Clínica Sorriso", "Clínica Sorriso, CNPJ 12.345.678/0001-90"),
    ("nl", "Zorgzaam Thuis bv", "Zorgzaam Thuis bv, ondernemingsnummer 0456.789.123"),
    ("nl", "Bakker BV", "Bakker BV, KvK 012345678"),
]


def _at_the_company_question(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    assert asked(v.say(NEED[lang]), playbook, lang) == "company", v.history()
    return v


@pytest.mark.parametrize(("lang", "company", "said"), REGISTERED)
def test_a_registration_number_with_the_company_name_leaves_the_name_as_the_answer(
    stack: Stack, playbook: Playbook, lang: str, company: str, said: str
) -> None:
    v = _at_the_company_question(stack, playbook, lang)
    reply = v.say(said)
    assert translate(NO_PHONE, lang) not in reply, f"a registration number taken for a phone number:\n{v.history()}"
    assert asked(reply, playbook, lang) not in (None, "company"), f"the company asked again:\n{v.history()}"
    noted = v.say(RECAP[lang])
    assert company in noted, v.history()
    assert "345" not in noted and "456" not in noted, f"the number kept with the company:\n{v.history()}"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Harbour Analytics Ltd, call me on 0171 2345678"), ("nl", "Bakker BV, mijn nummer is 0456 78 91 23")],
)
def test_a_phone_number_with_the_company_name_still_hears_we_ask_for_none(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = _at_the_company_question(stack, playbook, lang)
    assert translate(NO_PHONE, lang) in v.say(said), v.history()
