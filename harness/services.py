"""Start the service's real processes (gunicorn, the worker) for tests and benchmarks."""

from __future__ import annotations

import functools
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping

import requests
import yaml
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine, make_url

from harness.lifetime import ends_with_this_process
from harness.ports import free_port
from qualification import parse_playbook
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml
from webhooks import migrate

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
ADMIN_POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")

SQL_LEAD = {
    "budget": {"min": 50000, "max": 50000, "currency": "USD", "status": "stated"},
    "authority": {"title": "VP Marketing", "seniority": "vp", "role": "decision_maker"},
    "need": {"summary": "our SEO is terrible", "categories": ["seo"]},
    "timing": {"horizon_days": 30, "status": "stated"},
    "company_size": {"min": 50, "max": 200},
    "industry": "software",
    "location": {"country": "DE", "city": "Berlin"},
    "email": {"address": "jane.doe@acme.io", "free_mail": False},
    "name": "Jane Doe",
    "company": "Acme",
}


def lead_body(conversation_id: str | None = None, **changes: Any) -> dict[str, Any]:
    """A sales-qualified lead as the bot posts it; each call a new conversation unless one is given."""
    body: dict[str, Any] = {
        "source": "bot",
        "conversation_id": conversation_id or f"conv-{uuid.uuid4().hex[:12]}",
        "attributes": SQL_LEAD,
        "answers": [{"question_id": "budget", "text": "about 50k for the year"}],
        "consent": [{"purpose": "contact", "granted": True, "wording": "You may contact me about my request."}],
    }
    body.update(changes)
    return body


