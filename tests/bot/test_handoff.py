"""What the visitor who asked for a person is told (``bot.channels.handoff.Relay``), whatever the service says:
someone is fetched, nobody is at work, or nobody could be reached (the service, or Slack behind it, down)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from bot.actions.phrasebook import translate
from bot.channels.chats import MemoryChats
from bot.channels.handoff import FETCHING, OFFER, Relay

UNREACHABLE = "I'm sorry, I couldn't reach anyone from our team just now."


class _Sio:
    def __init__(self) -> None:
        self.emitted: list[dict[str, Any]] = []

    async def emit(self, event: str, data: dict[str, Any], room: str, namespace: Any = None) -> None:
        self.emitted.append(data)


def told(answer: dict[str, Any] | None) -> list[dict[str, Any]]:
    relay = Relay(MemoryChats())
    relay.sio = _Sio()

    async def call(conversation_id: str, text: str, kind: str) -> dict[str, Any] | None:
        assert kind == "asked"
        return answer

    relay._call = call  # type: ignore[method-assign]
    asyncio.run(relay._fetch("conv-1"))
    return relay.sio.emitted


@pytest.mark.parametrize("answer", [None, {"live": False, "fetching": False, "unreachable": True, "wait_seconds": 0}])
def test_with_nobody_reachable_the_visitor_is_told_so_and_offered_a_call_at_once(answer) -> None:
    [line] = told(answer)
    assert line["text"] == f"{UNREACHABLE} {OFFER}"
    assert line["buttons"] == [{"title": "Book a call", "payload": "/book_call"}]


def test_outside_working_hours_the_offer_says_the_team_is_not_at_work() -> None:
    [line] = told({"live": False, "fetching": False, "wait_seconds": 0})
    assert line["text"].startswith("Our team isn't at work right now") and line["buttons"]


def test_in_working_hours_the_visitor_is_told_someone_is_fetched_then_offered_a_call_if_nobody_joins() -> None:
    lines = told({"live": False, "fetching": True, "wait_seconds": 0.05})
    assert [line["text"] for line in lines] == [
        FETCHING, f"I'm sorry, nobody from our team could join the chat just now. {OFFER}"]


def test_someone_who_joined_and_handed_back_during_the_wait_is_not_reported_as_nobody_joining() -> None:
    # The wait ends after the person handed back: nobody is in the chat now, but someone did come.
    relay = Relay(MemoryChats())
    relay.sio = _Sio()

    async def call(conversation_id: str, text: str, kind: str) -> dict[str, Any] | None:
        return {"live": False, "fetching": True, "wait_seconds": 0.3}

    relay._call = call  # type: ignore[method-assign]

    async def story() -> None:
        waiting = asyncio.create_task(relay._fetch("conv-1"))
        await asyncio.sleep(0.1)
        await relay.chats.joined("conv-1", "Dana Reyes")
        await relay.chats.left("conv-1")
        await waiting

    asyncio.run(story())
    assert [line["text"] for line in relay.sio.emitted] == [FETCHING]


class _Agent:
    """Rasa's agent as the relay uses it: a lock store and a processor holding one tracker."""

    def __init__(self, tracker: Any) -> None:
        from rasa.core.lock_store import InMemoryLockStore

        self.tracker, self.lock_store, self.processor, self.saved = tracker, InMemoryLockStore(), self, 0

    async def get_tracker(self, conversation_id: str) -> Any:
        return self.tracker

    async def save_tracker(self, tracker: Any) -> None:
        self.saved += 1


def test_a_line_the_service_says_nobody_is_in_for_resumes_the_paused_bot_before_rasa_reads_it() -> None:
    # The person's "left" never reached this server: the chat state and Rasa still think someone is in.
    from types import SimpleNamespace

    from rasa.shared.core.events import ConversationPaused
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker("conv-1", [])
    tracker.update(ConversationPaused())
    agent = _Agent(tracker)
    relay = Relay(MemoryChats())
    relay.app = SimpleNamespace(ctx=SimpleNamespace(agent=agent))
    sent: list[str] = []

    async def call(conversation_id: str, text: str, kind: str) -> dict[str, Any] | None:
        sent.append(kind)
        return {"live": False}

    relay._call = call  # type: ignore[method-assign]

    async def line() -> bool:
        await relay.chats.joined("conv-1", "Dana Reyes")
        return await relay.visitor_line("conv-1", "hello? anyone there?")

    assert asyncio.run(line()) is False, "not a stop: Rasa reads the line"
    assert sent == ["message"] and agent.saved == 1
    assert not tracker.is_paused(), "the bot answers again"
    assert asyncio.run(relay.chats.agent("conv-1")) is None


class _Tracker:
    def __init__(self, language: str | None, events: list[Any] | None = None) -> None:
        self.language = language
        # Rasa's events, read for the conversation's variant ("pt-BR").
        self.events = events or []

    def get_slot(self, name: str) -> str | None:
        return self.language if name == "language" else None


def told_in(language: str | None, answer: dict[str, Any] | None, events: list[Any] | None = None) -> list[dict[str, Any]]:
    """What the relay tells a visitor whose conversation is in ``language`` (Rasa's agent and tracker store)."""
    relay = Relay(MemoryChats())
    relay.sio = _Sio()

    class Store:
        async def retrieve(self, conversation_id: str) -> _Tracker:
            return _Tracker(language, events)

    relay.app = SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=Store())))

    async def call(conversation_id: str, text: str, kind: str) -> dict[str, Any] | None:
        return answer

    relay._call = call  # type: ignore[method-assign]
    asyncio.run(relay._fetch("conv-1"))
    return relay.sio.emitted


@pytest.mark.parametrize("language", ["it", "de", "fr", "es", "pt", "nl"])
def test_the_relays_own_lines_are_in_the_conversations_language(language: str) -> None:
    # An Italian visitor was told in Italian that the team was called, then in English that nobody came.
    [line] = told_in(language, None)
    assert line["text"] == (f"{translate(UNREACHABLE, language)} {translate(OFFER, language)}")
    assert line["text"] != f"{UNREACHABLE} {OFFER}" and line["buttons"][0]["title"] != "Book a call"
    lines = told_in(language, {"live": False, "fetching": True, "wait_seconds": 0.05})
    assert lines[0]["text"] == translate(FETCHING, language) != FETCHING


def test_the_relays_own_lines_to_a_brazilian_are_in_brazilian_portuguese() -> None:
    # Said in the language alone, a Brazilian visitor read Portugal's wording.
    from rasa.shared.core.events import UserUttered

    brazilian = [UserUttered("oi", metadata={"language": "pt-BR"})]
    [line] = told_in("pt", None, brazilian)
    assert line["text"] == f"{translate(UNREACHABLE, 'pt-BR')} {translate(OFFER, 'pt-BR')}"
    assert line["text"] != f"{translate(UNREACHABLE, 'pt')} {translate(OFFER, 'pt')}"


def test_a_conversation_with_no_language_yet_is_told_in_english() -> None:
    [line] = told_in(None, None)
    assert line["text"] == f"{UNREACHABLE} {OFFER}"
