"""The API's boundary: what requests may say and what responses look like.

These schemas validate input (unknown fields are errors, not silently
dropped) and generate the OpenAPI document, so the two cannot disagree. The
lead contract inside ``attributes`` is checked by ``nlu.attributes`` itself.
"""

from __future__ import annotations

from datetime import timezone
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema
from marshmallow import validate as _validate

from webhooks.models import LEAD_STATUSES

STAGES = ("iql", "mql", "sql", "pql", "disqualified")
EVENTS = ("lead.qualified", "lead.updated", "lead.erased", "lead.linked")  # linked: Slack shows a new CRM link


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


class AnswerOutSchema(AnswerSchema):
    pass


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


class ErrorDetailSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    field_errors = fields.Dict(data_key="fields", metadata={"description": "field path -> what is wrong with it"})


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class HealthSchema(Schema):
    status = fields.String()
    database = fields.String()
