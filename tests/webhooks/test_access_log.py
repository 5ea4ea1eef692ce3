"""The Procfile's gunicorn logs every request but an action server's poll of a playbook that has not changed."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import requests

import signing
from harness.ports import free_port
from harness.services import GUNICORN, stop, wait_healthy
from qualification import DEFAULT_PLAYBOOK
from tests.deploy.units import REPO, procfile

SECRET = "s" * 64


def _web(tmp_path: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    """The Procfile's web command, run as written but for the port."""
    argv = [GUNICORN if word == "gunicorn" else word for word in procfile()["web"]]
    argv[argv.index("--bind") + 1] = f"127.0.0.1:{free_port()}"
    log = tmp_path / "web.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEADBOT_", "DATABASE_URL"))}
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'leads.db'}", "LEADBOT_ACTION_SECRET": SECRET,
                "LEADBOT_PLAYBOOK": str(DEFAULT_PLAYBOOK), "PYTHONPATH": str(REPO)})
    subprocess.run([argv[0].replace("gunicorn", "python"), "-m", "webhooks", "db", "upgrade"], cwd=REPO, env=env,
                   check=True, capture_output=True)
    process = subprocess.Popen(argv, cwd=REPO, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = "http://" + argv[argv.index("--bind") + 1]
    wait_healthy(url, process)
    return process, url, log


def _poll(url: str, etag: str | None = None) -> requests.Response:
    headers = signing.sign(SECRET, "GET", signing.PLAYBOOK_PATH)
    if etag:
        headers["If-None-Match"] = etag
    return requests.get(url + signing.PLAYBOOK_PATH, headers=headers, timeout=10)


def test_an_unchanged_playbooks_poll_is_not_logged_while_a_fetch_a_refusal_and_other_requests_are(
        tmp_path: Path) -> None:
    process, url, log = _web(tmp_path)
    try:
        fetched = _poll(url)
        assert fetched.status_code == 200
        for _ in range(3):
            assert _poll(url, fetched.headers["ETag"]).status_code == 304
        refused = requests.get(url + signing.PLAYBOOK_PATH, timeout=10)
        assert refused.status_code == 401
        requests.get(url + "/healthz?marker=last", timeout=10)
        deadline = time.monotonic() + 10
        while "marker=last" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop(process)
    lines = [line for line in log.read_text().splitlines() if '"GET ' in line]
    polls = [line for line in lines if signing.PLAYBOOK_PATH in line]
    assert [line.split('" ')[1].split()[0] for line in polls] == ["200", "401"], lines
    assert any("/healthz?marker=last" in line for line in lines)
