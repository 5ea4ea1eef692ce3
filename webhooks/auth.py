"""Who is calling: the action server (HMAC-signed), a source with its API key, or an admin.

Runs before any view reads the body as data: a request that is not
authenticated is refused before it is parsed. A signed request (``signing``)
that changes something is also accepted only once: its signature is
remembered as a nonce for the tolerance window. Where a view writes anyway
(taking in a lead), the nonce is inserted as the first statement of that
view's transaction (``remember``), so one commit covers both and a replay is
refused before anything else is written; elsewhere it is remembered in a
short transaction of its own.
"""

from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Mapping

from sqlalchemy import delete, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

import signing
from webhooks.errors import Forbidden, Unauthenticated
from webhooks.models import UsedNonce, utcnow
from webhooks.settings import Settings

ACTION_SERVER = "action_server"
SOURCE = "source"
ADMIN = "admin"

# What each kind of caller may do besides taking in leads (``Principal.require_ingest``): each credential
# only what its caller needs. The action server books its visitors' calls, reads the playbook it asks
# from, and forgets a conversation whose visitor asked it to (by the conversation's id, which only that
# visitor's chat knows); it never reads, changes or erases a lead by its id, so its secret cannot stand in
# for the admin key.
MANAGE = "read, change or erase leads"
BOOK = "read slots and book calls"
READ_PLAYBOOK = "read the playbook"
FORGET = "erase a conversation at its visitor's request"
RIGHTS: Mapping[str, frozenset[str]] = {
    ADMIN: frozenset({MANAGE, BOOK, READ_PLAYBOOK, FORGET}),
    ACTION_SERVER: frozenset({BOOK, READ_PLAYBOOK, FORGET}),
    SOURCE: frozenset(),
}


@dataclass(frozen=True)
class Principal:
    kind: str
    name: str
    # A signed request's signature, when the caller chose to ``remember`` it in its own transaction.
    nonce: str | None = None

    @property
    def actor(self) -> str:
        return self.kind if self.kind != SOURCE else f"source:{self.name}"

    def require_ingest(self, source: str) -> None:
        """The admin brings in any source's leads; the action server only the bot's; a source key only its own."""
        own = {ACTION_SERVER: signing.BOT_SOURCE, SOURCE: self.name}.get(self.kind)
        if self.kind != ADMIN and source != own:
            raise Forbidden(f"this credential may only send leads with source {own!r}",
                            fields={"source": ["not allowed for this credential"]})

    def require(self, right: str) -> None:
        """``right`` is one of ``MANAGE``, ``BOOK``, ``READ_PLAYBOOK``, ``FORGET``."""
        if right not in RIGHTS[self.kind]:
            raise Forbidden(f"this credential may not {right}")


# Requests that change nothing: a signed one may be repeated within the window (a replay reads again, at most).
READ_ONLY_METHODS = frozenset({"GET", "HEAD"})


def authenticate(
    settings: Settings, method: str, target: str, body: bytes, headers: Mapping[str, str], sessions: sessionmaker,
    *, defer_replay_check: bool = False,
) -> Principal:
    """The caller, or ``Unauthenticated``; every signed endpoint checks its caller here.

    A signed request's signature covers its method, target (``signing.target``),
    timestamp and body, and is accepted once: the signature is remembered as a
    nonce for the tolerance window. Read-only requests skip that (their
    signature binds them to a read). With ``defer_replay_check`` the nonce is
    returned on the principal instead of being stored here; the caller must
    ``remember`` it in the transaction that does the request's work, before
    any other write.
    """
    if headers.get(signing.SIGNATURE_HEADER) or headers.get(signing.TIMESTAMP_HEADER):
        if not settings.action_secret:
            raise Unauthenticated("signed requests are not enabled on this service")
        try:
            nonce = signing.verify(settings.action_secret, method, target, body, headers,
                                   tolerance=settings.signature_tolerance)
        except signing.SignatureError as exc:
            raise Unauthenticated(str(exc)) from None
        if method.upper() in READ_ONLY_METHODS:
            return Principal(ACTION_SERVER, ACTION_SERVER)
        if defer_replay_check:
            return Principal(ACTION_SERVER, ACTION_SERVER, nonce=nonce)
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


def remember(session: Session, nonce: str, tolerance: float) -> None:
    """Accept each signature once, inside the caller's transaction; a replay raises ``Unauthenticated``.

    The insert skips a conflicting row instead of failing, so a replay does
    not abort the transaction and is not mistaken for a racing duplicate lead.
    The nonce could not be accepted after the window anyway; now and then a
    request sweeps the expired ones.
    """
    now = utcnow()
    row = {"nonce": nonce, "expires_at": now + timedelta(seconds=2 * tolerance + 60)}
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        dml = postgresql if dialect == "postgresql" else sqlite
        statement = dml.insert(UsedNonce.__table__).values(row).on_conflict_do_nothing(index_elements=["nonce"])
        fresh = session.connection().execute(statement).rowcount == 1
    else:  # any other database: a savepoint turns the duplicate key into an answer
        try:
            with session.begin_nested():
                session.execute(insert(UsedNonce.__table__).values(row))
            fresh = True
        except IntegrityError:
            fresh = False
    if not fresh:
        raise Unauthenticated("this signed request was already used (replay)")
    now_and_then_forget_expired(session, now)


def now_and_then_forget_expired(session: Session, now: datetime) -> None:
    """One request in a hundred deletes up to 1000 expired nonces: the table stays small without a job."""
    if random.random() >= 0.01:
        return
    # Rows another sweep holds are skipped: two sweeps never wait on (or deadlock with) each other.
    expired = select(UsedNonce.nonce).where(UsedNonce.expires_at < now).limit(1000)
    if session.get_bind().dialect.name == "postgresql":
        expired = expired.with_for_update(skip_locked=True)
    session.execute(
        delete(UsedNonce).where(UsedNonce.nonce.in_(expired)).execution_options(synchronize_session=False)
    )


def _remember(sessions: sessionmaker, nonce: str, tolerance: float) -> None:
    """``remember`` in a transaction of its own, for requests whose view writes nothing with it."""
    with sessions() as session, session.begin():
        if session.get_bind().dialect.name == "postgresql":
            # Losing the last few nonces in a crash reopens a replay window of milliseconds; not worth an fsync.
            session.execute(text("SET LOCAL synchronous_commit TO OFF"))
        remember(session, nonce, tolerance)
