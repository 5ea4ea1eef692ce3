"""Every Portuguese line the bot can say is in the visitor's variant, never the other side's words (issue 14).

The phrasebook's "pt" is Portugal's Portuguese and ``phrasebook_pt_BR.yml`` Brazil's, where Brazil's wording differs;
a sentence Brazil's file leaves out is said to a Brazilian in "pt". Two goodbyes in "pt" were Brazil's ("Nossa equipe
tem suas respostas", "diga oi"), and the lines said outside an action call (the gate of a stopped chat, the answer to
a request to delete it, the relay's lines) were said in the language alone, so a Brazilian read Portugal's. Each
variant's texts are checked against the other's words (``tests.bot.portuguese_forms``, kept apart from the product's
own markers).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.actions.conversation import STOPPED_HINT
from bot.actions.language import BRAZIL, said_in
from bot.actions.phrasebook import translate
from bot.channels.stopped import held
from tests.bot.portuguese_forms import BRAZILIAN_ONLY, EUROPEAN_ONLY, found

ACTIONS = Path(__file__).resolve().parents[2] / "bot" / "actions"
PHRASEBOOK: dict[str, dict[str, str]] = yaml.safe_load((ACTIONS / "phrasebook.yml").read_text(encoding="utf-8"))
BRAZILIAN: dict[str, str] = yaml.safe_load((ACTIONS / "phrasebook_pt_BR.yml").read_text(encoding="utf-8"))
# Brazil's words the shared list leaves out: "registrar" (Portugal: "registar"), "cadastro", "diga oi".
MORE_BRAZILIAN = {"registrar": r"\bregistr(?:ar|o|ado|ada)\b", "cadastro": r"\bcadastr\w*\b", "oi": r"\bdiga oi\b"}
DOMAIN = Domain.from_dict({"slots": {
    "stopped": {"type": "bool", "initial_value": False, "influence_conversation": False,
                "mappings": [{"type": "custom"}]},
    "language": {"type": "any", "influence_conversation": False, "mappings": [{"type": "custom"}]},
}})


def _european(english: str) -> str | None:
    return (PHRASEBOOK.get(english) or {}).get("pt")


@pytest.mark.parametrize("english", [k for k in PHRASEBOOK if _european(k)])
def test_a_line_in_portugals_portuguese_has_no_word_of_brazils(english: str) -> None:
    text = _european(english) or ""
    assert not found({**BRAZILIAN_ONLY, **MORE_BRAZILIAN}, text), text


@pytest.mark.parametrize("english", [k for k in PHRASEBOOK if BRAZILIAN.get(k) or _european(k)])
def test_a_line_said_to_a_brazilian_has_no_word_of_portugals(english: str) -> None:
    # What a Brazilian reads: Brazil's own text, else the "pt" one.
    text = translate(english, BRAZIL)
    assert not found(EUROPEAN_ONLY, text), text


def test_brazils_file_translates_only_sentences_the_phrasebook_has() -> None:
    assert [k for k in BRAZILIAN if k not in PHRASEBOOK] == []


def _history(metadata: dict[str, Any]) -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
            UserUttered("olá, preciso de mais clientes", metadata=metadata), SlotSet("language", "pt"),
            UserUttered("parar"), SlotSet("stopped", True), BotUttered("...")]


@pytest.mark.parametrize(("metadata", "tag"), [({"language": "pt-BR"}, BRAZIL), ({"language": "pt-PT"}, "pt")])
def test_the_names_of_a_portuguese_chats_variant_outside_an_action_call(metadata: dict[str, Any], tag: str) -> None:
    events = [e.as_dict() for e in _history(metadata)]
    assert said_in(events, "pt") == tag
    assert said_in(events, "de") == "de"


class _Store:
    def __init__(self, tracker: DialogueStateTracker) -> None:
        self.tracker = tracker

    async def retrieve(self, _: str) -> DialogueStateTracker:
        return self.tracker


class _Processor:
    async def parse_message(self, _: UserMessage) -> dict[str, Any]:
        return {"intent": {"name": "inform", "confidence": 0.5}}


class _Agent:
    def __init__(self, tracker: DialogueStateTracker) -> None:
        self.tracker_store = _Store(tracker)
        self.processor = _Processor()


@pytest.mark.parametrize(("metadata", "tag"), [({"language": "pt-BR"}, BRAZIL), ({"language": "pt-PT"}, "pt")])
def test_a_stopped_chat_is_given_its_hint_in_the_visitors_variant(metadata: dict[str, Any], tag: str) -> None:
    tracker = DialogueStateTracker.from_events("visitor", _history(metadata), DOMAIN.slots)
    out = CollectingOutputChannel()
    passed = asyncio.run(held(_Agent(tracker), UserMessage("zzz qqq", out, "visitor")))
    assert passed is None
    said = [m["text"] for m in out.messages]
    assert said[-1] == translate(STOPPED_HINT, tag), said
    other = EUROPEAN_ONLY if tag == BRAZIL else BRAZILIAN_ONLY
    assert not any(found(other, s) for s in said), said
    assert re.search(r"\w", said[-1])
