"""A goodbye whose excuse is being called away at work ("they need me in the warehouse, bye") is a goodbye, in the
seven languages, with "sorry" said with its pronoun ("mi scusi", "excusez-moi"); the same workplace or call said in
what the visitor tells us, or an excuse alone, is none (``nlu.leaving``).

Issue 14, persona set 9: nicola's "Mi scusi, devo scappare, mi chiamano in magazzino. Arrivederci!" at the timing
question got "non ho capito" and the form went on: the warehouse he was called to was no word of a goodbye.
"""

from __future__ import annotations

import pytest

from nlu.leaving import says_goodbye

CALLED_AWAY = [
    # it
    "Mi scusi, devo scappare, mi chiamano in magazzino. Arrivederci!",
    "scusate, mi vogliono in ufficio, a presto",
    "devo andare, mi chiamano dal reparto, grazie e arrivederci",
    # en
    "sorry, they need me on the shop floor, bye",
    "excuse me, I'm needed in the warehouse, gotta run",
    "gotta get back to the kitchen, thanks, bye",
    "I've been called to site, speak soon",
    # de
    "Entschuldigung, ich werde in der Werkstatt gebraucht, tschüss",
    "ich muss los, man ruft mich ins Lager, bis später",
    # fr
    "excusez-moi, on m'appelle à l'atelier, au revoir",
    "je dois filer, on a besoin de moi au chantier, merci",
    # es
    "perdone, me necesitan en el almacén, hasta luego",
    "me tengo que ir, me llaman de la obra, gracias, chao",
    # pt
    "desculpe, estão me chamando na obra, até logo",
    "preciso ir, me chamaram no armazém, obrigado, tchau",
    # nl
    "sorry, ze hebben me nodig in de werkplaats, doei",
    "ik moet weg, ik word geroepen naar het magazijn, tot ziens",
]
NOT_GOODBYES = [
    # The workplace or the call in what the visitor tells us.
    "we have a warehouse near Bari and sell to restaurants",
    "I work in the office, we are 12 people",
    "they need me to sign off the budget",
    "abbiamo un magazzino a Bitonto",
    "wir haben eine Werkstatt in Basel",
    "on a un atelier à Sherbrooke",
    "tenemos un almacén en Medellín",
    "temos um armazém em Belo Horizonte",
    "we hebben een magazijn in Haarlem",
    # An excuse alone: no leave taken.
    "mi chiamano in magazzino",
    "sorry, they need me on the shop floor",
    "on m'appelle à l'atelier",
]


@pytest.mark.parametrize("text", CALLED_AWAY)
def test_a_goodbye_called_away_at_work_is_a_goodbye(text: str) -> None:
    assert says_goodbye(text)


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_a_workplace_or_a_call_in_what_the_visitor_tells_us_or_alone_is_no_goodbye(text: str) -> None:
    assert not says_goodbye(text)
