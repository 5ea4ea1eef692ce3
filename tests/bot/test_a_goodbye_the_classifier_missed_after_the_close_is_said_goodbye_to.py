"""After the close, a message that only takes leave is said goodbye to, whatever the classifier made of it, through the
real bot, in the seven languages (pt-PT and pt-BR).

Played (issue 14, "a reply that ignores what was said"): once the conversation had closed, "obrigado, até logo" and
"alles klar, bis dann" (the classifier's fallback) got "Sorry, I didn't quite get that. Could you say it another
way?", and "d'accord, à bientôt" and "va bene, a presto" (affirm) got "Thanks for your message. Is there anything else
I can help you with?". ``nlu.leaving.says_goodbye`` read each as a goodbye; the actions outside the form did not ask
it. Near misses: a question after the close is still answered ("what do you charge?"), and thanks alone still get
"You're welcome".
"""

from __future__ import annotations

import pytest

from bot.actions.conversation import AFTER_CLOSE, NOT_UNDERSTOOD
from bot.actions.farewell import GOODBYE
from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# A student: who they are is confirmed, and the conversation closes at once (no questions, no call).
STUDENT = {
    "en": "hi, I'm a student writing my thesis on lead generation",
    "de": "Hallo, ich bin Studentin und schreibe meine Bachelorarbeit",
    "fr": "bonjour, je suis étudiant et j'écris mon mémoire",
    "es": "hola, soy estudiante y estoy escribiendo mi tesis",
    "pt": "olá, sou estudante e estou a escrever a minha tese",
    "pt-BR": "oi, sou estudante e estou escrevendo meu TCC",
    "it": "ciao, sono uno studente e sto scrivendo la tesi",
    "nl": "hoi, ik ben student en schrijf mijn scriptie",
}
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "pt-BR": "sim", "it": "sì", "nl": "ja"}
LEAVING = [
    ("en", "ok that's all, see you"), ("de", "alles klar, bis dann"), ("de", "ok danke, schönen Tag noch"),
    ("fr", "d'accord, à bientôt"), ("es", "vale, hasta luego"), ("pt", "obrigado, até logo"),
    ("pt-BR", "valeu, até mais"), ("it", "va bene, a presto"), ("nl", "oké, tot ziens"),
]


def base(lang: str) -> str:
    return lang.split("-")[0]


def closed(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(STUDENT[lang])
    assert asked(reply, playbook, base(lang)) == CONFIRM, f"who they are was not confirmed:\n{v.history()}"
    reply = v.say(YES[lang])
    assert asked(reply, playbook, base(lang)) is None, f"the conversation did not close:\n{v.history()}"


@pytest.mark.parametrize(("lang", "said"), LEAVING)
def test_a_goodbye_after_the_close_is_said_goodbye_to(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    closed(v, playbook, lang)
    reply = v.say(said)
    assert translate(GOODBYE, lang) in reply, f"no goodbye:\n{v.history()}"
    assert translate(NOT_UNDERSTOOD, lang) not in reply and translate(AFTER_CLOSE, lang) not in reply, v.history()


@pytest.mark.parametrize(("said", "answer"), [("what do you charge?", "5,000"), ("thanks!", "welcome")])
def test_a_question_or_thanks_after_the_close_is_answered_as_before(
    stack: Stack, playbook: Playbook, said: str, answer: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    closed(v, playbook, "en")
    reply = v.say(said)
    assert answer in reply and GOODBYE not in reply, v.history()
