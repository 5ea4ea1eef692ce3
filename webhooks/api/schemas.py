"""The API's boundary: what requests may say and what responses look like.

Every API body is read by ``json_object`` first (one place for what JSON
the service accepts at all), then validated by these schemas (unknown
fields are errors, not silently dropped), which also generate the OpenAPI
document, so the two cannot disagree. The lead contract inside
``attributes`` is checked by ``nlu.attributes`` itself.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone
from functools import cache
from typing import Any

import pycountry
from marshmallow import Schema, ValidationError, fields, validate, validates_schema
from marshmallow import validate as _validate

from scheduling import TimeZoneError, zone
from webhooks.bookings import PARTS_OF_DAY
from webhooks.errors import MalformedRequest
from webhooks.models import ANSWER_SOURCES, LEAD_STATUSES

STAGES = ("iql", "mql", "sql", "pql", "disqualified")
EVENTS = ("lead.qualified", "lead.updated", "lead.erased", "lead.linked")  # linked: Slack shows a new CRM link


# No API body needs more: a lead is four levels deep. Deeper is refused before anything walks it recursively.
MAX_DEPTH = 32
# An integer that fits in 64 bits; a longer one is no amount, count or number of days anyone sends.
MAX_INTEGER_DIGITS = 18


class _Refused(ValueError):
    """A JSON value the service does not take; the message is safe to return."""


def json_object(raw: bytes) -> dict[str, Any]:
    """An API request's body as a JSON object, or ``MalformedRequest`` (400) saying what is wrong with it.

    Besides malformed JSON it refuses what Python's parser would take but
    nothing after it can store or handle: ``NaN`` and ``Infinity``, numbers
    beyond a float or longer than ``MAX_INTEGER_DIGITS``, nesting deeper than
    ``MAX_DEPTH``, and lone UTF-16 surrogates.
    """
    if not raw:
        raise MalformedRequest("the body is empty; send a JSON object", fields={"body": ["required"]})
    try:
        data = json.loads(raw, parse_constant=_not_json, parse_int=_integer, parse_float=_float)
    except RecursionError:
        data = _TOO_DEEP
    except _Refused as exc:
        raise MalformedRequest(f"the body is not acceptable JSON: {exc}", fields={"body": [str(exc)]}) from None
    except (ValueError, UnicodeDecodeError) as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise MalformedRequest(f"the body is not valid JSON{where}", fields={"body": ["malformed JSON"]}) from None
    # Counting brackets is cheap; only a body with more of them than the limit can nest past it.
    if data is _TOO_DEEP or (raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _deeper_than(data, MAX_DEPTH)):
        raise MalformedRequest(f"the body nests deeper than {MAX_DEPTH} levels", fields={"body": ["nested too deep"]})
    if _SURROGATE_ESCAPE.search(raw):
        try:  # a lone \uD800-\uDFFF escape decodes to text no database can store
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise MalformedRequest(
                "the body escapes a lone UTF-16 surrogate (\\uD800-\\uDFFF)", fields={"body": ["invalid text"]}
            ) from None
    if not isinstance(data, dict):
        raise MalformedRequest("the body must be a JSON object", fields={"body": ["not an object"]})
    return data


_TOO_DEEP = object()
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _not_json(name: str) -> Any:
    """``NaN`` and ``Infinity`` are Python's extensions, not JSON (and PostgreSQL refuses to store them)."""
    raise ValueError(f"{name} is not a JSON value")


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _Refused(f"an integer has more than {MAX_INTEGER_DIGITS} digits")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused("a number is too large")
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest past ``limit`` levels; a loop, not recursion, so any depth is safe."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _no_nul(value: str) -> None:
    # PostgreSQL text cannot hold NUL; refusing it here keeps both databases equal.
    if "\x00" in value:
        raise ValidationError("must not contain NUL characters")


class Text(fields.String):
    def __init__(self, *, max_length: int = 200, min_length: int = 1, validate: Any = None, **kwargs: Any) -> None:
        checks = [_validate.Length(min=min_length, max=max_length), _no_nul]
        super().__init__(validate=checks + ([validate] if validate else []), **kwargs)


