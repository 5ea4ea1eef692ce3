"""Studio sessions kept on the server, so signing out (or changing the password) ends them everywhere.

The cookie (Flask's signed session) carries only a random session token;
the ``studio_sessions`` row it names says who signed in, when, when they
were last seen, and whether the session was revoked. A copied cookie is
therefore worth nothing once its row is revoked: sign-out revokes the row,
a password change revokes every row of that user, and the idle and absolute
limits are checked against the row's times, not against anything the
cookie says. Only a SHA-256 of the token is stored, so a read of the table
(a backup, a log of queries) signs nobody in.

``last seen`` is written at most once per ``SEEN_RESOLUTION``: the idle
limit is hours, and a write per page view would serialise SQLite's writers
for nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Column, DateTime, ForeignKey, String, delete, select, update
from sqlalchemy.orm import Mapped, Session

from webhooks.models import Base, Serial, StudioUser, utcnow

IDLE = timedelta(hours=2)
LIFETIME = timedelta(hours=12)
SEEN_RESOLUTION = timedelta(minutes=1)
TOKEN_BYTES = 32


class StudioSession(Base):
    """One sign-in: valid while not revoked, seen within ``IDLE`` and younger than ``LIFETIME`` (migration 0007)."""

    __tablename__ = "studio_sessions"

    id: Mapped[str] = Column(String(64), primary_key=True)  # SHA-256 (hex) of the cookie's token
    user_id: Mapped[int] = Column(Serial, ForeignKey("studio_users.id", ondelete="CASCADE"), nullable=False, index=True)
    created_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    seen_at: Mapped[datetime] = Column(DateTime, nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = Column(DateTime)
    revoked_why: Mapped[str | None] = Column(String(40))


@dataclass(frozen=True)
class Check:
    """What a cookie's token came to: the user it signs in, or why it does not (``expired``, ``revoked``...)."""

    user_id: int | None
    email: str | None
    problem: str | None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def start(session: Session, user_id: int, now: datetime | None = None) -> str:
    """A new session for ``user_id``; returns the token for the cookie (never stored as such).

    Rows that ended more than a lifetime ago are removed on the way, so the
    table holds about one row per sign-in of the last half day.
    """
    now = now or utcnow()
    session.execute(delete(StudioSession).where(StudioSession.created_at < now - 2 * LIFETIME))
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(StudioSession(id=_digest(token), user_id=user_id, created_at=now, seen_at=now))
    return token


def check(session: Session, token: object, now: datetime | None = None) -> Check:
    """The signed-in user for a cookie's token, touching ``seen_at``; an expired session is revoked here."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return Check(None, None, "missing")
    now = now or utcnow()
    found = session.execute(
        select(StudioSession, StudioUser.email, StudioUser.active)
        .join(StudioUser, StudioUser.id == StudioSession.user_id)
        .where(StudioSession.id == _digest(token))
    ).first()
    if found is None:
        return Check(None, None, "unknown")
    row, email, active = found
    if row.revoked_at is not None:
        return Check(None, None, "revoked")
    if not active:
        return Check(None, None, "inactive")
    if now - row.created_at > LIFETIME or now - row.seen_at > IDLE:
        row.revoked_at, row.revoked_why = now, "expired"
        return Check(None, None, "expired")
    if now - row.seen_at >= SEEN_RESOLUTION:
        row.seen_at = now
    return Check(row.user_id, email, None)


def revoke(session: Session, token: object, why: str = "signed out", now: datetime | None = None) -> None:
    """End the session the token names (sign-out); unknown tokens are ignored."""
    if isinstance(token, str) and token:
        session.execute(
            update(StudioSession)
            .where(StudioSession.id == _digest(token), StudioSession.revoked_at.is_(None))
            .values(revoked_at=now or utcnow(), revoked_why=why)
        )


def revoke_all(session: Session, user_id: int, why: str, now: datetime | None = None) -> int:
    """End every open session of a user (a password change, a deactivation); how many were open."""
    result = session.execute(
        update(StudioSession)
        .where(StudioSession.user_id == user_id, StudioSession.revoked_at.is_(None))
        .values(revoked_at=now or utcnow(), revoked_why=why)
    )
    return int(result.rowcount or 0)
