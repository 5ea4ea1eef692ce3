"""A cancellation supposed in a question ("if I had to cancel, how would I?", "falls ich absagen müsste, wie mache ich
das?", "si je dois annuler, je fais comment ?") asks how it would go: it is no stop. The classifier read such questions
as "stop", and ``nlu.leaving.names_no_stop`` kept that reading because "cancel", "absagen", "annuler" are words a stop
is said with (issue 14); the bot closed the chat on a question.

The category is ``nlu.rescheduling.supposes_a_move``'s: a cancellation or a move supposed ("if", "falls", "si", "se",
"als"), asked about, no time wanted, in the seven languages. Near misses that stay stops: a cancellation or stop said
outright ("cancel", "please cancel the call", "stop", "ich will absagen", "I want to cancel, how?"), or a question
with no supposition ("how do I cancel?", "cancel it, how do I?")."""

from __future__ import annotations

import pytest

from nlu.leaving import names_no_stop


@pytest.mark.parametrize("text", [
    "if I had to cancel, how would I?",
    "if I need to cancel later, what do I do?",
    "falls ich absagen müsste, wie mache ich das?",
    "si je dois annuler, je fais comment ?",
    "si tuviera que cancelar, ¿cómo lo hago?",
    "se eu tiver de cancelar, como faço?",  # pt-PT
    "se precisar cancelar, como faço?",  # pt-BR
    "se dovessi annullare, come faccio?",
    "als ik moet annuleren, hoe doe ik dat?",
])
def test_a_supposed_cancellation_asked_about_names_no_stop(text: str) -> None:
    assert names_no_stop(text)


@pytest.mark.parametrize("text", [
    "cancel",
    "please cancel the call",
    "stop",
    "I want to cancel, how?",
    "how do I cancel?",
    "cancel it, how do I?",
    "cancela la llamada",
    "quero cancelar",
    "annullate tutto, basta",
    "zeg het gesprek maar af, ik stop",
    "stop. if I had to cancel, how would I?",
    "stopp, falls ich absagen müsste, wie mache ich das?",
])
def test_a_cancellation_or_stop_said_outright_keeps_the_stop(text: str) -> None:
    assert not names_no_stop(text)
