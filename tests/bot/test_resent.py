"""A message sent again with the same ``message_id`` is answered once (``bot.channels.resent``): the second
copy gets the replies stored for the first, and the tracker store holds the message once."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.channels.resent import MESSAGE_ID, RESENT, stored_replies
from harness.stack import Stack, Visitor


def said(text: str, message_id: str | None = None) -> UserUttered:
    return UserUttered(text, metadata={MESSAGE_ID: message_id} if message_id else {})


def test_the_replies_of_a_stored_message_are_those_up_to_the_next_visitor_message() -> None:
    events = [
        said("hi", "m1"), ActionExecuted("utter_greet"), BotUttered("Hello!"),
        BotUttered("What do you need?", data={"buttons": [{"title": "SEO", "payload": "/seo"}]}),
        said("seo", "m2"), SlotSet("need", "seo"), BotUttered("How big is your team?"), said("10", None),
    ]
    assert stored_replies(events, "m1") == [
        {"text": "Hello!"}, {"text": "What do you need?", "buttons": [{"title": "SEO", "payload": "/seo"}]}]
    assert stored_replies(events, "m2") == [{"text": "How big is your team?"}]
    assert stored_replies(events, "m3") is None, "never stored: handled as a new message"


def test_a_stored_message_without_replies_gets_none_again_rather_than_a_second_turn() -> None:
    assert stored_replies([said("hi", "m1")], "m1") == []


@pytest.mark.slow
@pytest.mark.rasa
def test_a_rest_message_sent_again_gets_the_same_answer_and_is_stored_once(stack: Stack) -> None:
    visitor = Visitor(stack.rasa_url)
    message_id = uuid.uuid4().hex
    visitor.metadata = {MESSAGE_ID: message_id}
    first = visitor.say("hi, we need help with paid ads")
    visitor.metadata = {MESSAGE_ID: message_id, RESENT: True}
    again = visitor.say("hi, we need help with paid ads")
    assert first and again == first
    visitor.metadata = {MESSAGE_ID: uuid.uuid4().hex, RESENT: True}
    visitor.say("hi, we need help with paid ads")  # a new id: a new message, though the words are the same
    with sqlite3.connect(stack.database_url.removeprefix("sqlite:///")) as db:
        stored = [data for (data,) in db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (visitor.sender,))]
    assert len(stored) == 2, stored


@pytest.mark.parametrize("metadata, checked", [
    ({MESSAGE_ID: "m1", RESENT: True}, "m1"),
    ({MESSAGE_ID: "m1"}, None),  # a first send: only stored with its id, never looked up
    ({MESSAGE_ID: "m1", RESENT: "yes"}, None),
    ({MESSAGE_ID: "x" * 65, RESENT: True}, None),
    ({MESSAGE_ID: 7, RESENT: True}, None),
    ({RESENT: True}, None),
    (None, None),
])
def test_only_a_message_the_client_says_it_sends_again_with_a_usable_id_is_looked_up(metadata, checked) -> None:
    from rasa.core.channels.channel import UserMessage

    from bot.channels.resent import resent_id

    assert resent_id(UserMessage("hi", sender_id="s", metadata=metadata)) == checked
