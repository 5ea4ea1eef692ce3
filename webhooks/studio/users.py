"""``python -m webhooks users create|password EMAIL``: the password is prompted for (twice), or read from stdin when piped."""

from __future__ import annotations

import getpass
import sys

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from webhooks.models import StudioUser
from webhooks.studio.auth import UserError, create_user, normalise_email, set_password


def _read_password() -> str | None:
    """Prompted twice on a terminal, else one line of stdin; ``None`` when the two differ."""
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("the passwords differ; nothing was changed", file=sys.stderr)
            return None
        return password
    return sys.stdin.readline().rstrip("\r\n")


def create_command(sessions: sessionmaker, email: str) -> int:
    password = _read_password()
    if password is None:
        return 2
    try:
        user = create_user(sessions, email, password)
    except UserError as exc:
        print(f"not created: {exc}", file=sys.stderr)
        return 2
    print(f"created studio user {user.id}")
    return 0


def password_command(factory: sessionmaker, email: str) -> int:
    """``python -m webhooks users password EMAIL``: a new password; every session of that user ends."""
    password = _read_password()
    if password is None:
        return 2
    with factory() as s, s.begin():
        user_id = s.execute(select(StudioUser.id).where(StudioUser.email == normalise_email(email))).scalar_one_or_none()
        if user_id is None:
            print("no studio user has that address; nothing was changed", file=sys.stderr)
            return 2
        try:
            ended = set_password(s, user_id, password, actor="command line")
        except UserError as exc:
            print(f"not changed: {exc}", file=sys.stderr)
            return 2
    print(f"password changed; {ended} session(s) signed out")
    return 0