class Flag(fields.Boolean):
    """JSON true or false only; "yes" or 1 is a mistake worth reporting."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(truthy={True}, falsy={False}, **kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        # 1 == True and hash(1) == hash(True): the sets above alone would take 1, 0 and 1.0.
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class UtcDateTime(fields.AwareDateTime):
    """Aware timestamps in, naive UTC out (how the database stores them)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(default_timezone=timezone.utc, **kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> Any:
        result = super()._deserialize(value, attr, data, **kwargs)
        return result.astimezone(timezone.utc).replace(tzinfo=None)


class AnswerSchema(Schema):
    question_id = Text(required=True, max_length=100)
    text = Text(required=True, max_length=5000)
    source = fields.String(validate=validate.OneOf(ANSWER_SOURCES), allow_none=True, metadata={"description": (
        "how the answer came to be known: given (the visitor answered the question), corrected (the visitor "
        "put an earlier answer right), confirmed (heard elsewhere, confirmed by the visitor), heard (inferred, "
        "not confirmed; kept for the record), chat (read from the chat with a salesperson)")})


@cache
def _language_codes() -> frozenset[str]:
    """ISO 639-1's two-letter codes, from pycountry's copy of the standard (read once, when first needed)."""
    return frozenset(language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2"))


def _language_code(value: str) -> None:
    if value not in _language_codes():
        raise ValidationError("must be an ISO 639-1 language code in lower case, such as \"de\"")


# Addresses longer than this are no page a browser sends (the widget cuts them to 400 characters).
MAX_URL = 2000
# A UTM value, a channel name: short labels, never prose.
MAX_LABEL = 200


class UtmSchema(Schema):
    source = Text(max_length=MAX_LABEL, min_length=0, allow_none=True)
    medium = Text(max_length=MAX_LABEL, min_length=0, allow_none=True)
    campaign = Text(max_length=MAX_LABEL, min_length=0, allow_none=True)
    term = Text(max_length=MAX_LABEL, min_length=0, allow_none=True)
    content = Text(max_length=MAX_LABEL, min_length=0, allow_none=True)


class AttributionSchema(Schema):
    channel = Text(max_length=40, min_length=0, allow_none=True,
                   metadata={"description": "where the chat happened: socketio (the website), slack, rest, ..."})
    page = Text(max_length=MAX_URL, min_length=0, allow_none=True, metadata={"description": "the address the chat was opened on"})
    referrer = Text(max_length=MAX_URL, min_length=0, allow_none=True, metadata={"description": "the page before it"})
    utm = fields.Nested(UtmSchema, allow_none=True)


class ConsentSchema(Schema):
    purpose = Text(required=True, max_length=100, metadata={"description": "e.g. contact, marketing_email"})
    granted = Flag(required=True)
    wording = Text(max_length=2000, allow_none=True, metadata={"description": "the words the person agreed to"})
    given_at = UtcDateTime(allow_none=True)


class SignalsSchema(Schema):
    engaged = Flag()
    pages = fields.List(Text(max_length=500), validate=validate.Length(max=200))
    existing_customer = Flag()
    product_qualified = Flag()


class BookingSchema(Schema):
    starts_at = UtcDateTime(required=True)
    ends_at = UtcDateTime(allow_none=True)
    owner = Text(max_length=100, allow_none=True)


class LeadInSchema(Schema):
    source = Text(
        required=True, max_length=64, validate=validate.Regexp(r"^[a-z0-9][a-z0-9_.-]*$"),
        metadata={"description": "bot, website, download, import, ... (API keys are per source)"},
    )
    conversation_id = Text(max_length=200, allow_none=True, metadata={"description": "repeat it to update the same lead"})
    # No ``keys=fields.String()``: JSON object keys are strings already, and checking each one costs every lead.
    attributes = fields.Dict(
        required=True, metadata={"description": "the lead contract (shared/lead-contract.md)"},
    )
    answers = fields.List(fields.Nested(AnswerSchema), validate=validate.Length(max=200))
    consent = fields.List(fields.Nested(ConsentSchema), validate=validate.Length(max=20))
    signals = fields.Nested(SignalsSchema)
    booking = fields.Nested(BookingSchema, allow_none=True)
    human_requested = Flag(metadata={"description": "the visitor asked to talk to a person: routed to sales whatever the stage"})
    language = fields.String(validate=_language_code, allow_none=True, metadata={
        "description": "the conversation's language, ISO 639-1 (\"de\"); routes may match it"})
    attribution = fields.Nested(AttributionSchema, allow_none=True, metadata={
        "description": "where the visitor came from; the first one sent for a conversation is kept"})
    complete = Flag(load_default=True, metadata={"description": (
        "false while the visitor is still answering (a draft): the lead is stored and scored but sent nowhere; "
        "each later POST for the conversation updates it, and one with complete true (or without the field) "
        "sends it on as usual. A draft that hears nothing more for LEADBOT_ABANDONED_AFTER seconds (default "
        "1800) is sent on as it stands, with data.conversation \"abandoned\". A lead once sent on is never a "
        "draft again: a later draft POST updates it like any repeat."
    )})


class LeadPatchSchema(Schema):
    status = fields.String(validate=validate.OneOf(LEAD_STATUSES))
    owner = Text(max_length=100, allow_none=True)
    actor = Text(max_length=100, metadata={"description": "who made the change, for the audit trail"})

    @validates_schema
    def _something(self, data: dict[str, Any], **_: Any) -> None:
        if "status" not in data and "owner" not in data:
            raise ValidationError("give status, owner or both", "_schema")


class LeadQuerySchema(Schema):
    stage = fields.String(validate=validate.OneOf(STAGES))
    status = fields.String(validate=validate.OneOf(LEAD_STATUSES))
    owner = Text(max_length=100)
    since = UtcDateTime(metadata={"description": "leads created at or after this time"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200), strict=False)
    cursor = Text(max_length=40, metadata={"description": "next_cursor of the previous page"})


class AnswerOutSchema(Schema):
    question_id = fields.String()
    text = fields.String()
    source = fields.String(validate=validate.OneOf(ANSWER_SOURCES), allow_none=True)


class ConsentOutSchema(Schema):
    purpose = fields.String()
    granted = fields.Boolean()
    wording = fields.String(allow_none=True)
    given_at = fields.String()


class DeliveryOutSchema(Schema):
    id = fields.String()
    destination = fields.String()
    event = fields.String(validate=validate.OneOf(EVENTS))
    status = fields.String()
    attempts = fields.Integer()
    last_error = fields.String(allow_none=True)
    next_attempt_at = fields.String(allow_none=True)
    delivered_at = fields.String(allow_none=True)


class DestinationRecordSchema(Schema):
    destination = fields.String()
    external_id = fields.String(allow_none=True)
    external_url = fields.String(allow_none=True)


class LeadOutSchema(Schema):
    id = fields.String()
    source = fields.String()
    conversation_id = fields.String(allow_none=True)
    status = fields.String(validate=validate.OneOf(LEAD_STATUSES))
    status_reason = fields.String(allow_none=True)
    owner = fields.String(allow_none=True)
    suggested_owner = fields.String(allow_none=True)
    stage = fields.String()
    score = fields.Integer()
    grade = fields.String(allow_none=True)
    attributes = fields.Dict()
    qualification = fields.Dict()
    answers = fields.List(fields.Nested(AnswerOutSchema))
    booking = fields.Dict(allow_none=True)
    language = fields.String(allow_none=True, metadata={"description": "ISO 639-1"})
    attribution = fields.Nested(AttributionSchema, allow_none=True)
    complete = fields.Boolean(metadata={"description": "false for a draft, and for a draft sent on abandoned"})
    conversation = fields.String(
        validate=validate.OneOf(("complete", "in_progress", "abandoned")),
        metadata={"description": "complete; in_progress (a draft, sent nowhere yet); abandoned (the visitor "
                                 "left mid-conversation and the lead was sent on with what was known)"},
    )
    consent = fields.List(fields.Nested(ConsentOutSchema))
    deliveries = fields.List(fields.Nested(DeliveryOutSchema))
    destinations = fields.List(fields.Nested(DestinationRecordSchema))
    created_at = fields.String()
    updated_at = fields.String()
    erased_at = fields.String(allow_none=True)


class LeadPageSchema(Schema):
    items = fields.List(fields.Nested(LeadOutSchema))
    next_cursor = fields.String(allow_none=True)


# --- booking a call (webhooks.api.bookings) -------------------------------------------------

class AwareUtcDateTime(fields.AwareDateTime):
    """An ISO 8601 time with an offset (``Z`` or ``+01:00``), as an aware UTC datetime."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> datetime:
        return super()._deserialize(value, attr, data, **kwargs).astimezone(timezone.utc)


def _zone_name(value: str) -> None:
    try:
        zone(value)
    except TimeZoneError as exc:
        raise ValidationError(str(exc)) from None


class SlotQuerySchema(Schema):
    tz = fields.String(validate=[validate.Length(max=64), _zone_name],
                       metadata={"description": "the visitor's IANA time zone (labels); default the owner's"})
    after = AwareUtcDateTime(metadata={"description": "slots starting at or after this time"})
    before = AwareUtcDateTime(metadata={"description": "slots starting before this time"})
    part_of_day = fields.String(validate=validate.OneOf(tuple(PARTS_OF_DAY)),
                                metadata={"description": "morning, afternoon or evening on the visitor's clock"})
    limit = fields.Integer(load_default=3, strict=False, validate=validate.Range(min=1, max=10))


class BookingInSchema(Schema):
    starts_at = AwareUtcDateTime(required=True, metadata={"description": "a slot's starts_at, as offered"})
    time_zone = fields.String(required=True, validate=[validate.Length(max=64), _zone_name],
                              metadata={"description": "the visitor's IANA time zone"})
    request_id = fields.String(validate=validate.Length(min=1, max=64),
                               metadata={"description": "random per attempt, so identical bookings sign differently"})


class ErasureInSchema(Schema):
    request_id = fields.String(validate=validate.Length(min=1, max=64),
                               metadata={"description": "random per attempt, so two requests sign differently"})


class SlotOutSchema(Schema):
    starts_at = fields.String()
    ends_at = fields.String()
    label = fields.String(metadata={"description": "the slot on the visitor's clock"})


class SlotPageSchema(Schema):
    owner = fields.Dict()
    time_zone = fields.String()
    owner_time_zone = fields.String()
    meeting_minutes = fields.Integer()
    slots = fields.List(fields.Nested(SlotOutSchema))


class BookingOutSchema(Schema):
    id = fields.String()
    lead_id = fields.String()
    owner = fields.Dict()
    starts_at = fields.String()
    ends_at = fields.String()
    time_zone = fields.String()
    label = fields.String()
    ics_url = fields.String(metadata={"description": "the calendar file (public, unguessable)"})


class ErrorDetailSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    field_errors = fields.Dict(data_key="fields", metadata={"description": "field path -> what is wrong with it"})


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class HealthSchema(Schema):
    status = fields.String()
    database = fields.String()
