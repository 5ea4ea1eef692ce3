"""A burst of alerts to one Slack channel: the attempts the worker makes and the time it takes (issue 18).

    .venv/bin/python bench/paced_burst.py [--bursts 5 20 50] [--interval 0.2] [--postgres URL]

The real worker (its loop, thread pool, wake-ups, the real clock) against the local Slack fake,
on a SQLite file (or PostgreSQL with ``--postgres``): N leads for one channel are queued, then a
worker starts, and the clock runs until Slack has all N alerts. Slack's pace is one second per
channel; here it is ``--interval`` (0.2 s) so a burst of 50 takes seconds, not minutes; the
attempts do not depend on it.

An attempt is a claim of a Slack delivery from the outbox: a send, or a wake-up that finds its
turn not come and waits again. Printed per burst: attempts and their ratio to N (one attempt per
alert is 1.0), the worker's SQL statements per alert, the wall time and its ratio to the least the
pace allows ((N - 1) intervals, plus what the sends themselves took), and whether the alerts
reached Slack in the order queued.

Another version of the worker, for the figures before a change: run this file with that version's
checkout first on ``PYTHONPATH`` (it counts through ``webhooks.delivery.outbox.claim`` and the
worker's engine, which every version has):

    mkdir /tmp/before && git archive <rev> | tar -x -C /tmp/before
    cd /tmp && PYTHONPATH=/tmp/before /path/to/.venv/bin/python /path/to/bench/paced_burst.py

Figures on a shared 2-core machine (attempts; the wall time moves with the machine's load):
before 493e84d (one "next free moment" per channel, every waiter re-queued to it) a burst of
5/20/50 at a 0.2 s pace cost 20/249/949 attempts on SQLite (20/300/1145 on PostgreSQL), out of
order; 14/50 at Slack's 1 s cost 145/1572. With turns, once a later turn's wake-up is a fallback
and the end of each send wakes the next: 9/39/99 on both (2N-1: one claim to take a turn, one at
it), 14/50 at 1 s 27/99, in order; the worker's SQL per alert 130-310 -> 27-40.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from harness.fakes.slack import SlackFake
from harness.ports import free_port
from harness.services import SQL_LEAD, lead_body, postgres_database, webhook_playbook
from webhooks import create_app, migrate
from webhooks.delivery import outbox
from webhooks.delivery.worker import Worker

ADMIN_KEY = "bench-admin-key"
CHANNEL = "C0EMEA"  # where the playbook routes SQL_LEAD


class Counted:
    """Counts the Slack deliveries the worker claims, however its version calls ``outbox.claim``."""

    def __init__(self) -> None:
        self.attempts = 0
        self.original = outbox.claim

    def __call__(self, *args: Any, **kwargs: Any) -> list[Any]:
        claimed = self.original(*args, **kwargs)
        self.attempts += sum(1 for item in claimed if item.destination == "slack")
        return claimed


def burst(app: Any, slack: SlackFake, size: int, counted: Counted) -> dict[str, Any]:
    """Queue ``size`` alerts for one channel, run a worker until Slack has them all; what it took."""
    client = app.test_client()
    before = len(slack.alerts(CHANNEL))
    queued = []
    for _ in range(size):
        answer = client.post("/api/v1/leads", json=lead_body(attributes=SQL_LEAD),
                             headers={"Authorization": f"Bearer {ADMIN_KEY}"})
        assert answer.status_code == 201, answer.get_json()
        queued.append(answer.get_json()["id"])
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    statements = [0]
    event.listen(worker.engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    counted.attempts = 0
    thread = threading.Thread(target=worker.run, daemon=True)
    started = time.monotonic()
    thread.start()
    while len(slack.alerts(CHANNEL)) < before + size:
        if time.monotonic() - started > 30 + size * 5:
            sys.exit(f"burst of {size}: only {len(slack.alerts(CHANNEL)) - before} alerts arrived")
        time.sleep(0.005)
    wall = time.monotonic() - started
    worker.stop()
    thread.join(30)
    sent = [m["metadata"]["event_payload"]["lead_id"] for m in slack.alerts(CHANNEL)][before:]
    return {"attempts": counted.attempts, "statements": statements[0], "wall": wall, "in_order": sent == queued}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bursts", type=int, nargs="+", default=[5, 20, 50])
    parser.add_argument("--interval", type=float, default=0.2, help="the channel's pace, seconds (Slack: 1.0)")
    parser.add_argument("--postgres", help="an admin PostgreSQL URL: run on a database of its own there")
    args = parser.parse_args()

    counted = Counted()
    outbox.claim = counted  # the worker calls outbox.claim through the module
    with tempfile.TemporaryDirectory() as tmp, SlackFake() as slack:
        if args.postgres:
            database = postgres_database(args.postgres)
            url = database.__enter__()
        else:
            database, url = None, f"sqlite:///{Path(tmp) / 'bench.db'}"
        try:
            migrate.upgrade(url)
            app = create_app({
                "database_url": url, "playbook_path": str(webhook_playbook(Path(tmp) / "playbook.yml")),
                "admin_api_key": ADMIN_KEY, "action_secret": "bench-action-secret",
                "allowed_networks": ["127.0.0.0/8"], "retry_schedule": [0.05, 0.05, 0.05],
                "rate_limits": {"leads": "off", "leads_per_conversation": "off"},  # a burst is the point
                "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)),
                "integrations": {"slack": {"token": slack.token, "base_url": slack.api_url,
                                           "min_interval": args.interval}},
            })
            app.logger.setLevel(logging.WARNING)  # a line per lead and per delivery would bury the table
            logging.getLogger("leadbot").setLevel(logging.WARNING)
            engine = app.extensions["leadbot.db"][0]
            print(f"one channel, pace {args.interval:g} s, {engine.dialect.name}; "
                  f"an attempt is a claim of a Slack delivery (a send, or a wake-up that waits again)")
            print(f"{'N':>4} {'attempts':>9} {'/N':>6} {'SQL/alert':>10} {'wall s':>8} {'/pace':>6}  in order")
            for size in args.bursts:
                time.sleep(args.interval * 2)  # the channel's pace free again after the last burst
                found = burst(app, slack, size, counted)
                least = (size - 1) * args.interval
                paced = found["wall"] / least if least else float("nan")
                print(f"{size:>4} {found['attempts']:>9} {found['attempts'] / size:>6.2f} "
                      f"{found['statements'] / size:>10.1f} {found['wall']:>8.2f} {paced:>6.2f}  "
                      f"{'yes' if found['in_order'] else 'NO'}")
            engine.dispose()
        finally:
            if database is not None:
                database.__exit__(None, None, None)


if __name__ == "__main__":
    main()
