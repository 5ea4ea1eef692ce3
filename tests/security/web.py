"""The lead service alone, under gunicorn as the Procfile runs it (2 workers, 4 threads), with the shipped limits.

For the attacks on the service's own edges (limits, sign-in, Slack, headers),
which need no bot: ``production_web(directory, **environment)`` yields the
running service. Limits are never set here, so what is attacked is what ships.
"""

from __future__ import annotations

import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import requests

from harness import services
from harness.studio_forms import csrf_token
from qualification.playbook_file import DEFAULT_PLAYBOOK

ACTION_SECRET = "security-action-secret"
ADMIN_KEY = "security-admin-key"
SECRET_KEY = "security-studio-secret-key-0123456789"
PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Web:
    url: str
    database_url: str
    directory: Path


@contextmanager
def production_web(directory: Path, **environment: str) -> Iterator[Web]:
    database_url = f"sqlite:///{directory / 'var' / 'leadbot.db'}"
    env = services.service_env(database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
                               playbook=DEFAULT_PLAYBOOK, LEADBOT_SECRET_KEY=SECRET_KEY, **environment)
    assert not [name for name in env if name.startswith("LEADBOT_LIMIT_")], "the shipped limits are what is attacked"
    subprocess.run([services.PYTHON, "-m", "webhooks", "db", "upgrade"], cwd=services.REPO, env=env, check=True,
                   capture_output=True)
    process, url = services.start_web(env, directory / "web.log", workers=2, threads=4)
    try:
        yield Web(url, database_url, directory)
    finally:
        services.stop(process)


def add_marketer(web: Web, email: str) -> None:
    """``python -m webhooks users create`` as the operator runs it, the password piped in."""
    env = services.service_env(web.database_url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
                               playbook=DEFAULT_PLAYBOOK)
    subprocess.run([services.PYTHON, "-m", "webhooks", "users", "create", email], input=PASSWORD + "\n", text=True,
                   cwd=services.REPO, env=env, check=True, capture_output=True)


def sign_in(http: requests.Session, web: Web, email: str, password: str = PASSWORD,
            headers: dict[str, str] | None = None) -> requests.Response:
    """The sign-in form as a browser submits it: the page first (cookie and CSRF token), then the POST."""
    page = http.get(f"{web.url}/studio/login", headers=headers, timeout=10)
    return http.post(f"{web.url}/studio/login", data={"email": email, "password": password,
                                                       "csrf_token": csrf_token(page.text)},
                     headers=headers, allow_redirects=False, timeout=30)
