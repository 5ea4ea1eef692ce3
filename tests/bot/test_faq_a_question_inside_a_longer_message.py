"""A visitor's question inside a longer message, answered through the real bot in the middle of the form.

Issue 14: an Italian visitor's long message about themselves with a privacy question inside ("sto scrivendo … cosa
fate con i miei dati?") got no answer. The question may come after sentences about the visitor, or after "I wanted
to know", with or without "?", in any of the seven languages; the answer is the playbook's, in their language, and
the form goes on: the pending question again, or what the other sentences told, said back to confirm. Sentences
that ask nothing still get no FAQ answer.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_faq_questions import GREETINGS, NONE, verdict

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Sto scrivendo a nome di una piccola agenzia immobiliare di Verona, siamo in cinque e vorremmo più "
           "contatti dal sito. Prima di rispondere alle sue domande però: cosa fate con i miei dati?", "data"),
    ("it", "Buonasera, gestisco un negozio di biciclette a Padova e volevo sapere cosa fate con i dati che vi lascio",
     "data"),
    ("en", "We're a 9-person architecture practice in Bath and our site brings in almost nothing. Before I answer "
           "anything else, what happens to the details I give you here?", "data"),
    ("de", "Wir sind ein Familienbetrieb mit 30 Leuten in Freiburg und verkaufen Fenster. Was kostet so etwas bei "
           "euch im Monat?", "pricing"),
    ("fr", "Bonjour, je dirige une agence de voyages à Bordeaux et je voulais savoir où vous êtes basés", "location"),
    ("es", "Somos una clínica dental en Málaga con dos sedes. ¿Esto lo contesta un programa o una persona?", "bot"),
    ("pt", "Temos uma pequena fábrica de calçado em Guimarães. O que fazem com os dados que eu escrevo aqui?", "data"),
    ("nl", "Wij zijn een hoveniersbedrijf uit Zwolle met 12 man. Waar is jullie kantoor eigenlijk?", "location"),
    # sentences about the visitor that ask nothing: no FAQ answer
    ("it", "Sto scrivendo dal telefono. Siamo uno studio di commercialisti a Torino con otto persone.", NONE),
    ("en", "We're a logistics firm in Hull. Which is why we'd like a partner in the north.", NONE),
])
def test_a_question_among_sentences_about_the_visitor_gets_the_playbooks_answer_and_the_form_goes_on(
    stack: Stack, playbook: Playbook, lang: str, text: str, expected: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(GREETINGS[lang])
    found = verdict(v.say(text), playbook, lang, expected)
    if found == "pending question not asked again":
        # What the sentences around the question told (a trade, a team, a town) is heard and said back for the
        # visitor to confirm, the form's next step: the question is then asked in its turn.
        payloads = [payload for _, payload in v.buttons]
        assert "/affirm" in payloads and "/deny" in payloads, v.history()
    else:
        assert found == "right", v.history()
