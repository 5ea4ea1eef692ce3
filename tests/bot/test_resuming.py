"""What a stopped visitor writes to carry on (``bot.actions.resuming``), read without Rasa."""

from __future__ import annotations

import pytest

from bot.actions.resuming import asks_to_go_on


@pytest.mark.parametrize("text", [
    "shall we carry on?", "weiter?", "¿seguimos?", "on reprend ?",
    "Sorry, I'm back now. Can we continue?", "Entschuldigung, jetzt habe ich Zeit. Machen wir weiter?",
    "Désolé, j'étais en réunion. On reprend ?", "Scusi, ci sono. Continuiamo?",
])
def test_a_request_to_go_on_is_read_alone_or_after_a_line_of_its_own(text: str) -> None:
    assert asks_to_go_on(text)


@pytest.mark.parametrize("text", [
    "I'm back. I don't want to continue.", "no, I don't want to continue",
    "let's continue: budget 90k, I'm the CEO", "Hi. We met at the fair. Our budget is big. Let's go on.",
    "we continue to struggle with leads from our website and paid search this year",
])
def test_a_refusal_data_or_a_paragraph_is_no_request_to_go_on(text: str) -> None:
    assert not asks_to_go_on(text)
