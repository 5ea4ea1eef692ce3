"""A visitor the playbook turns away (a student) who asks for the whitepaper gets the content offer, and no more
questions (issue 14), through the real bot.

A student asking for the whitepaper was answered with the next question of the form. Who they are closes the
questions once it is confirmed; what they asked for is sent: the content offer (once: not again at the close), and a
friendly goodbye, in the seven languages, whether they ask in their first message, at a question, or after the
goodbye. The lead, turned away, is kept as who they are.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "pt": "sim", "it": "sì", "nl": "ja"}
# A student who asks for the whitepaper in the same message.
ASKING = {
    "en": "Hi, I'm a student writing my thesis on lead generation. Could I get your whitepaper?",
    "de": "Hallo, ich bin Student und schreibe meine Abschlussarbeit über Leadgenerierung. Kann ich Ihr Whitepaper bekommen?",
    "fr": "Bonjour, je suis étudiante et j'écris mon mémoire sur la génération de leads. Puis-je avoir votre livre blanc ?",
    "es": "Hola, soy estudiante y escribo mi tesis sobre generación de leads. ¿Me pueden enviar su whitepaper?",
    "pt": "Olá, sou estudante e estou a escrever a minha tese sobre geração de leads. Podem enviar-me o vosso whitepaper?",
    "it": "Salve, sono uno studente e scrivo la tesi sulla lead generation. Posso avere il vostro whitepaper?",
    "nl": "Hallo, ik ben student en schrijf mijn scriptie over leadgeneratie. Mag ik jullie whitepaper ontvangen?",
}
LATER = {"en": "can I get the whitepaper?", "de": "Kann ich das Whitepaper bekommen?", "es": "¿me pueden mandar el whitepaper?"}


def offered(reply: str, playbook: Playbook) -> bool:
    return any(o.url in reply for o in playbook.content_offers)


def to_the_end(v: Visitor, playbook: Playbook, lang: str, reply: str) -> str:
    """Confirms who they are when asked (a student, as they said); a question of the form fails."""
    for _ in range(3):
        slot = asked(reply, playbook, lang)
        if slot is None:
            return reply
        assert slot == CONFIRM, f"the form went on for a student:\n{v.history()}"
        reply = v.say(YES[lang])
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


@pytest.mark.parametrize("lang", list(ASKING))
def test_a_student_asking_for_the_whitepaper_gets_the_offer_and_no_questions(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = to_the_end(v, playbook, lang, v.say(ASKING[lang]))
    print(v.history())
    assert any(offered(answer, playbook) for _, answer in v.transcript), f"no content offer:\n{v.history()}"
    sent = "\n".join(answer for _, answer in v.transcript)
    assert all(sent.count(o.url) <= 1 for o in playbook.content_offers), f"an offer sent twice:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"].get("persona") == "student", v.history()


@pytest.mark.parametrize("lang", list(LATER))
def test_a_student_turned_away_who_then_asks_for_the_whitepaper_gets_it_and_no_questions(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    opening = {"en": "hi, I'm a student", "de": "Hallo, ich bin Student", "es": "Hola, soy estudiante"}[lang]
    to_the_end(v, playbook, lang, v.say(opening))
    reply = v.say(LATER[lang])
    assert offered(reply, playbook), f"no content offer:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, f"the form went on:\n{v.history()}"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_student_asking_for_the_whitepaper_at_the_need_question_gets_it_and_no_more_questions(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    hello = {"en": "hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola"}[lang]
    assert asked(v.say(hello), playbook, lang) == "need", v.history()
    reply = to_the_end(v, playbook, lang, v.say(ASKING[lang].split(" ", 1)[1]))
    print(v.history())
    assert any(offered(answer, playbook) for _, answer in v.transcript), f"no content offer:\n{v.history()}"
    sent = "\n".join(answer for _, answer in v.transcript)
    assert all(sent.count(o.url) <= 1 for o in playbook.content_offers), f"an offer sent twice:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, v.history()
