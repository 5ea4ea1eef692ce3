""""quando a obra acabar, podemos começar" (when the works are done, we can start) was read as a question, so the date
it gave was held instead of taken. A clause of time opened by when / quando / cuando / quand / wenn / wanneer, with
no question mark, dates a statement, in the seven languages; "when" followed by its verb still asks, and a main clause
that asks or requests after the time clause still makes a question."""

from __future__ import annotations

import pytest

from nlu.faq import reads_as_question


@pytest.mark.parametrize("text", [
    "when the works are done, we can start",
    "when the new site is live we want to push ads",
    "once the budget is signed off, we go",
    "wenn der Umbau fertig ist, starten wir",
    "wenn wir das Budget haben",
    "quand les travaux seront finis, on commence",
    "lorsque le site sera prêt, on lance la campagne",
    "cuando termine la obra, empezamos",
    "cuando la obra esté lista",
    "quando a obra acabar, podemos começar",
    "quando a obra acabar",
    "ok, quando o site estiver pronto",
    "quando finiscono i lavori, partiamo",
    "quando il sito sarà pronto",
    "wanneer de verbouwing klaar is, beginnen we",
    "wanneer onze nieuwe winkel open is",
])
def test_a_clause_of_time_is_a_statement(text: str) -> None:
    assert not reads_as_question(text)


@pytest.mark.parametrize("text", [
    "quando vocês podem começar?",
    "quando vocês podem começar",
    "when can you start",
    "when do you have time for a call",
    "when, exactly, can you start",
    "quand pouvez-vous commencer",
    "cuándo pueden empezar",
    "cuando pueden empezar",
    "quando potete iniziare",
    "wanneer kunnen jullie beginnen",
    "wann könnt ihr anfangen",
    # the time clause, then a question or a request to us
    "when the site is live, can you send the invoice",
    "quand vous aurez le temps, pouvez-vous m'envoyer un devis",
    "wenn der Umbau fertig ist, könnt ihr dann starten?",
    "quando a obra acabar, vocês podem começar logo?",
])
def test_when_that_asks_is_still_a_question(text: str) -> None:
    assert reads_as_question(text)
