"""Two of every process behind nginx on loopback, on PostgreSQL and Redis, as deploy/ describes a deployment.

- two gunicorn services and two delivery workers (``harness.services``), on one PostgreSQL database;
- two Rasa servers, each with its action server (``harness.stack.Stack`` without a service), sharing the
  tracker store (``DATABASE_URL``) and the conversations' locks in Redis (``REDIS_URL``);
- nginx with ``deploy/nginx/leadbot.conf.j2`` (``harness.nginx``) in front, over TLS;
- a webhook receiver (``harness.fakes.webhook_receiver``) every lead is delivered to.

The action servers post leads to the public https address, as on servers where they sit next to Rasa and
reach the service through its load balancer; they trust the test's certificate through REQUESTS_CA_BUNDLE.
"""

from __future__ import annotations

import shutil
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from subprocess import Popen
from typing import Any, Iterator

from harness import services
from harness.fakes.webhook_receiver import Received, Reply, WebhookReceiver
from harness.nginx import Nginx
from harness.stack import Stack, start_together

ACTION_SECRET = "scale-test-action-secret"
ADMIN_KEY = "scale-test-admin-key"
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
REDIS_URL = "redis://127.0.0.1:6379/12"
# Deliveries a worker holds at once: what a killed worker may have sent without recording it.
WORKER_CONCURRENCY = 4
# A killed Rasa's ticket on a conversation expires after this; the next turn of it waits at most that long.
LOCK_LIFETIME_SECONDS = 20


def slow_receiver(_: Received) -> Reply:
    """A CRM-like pace, so a killed worker dies with deliveries in hand."""
    time.sleep(0.15)
    return 204, {}, b""


@dataclass
class Cluster:
    workdir: Path
    database_url: str
    playbook: Path
    receiver: WebhookReceiver
    nginx: Nginx
    webs: list[tuple[Popen[Any], str]] = field(default_factory=list)
    bots: list[Stack] = field(default_factory=list)
    workers: list[Popen[Any]] = field(default_factory=list)

    def worker_log(self, n: int) -> Path:
        return self.workdir / f"worker{n}.log"

    def logs(self) -> str:
        parts = [bot.logs() for bot in self.bots]
        for n in range(len(self.workers)):
            parts.append(f"--- worker{n} ---\n" + self.worker_log(n).read_text(errors="replace")[-3000:])
        parts.append("--- nginx errors ---\n" + self.nginx.errors())
        return "\n".join(parts)


@contextmanager
def running_cluster(workdir: Path, model: Path, extra_bot_env: dict[str, str] | None = None) -> Iterator[Cluster]:
    """The cluster, torn down afterwards; ``extra_bot_env`` goes to the Rasa and action servers (bench/capacity)."""
    with ExitStack() as exits:
        database_url = exits.enter_context(services.postgres_database())
        receiver = exits.enter_context(WebhookReceiver(WEBHOOK_SECRET, responder=slow_receiver))
        playbook = services.webhook_playbook(workdir / "playbook.yml")
        env = services.service_env(
            database_url, endpoints={"ops": {"url": receiver.url, "secret": receiver.secret}},
            action_secret=ACTION_SECRET, admin_key=ADMIN_KEY, playbook=playbook, lease_seconds=5.0,
            poll_seconds=2.0, concurrency=WORKER_CONCURRENCY, http_timeout=5.0, LEADBOT_PROXIES="1",
        )
        webs = [services.start_web(env, workdir / f"web{n}.log", workers=1, threads=4) for n in range(2)]
        for process, _ in webs:
            exits.callback(services.stop, process)
        bots = [Stack(workdir / f"bot{n}", model, with_service=False, playbook=playbook, secret=ACTION_SECRET,
                      admin_key=ADMIN_KEY) for n in range(2)]
        nginx = Nginx(web=tuple(url.removeprefix("http://") for _, url in webs),
                      bot=tuple(f"127.0.0.1:{bot.rasa_port}" for bot in bots)).start()
        exits.callback(nginx.stop)
        cluster = Cluster(workdir, database_url, playbook, receiver, nginx, webs, bots)
        for n in range(2):
            process = services.start_worker(env, cluster.worker_log(n))
            cluster.workers.append(process)
            exits.callback(services.stop, process)
        # Kept outside nginx's directory (removed on stop) for the action servers to read.
        certificate = shutil.copy(nginx.certificate, workdir / "nginx-certificate.pem")
        for bot in bots:
            bot.extra_env.update(
                DATABASE_URL=database_url, REDIS_URL=REDIS_URL, LEADBOT_SERVICE_URL=nginx.url,
                REQUESTS_CA_BUNDLE=str(certificate), LEADBOT_ALLOWED_ORIGINS=nginx.url, LEADBOT_PROXIES="1",
                LEADBOT_SERVICE_TIMEOUT="20", TICKET_LOCK_LIFETIME=str(LOCK_LIFETIME_SECONDS),
            )
            bot.extra_env.update(extra_bot_env or {})
            exits.callback(bot.stop)
        # Together: Rasa's start-up limit (180 s) is far above the ~8 s CPU each takes to load its model, and one
        # after the other they kept the test waiting for both loads in turn.
        start_together(bots)
        yield cluster
