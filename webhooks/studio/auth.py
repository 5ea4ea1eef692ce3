"""Studio sign-in: users with hashed passwords, sessions kept and revoked on the server, CSRF, the audit log.

The cookie is Flask's signed session (key: ``LEADBOT_SECRET_KEY``) but it
carries only a random session token; ``webhooks.studio.sessions`` keeps the
session itself in ``studio_sessions``, checked on every studio request. So
signing out, a password change or a deactivation ends the session at once,
even for a copy of the cookie, and the idle (``IDLE``) and absolute
(``LIFETIME``) limits are the server's times, not the cookie's.

Every state-changing studio request passes Flask-WTF's CSRF check (only the
studio's: the API and ``/slack/events`` authenticate by signature or key and
are exempt). Every change, and every sign-in attempt, is a ``studio_audit`` row.

Sign-in tries are rate-limited per client address and per account
(``webhooks.limits``, checked before any hashing), not locked per account:
an attacker's address is refused while the marketer, elsewhere, still signs
in. Checking a password costs ~90 ms of scrypt; at most ``HASHING_AT_ONCE``
run at once per process, and a try that finds them taken is answered 503
with ``Retry-After`` at once, so guesses never hold every web thread.

Views in other studio modules use ``login_required``, ``current_user()``
and ``audit(session, action, details)``.
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, TypeVar
from urllib.parse import urlsplit

from flask import Flask, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.exceptions import RequestEntityTooLarge, ServiceUnavailable, TooManyRequests
from werkzeug.security import check_password_hash, generate_password_hash

from webhooks.database import db
from webhooks.edge import served_over_https
from webhooks.models import StudioAudit, StudioUser, utcnow
from webhooks.studio import bp, sessions
from webhooks.studio.sessions import IDLE, LIFETIME  # noqa: F401  (IDLE: read as auth.IDLE)

MIN_PASSWORD = 10
FIRST_USER_LOCK = 0x1EAD_0001  # PostgreSQL advisory lock: one first-run set-up at a time
MAX_PASSWORD = 200
# A hash that costs as much to check as a real one, so unknown addresses take as long as wrong passwords: the hash of
# "not-a-password-anyone-has", made once and written here, where hashing it at import cost ~90 ms of scrypt in every
# process that loads the service (each gunicorn worker, each ``python -m webhooks`` command). Nothing in it is
# secret; tests/webhooks/studio/test_the_unknown_address_hash.py checks it has the cost of a hash made now.
_DUMMY_HASH = (
    "scrypt:32768:8:1$UFHoRu4qfT58U7Ct$7772b04f2dbd0d880b2e9e307676ef1cb756766b0ad9f51b37f7b9fbbed92a517b04d875bc04b04"
    "e2b42c27f6066f754176ad8a1b7b6309645e5f3940fd3f3c3"
)
# Password checks running at once in this process; gunicorn gives each process several threads (Procfile: 4),
# so the others stay free for the site, the widget and the API however many guesses arrive.
HASHING_AT_ONCE = 1
_hashing = threading.BoundedSemaphore(HASHING_AT_ONCE)

csrf = CSRFProtect()
F = TypeVar("F", bound=Callable[..., Any])


class UserError(ValueError):
    """A user that cannot be created as asked; the message says why."""


@dataclass(frozen=True)
class User:
    id: int
    email: str


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_user(factory: sessionmaker, email: str, password: str, *, first: bool = False,
                actor: str = "command line") -> User:
    """Add a studio user (``python -m webhooks users create EMAIL``); the password is stored hashed (scrypt).

    ``first``: only while the studio has no user at all (the first-run set-up
    page); of two such tries at once, one creates the account, the other is refused.
    """
    address = normalise_email(email)
    if "@" not in address or len(address) > 320 or any(c.isspace() for c in address):
        raise UserError("give an email address such as marketer@example.com")
    _check_password(password)
    password_hash = generate_password_hash(password, method="scrypt")  # outside the transaction: ~90 ms
    with factory() as s, s.begin():
        if first:
            if s.get_bind().dialect.name == "postgresql":  # SQLite runs one writer at a time already
                s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FIRST_USER_LOCK})
            if s.execute(select(StudioUser.id).limit(1)).first():
                raise UserError("the studio already has an account: sign in instead")
        if s.execute(select(StudioUser.id).where(StudioUser.email == address)).first():
            raise UserError("a user with that address already exists")
        user = StudioUser(email=address, password_hash=password_hash, active=True)
        s.add(user)
        s.flush()
        audit(s, "user.create", {"user_id": user.id}, actor=actor)
        return User(user.id, user.email)


def has_users(session: Session) -> bool:
    return session.execute(select(StudioUser.id).limit(1)).first() is not None


def _check_password(password: str) -> None:
    if not (MIN_PASSWORD <= len(password) <= MAX_PASSWORD):
        raise UserError(f"the password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters")


def set_password(session: Session, user_id: int, password: str, *, actor: str) -> int:
    """A new password for a user, in the caller's transaction; every session of theirs ends (copied cookies too).

    Returns how many open sessions were revoked.
    """
    _check_password(password)
    row = session.get(StudioUser, user_id)
    if row is None:
        raise UserError("there is no such user")
    row.password_hash = generate_password_hash(password, method="scrypt")
    ended = sessions.revoke_all(session, user_id, "password changed")
    audit(session, "password.change", {"user_id": user_id, "sessions_ended": ended}, actor=actor)
    return ended


def audit(session: Session, action: str, details: Mapping[str, Any] | None = None, *, actor: str | None = None) -> None:
    """Record a studio change in the caller's transaction, so the change and its record commit together."""
    if actor is None:
        user = current_user()
        actor = user.email if user else "anonymous"
    session.add(StudioAudit(actor=actor[:320], action=action, details=dict(details or {}), at=utcnow()))