def webhook_playbook(path: Path) -> Path:
    """The default playbook with the generic webhook added to every route's destinations."""
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        route["destinations"] = [*route["destinations"], "webhook"]
    parse_playbook(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


@contextmanager
def postgres_database(admin_url: str = ADMIN_POSTGRES_URL) -> Iterator[str]:
    """A migrated PostgreSQL database of our own (unique name), dropped afterwards."""
    name = f"leadbot_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, future=True, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        try:
            migrate.upgrade(url)
            yield url
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def empty_database(database_url: str, *, drop_other_tables: bool = False) -> None:
    """Every row of the service's tables gone, the schema and its version kept: the database as ``migrate.upgrade``
    left it, for the next test of a service that stays up (a module's gunicorn, started once instead of once a test).

    ``drop_other_tables``: tables that are not the service's go too, such as the ``events`` a test's Rasa tracker
    store made in a database the tests share (a later test would find them; ``alembic check`` reads them as tables
    to drop)."""
    metadata = migrate.target_metadata()
    tables = metadata.sorted_tables
    postgres = make_url(database_url).get_backend_name() == "postgresql"
    engine = _postgres_engine(database_url) if postgres else create_engine(database_url, future=True)
    try:
        with engine.begin() as connection:
            # Children before parents, whether or not SQLite enforces the foreign keys. Not PostgreSQL's TRUNCATE:
            # it gives each table new files and syncs them at commit, 0.6-0.7 s before every PostgreSQL test
            # against ~0.07 s for these few rows (bench/empty_database.py).
            if postgres:
                # One round trip for the lot: at load 10 each statement's trip cost 1-4 ms.
                connection.exec_driver_sql("".join(f'DELETE FROM "{table.name}";' for table in reversed(tables)))
                # Numbering starts again, as in a fresh copy of the migrated database, for the sequences used since
                # (a fresh one's last_value is NULL, and so is a set one's). setval, not ALTER SEQUENCE ... RESTART:
                # RESTART gives the sequence a new file, synced at commit like TRUNCATE's, ~2.5 ms each (9: 22-26 ms
                # of the 50-90 ms this took at load 10-12; ~1 ms for the whole emptying now, bench/empty_database.py).
                connection.exec_driver_sql(
                    "SELECT setval(format('%%I.%%I', schemaname, sequencename), start_value, false) "
                    "FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL")
            else:
                for table in reversed(tables):
                    connection.execute(table.delete())
                if connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).first():
                    connection.execute(text("DELETE FROM sqlite_sequence"))
            if drop_other_tables:
                ours = {*metadata.tables, migrate.VERSION_TABLE}
                cascade = " CASCADE" if postgres else ""
                found = {name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")}
                for name in sorted(found - ours):  # SQLite's own (sqlite_sequence) cannot be dropped, nor need be
                    connection.execute(text(f'DROP TABLE "{name}"{cascade}'))
    finally:
        if not postgres:
            engine.dispose()


@functools.lru_cache(maxsize=None)
def _postgres_engine(database_url: str) -> Engine:
    """One engine per PostgreSQL database for this process's ``empty_database`` calls: a new engine each time opened a
    new connection, a server process forked for every test (~20-30 ms at load 10). Its one connection waits idle
    between calls; ``postgres_database`` drops the database with (FORCE), which ends it."""
    return create_engine(database_url, future=True, pool_size=1)


# The caller's own configuration must not leak in: a developer's SLACK_BOT_TOKEN would switch on a
# destination (pointed at the real Slack) the test never asked for.
INHERIT_NOT = ("LEADBOT_", "SLACK_", "HUBSPOT_", "PIPEDRIVE_", "SALESFORCE_", "DATABASE_URL")


def service_env(
    database_url: str,
    *,
    endpoints: Mapping[str, Mapping[str, str]],
    action_secret: str,
    admin_key: str,
    playbook: str | Path,
    wake_port: int | None = None,
    retry_schedule: str = "0.2,0.5,1,2,4,8,16",
    lease_seconds: float = 5.0,
    poll_seconds: float = 30.0,
    concurrency: int = 8,
    http_timeout: float = 3.0,
    **extra: str,
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(INHERIT_NOT)}
    env.update({
        "DATABASE_URL": database_url,
        "LEADBOT_ACTION_SECRET": action_secret,
        "LEADBOT_ADMIN_API_KEY": admin_key,
        "LEADBOT_PLAYBOOK": str(playbook),
        "LEADBOT_WEBHOOK_ENDPOINTS": json.dumps(endpoints),
        "LEADBOT_ALLOW_NETWORKS": "127.0.0.0/8",
        "LEADBOT_WORKER_WAKE": f"127.0.0.1:{wake_port or free_port(socket.SOCK_DGRAM)}",
        "LEADBOT_RETRY_SCHEDULE": retry_schedule,
        "LEADBOT_LEASE_SECONDS": str(lease_seconds),
        "LEADBOT_POLL_SECONDS": str(poll_seconds),
        "LEADBOT_WORKER_CONCURRENCY": str(concurrency),
        "LEADBOT_HTTP_TIMEOUT": str(http_timeout),
        "PYTHONPATH": str(REPO),
        **extra,
    })
    return env


def wait_healthy(url: str, process: subprocess.Popen[Any], timeout: float = 120.0) -> None:
    # Generous: under CI's load gunicorn took more than 30 s to answer; a process that exits still fails at once.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before becoming healthy")
        try:
            if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become healthy in {timeout} s")


def start_web(
    env: Mapping[str, str], log: Path, *, workers: int = 2, threads: int = 1, app: str = "webhooks:create_app()",
) -> tuple[subprocess.Popen[Any], str]:
    port = free_port()
    process = subprocess.Popen(
        [GUNICORN, "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
         "--log-level", "warning", "--logger-class", "webhooks.access_log.QuietPolls", app],
        cwd=REPO, env=dict(env), stdout=log.open("ab"), stderr=subprocess.STDOUT, preexec_fn=ends_with_this_process(),
    )
    url = f"http://127.0.0.1:{port}"
    wait_healthy(url, process)
    return process, url


def start_worker(env: Mapping[str, str], log: Path, timeout: float = 20.0) -> subprocess.Popen[Any]:
    """``python -m webhooks.delivery``, returned once it is listening for work."""
    offset = log.stat().st_size if log.exists() else 0
    process = subprocess.Popen(
        [PYTHON, "-m", "webhooks.delivery"], cwd=REPO, env=dict(env), stdout=log.open("ab"), stderr=subprocess.STDOUT,
        preexec_fn=ends_with_this_process(),
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"worker exited with {process.returncode}: {log.read_text()[-2000:]}")
        if "worker started" in log.read_text(errors="replace")[offset:]:
            return process
        time.sleep(0.05)
    raise RuntimeError("worker did not start")


def stop(process: subprocess.Popen[Any], sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
