"""The studio served as in production, for its browser tests: gunicorn (two workers) on a fresh SQLite.

``start`` returns the process and ``{"url", "admin_key", "log"}``; ``published``
reads what the API serves; ``sign_in`` signs the test's marketer in.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from pathlib import Path
from typing import Any

import requests

from tests.webhooks.services import PYTHON, REPO, service_env, start_web, webhook_playbook
from webhooks import migrate


def start(workdir: Path, *, marketer: str | None, password: str = "") -> tuple[Any, dict[str, str]]:
    """The service on a migrated database; with ``marketer``, its first account already made (else none)."""
    database_url = f"sqlite:///{workdir / 'leadbot.db'}"
    migrate.upgrade(database_url)
    admin_key = secrets.token_hex(16)
    env = service_env(database_url, endpoints={}, action_secret=secrets.token_hex(16), admin_key=admin_key,
                      playbook=webhook_playbook(workdir / "playbook.yml"), LEADBOT_SECRET_KEY=secrets.token_hex(32))
    if marketer:
        subprocess.run([PYTHON, "-m", "webhooks", "users", "create", marketer], cwd=REPO, env=env,
                       input=password + "\n", text=True, check=True, capture_output=True)
    process, url = start_web(env, workdir / "web.log", workers=2, threads=2)
    return process, {"url": url, "admin_key": admin_key, "log": str(workdir / "web.log")}


def published(service: dict[str, str]) -> dict[str, Any]:
    """What the API serves now: any of gunicorn's workers, each re-reading the published version once a second."""
    response = requests.get(f"{service['url']}/api/v1/playbook",
                            headers={"Authorization": f"Bearer {service['admin_key']}"}, timeout=10)
    response.raise_for_status()
    return response.json()


def sign_in(page: Any, service: dict[str, str], marketer: str, password: str) -> None:
    page.goto(f"{service['url']}/studio/")
    page.get_by_label("Email").fill(marketer)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/studio/playbook$"))
