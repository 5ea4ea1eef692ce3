"""Rasa's check of the action server's replies, with its schema checked once instead of on every reply.

Rasa 3.6's ``RemoteAction._validate_action_result`` calls ``jsonschema.validate``, which checks the reply schema
itself against the JSON Schema meta-schema before checking the reply, on every reply. ``bench/rasa_profile.py``
found that meta-check to be over half of a Rasa turn's time (about 50 of ~120 CPU ms; the reply's own check is
~5 ms). ``install`` puts in the same check with a validator built once from the same schema; a bad reply raises
the same error as before (jsonschema's best match, with Rasa's words appended).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict

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


def validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
    """``RemoteAction._validate_action_result`` with the validator built once."""
    error = exceptions.best_match(validator().iter_errors(result))
    if error is None:
        return True
    error.message += _RASA_HINT
    raise error


def install() -> None:
    """Use the validator built once in this process's Rasa (the server calls it before loading the agent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
