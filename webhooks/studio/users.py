"""``python -m webhooks users create EMAIL``: the password is prompted for (twice), or read from stdin when piped."""

from __future__ import annotations

import getpass
import sys

from sqlalchemy.orm import sessionmaker

from webhooks.studio.auth import UserError, create_user


def create_command(sessions: sessionmaker, email: str) -> int:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            print("the passwords differ; nothing was created", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        user = create_user(sessions, email, password)
    except UserError as exc:
        print(f"not created: {exc}", file=sys.stderr)
        return 2
    print(f"created studio user {user.id}")
    return 0
