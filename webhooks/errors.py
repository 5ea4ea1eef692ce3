"""The service's small exception tree, and the one place it becomes HTTP.

Errors carry what went wrong and which field, so a client can fix its request
without reading our logs; bodies never echo the values sent (they may be
personal data).
"""

from __future__ import annotations

import logging
import uuid
from typing import Any, Mapping

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger("leadbot.webhooks")


class ServiceError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, fields: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = dict(fields or {})

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.fields:
            error["fields"] = self.fields
        return {"error": error}


class MalformedRequest(ServiceError):
    status = 400
    code = "malformed_request"


class Unauthenticated(ServiceError):
    status = 401
    code = "unauthenticated"


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class Conflict(ServiceError):
    status = 409
    code = "conflict"


class InvalidInput(ServiceError):
    """The request parsed but says something the service cannot accept; ``fields`` names each problem."""

    status = 422
    code = "invalid"


def register(app: Flask) -> None:
    @app.errorhandler(ServiceError)
    def _service_error(error: ServiceError):  # type: ignore[no-untyped-def]
        response = jsonify(error.body())
        response.status_code = error.status
        if error.status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="leadbot"'
        return response

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):  # type: ignore[no-untyped-def]
        code = (error.name or "error").lower().replace(" ", "_")
        response = jsonify({"error": {"code": code, "message": error.description}})
        response.status_code = error.code or 500
        for key, value in error.get_headers():
            if key.lower() not in ("content-type", "content-length"):
                response.headers[key] = value
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):  # type: ignore[no-untyped-def]
        incident = uuid.uuid4().hex[:12]
        log.exception("unexpected error incident=%s type=%s", incident, type(error).__name__)
        response = jsonify({"error": {"code": "internal_error", "message": f"unexpected error, incident {incident}"}})
        response.status_code = 500
        return response
