"""A visitor asking to go on is never started over mid-form, and after a stop a "no" before the request, or the stop's
own "if you change your mind" said back, starts the fresh form the stop promised, through the real bot, in the seven
languages (pt-PT and pt-BR).

Played (issue 14): a Chicago law firm's partner, back from a phone, wrote "sorry, can we continue?" at the budget
question and got "Happy to start again." with every answer gone (the classifier's ``start_again`` takes "continue" and
"start over" alike); "I changed my mind, let's keep going" at the need question was stored as the need. A Montréal
caterer who said "stop" and then "en fait non, je veux continuer" got only the hint to write "recommencer" (the "non"
was read as a refusal of going on).

Mid-form, a request to go on that states nothing answers nothing: the question on screen is asked again, the answers
stay. After stop it starts again. Near misses: "start again" mid-form still starts over; after stop, "non, je ne veux
pas continuer", "no need to continue" and "I changed my mind, I don't want to continue" get the hint.
"""

from __future__ import annotations

import pytest

from bot.actions.conversation import STOPPED_HINT
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_consent import slots

pytestmark = pytest.mark.slow

LANGUAGES = ["en", "de", "fr", "es", "pt", "pt-BR", "it", "nl"]
START_AGAIN = "Happy to start again. A few quick questions, as before."
# The need, then the company, as each visitor answers them.
FIRST = {
    "en": ("We need more qualified leads", "Hale & Burke LLP"),
    "de": ("Wir brauchen mehr qualifizierte Leads", "Berger Logistik GmbH"),
    "fr": ("Nous avons besoin de plus de leads qualifiés", "Traiteur Lavoie"),
    "es": ("Necesitamos más clientes potenciales", "FitNorte"),
    "pt": ("Precisamos de mais leads qualificados", "Atlântico Digital"),
    "pt-BR": ("A gente precisa de mais leads qualificados", "Bela Flor Cosméticos"),
    "it": ("Abbiamo bisogno di più lead qualificati", "Studio Ferri Associati"),
    "nl": ("We hebben meer gekwalificeerde leads nodig", "Van Dijk Installatietechniek"),
}
# Back after a moment away, asking to go on.
BACK = {
    "en": "sorry, had to step away. can we continue?",
    "de": "sorry, musste kurz weg. können wir weitermachen?",
    "fr": "désolé, j'ai dû m'absenter. on continue ?",
    "es": "perdón, tuve que salir un momento. ¿seguimos?",
    "pt": "desculpe, tive de sair um momento. podemos continuar?",
    "pt-BR": "desculpa, precisei sair um pouco. podemos continuar?",
    "it": "scusi, mi sono dovuto assentare. possiamo continuare?",
    "nl": "sorry, moest even weg. kunnen we verder?",
}
STOP = {"en": "stop", "de": "stopp", "fr": "stop", "es": "para", "pt": "não quero continuar", "pt-BR": "não quero continuar", "it": "basta",
        "nl": "stop"}
# After the stop: a "no" taking it back before the request, and the stop's "if you change your mind" said back.
TAKEN_BACK = {
    "en": "actually no, I want to continue",
    "de": "ach nein, ich möchte doch weitermachen",
    "fr": "en fait non, je veux continuer",
    "es": "no, espera, quiero seguir",
    "pt": "não, afinal quero continuar",
    "pt-BR": "não, quero continuar sim",
    "it": "no, voglio continuare",
    "nl": "nee, ik wil toch verder",
}
CHANGED_MIND = {
    "en": "I changed my mind",
    "de": "ich hab's mir anders überlegt",
    "fr": "j'ai changé d'avis",
    "es": "he cambiado de opinión",
    "pt": "mudei de ideias",
    "pt-BR": "mudei de ideia",
    "it": "ho cambiato idea",
    "nl": "ik heb me bedacht",
}


def base(lang: str) -> str:
    return lang.split("-")[0]


def at_the_question_after_the_company(v: Visitor, playbook: Playbook, lang: str) -> str:
    """The need and the company answered (confirmations said yes to): the slot asked next."""
    need, company = FIRST[lang]
    reply = v.say("hi" if base(lang) == "en" else {"de": "hallo", "fr": "bonjour", "es": "hola", "pt": "olá",
                                                      "it": "buongiorno", "nl": "hallo"}[base(lang)])
    for said in (need, company):
        assert asked(reply, playbook, base(lang)) is not None, v.history()
        reply = v.say(said)
        while asked(reply, playbook, base(lang)) == CONFIRM:
            reply = v.say({"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "it": "sì",
                           "nl": "ja"}[base(lang)])
    slot = asked(reply, playbook, base(lang))
    assert slot not in (None, "need", "company"), v.history()
    return slot


@pytest.mark.parametrize("lang", LANGUAGES)
def test_asking_to_go_on_mid_form_asks_the_same_question_and_keeps_the_answers(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    pending = at_the_question_after_the_company(v, playbook, lang)
    reply = v.say(BACK[lang])
    assert translate(START_AGAIN, lang) not in reply, f"started over:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) == pending, f"not the question on screen again:\n{v.history()}"
    kept = slots(stack, v.sender)
    assert kept["attributes"]["company"] == FIRST[lang][1], f"{kept['attributes']}\n{v.history()}"
    assert kept["attributes"].get("need"), kept["attributes"]
    assert BACK[lang] not in str(kept["attributes"]), kept["attributes"]


def test_start_again_mid_form_still_starts_over(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_the_question_after_the_company(v, playbook, "en")
    reply = v.say("can we start again?")
    assert START_AGAIN in reply and asked(reply, playbook, "en") == "need", v.history()


def stopped(v: Visitor, lang: str) -> None:
    reply = v.say(FIRST[lang][0])
    reply = v.say(STOP[lang])
    assert translate(START_AGAIN, lang) not in reply, v.history()
    reply = v.say("ok" if base(lang) == "en" else STOP[lang])
    assert translate(STOPPED_HINT, lang) in reply, f"not stopped:\n{v.history()}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("said", [TAKEN_BACK, CHANGED_MIND], ids=["taken_back", "changed_mind"])
def test_after_a_stop_a_no_before_going_on_or_a_change_of_mind_starts_again(
    stack: Stack, playbook: Playbook, lang: str, said: dict[str, str]
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    stopped(v, lang)
    reply = v.say(said[lang])
    assert translate(START_AGAIN, lang) in reply, f"no fresh form:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) == "need", v.history()


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "non, je ne veux pas continuer"), ("en", "no need to continue"),
    ("en", "I changed my mind, I don't want to continue"), ("de", "nein, ich will nicht weitermachen"),
])
def test_after_a_stop_a_refusal_to_go_on_gets_the_hint(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    stopped(v, lang)
    reply = v.say(said)
    assert translate(STOPPED_HINT, lang) in reply and translate(START_AGAIN, lang) not in reply, v.history()
