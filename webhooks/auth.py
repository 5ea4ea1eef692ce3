"""Who is calling: the action server (HMAC-signed), a source with its API key, or an admin.

Runs before any view reads the body as data: a request that is not
authenticated is refused before it is parsed.
"""

from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Mapping

from sqlalchemy import delete, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from webhooks import signing
from webhooks.errors import Forbidden, Unauthenticated
from webhooks.models import UsedNonce, utcnow
from webhooks.settings import Settings

ACTION_SERVER = "action_server"
SOURCE = "source"
ADMIN = "admin"


@dataclass(frozen=True)
class Principal:
    kind: str
    name: str

    @property
    def actor(self) -> str:
        return self.kind if self.kind != SOURCE else f"source:{self.name}"

    def require_ingest(self, source: str) -> None:
        """A source's key only brings in that source's leads."""
        if self.kind == SOURCE and source != self.name:
            raise Forbidden(f"this API key may only send leads with source {self.name!r}", fields={"source": ["not allowed for this key"]})

    def require_manage(self) -> None:
        if self.kind == SOURCE:
            raise Forbidden("source API keys may only create leads")


def authenticate(
    settings: Settings, body: bytes, headers: Mapping[str, str], sessions: sessionmaker
) -> Principal:
    if headers.get(signing.SIGNATURE_HEADER) or headers.get(signing.TIMESTAMP_HEADER):
        if not settings.action_secret:
            raise Unauthenticated("signed requests are not enabled on this service")
        try:
            nonce = signing.verify(settings.action_secret, body, headers, tolerance=settings.signature_tolerance)
        except signing.SignatureError as exc:
            raise Unauthenticated(str(exc)) from None
        _remember(sessions, nonce, settings.signature_tolerance)
        return Principal(ACTION_SERVER, ACTION_SERVER)
    key = _api_key(headers)
    if key is None:
        raise Unauthenticated(
            f"sign the request ({signing.SIGNATURE_HEADER}) or send an API key (Authorization: Bearer ...)"
        )
    if settings.admin_api_key and hmac.compare_digest(key.encode(), settings.admin_api_key.encode()):
        return Principal(ADMIN, ADMIN)
    for source, expected in settings.api_keys.items():
        if hmac.compare_digest(key.encode(), expected.encode()):
            return Principal(SOURCE, source)
    raise Unauthenticated("unknown API key")


def _api_key(headers: Mapping[str, str]) -> str | None:
    authorization = headers.get("Authorization", "")
    if authorization[:7].lower() == "bearer ":
        return authorization[7:].strip() or None
    return headers.get("X-API-Key") or None


def _remember(sessions: sessionmaker, nonce: str, tolerance: float) -> None:
    """Accept each signature once; it could not be accepted after the window anyway."""
    now = utcnow()
    try:
        with sessions() as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                # Losing the last few nonces in a crash reopens a replay window of milliseconds; not worth an fsync.
                session.execute(text("SET LOCAL synchronous_commit TO OFF"))
            session.add(UsedNonce(nonce=nonce, expires_at=now + timedelta(seconds=2 * tolerance + 60)))
            if random.random() < 0.01:
                session.execute(delete(UsedNonce).where(UsedNonce.expires_at < now))
    except IntegrityError:
        raise Unauthenticated("this signed request was already used (replay)") from None
