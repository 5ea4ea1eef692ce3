"""A call asked for with "we", of "you", or in the conditional is a call request (``nlu.call_request.asks_for_a_call``),
in the seven languages.

Issue 14, persona set 15: sébastien's "Est-ce qu'on peut fixer un appel ?" with the times on screen got "Je ne suis
malheureusement pas sûr": French elides "que on" to "qu'on", and "on peut" after an apostrophe was not read. The
same category in each language: "could we", "would it be possible to", "can you", "könnten wir", "wäre es möglich",
"pourrait-on", "vous pouvez", "¿podríamos?", "¿se podría?", "seria possível", "podem", "potremmo", "sarebbe
possibile", "zouden we", "kunnen jullie". Near misses: meetings of the visitor's own business, or a plain "we want".
"""

from __future__ import annotations

import pytest

from nlu.call_request import asks_for_a_call

REQUESTS = {
    "fr": ["Est-ce qu'on peut fixer un appel ?", "qu'on peut caler un rendez-vous cette semaine ?",
           "Pourrait-on organiser un appel ?", "Serait-il possible de fixer un rendez-vous ?",
           "Vous pouvez me réserver un créneau ?", "On aimerait avoir un appel avec vous"],
    "en": ["Would it be possible to set up a call?", "could you schedule a call with us?",
           "can you book me a slot for a call?", "we'd like to arrange a meeting"],
    "de": ["Könnten wir einen Termin ausmachen?", "Wäre es möglich, einen Termin zu vereinbaren?",
           "Können Sie einen Termin mit mir einplanen?", "Wir würden gern ein Gespräch vereinbaren"],
    "es": ["¿Podríamos agendar una llamada?", "¿Se podría reservar una reunión?", "¿Pueden agendarme una llamada?",
           "Nos gustaría tener una videollamada"],
    "pt": ["Seria possível marcar uma chamada?", "Vocês podem marcar uma reunião comigo?",
           "Poderíamos agendar uma ligação?", "Gostaríamos de marcar uma conversa"],
    "it": ["Potremmo fissare una chiamata?", "Sarebbe possibile fissare un appuntamento?",
           "Potete organizzare una call?", "Potete fissarmi un appuntamento?", "Vorremmo prenotare una consulenza"],
    "nl": ["Zouden we een gesprek kunnen plannen?", "Kunnen jullie een afspraak inplannen?",
           "Kunt u een belafspraak maken?", "We willen graag een kennismakingsgesprek plannen"],
}
NOT_REQUESTS = [
    # the visitor's own meetings, or several
    "we want to get a meeting with investors", "we want to book more sales calls",
    "queremos marcar mais reuniões com construtoras", "on voudrait prendre plus de rendez-vous clients",
    "vorremmo più appuntamenti per i nostri venditori", "we willen meer afspraken voor onze verkopers",
    "wir wollen mehr Termine für den Vertrieb", "vamos ter uma reunião com o conselho",
    # no meeting at all
    "can you tell me about your SEO work?", "could you send me the pricing?", "Pourrait-on parler du budget plus tard ?",
    "¿Pueden enviarme información?", "Kunnen jullie ons helpen met SEO?", "Potete mandarmi un preventivo?",
    # a call had
    "we had a call with another agency last week",
]


@pytest.mark.parametrize("text", [t for texts in REQUESTS.values() for t in texts])
def test_a_call_asked_for_as_we_of_you_or_in_the_conditional_is_a_request(text: str) -> None:
    assert asks_for_a_call(text), text


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_near_miss_their_own_meetings_or_no_meeting_is_none(text: str) -> None:
    assert not asks_for_a_call(text), text


def test_every_language_has_its_requests() -> None:
    assert set(REQUESTS) == {"en", "de", "fr", "es", "pt", "it", "nl"}
