"""Four of the visitor's moves, through the real bot, in seven languages (issue 14, persona set 9):

- a why asking why something matters to us, or why we need to know a clause ("Wieso ist die Grösse für Sie
  überhaupt wichtig?", "Por que vocês precisam saber quanto eu quero gastar?"), hears the reason of what it names
  and the question on screen again, never "I didn't understand" nor the pricing text;
- a goodbye whose excuse is being called away at work ("Mi scusi, devo scappare, mi chiamano in magazzino.
  Arrivederci!") is said goodbye to, and the form asks nothing more;
- whether the work would stay under a sum ("would a new website from you come in under 10 grand?") hears the
  playbook's pricing text, and the question on screen again;
- and, in an opening message, case studies asked for after a greeting ("G'day - got any case studies from trade
  businesses? We design and build concrete pools ...") are linked.
"""

from __future__ import annotations

import pytest

from bot.actions.farewell import KEPT_HERE
from bot.actions.phrasebook import translate
from bot.actions.phrasing import REASONS
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.translation import localized
from tests.bot.test_a_why_that_names_another_question_hears_that_questions_reason import at_the_company_question
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

# lang: at the company question, a why about what matters (the size) and one about a clause (the budget).
WHY = {
    "en": ("why is company size even important to you?", "why do you need to know how much I want to spend?"),
    "de": ("Wieso ist die Grösse für Sie überhaupt wichtig?", "Warum wollen Sie wissen, wie viel wir ausgeben?"),
    "fr": ("pourquoi la taille est importante pour vous ?", "pourquoi vous voulez savoir combien je veux dépenser ?"),
    "es": ("¿por qué es tan importante el tamaño para ustedes?", "¿por qué necesitan saber cuánto quiero gastar?"),
    "pt": ("por que o tamanho é importante para vocês?", "Por que vocês precisam saber quanto eu quero gastar?"),
    "it": ("perché la dimensione è importante?", "perché volete sapere quanto voglio spendere?"),
    "nl": ("waarom is de grootte voor jullie eigenlijk belangrijk?", "waarom willen jullie weten hoeveel ik wil uitgeven?"),
}
CALLED_AWAY = {
    "en": "sorry, they need me on the shop floor, bye",
    "de": "Entschuldigung, ich werde in der Werkstatt gebraucht, tschüss",
    "fr": "excusez-moi, on m'appelle à l'atelier, au revoir",
    "es": "perdone, me necesitan en el almacén, hasta luego",
    "pt": "desculpe, estão me chamando na obra, até logo",
    "it": "Mi scusi, devo scappare, mi chiamano in magazzino. Arrivederci!",
    "nl": "sorry, ze hebben me nodig in de werkplaats, doei",
}
UNDER_A_SUM = {
    "en": "would a new website from you come in under 10 grand?",
    "de": "Geht eine neue Website bei euch für unter 10.000 Euro?",
    "fr": "Un site web chez vous, ça peut se faire pour moins de 10 000 euros ?",
    "es": "¿Una web nueva con ustedes sale por menos de 10.000 euros?",
    "pt": "Um site novo com vocês fica abaixo de 10 mil euros?",
    "it": "Un sito nuovo da voi si riesce a stare sotto i 10.000 euro?",
    "nl": "Kan een nieuwe website bij jullie voor minder dan 10.000 euro?",
}


@pytest.mark.parametrize("lang", list(WHY))
def test_a_why_about_what_matters_or_a_clause_hears_its_reason_and_the_question_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = at_the_company_question(stack, playbook, lang)
    for said, slot in zip(WHY[lang], ("company_size", "budget")):
        reply = v.say(said)
        assert translate(REASONS[slot], lang) in reply, f"no reason for the {slot}:\n{v.history()}"
        assert "USD" not in reply, f"a why is no price question:\n{v.history()}"
        assert asked(reply, playbook, lang) == "company", v.history()


@pytest.mark.parametrize("lang", list(CALLED_AWAY))
def test_a_goodbye_called_away_at_work_is_said_goodbye_to(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = at_the_company_question(stack, playbook, lang)
    reply = v.say(CALLED_AWAY[lang])
    assert reply == translate(KEPT_HERE, lang), f"no goodbye saying what is kept:\n{v.history()}"
    assert asked(reply, playbook, lang) is None, v.history()


@pytest.mark.parametrize("lang", list(UNDER_A_SUM))
def test_a_price_asked_under_a_sum_hears_the_pricing_text_and_the_question_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    spoken = localized(playbook, lang)
    pricing = next(e for e in spoken.faq if e.id == "pricing")
    v = at_the_company_question(stack, playbook, lang)
    reply = v.say(UNDER_A_SUM[lang])
    assert spoken.faq_answer(pricing) in reply, f"no pricing text:\n{v.history()}"
    assert asked(reply, playbook, lang) == "company", v.history()


# An opening message: a greeting, a request for case studies, and what the visitor does.
OPENING = {
    "en": "G'day - got any case studies from trade businesses? We design and build concrete pools around Brisbane.",
    "de": "Grüezi, habt ihr Referenzen von Handwerksbetrieben? Wir sind eine Schreinerei in Luzern.",
    "fr": "Coucou, vous avez des études de cas de PME ? On est une érablière en Estrie.",
    "es": "Buenos días, ¿tienen casos de éxito con fabricantes? Somos una fábrica de uniformes en Medellín.",
    "pt": "Bom dia, vocês têm casos de sucesso com construtoras? Somos uma marcenaria em Belo Horizonte.",
    "it": "Buongiorno, avete casi studio di aziende alimentari? Siamo un frantoio vicino a Bari.",
    "nl": "Goedemorgen, hebben jullie klantcases uit de bouw? Wij zijn een hoveniersbedrijf uit Haarlem.",
}


@pytest.mark.parametrize("lang", list(OPENING))
def test_case_studies_asked_for_after_a_greeting_in_an_opening_are_linked(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    spoken = localized(playbook, lang)
    offer = spoken.offer(next(e for e in spoken.faq if e.id == "case_studies").offer)
    assert offer is not None
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(OPENING[lang])
    assert offer.url in reply, f"the case studies asked for were not linked:\n{v.history()}"
