"""The need is kept in the words that state it, not with another fact's sentence (issue 14).

"need more SME clients. I'm one of the partners" to the need question was kept as the need "need more SME clients.
I'm one of the partners": the role sentence, heard as the role, went to the team inside the need too. Where the free
reading finds the same need in fewer of the reply's words and the rest gives other values, the need is those words.
A need whose words give nothing else ("more SME clients for our accounting firm" names the industry inside the same
clause) is kept whole.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from harness.stack import Stack, Visitor
from tests.bot.test_form import tracker, validate


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "said", "need"), [
    ("en", "need more SME clients. I'm one of the partners", "need more SME clients"),
    ("de", "mehr Leads aus dem Mittelstand. Ich bin einer der Geschäftsführer", "mehr Leads aus dem Mittelstand"),
    ("fr", "plus de clients PME. Je suis associé", "plus de clients PME"),
    ("es", "más clientes pymes. Soy el director general", "más clientes pymes"),
    ("pt", "mais clientes PME. Sou o diretor geral", "mais clientes PME"),
    ("it", "più clienti PMI. Sono il titolare", "più clienti PMI"),
    ("nl", "meer leads uit het mkb. Ik ben de eigenaar", "meer leads uit het mkb"),
])
def test_the_need_leaves_out_the_sentence_that_gave_the_role(lang: str, said: str, need: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="need"))
    assert slots["attributes"]["need"]["summary"] == need, slots["attributes"]
    assert "authority" in slots["heard"]["attributes"], slots


@pytest.mark.parametrize(("lang", "said"), [("en", "more SME clients for our accounting firm"),
                                            ("en", "more leads, fast"), ("de", "mehr Leads über unsere Website")])
def test_a_need_whose_words_give_nothing_else_is_kept_whole(lang: str, said: str) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="need"))
    assert slots["attributes"]["need"]["summary"] == said, slots["attributes"]


@pytest.mark.slow
def test_the_need_through_the_bot_reaches_the_lead_without_the_role(stack: Stack) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    v.say("hi")
    v.say("need more SME clients. I'm one of the partners")
    v.say("Harper & Co Ltd")
    v.say("yes")
    v.say("yes")
    lead = stack.lead_for(v.sender)
    draft_need = ((lead or {}).get("attributes") or {}).get("need") or {}
    assert not draft_need or "partners" not in (draft_need.get("summary") or ""), f"{draft_need}\n{v.history()}"
