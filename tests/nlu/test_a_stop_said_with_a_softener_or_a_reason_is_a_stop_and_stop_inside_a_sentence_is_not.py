"""A stop said with a softener before it and a reason after it is still a stop, in the seven languages (issue 14, persona
set 13: tyler's "actually stop for now, I'm needed on the floor" at the timing question got "Sorry, I didn't catch that"
and the questions went on). The stop must be a clause of its own, after nothing but softeners: "stop" or "para" inside a
sentence is no stop ("we want to stop losing leads", "para el próximo mes", "basta con un correo", "pare di sì"), nor is
a company's name ("Stop and Go Logistics"), nor a stop with a figure in it (read for what it says)."""

from __future__ import annotations

import pytest

from nlu.leaving import asks_to_stop


@pytest.mark.parametrize("text", [
    # en
    "actually stop for now, I'm needed on the floor", "actually stop for now I'm needed on the floor", "stop", "Stop!",
    "ok let's stop here, my boss just walked in", "sorry, I have to stop", "I'll stop here and check with the team first",
    "hmm, let's pause here", "never mind, stop", "stop asking me questions", "can we stop for now please",
    # de
    "stopp, das reicht für heute", "Hören wir hier auf, ich muss in die Werkstatt", "eigentlich, stopp bitte",
    "ich muss jetzt aufhören, sorry", "machen wir hier Schluss",
    # fr
    "on s'arrête là pour l'instant", "Arrêtons-nous là, je dois d'abord en parler à mon associé", "bon, j'arrête là, merci",
    "ça suffit pour aujourd'hui",
    # es
    "paremos aquí por ahora", "Para, no necesitamos más clientes", "para, tengo que irme", "bueno, lo dejamos aquí",
    "ya basta, gracias",
    # pt
    "vamos parar por aqui", "chega por hoje, obrigado", "desculpa, preciso parar agora", "pare com isso",
    # it
    "fermiamoci qui, prima devo sentire il mio socio", "basta così per ora", "scusi, mi fermo qui",
    # nl
    "laten we hier stoppen", "ik stop ermee, sorry", "sorry, ik moet nu stoppen", "hou op alsjeblieft",
])
def test_a_stop_with_a_softener_or_a_reason_around_it_is_a_stop(text: str) -> None:
    assert asks_to_stop(text)


@pytest.mark.parametrize("text", [
    "we want to stop losing leads to competitors", "we need a one-stop shop for marketing", "Stop and Go Logistics",
    "stop my ads from running is what I need", "we need to stop and think about our strategy", "non-stop service 24/7",
    "we stopped using HubSpot last year", "enough budget for three months?", "stop, the budget is 5k a month",
    "wir wollen aufhören, Geld für Anzeigen zu verschwenden", "Stopp-Schilder und Verkehrstechnik",
    "on veut arrêter de perdre des clients", "arrêt de bus devant le magasin",
    "para el próximo mes", "para mi empresa", "Para enero", "basta con un correo", "a partir de la segunda quincena de enero",
    "para eu ter mais clientes", "queremos parar de perder clientes",
    "pare di sì", "basta un sito nuovo", "vogliamo smettere di pagare troppo",
    "we willen stoppen met adverteren op Facebook", "genoeg klanten, te weinig marge",
])
def test_stop_inside_a_sentence_a_name_or_beside_a_figure_is_no_stop(text: str) -> None:
    assert not asks_to_stop(text)
