""""skip" at a required question of the playbook (issue 14), through the real bot, in seven languages.

"skip", "pass", "next", "rather not say" used to skip any question, the ones the playbook marks required
included, so a lead went out without what the team needs. A skip at a required question now hears, politely,
why it is needed (the reason the bot gives to "why do you ask?", and that a rough answer is fine) and the
question again; an answer then is taken. An optional question (the company) still skips at once, and a visitor
who skips the required one a second time, after hearing why, is let go on rather than asked a third time.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.phrasing import REASONS, REQUIRED
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# lang: a hello, the need, the company (optional), skips, an answer to the role question (required).
VISITORS = {
    "en": ("hi", "We need more qualified leads", ["skip", "pass", "next", "I'd rather not say"],
           "I'm the head of marketing and I decide"),
    "de": ("Hallo", "Wir brauchen mehr qualifizierte Leads", ["überspringen", "nächste Frage", "keine Angabe"],
           "Ich bin Marketingleiterin und entscheide selbst"),
    "fr": ("Bonjour", "Nous avons besoin de plus de prospects qualifiés", ["passer", "question suivante",
                                                                           "je préfère ne pas répondre"],
           "Je suis directrice marketing et je décide"),
    "es": ("Hola", "Necesitamos más clientes potenciales", ["saltar", "siguiente", "prefiero no decirlo"],
           "Soy la directora de marketing y decido yo"),
    "it": ("Buongiorno", "Ci servono più richieste di clienti dal sito web", ["salta", "prossima domanda",
                                                                              "preferisco non rispondere"],
           "Sono la direttrice marketing e decido io"),
    "nl": ("Hallo", "We hebben meer gekwalificeerde leads nodig", ["overslaan", "volgende vraag", "liever niet"],
           "Ik ben hoofd marketing en ik beslis"),
    "pt": ("Olá", "Precisamos de mais leads qualificados", ["pular", "próxima pergunta", "prefiro não dizer"],
           "Sou a diretora de marketing e decido eu"),
}
CASES = [(lang, skip) for lang, (_, _, skips, _) in VISITORS.items() for skip in skips]


def at_the_role_question(v: Visitor, playbook: Playbook, lang: str, skip: str) -> str:
    """Hello, the need, the optional company question skipped (it moves on at once); the reply asking the role."""
    hello, need, _, _ = VISITORS[lang]
    v.say(hello)
    reply = v.say(need)
    if asked(reply, playbook, lang) == CONFIRM:  # the need heard from the hello's words
        reply = v.say(translate("Yes", lang))
    assert asked(reply, playbook, lang) == "company", v.history()
    reply = v.say(skip)
    assert asked(reply, playbook, lang) == "authority", f"the optional question did not skip:\n{v.history()}"
    assert translate(REQUIRED, lang) not in reply, v.history()
    return reply


@pytest.mark.parametrize(("lang", "skip"), CASES)
def test_a_skip_at_a_required_question_hears_why_it_is_needed_and_the_question_again(
        stack: Stack, playbook: Playbook, lang: str, skip: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_role_question(v, playbook, lang, skip)
    reply = v.say(skip)
    assert translate(REASONS["authority"], lang) in reply, f"no reason given:\n{v.history()}"
    assert translate(REQUIRED, lang) in reply, f"not told it is needed:\n{v.history()}"
    assert translate("No problem, let's move on.", lang) not in reply, v.history()
    assert asked(reply, playbook, lang) == "authority", f"the question was not asked again:\n{v.history()}"

    reply = v.say(VISITORS[lang][3])
    assert asked(reply, playbook, lang) not in (None, "authority"), f"the answer was not taken:\n{v.history()}"


@pytest.mark.parametrize("lang", list(VISITORS))
def test_a_second_skip_after_hearing_why_moves_on(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    skip = VISITORS[lang][2][0]
    at_the_role_question(v, playbook, lang, skip)
    v.say(skip)
    reply = v.say(skip)
    assert asked(reply, playbook, lang) not in (None, "authority"), f"asked a third time:\n{v.history()}"
    assert translate(REQUIRED, lang) not in reply, v.history()
