"""Rasa's check of the action server's replies, with the schema checked once, decides as Rasa's own does."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot import action_replies

RASAS_OWN = RemoteAction._validate_action_result
ACTION = RemoteAction("action_form", None)

REPLIES: list[Any] = [
    {"events": [{"event": "slot", "name": "budget", "value": 5000}], "responses": [{"text": "Got it."}]},
    {"events": [], "responses": []},
    {},
    {"events": [{"event": "slot", "name": "budget"}]},  # a slot event without its value
    {"events": [{"name": "budget", "value": 1}]},  # no event type
    {"events": [{"event": "no_such_event"}]},
    {"events": {"event": "slot"}},  # not a list
    {"responses": "Got it."},  # not a list of objects
]


def outcome(check: Any, reply: Any) -> tuple[bool, str | None]:
    try:
        return check(ACTION, reply), None
    except ValidationError as error:
        return False, error.message


@pytest.mark.parametrize("reply", REPLIES, ids=range(len(REPLIES)))
def test_a_reply_is_accepted_or_refused_with_the_same_message_as_rasa_s_own_check(reply: Any) -> None:
    assert outcome(action_replies.validate_action_result, reply) == outcome(RASAS_OWN, reply)


def test_refused_replies_are_refused_and_good_ones_pass():
    assert [outcome(action_replies.validate_action_result, reply)[0] for reply in REPLIES] == [
        True, True, True, False, False, False, False, False]


def test_the_reply_schema_is_checked_against_its_meta_schema_once(monkeypatch: pytest.MonkeyPatch) -> None:
    action_replies.validator.cache_clear()
    checked = []
    cls = type(action_replies.validator())
    monkeypatch.setattr(cls, "check_schema", classmethod(lambda c, schema: checked.append(schema)))
    action_replies.validator.cache_clear()
    for reply in REPLIES[:3] * 10:
        action_replies.validate_action_result(ACTION, reply)
    assert len(checked) == 1


def test_install_puts_it_in_rasa_s_remote_action(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RASAS_OWN)
    action_replies.install()
    assert RemoteAction._validate_action_result is action_replies.validate_action_result
