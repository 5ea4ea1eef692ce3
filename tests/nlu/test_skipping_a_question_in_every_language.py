"""A reply that only asks to skip the question is read as a skip in the bot's seven languages (issue 14): a free-text
field's reading (the company, the name) would otherwise take "passer" or "überspringen" for the company's name."""

from __future__ import annotations

import pytest

from nlu.replies import skips


@pytest.mark.parametrize("text", [
    "skip", "Skip this one", "pass", "I'd rather not say", "prefer not to say", "next question please", "ok, skip",
    "überspringen", "Lieber nicht", "keine Angabe", "nächste Frage bitte",
    "passer", "Je passe", "je préfère ne pas répondre", "question suivante",
    "saltar", "Paso", "prefiero no decirlo", "siguiente pregunta",
    "pular", "prefiro não dizer", "próxima pergunta", "passo",
    "salta", "preferisco non dirlo", "prossima domanda", "saltiamo",
    "overslaan", "Liever niet", "volgende vraag", "sla maar over",
])
def test_a_reply_that_only_skips_is_a_skip(text: str) -> None:
    assert skips(text)


@pytest.mark.parametrize("text", [
    "Passer & Co", "we'd rather not spend more than 10k", "next month", "the next big thing ltd",
    "Salta Logistics in Argentina", "we skip the agency part, we need SEO", "Pass Media GmbH, Berlin",
    "liever niet te laat, volgende maand starten", "saltar a la siguiente fase este año",
    "why do you need that?", "Acme", "no",
])
def test_a_reply_that_says_more_is_no_skip(text: str) -> None:
    assert not skips(text)
