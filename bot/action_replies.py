"""Rasa's check of the action server's replies, with its schema checked once instead of on every reply.

Rasa 3.6's ``RemoteAction._validate_action_result`` calls ``jsonschema.validate``, which checks the reply schema
itself against the JSON Schema meta-schema before checking the reply, on every reply. ``bench/rasa_profile.py``
found that meta-check to be over half of a Rasa turn's time (about 50 of ~120 CPU ms; the reply's own check is
~5 ms). ``install`` puts in the same check with a validator built once from the same schema; a bad reply raises
the same error as before (jsonschema's best match, with Rasa's words appended).

The reply's own check was still ~4 ms of a turn's ~35 ms of Rasa's CPU (py-spy, tests/bot's stack): the schema
checks each event against all 23 event types (``oneOf``). The types are told apart by the event's name alone (each
``oneOf`` branch requires its own ``event`` constant), so an event is valid exactly when it passes the part common
to all events and the one branch of its name. ``accepted`` checks it that way (``bench/reply_check.py``: ~10 times
faster, the same answer on every event type and its near misses); a refused reply is checked again by the whole
schema, for the same error as Rasa's. A schema not shaped that way (another Rasa) is checked whole.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Optional, Tuple

from jsonschema import exceptions, validators
from jsonschema.protocols import Validator
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

# Rasa's own words after the error (rasa.core.actions.action.RemoteAction._validate_action_result).
_RASA_HINT = (". Failed to validate Action server response from API, make sure your response from the Action "
              f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions")


@lru_cache(maxsize=1)
def validator() -> Validator:
    """The reply schema's validator, the schema checked against its meta-schema once."""
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@lru_cache(maxsize=1)
def by_event_type() -> Optional[Tuple[Validator, Validator, Dict[str, Validator]]]:
    """The reply schema in parts: the reply with its events unchecked, the part every event must pass, and the
    branch of each event name; None when the events' ``oneOf`` is not told apart by the name alone."""
    schema = RemoteAction.action_response_format_spec()
    events = schema.get("properties", {}).get("events", {})
    items = events.get("items", {})
    branches = items.get("oneOf") or []
    names = [branch.get("properties", {}).get("event", {}).get("const") for branch in branches]
    if not branches or not all(isinstance(name, str) for name in names) or len(set(names)) != len(names):
        return None
    cls = type(validator())  # the whole schema's draft; its parts need no second meta-check
    reply = {**schema, "properties": {**schema["properties"],
                                      "events": {key: value for key, value in events.items() if key != "items"}}}
    common = {key: value for key, value in items.items() if key != "oneOf"}
    return cls(reply), cls(common), {name: cls(branch) for name, branch in zip(names, branches)}


def accepted(result: Any) -> bool:
    """Whether the reply schema accepts ``result``: each event checked against its own type's branch only."""
    whole = validator()  # built and meta-checked once, as for a refused reply; the parts are cut from its schema
    parts = by_event_type()
    if parts is None:
        return bool(whole.is_valid(result))
    reply, common, branches = parts
    if not reply.is_valid(result):
        return False
    for event in result.get("events") or ():
        if not common.is_valid(event):
            return False
        branch = branches.get(event["event"]) if isinstance(event.get("event"), str) else None
        if branch is None or not branch.is_valid(event):
            return False
    return True


def validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once, and an accepted reply checked by
    event type (``accepted``); a refused one is checked whole, for the same error as Rasa's."""
    if accepted(result):
        return True
    error = exceptions.best_match(validator().iter_errors(result))
    if error is None:
        return True
    error.message += _RASA_HINT
    raise error


def install() -> None:
    """Use the validator built once in this process's Rasa (the server calls it before loading the agent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
