"""The studio served as in production, for its browser tests: gunicorn (two workers) on a fresh SQLite.

``start`` returns the process and ``{"url", "admin_key", "action_secret", "log"}`` (the action secret signs the
bot's playbook requests); ``published`` reads what the API serves; ``served_everywhere`` waits until every worker
serves a publish; ``sign_in`` signs the test's marketer in; ``add_marketer`` makes a studio account.
"""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path
from typing import Any, Callable

import requests
from sqlalchemy.orm import sessionmaker

from harness.services import service_env, start_web, webhook_playbook
from tests.waiting import wait_for
from webhooks import migrate
from webhooks.database import make_engine
from webhooks.studio.auth import create_user


def add_marketer(database_url: str, email: str, password: str) -> None:
    """A studio account in the service's database, made as ``python -m webhooks users create`` makes it (the same
    ``create_user``, full-cost scrypt) but in this process: a Python process importing the service for each account
    cost ~1.5 s CPU. The command itself is tested by tests/webhooks/studio/test_auth.py and tests/security/web.py."""
    engine = make_engine(database_url)
    try:
        create_user(sessionmaker(engine, future=True), email, password)
    finally:
        engine.dispose()


def start(workdir: Path, *, marketer: str | None, password: str = "") -> tuple[Any, dict[str, str]]:
    """The service on a migrated database; with ``marketer``, its first account already made (else none)."""
    database_url = f"sqlite:///{workdir / 'leadbot.db'}"
    migrate.upgrade(database_url)
    admin_key, action_secret = secrets.token_hex(16), secrets.token_hex(16)
    env = service_env(database_url, endpoints={}, action_secret=action_secret, admin_key=admin_key,
                      playbook=webhook_playbook(workdir / "playbook.yml"), LEADBOT_SECRET_KEY=secrets.token_hex(32))
    if marketer:
        add_marketer(database_url, marketer, password)
    process, url = start_web(env, workdir / "web.log", workers=2, threads=2)
    return process, {"url": url, "admin_key": admin_key, "action_secret": action_secret, "log": str(workdir / "web.log")}


def published(service: dict[str, str]) -> dict[str, Any]:
    """What the API serves now: any of gunicorn's workers, each re-reading the published version once a second."""
    response = requests.get(f"{service['url']}/api/v1/playbook",
                            headers={"Authorization": f"Bearer {service['admin_key']}"}, timeout=10)
    response.raise_for_status()
    return response.json()


# Each worker asks the database which version is published at most this long after its last look, when a request
# comes (``webhooks.playbooks.published.PlaybookProvider``'s ttl): a request sent later gets the newest from any worker.
RECHECKED_WITHIN = 1.0


def served_everywhere(service: dict[str, str], check: Callable[[dict[str, Any]], Any], since: float,
                      what: str, timeout: float = 60.0) -> dict[str, Any]:
    """The published playbook once ``check`` holds for it and every worker serves it: read by a request sent at
    least ``RECHECKED_WITHIN`` after ``since`` (``time.monotonic()`` when the publish was answered). One worker
    serving it is not enough: the next request may reach the other one, still on the version before for up to the
    ttl, and a test's next read (or the next test's "nothing changed") saw the old version."""
    def settled() -> dict[str, Any] | None:
        if time.monotonic() < since + RECHECKED_WITHIN:
            return None
        playbook = published(service)["playbook"]
        return playbook if check(playbook) else None

    return wait_for(settled, what, timeout=timeout)


def sign_in(page: Any, service: dict[str, str], marketer: str, password: str) -> None:
    page.goto(f"{service['url']}/studio/")
    page.get_by_label("Email").fill(marketer)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/studio/playbook$"))
