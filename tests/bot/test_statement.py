"""A statement about the visitor's own work is no request: no FAQ answer, no content offer, no "not sure".

The predicate in process, then visitors through the real Rasa, action server and lead service, in the seven
languages, at the start and in the middle of the form.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.statement import tells_about_themselves
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

STATEMENTS = [
    ("en", "I'm putting together a blog post on B2B webinars"),
    ("en", "hey, for my dissertation I'm comparing lead generation frameworks"),
    ("de", "Ich arbeite gerade an einem Fachartikel über Whitepaper im B2B-Marketing"),
    ("de", "Für meine Bachelorarbeit untersuche ich Fallstudien von Agenturen"),
    ("fr", "je prépare un mémoire sur les webinaires B2B"),
    ("es", "estoy preparando un trabajo de fin de grado sobre whitepapers"),
    ("es", "escribo un reportaje sobre casos de éxito en marketing"),
    ("pt", "estou a escrever a minha tese sobre geração de leads"),
    ("it", "sto preparando un articolo sui webinar di marketing"),
    ("it", "scrivo per una rivista di settore, un pezzo sui casi studio"),
    ("nl", "ik werk aan een scriptie over leadgeneratie en webinars"),
]
REQUESTS = [
    ("en", "I'd really like a copy of your lead generation guide"),
    ("en", "the webinar recording, please"),
    ("en", "I'm after some case studies from SaaS clients"),
    ("en", "we need your whitepaper for a board meeting"),
    ("en", "I'm writing a proposal - any case studies you can share?"),
    ("de", "Ich bräuchte Ihre Fallstudien, bitte"),
    ("fr", "j'aimerais recevoir votre livre blanc"),
    ("es", "busco casos de éxito de clientes B2B"),
    ("pt", "preciso do vosso guia de geração de leads"),
    ("it", "mi servirebbe il vostro whitepaper"),
    ("nl", "ik zoek jullie webinar over de funnel"),
    ("it", "i casi studio dei vostri clienti"),
    ("en", "honestly I think you're a bot"),
    ("en", "the webinar recording we missed last week"),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENTS)
def test_the_visitor_telling_of_their_own_work_is_a_statement(lang: str, text: str) -> None:
    assert tells_about_themselves(text, lang)


@pytest.mark.parametrize(("lang", "text"), REQUESTS)
def test_a_wish_a_request_or_a_sentence_about_us_is_no_statement(lang: str, text: str) -> None:
    assert not tells_about_themselves(text, lang)



def _no_answer_sent(reply: str, lang: str) -> bool:
    """No content offer's link and no "not sure" in the reply."""
    not_sure = translate("I'm not sure about that one, I'm afraid. I can tell you about our services and pricing, "
                         "or put you in touch with our team.", lang)
    return "https://brightline.example/" not in reply and not_sure not in reply


# Openings the classifier reads as a question or a bot challenge (ask_question 0.72-0.83, bot_challenge 0.74).
OPENINGS = [
    ("en", "I'm writing an article about case studies in B2B marketing"),
    ("de", "Ich schreibe einen Artikel über Whitepaper und Webinare"),
    ("fr", "je rédige un article sur les livres blancs B2B"),
    ("es", "estoy escribiendo un artículo sobre casos de éxito"),
    ("pt", "estou escrevendo um artigo sobre SEO"),
    ("it", "sto scrivendo la tesi sulla lead generation e sui webinar"),
    ("nl", "ik schrijf een artikel over whitepapers"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "opening"), OPENINGS)
def test_an_opening_statement_gets_the_questions_not_an_answer(
        stack: Stack, playbook: Playbook, lang: str, opening: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    assert _no_answer_sent(reply, lang), v.history()
    assert asked(reply, playbook, lang) is not None, v.history()


@pytest.mark.slow
def test_a_statement_in_the_middle_of_the_form_is_read_as_an_answer_not_a_request(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "nl"})
    reply = v.say("Hallo")
    assert asked(reply, playbook, "nl") == "need", v.history()
    reply = v.say("ik schrijf een artikel over whitepapers")
    assert _no_answer_sent(reply, "nl") and asked(reply, playbook, "nl") is not None, v.history()
    # A request, by contrast, gets the offer.
    reply = v.say("kunt u mij uw whitepaper sturen?")
    assert "https://brightline.example/guides/lead-generation-framework" in reply, v.history()
