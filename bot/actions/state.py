"""The conversation's slots read as values (and written back as events)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.actions.hearing import Heard
from bot.actions.language import recorded
from bot.actions.questionnaire import CONSENT, MAX_TEXT, Progress
from nlu.attributes import Attributes, ContractError


@dataclass(frozen=True)
class State:
    attributes: Attributes
    answers: tuple[dict[str, str], ...]
    progress: Progress
    consent: bool | None
    # Values picked up but not yet confirmed, and the slots the last question asked to confirm.
    heard: Heard = Heard()
    confirming: tuple[str, ...] = ()

    @classmethod
    def of(cls, tracker: Tracker) -> "State":
        try:
            attributes = Attributes.from_dict(tracker.get_slot("attributes") or {})
        except ContractError:
            attributes = Attributes()
        answers = tracker.get_slot("answers")
        consent = tracker.get_slot(CONSENT)
        confirming = tracker.get_slot("confirming")
        return cls(
            attributes=attributes,
            answers=tuple(a for a in answers if isinstance(a, dict)) if isinstance(answers, list) else (),
            progress=Progress.from_slot(tracker.get_slot("progress")),
            consent=consent if isinstance(consent, bool) else None,
            heard=Heard.from_slot(tracker.get_slot("heard")),
            confirming=tuple(c for c in confirming if isinstance(c, str)) if isinstance(confirming, list) else (),
        )


def message_marker(tracker: Tracker) -> str | None:
    """Identifies the latest user message, so each is acted on once however often the form runs."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return f"{event.get('timestamp')}:{len(event.get('text') or '')}"
    return None


def seen(tracker: Tracker) -> list[SlotSet]:
    """Marks the latest user message as handled, and records the conversation's language with it."""
    return [SlotSet("seen_message", message_marker(tracker)), *recorded(tracker)]


def is_fresh(tracker: Tracker) -> bool:
    marker = message_marker(tracker)
    return marker is not None and marker != tracker.get_slot("seen_message")


def bot_texts(tracker: Tracker) -> list[tuple[int, str]]:
    """The bot's messages in this conversation, oldest first, each with its position among the events."""
    return [(i, e.get("text") or "") for i, e in enumerate(tracker.events) if e.get("event") == "bot"]


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message.get("text") or "")[:MAX_TEXT]


# A button's payload as Rasa stores a click: "/affirm", "/choose_slot{"slot_start": ...}".
_PAYLOAD = re.compile(r"^/[A-Za-z0-9_.-]{1,100}(\{.*\})?$", re.S)


def is_payload(text: str) -> bool:
    """Whether ``text`` is a button's payload (a click, or typed by hand), not words of the visitor's."""
    return bool(_PAYLOAD.match(text.strip()))


def said(tracker: Tracker) -> str:
    """The latest message as the visitor saw it, for the record (an answer's text, a request for a person): their
    words, or for a click the title of the button the bot offered with that payload (the newest), never the
    payload itself; empty for a payload no button of this conversation carried."""
    text = latest_text(tracker)
    if not is_payload(text):
        return text
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        data = event.get("data") if isinstance(event.get("data"), dict) else {}
        for button in data.get("buttons") or data.get("quick_replies") or ():
            if isinstance(button, dict) and button.get("payload") == text.strip() and isinstance(button.get("title"), str):
                return button["title"]
    return ""


def latest_intent(tracker: Tracker) -> str | None:
    intent: Any = tracker.latest_message.get("intent") or {}
    return intent.get("name") if isinstance(intent, dict) else None


def latest_confidence(tracker: Tracker) -> float:
    intent: Any = tracker.latest_message.get("intent") or {}
    try:
        return float(intent.get("confidence") or 0.0) if isinstance(intent, dict) else 0.0
    except (TypeError, ValueError):
        return 0.0
