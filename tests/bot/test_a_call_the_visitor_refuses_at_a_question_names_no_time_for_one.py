"""A call the visitor refuses at a question names no time for one, and is no answer (issue 14), in seven languages.

"no call please" to the need question got "We'll find a time for a call at the end": the form took any call named at
a question for when a call suits the visitor (``bot.actions.form.names_a_call_time``), refusals included, and
promised a call to a visitor who had just declined one. "I don't want to book a call", "Ich möchte keinen Termin
buchen", "Je ne veux pas réserver d'appel", "No quiero reservar una llamada", "Non voglio prenotare una chiamata",
"Não quero marcar uma chamada", "Ik wil geen afspraak maken" were stored as the visitor's need. Now the refusal is
heard ("Understood.") and the question asked again; nothing is stored of it. At a confirmation ("I noted ... Is that
right?") it is no "no" to what is listed: "no call please" got "Which one should I change?".

Near misses: a time that suits them ("a call on Thursday works", "no, a call on Thursday works") still hears "We'll
find a time for a call at the end"; a need about the visitor's own calls ("we don't get enough calls") is a need; a
refusal with something else to say ("I don't want a call, just tell me the price") is read as before.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

REFUSED = [
    ("en", "hi", "I don't want to book a call"),
    ("en", "hi", "no call please"),
    ("en", "hi", "I'd rather not have a call, thanks"),
    ("de", "Hallo", "Ich möchte keinen Termin buchen"),
    ("de", "Hallo", "bitte keinen Anruf"),
    ("fr", "Bonjour", "Je ne veux pas réserver d'appel"),
    ("fr", "Bonjour", "pas besoin d'un appel, merci"),
    ("es", "Hola", "No quiero reservar una llamada"),
    ("es", "Hola", "sin llamada por favor"),
    ("it", "Ciao", "Non voglio prenotare una chiamata"),
    ("it", "Ciao", "niente chiamate grazie"),
    ("pt", "Olá", "Não quero marcar uma chamada"),
    ("pt", "Olá", "Eu não preciso de uma ligação"),
    ("nl", "Hallo", "Ik wil geen afspraak maken"),
    ("nl", "Hallo", "geen call alsjeblieft"),
]
NEEDS = {
    "en": "we need more leads for our bakery",
    "de": "wir brauchen mehr Leads für unsere Bäckerei",
    "fr": "nous avons besoin de plus de leads pour notre boulangerie",
    "es": "necesitamos más leads para nuestra panadería",
    "it": "ci servono più lead per la nostra panetteria",
    "pt": "precisamos de mais leads para a nossa padaria",
    "nl": "we hebben meer leads nodig voor onze bakkerij",
}
LATER = "We'll find a time for a call at the end."

pytestmark = pytest.mark.slow


def _first_time(v: Visitor, hello: str, playbook: Playbook, lang: str) -> None:
    assert asked(v.say(hello), playbook, lang) == "need", v.history()


@pytest.mark.parametrize(("lang", "hello", "said"), REFUSED)
def test_a_call_refused_at_the_need_question_is_heard_and_the_need_asked_again(
    stack: Stack, playbook: Playbook, lang: str, hello: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    _first_time(v, hello, playbook, lang)
    reply = v.say(said)
    assert translate(LATER, lang) not in reply, f"a call promised after a no to one:\n{v.history()}"
    assert translate("Understood.", lang) in reply, v.history()
    assert asked(reply, playbook, lang) == "need", f"the refusal was taken for the need:\n{v.history()}"
    reply = v.say(NEEDS[lang])
    assert asked(reply, playbook, lang) not in (None, "need"), v.history()


@pytest.mark.parametrize(("lang", "hello", "said"), REFUSED[::2])
def test_a_call_refused_at_the_company_question_is_heard_and_the_company_asked_again(
    stack: Stack, playbook: Playbook, lang: str, hello: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    _first_time(v, hello, playbook, lang)
    assert asked(v.say(NEEDS[lang]), playbook, lang) == "company", v.history()
    reply = v.say(said)
    assert translate(LATER, lang) not in reply, f"a call promised after a no to one:\n{v.history()}"
    assert asked(reply, playbook, lang) == "company", v.history()
    reply = v.say("Crumb & Co")
    assert asked(reply, playbook, lang) not in (None, "company"), v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or said not in str(lead["attributes"]), lead["attributes"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "a call on Thursday works"),
        ("en", "no, a call on Thursday works"),
        ("de", "ein Anruf am Donnerstag passt mir"),
        ("fr", "un appel jeudi matin me va"),
    ],
)
def test_a_time_for_a_call_at_the_company_question_still_hears_it_is_found_at_the_end(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    _first_time(v, {"en": "hi", "de": "Hallo", "fr": "Bonjour"}[lang], playbook, lang)
    assert asked(v.say(NEEDS[lang]), playbook, lang) == "company", v.history()
    reply = v.say(said)
    assert translate(LATER, lang) in reply, v.history()
    assert asked(reply, playbook, lang) == "company", v.history()


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "we don't get enough calls from our website"), ("nl", "we krijgen niet genoeg afspraken binnen")],
)
def test_a_need_about_the_visitors_own_calls_is_the_need(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    _first_time(v, "hi" if lang == "en" else "Hallo", playbook, lang)
    assert asked(v.say(said), playbook, lang) not in (None, "need"), v.history()


OPENINGS = {
    "en": "hi, we're a plumbing firm in Bristol and need more leads",
    "de": "Hallo, wir sind ein Installateurbetrieb in Köln und brauchen mehr Leads",
    "fr": "Bonjour, nous sommes un plombier à Lyon et nous voulons plus de leads",
    "es": "Hola, somos una fontanería en Valencia y queremos más clientes",
    "it": "Ciao, siamo un'impresa idraulica a Bologna e vogliamo più clienti",
    "pt": "Olá, somos uma canalizadora em Braga e queremos mais clientes",
    "nl": "Hallo, we zijn een loodgietersbedrijf in Utrecht en willen meer aanvragen",
}


@pytest.mark.parametrize(("lang", "hello", "said"), REFUSED[1::2])
def test_a_call_refused_at_a_confirmation_is_no_no_to_what_it_lists(
    stack: Stack, playbook: Playbook, lang: str, hello: str, said: str
) -> None:
    """Played on make run: "no call please" to "I noted help with lead generation, ... Is that right?" got "Which one
    should I change?", the refusal of a call taken for a no to the facts listed."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(OPENINGS[lang]), playbook, lang) == CONFIRM, v.history()
    reply = v.say(said)
    assert translate("Which one should I change?", lang) not in reply, v.history()
    assert translate(LATER, lang) not in reply, v.history()
    assert asked(reply, playbook, lang) == CONFIRM, f"the confirmation not asked again:\n{v.history()}"
    assert asked(v.say(translate("Yes", lang).lower()), playbook, lang) not in (None, CONFIRM), v.history()