class HashingBusy(ServiceUnavailable):
    """Every password-hashing slot of this process is taken; the try is refused at once, not queued."""

    def __init__(self) -> None:
        super().__init__("password checks are busy; try again in a moment", retry_after=1)


@contextmanager
def hashing_slot() -> Iterator[None]:
    """A slot to check or hash a password in, or ``HashingBusy`` when none is free (never waits)."""
    if not _hashing.acquire(blocking=False):
        raise HashingBusy()
    try:
        yield
    finally:
        _hashing.release()


def current_user() -> User | None:
    """The signed-in marketer of this request, or None."""
    return g.get("studio_user")


def login_required(view: F) -> F:
    """Sends anyone not signed in (or whose session expired) to the sign-in page, then back."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            if g.get("studio_expired"):
                flash("Your session expired. Please sign in again.", "warning")
            return redirect(url_for("studio.login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


bp.add_app_template_global(current_user, "current_user")


def init_app(app: Flask) -> None:
    """Session cookie settings and CSRF, scoped to the studio blueprint."""
    settings = app.config["LEADBOT_SETTINGS"]
    if settings.secret_key:
        app.secret_key = settings.secret_key
    app.session_interface = _StudioCookie()
    app.config.update(
        SESSION_COOKIE_NAME="leadbot_studio",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # The check runs only where ``_before`` calls it: the studio, never the API or Slack.
        WTF_CSRF_CHECK_DEFAULT=False,
        WTF_CSRF_TIME_LIMIT=int(LIFETIME.total_seconds()),
    )
    csrf.init_app(app)


class _StudioCookie(SecureCookieSessionInterface):
    """Flask's signed cookie, ``Secure`` whenever the studio is reached over https (behind trusted proxies too)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or served_over_https()


@bp.before_request
def _before() -> Any:
    if not current_app.secret_key:
        return render_template("studio/message.html", title="Studio disabled",
                               message="The studio needs LEADBOT_SECRET_KEY to be set on the service."), 503
    csrf.protect()  # no-op for GET/HEAD/OPTIONS; 400 through _csrf_error otherwise
    _load_user()
    return None


def _load_user() -> None:
    token = session.get("sid")
    if token is None:
        return
    with db.transaction() as s:
        found = sessions.check(s, token)
    if found.user_id is None or found.email is None:
        session.clear()
        g.studio_expired = found.problem == "expired"
        return
    g.studio_user = User(found.user_id, found.email)


# Only the studio's own scripts run (none inline, nothing from elsewhere), no plug-ins, no framing, forms post
# only to the studio. Styles are left alone: the pages use style attributes.
CSP = "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"


@bp.after_request
def _headers(response: Any) -> Any:
    """Studio pages are never framed (clickjacking a Publish button), cached, or sniffed."""
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if request.endpoint != "studio.static":
        response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(CSRFError)
