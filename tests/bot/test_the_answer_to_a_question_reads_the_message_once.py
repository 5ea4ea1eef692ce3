"""action_answer reads the message as free text at most once a turn (issue 14), in process.

Whether a question is a statement of facts after all (``_tells_us``) and whether the one who asks is turned away
each ran the extractor over the same text: "tell me more about you" was read twice in the turn, for the same
answer. The reading is now made once, when a reader first needs it, and handed on. Every call of the extractor
made by the bot's actions during the turn is counted, by text and by the field it reads for.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import nlu.extract  # noqa: F401 (the module, for its function)
from bot.actions import conversation, runtime
from bot.actions.language import speaking
from qualification import DEFAULT_PLAYBOOK, load_playbook

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)
# Questions a first message asks, in the seven languages: some the FAQ knows, some it does not, one from a visitor
# the playbook turns away, one the classifier could tell nothing of.
QUESTIONS = [
    ("en", "tell me more about you", "ask_question"),
    ("en", "hmm ok what else", "ask_question"),
    ("en", "Hi, I'm a student writing my thesis on lead generation. Could I get your whitepaper?", "ask_question"),
    ("de", "Was genau macht ihr eigentlich?", "ask_services"),
    ("fr", "vous êtes un robot ?", "bot_challenge"),
    ("es", "¿están contratando?", "ask_question"),
    ("pt", "quanto custa isso?", "ask_pricing"),
    ("it", "avete dei casi studio?", "ask_question"),
    ("nl", "hoe werkt dat precies", "nlu_fallback"),
]


class _Playbooks:
    def current(self) -> Any:
        return PLAYBOOK


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str | None]]:
    """Each call of the extractor by an action module, counted by (text, field)."""
    monkeypatch.setattr(runtime, "playbooks", lambda: _Playbooks())
    original = sys.modules["nlu.extract"].extract
    counted: Counter[tuple[str, str | None]] = Counter()

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        counted[(text, kwargs.get("field"))] += 1
        return original(text, *args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith("bot.actions") and getattr(module, "extract", None) is original:
            monkeypatch.setattr(module, "extract", counting)
    return counted


@pytest.mark.parametrize(("lang", "text", "intent"), QUESTIONS)
def test_a_question_answered_is_read_for_each_field_at_most_once_in_its_turn(
        readings: Counter[tuple[str, str | None]], lang: str, text: str, intent: str) -> None:
    events = [{"event": "user", "text": text, "timestamp": 1.0}]
    tracker = Tracker("visitor", {"attributes": {}}, {"text": text, "intent": {"name": intent, "confidence": 0.9}},
                      events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        events = asyncio.run(conversation.ActionAnswer().run(dispatcher, tracker, {}))
    # Answered, or handed to the form that reads it (a job seeker's "¿están contratando?"): never dropped.
    assert dispatcher.messages or any(e.get("event") == "followup" for e in events), events
    assert all(count == 1 for count in readings.values()), dict(readings)
