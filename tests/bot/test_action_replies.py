"""Rasa's check of the action server's replies, with the schema checked once, decides as Rasa's own does.

Rasa's ``RemoteAction`` (and ``bot.action_replies``, which patches it) are imported by the fixtures, not by the
module: ``rasa.core.actions.action`` imports TensorFlow, 5 s CPU that every run collecting tests/bot paid (each
pytest-xdist worker too), whether or not it ran these tests.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from jsonschema import ValidationError

from tests.tensorflow_users import IMPORTS_TENSORFLOW

pytestmark = IMPORTS_TENSORFLOW

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


@pytest.fixture(scope="module")
def remote_action() -> Any:
    """Rasa's ``RemoteAction`` class."""
    from rasa.core.actions.action import RemoteAction

    return RemoteAction


@pytest.fixture(scope="module")
def rasas_own(remote_action: Any) -> Any:
    """Rasa's own check, as Rasa defines it (taken before this module's tests install ours)."""
    own = remote_action.__dict__["_validate_action_result"]
    # Not ours, put in by something that ran before in this process: ours compared with itself proves nothing.
    assert own.__module__ == remote_action.__module__ == "rasa.core.actions.action", own
    return own


@pytest.fixture(scope="module")
def action_replies(rasas_own: Any) -> ModuleType:
    from bot import action_replies

    return action_replies


@pytest.fixture(scope="module")
def action(remote_action: Any) -> Any:
    return remote_action("action_form", None)


def outcome(check: Any, action: Any, reply: Any) -> tuple[bool, str | None]:
    try:
        return check(action, reply), None
    except ValidationError as error:
        return False, error.message


@pytest.mark.parametrize("reply", REPLIES, ids=range(len(REPLIES)))
def test_a_reply_is_accepted_or_refused_with_the_same_message_as_rasa_s_own_check(
    reply: Any, action_replies: ModuleType, rasas_own: Any, action: Any
) -> None:
    assert outcome(action_replies.validate_action_result, action, reply) == outcome(rasas_own, action, reply)


def test_refused_replies_are_refused_and_good_ones_pass(action_replies: ModuleType, action: Any) -> None:
    assert [outcome(action_replies.validate_action_result, action, reply)[0] for reply in REPLIES] == [
        True, True, True, False, False, False, False, False]


def test_the_reply_schema_is_checked_against_its_meta_schema_once(
    monkeypatch: pytest.MonkeyPatch, action_replies: ModuleType, action: Any
) -> None:
    action_replies.validator.cache_clear()
    checked = []
    cls = type(action_replies.validator())
    monkeypatch.setattr(cls, "check_schema", classmethod(lambda c, schema: checked.append(schema)))
    action_replies.validator.cache_clear()
    for reply in REPLIES[:3] * 10:
        action_replies.validate_action_result(action, reply)
    assert len(checked) == 1


def test_install_puts_it_in_rasa_s_remote_action(
    monkeypatch: pytest.MonkeyPatch, action_replies: ModuleType, remote_action: Any, rasas_own: Any
) -> None:
    monkeypatch.setattr(remote_action, "_validate_action_result", rasas_own)
    action_replies.install()
    assert remote_action._validate_action_result is action_replies.validate_action_result
