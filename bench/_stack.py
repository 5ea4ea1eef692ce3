"""The service's real processes for the benchmarks: a PostgreSQL database of its own,
gunicorn, delivery workers and local webhook receivers, all torn down afterwards."""

from __future__ import annotations

import json
import tempfile
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import requests

from harness import services
from harness.fakes.webhook_receiver import WebhookReceiver
from signing import LEADS_PATH, sign

ACTION_SECRET = "bench-action-secret"
ADMIN_KEY = "bench-admin-key"
SECRETS = ("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=")


@dataclass
class Stack:
    """What a benchmark drives: ``web`` is gunicorn's URL, ``receivers`` the webhook endpoints by name."""

    database_url: str
    env: dict[str, str]
    workdir: Path
    receivers: dict[str, WebhookReceiver]
    web: str = ""
    _exits: ExitStack = field(default_factory=ExitStack)
    workers: list[Any] = field(default_factory=list)

    def start_web(self, workers: int = 2, threads: int = 1, app: str = "webhooks:create_app()") -> str:
        process, url = services.start_web(self.env, self.workdir / "web.log", workers=workers, threads=threads, app=app)
        self._exits.callback(services.stop, process)
        return url

    def start_worker(self) -> Any:
        process = services.start_worker(self.env, self.workdir / "worker.log")
        self.workers.append(process)
        return process

    def close(self) -> None:
        for process in self.workers:
            services.stop(process)
        self._exits.close()


def open_stack(exits: ExitStack, receivers: Iterable[str] = ("ops",), **env: Any) -> Stack:
    """Start receivers and make a migrated database; the caller starts gunicorn and workers."""
    workdir = Path(exits.enter_context(tempfile.TemporaryDirectory(prefix="leadbot-bench-")))
    database_url = exits.enter_context(services.postgres_database())
    running = {
        name: exits.enter_context(WebhookReceiver(SECRETS[i % len(SECRETS)]))
        for i, name in enumerate(receivers)
    }
    endpoints = {name: {"url": r.url, "secret": r.secret} for name, r in running.items()}
    stack = Stack(
        database_url=database_url,
        env=services.service_env(
            database_url, endpoints=endpoints, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
            playbook=services.webhook_playbook(workdir / "playbook.yml"), **env,
        ),
        workdir=workdir,
        receivers=running,
    )
    exits.callback(stack.close)
    return stack


def post_lead(http: requests.Session, url: str, body: dict[str, Any] | None = None) -> requests.Response:
    """One lead as the action server sends it: signed over the exact bytes."""
    raw = json.dumps(body or services.lead_body()).encode()
    return http.post(f"{url}/api/v1/leads", data=raw, timeout=30,
                     headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Content-Type": "application/json"})


def hammer(send: Any, seconds: float, threads: int) -> tuple[int, int, float]:
    """Call ``send(session)`` from ``threads`` threads for ``seconds``; returns (ok, failed, elapsed)."""
    ok = failed = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def loop() -> None:
        nonlocal ok, failed
        with requests.Session() as http:
            while time.monotonic() < stop_at:
                good = send(http)
                with lock:
                    if good:
                        ok += 1
                    else:
                        failed += 1

    elapsed = concurrently(lambda _: loop(), threads)
    return ok, failed, elapsed


def concurrently(work: Callable[[int], None], count: int) -> float:
    """``work(0)`` … ``work(count - 1)``, each in its own thread, all at once; returns the seconds until the last
    one ended."""
    started = time.monotonic()
    pool = [threading.Thread(target=work, args=(n,)) for n in range(count)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.monotonic() - started
