"""First run: while the studio has no user, ``/studio/setup`` creates the first account.

Who may open it: a browser on the machine the service runs on (a loopback
address, with no proxy header: behind a reverse proxy on the same machine
every visitor comes from 127.0.0.1, and those are not trusted), or anyone
holding the set-up code that the service prints in its terminal when it
starts without a user, like Jupyter's token. The code is an HMAC of the
service's secret key, so every worker and every instance prints and accepts
the same one, and it opens the page once: as soon as an account exists the
page is closed for good (``auth.create_user(first=True)`` makes sure of that
even for two tries at once), and operators add users with
``python -m webhooks users create``.

Tries are counted against the sign-in limit per address (``limits.enforce``),
checked before the code is, so the code cannot be guessed at speed. The form
carries the studio's CSRF token, and the account's password is hashed in one
of the studio's hashing slots like a sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from flask import Flask, abort, current_app, flash, redirect, render_template, request, session, url_for
from sqlalchemy.exc import SQLAlchemyError

from webhooks import limits
from webhooks.database import db
from webhooks.edge import client_address
from webhooks.studio import bp, sessions
from webhooks.studio.auth import MAX_PASSWORD, UserError, create_user, has_users, hashing_slot, normalise_email

_PROXY_HEADERS = ("X-Forwarded-For", "X-Real-IP", "Forwarded", "X-Forwarded-Host")
ACTOR = "first-run set-up"


def setup_code(secret_key: str) -> str:
    """The set-up code for this service's secret key: 20 letters and digits (100 bits)."""
    digest = hmac.new(secret_key.encode(), b"leadbot studio first-run set-up", hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:20].lower()


def announce(app: Flask) -> None:
    """Print where to create the first account, when there is none (at start: once per server, not per worker)."""
    settings = app.config["LEADBOT_SETTINGS"]
    if not settings.secret_key or not _first_of_its_workers():
        return
    try:
        with app.extensions["leadbot.db"][1]() as s:
            if has_users(s):
                return
    except SQLAlchemyError:  # no schema yet (``db upgrade`` not run): the studio says so when opened
        return
    base = (settings.public_url or "").rstrip("/")  # without a public address: the one the banner names
    where = "" if base else " on this service's address"
    print(f"leadbot studio: no account yet. Create the first one at {base}/studio/setup?code="
          f"{setup_code(settings.secret_key)}{where} (from this machine, /studio/setup needs no code).",
          file=sys.stderr, flush=True)


def _first_of_its_workers() -> bool:
    """Whether this process is the first of its server's workers to start (True outside gunicorn).

    Gunicorn forks a worker per ``--workers``, each building the app, and each printed the link (``make run``
    showed it twice). Its master sets ``SERVER_SOFTWARE`` for the workers it forks; the first of them makes a marker
    file named after the master (its pid and start time, so a later server with the same pid prints again), and
    the others, and workers restarted later, see it made."""
    if not os.environ.get("SERVER_SOFTWARE", "").startswith("gunicorn/"):
        return True
    master = os.getppid()
    try:
        # /proc/<pid>/stat: the 22nd field is the start time; the 2nd, in brackets, may hold spaces.
        started = Path(f"/proc/{master}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return True  # no way to tell this master from an earlier one: print, rather than never
    marker = Path(tempfile.gettempdir()) / f"leadbot-studio-setup-{master}-{started}"
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return False
    except OSError:
        return True
    return True


def _from_this_machine() -> bool:
    if any(request.headers.get(h) for h in _PROXY_HEADERS):
        return False
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


def _code_given() -> str:
    code = request.values.get("code", "")
    return code[:64] if isinstance(code, str) else ""


def _allowed() -> bool:
    if _from_this_machine():
        return True
    limits.enforce("signin", f"address:{client_address()}")  # before the code is compared: no fast guessing
    given = _code_given()
    return bool(given) and hmac.compare_digest(given.encode(), setup_code(current_app.secret_key).encode())


def _studio_has_users() -> bool:
    with db.session() as s:
        return has_users(s)


@bp.route("/setup", methods=["GET", "POST"])
def setup() -> Any:
    if _studio_has_users():
        return render_template("studio/message.html", title="The studio is set up",
                               message="The studio already has an account: sign in. Operators add more with "
                                       "python -m webhooks users create EMAIL."), 404
    if not _allowed():
        current_app.logger.warning("studio set-up refused: not from this machine and no valid code")
        return render_template("studio/message.html", title="Set-up only from the server",
                               message="The first studio account can be created only in a browser on the machine "
                                       "that runs leadbot, or with the set-up link the service printed in its "
                                       "terminal when it started."), 403
    code = _code_given()
    if request.method == "GET":
        return render_template("studio/setup.html", code=code, email="", errors={})
    email = normalise_email(request.form.get("email", ""))[:320]
    password = request.form.get("password", "")[:MAX_PASSWORD + 1]
    errors: dict[str, str] = {}
    if password != request.form.get("again", "")[:MAX_PASSWORD + 1]:
        errors["again"] = "The two passwords differ."
    else:
        try:
            with hashing_slot():
                user = create_user(db.sessions, email, password, first=True, actor=ACTOR)
        except UserError as exc:
            field = "password" if "password" in str(exc) else "email"
            if "already has an account" in str(exc):
                abort(404)
            errors[field] = str(exc).capitalize() + "."
    if errors:
        return render_template("studio/setup.html", code=code, email=email, errors=errors), 422
    with db.transaction() as s:
        token = sessions.start(s, user.id)
    session.clear()
    session["sid"] = token
    flash(f"Welcome: the studio account {user.email} is ready. More accounts: python -m webhooks users create.",
          "success")
    return redirect(url_for("studio.index"))