def _csrf_error(error: CSRFError) -> Any:
    current_app.logger.warning("studio CSRF check failed path=%s reason=%s", request.path, error.description)
    return render_template("studio/message.html", title="Form not accepted",
                           message="This form could not be accepted: it expired or did not come from the studio "
                                   f"({error.description}). Go back, reload the page and try again."), 400


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(error: RequestEntityTooLarge) -> Any:
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return render_template("studio/message.html", title="Too large",
                           message=f"What you sent is larger than the studio accepts ({limit // 1024} KiB). "
                                   "Nothing was saved."), 413


def _safe_next(target: str | None) -> str:
    """Only a path inside the studio: never another site (open redirect)."""
    if target and target.startswith("/studio") and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("studio.index")


@bp.errorhandler(TooManyRequests)
@bp.errorhandler(HashingBusy)
def _try_later(error: TooManyRequests | HashingBusy) -> Any:
    """The page again, saying when to retry; the status and ``Retry-After`` are the limit's (or the busy slot's)."""
    wait = int(getattr(error, "retry_after", None) or 1)
    minutes = (wait + 59) // 60
    if isinstance(error, HashingBusy):
        message = "The studio is busy checking other passwords. Try again in a moment."
    else:
        message = f"Too many sign-in tries. Try again in {minutes} minute{'s' if minutes != 1 else ''}."
    if request.endpoint == "studio.login":
        page = render_template("studio/login.html", next=request.form.get("next", ""),
                               email=request.form.get("email", "")[:320], error=message)
    else:
        page = render_template("studio/message.html", title="Try again", message=message + " Nothing was changed.")
    response = current_app.make_response((page, error.code))
    response.headers["Retry-After"] = str(wait)
    return response


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    if request.method == "GET":
        if current_user() is not None:
            return redirect(_safe_next(request.args.get("next")))
        with db.session() as s:
            first_run = not has_users(s)  # nobody could sign in: the page points to the set-up page
        return render_template("studio/login.html", next=request.args.get("next", ""), first_run=first_run)
    address = normalise_email(request.form.get("email", ""))[:320]
    password = request.form.get("password", "")[:MAX_PASSWORD + 1]
    # The rate limits (``webhooks.limits``) ran before this view; the hash runs in a slot, outside any transaction.
    with db.session() as s:
        row = s.execute(select(StudioUser).where(StudioUser.email == address)).scalar_one_or_none()
        user_id, active, stored = (row.id, row.active, row.password_hash) if row else (None, False, _DUMMY_HASH)
    with hashing_slot():
        matches = check_password_hash(stored, password)
    ok = matches and user_id is not None and active
    with db.transaction() as s:
        if not ok:
            audit(s, "login.failed", {}, actor=address or "?")
        else:
            audit(s, "login", {"user_id": user_id}, actor=address)
            token = sessions.start(s, user_id)  # the session row commits with its audit row
    if not ok:
        current_app.logger.info("studio sign-in refused")
        return render_template("studio/login.html", next=request.form.get("next", ""), email=address,
                               error="That email and password do not match a studio user."), 401
    session.clear()  # a fresh session: nothing from before sign-in carries over (fixation)
    session["sid"] = token
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout() -> Any:
    user = current_user()
    with db.transaction() as s:
        sessions.revoke(s, session.get("sid"), "signed out")
        if user is not None:
            audit(s, "logout", {"user_id": user.id}, actor=user.email)
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("studio.login"))


@bp.get("/")
@login_required
def index() -> Any:
    return redirect(url_for("studio.playbook"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def password() -> Any:
    """Change one's own password: every session of this user ends, this browser gets a fresh one."""
    user = current_user()
    assert user is not None
    if request.method == "GET":
        return render_template("studio/password.html", errors={})
    current = request.form.get("current", "")[:MAX_PASSWORD + 1]
    new, again = request.form.get("new", "")[:MAX_PASSWORD + 1], request.form.get("again", "")[:MAX_PASSWORD + 1]
    errors: dict[str, str] = {}
    with hashing_slot(), db.transaction() as s:
        row = s.get(StudioUser, user.id)
        if row is None or not check_password_hash(row.password_hash, current):
            errors["current"] = "That is not your current password."
            audit(s, "password.refused", {"user_id": user.id})
        elif new != again:
            errors["again"] = "The two new passwords differ."
        else:
            try:
                set_password(s, user.id, new, actor=user.email)
            except UserError as exc:
                errors["new"] = str(exc).capitalize() + "."
            else:
                token = sessions.start(s, user.id)
    if errors:
        return render_template("studio/password.html", errors=errors), 422
    session.clear()
    session["sid"] = token
    flash("Your password is changed. Every other session of yours is signed out.", "success")
    return redirect(url_for("studio.index"))
