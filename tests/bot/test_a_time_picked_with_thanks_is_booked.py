"""A time picked with thanks is booked, never only thanked (issue 14; set 17's mia).

"first one thanks" at the offered times got "You're welcome!" and no booking: the classifier's thanks went to the
bare ``utter_welcome`` response. ``booking.ActionThanks`` (for the thanks rule) books a time named by its place in the
list, with thanks, in the seven languages; near misses: thanks alone, or thanks with no time named, is thanked, and a
pick while the zone question waits is left to the zone's reply.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import booking
from bot.actions.language import speaking

FIRST = datetime(2026, 12, 7, 15, 0, tzinfo=timezone.utc)
OFFERED = [
    {"starts_at": booking._iso(FIRST + timedelta(minutes=45 * i)), "label": f"Mon 7 Dec, {9 + i}:00", "tz": "UTC"}
    for i in range(3)
]
PICKS = [
    ("en", "first one thanks", 0),
    ("de", "den zweiten bitte, danke", 1),
    ("fr", "le premier, merci", 0),
    ("es", "la segunda, gracias", 1),
    ("it", "il primo grazie", 0),
    ("pt", "o primeiro, obrigado", 0),
    ("nl", "de eerste graag, dank je", 0),
]
THANKS = [
    ("en", "thanks!"),
    ("de", "danke schön"),
    ("fr", "merci beaucoup"),
    ("es", "gracias, lo pienso"),
    ("pt", "obrigada!"),
    ("it", "grazie mille"),
    ("nl", "bedankt"),
]


def run(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, **slots: Any) -> tuple[list[str | None], list[dict]]:
    booked: list[str | None] = []

    async def book_named(
        dispatcher: CollectingDispatcher, tracker: Tracker, starts_at: str | None = None, text: str | None = None
    ) -> list:
        pick = booking.read_offered(tracker.latest_message["text"], OFFERED)
        booked.append(OFFERED[pick.one]["starts_at"] if pick.one is not None else None)
        return []

    monkeypatch.setattr(booking, "book_named", book_named)
    tracker = Tracker(
        "s",
        {"lead_id": "ld_1", "lead_stage": "sql", "offered_slots": OFFERED, **slots},
        {"text": text, "intent": {"name": "thanks"}},
        [],
        False,
        None,
        {},
        "",
    )
    dispatcher = CollectingDispatcher()
    with speaking(lang):
        asyncio.run(booking.ActionThanks().run(dispatcher, tracker, {}))
    return booked, dispatcher.messages


@pytest.mark.parametrize(("lang", "text", "index"), PICKS)
def test_a_time_picked_with_thanks_is_booked(monkeypatch: pytest.MonkeyPatch, lang: str, text: str, index: int) -> None:
    booked, said = run(monkeypatch, lang, text)
    assert booked == [OFFERED[index]["starts_at"]], (booked, said)
    assert not any(m.get("response") == "utter_welcome" for m in said), said


@pytest.mark.parametrize(("lang", "text"), THANKS)
def test_thanks_alone_is_thanked(monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    booked, said = run(monkeypatch, lang, text)
    assert booked == [] and [m.get("response") for m in said] == ["utter_welcome"], (booked, said)


def test_a_pick_while_the_zone_question_waits_is_thanked_not_booked(monkeypatch: pytest.MonkeyPatch) -> None:
    booked, said = run(monkeypatch, "en", "first one thanks", awaiting_zone=True)
    assert booked == [], said
