"""Nothing lost under faults: leads keep coming while receivers fail, throttle and go away,
and the worker is killed with SIGKILL; afterwards every lead is at every destination.

Two signed-webhook receivers (two destinations) fail 30% of requests with 503,
answer bursts of 429 with ``Retry-After``, and both go down together for 30 s;
the worker is SIGKILLed three times and restarted at once (as a supervisor
would). Repeats are expected (a kill after the receiver took a delivery but
before the worker recorded it); receivers recognise them by ``webhook-id``.

    .venv/bin/python bench/faults.py [--leads 2000] [--outage 30] [--quick]
"""

from __future__ import annotations

import argparse
import random
import signal
import threading
import time
from collections import Counter
from contextlib import ExitStack
from typing import Any

import requests
from sqlalchemy import create_engine, func, select

from harness.fakes.webhook_receiver import Received, Reply
from webhooks.models import Delivery

from _stack import hammer, open_stack, post_lead

RECEIVERS = ("a", "b")


class Trouble:
    """A receiver's bad day: 30% 503s, and now and then a burst of 429s with Retry-After."""

    def __init__(self, seed: int, fail_rate: float = 0.3, burst_every: int = 400, burst_length: int = 40) -> None:
        self.rng = random.Random(seed)
        self.fail_rate, self.burst_every, self.burst_length = fail_rate, burst_every, burst_length
        self.seen = 0
        self.lock = threading.Lock()

    def __call__(self, _: Received) -> Reply:
        with self.lock:
            self.seen += 1
            if self.seen % self.burst_every < self.burst_length:
                return 429, {"Retry-After": "2"}, b"slow down"
            if self.rng.random() < self.fail_rate:
                return 503, {}, b"unavailable"
        return 204, {}, b""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=2000)
    parser.add_argument("--outage", type=float, default=30.0, help="seconds both receivers are down")
    parser.add_argument("--quick", action="store_true", help="300 leads, 8 s outage")
    parser.add_argument("--timeout", type=float, default=240.0, help="give up waiting after this many seconds")
    args = parser.parse_args()
    count, outage = (300, 8.0) if args.quick else (args.leads, args.outage)

    with ExitStack() as exits:
        stack = open_stack(
            exits, receivers=RECEIVERS, lease_seconds=5.0, http_timeout=3.0, concurrency=16,
            retry_schedule="0.5,1,2,4,8,15,15,15,15,15,15,15,15,15,15",
        )
        for i, receiver in enumerate(stack.receivers.values()):
            receiver.responder = Trouble(seed=i)
        url = stack.start_web(2)
        stack.start_worker()
        started = time.monotonic()
        events: list[str] = []

        posted: list[str] = []
        lock = threading.Lock()

        def send(http: requests.Session) -> bool:
            with lock:
                if len(posted) >= count:
                    return True
                posted.append("")
            response = post_lead(http, url)
            with lock:
                posted[posted.index("")] = response.json().get("id", "") if response.status_code == 201 else "!"
            return response.status_code == 201

        def produce() -> None:
            while len(posted) < count:
                hammer(send, 1.0, 4)

        def outages() -> None:
            time.sleep(min(10.0, outage / 3))
            events.append(f"{time.monotonic() - started:5.1f}s receivers down")
            for receiver in stack.receivers.values():
                receiver.go_down()
            time.sleep(outage)
            for receiver in stack.receivers.values():
                receiver.come_back()
            events.append(f"{time.monotonic() - started:5.1f}s receivers back")

        def kills() -> None:
            for _ in range(3):
                time.sleep(max(2.0, outage / 2))
                victim = stack.workers.pop()
                victim.send_signal(signal.SIGKILL)
                victim.wait()
                events.append(f"{time.monotonic() - started:5.1f}s worker SIGKILLed, restarted")
                stack.start_worker()

        threads = [threading.Thread(target=f) for f in (produce, outages, kills)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        produced = time.monotonic() - started

        engine = create_engine(stack.database_url, future=True)
        expected = count * len(RECEIVERS)
        statuses: dict[str, int] = {}
        while time.monotonic() - started < args.timeout:
            with engine.connect() as connection:
                statuses = dict(connection.execute(
                    select(Delivery.status, func.count()).group_by(Delivery.status)).all())
            if statuses.get("delivered", 0) == expected or statuses.get("dead"):
                break
            time.sleep(0.5)
        engine.dispose()
        drained = time.monotonic() - started
        report(stack.receivers, posted, statuses, expected, produced, drained, events)


def report(receivers: dict[str, Any], posted: list[str], statuses: dict[str, int], expected: int,
           produced: float, drained: float, events: list[str]) -> None:
    leads = {lead for lead in posted if lead.startswith("lead_")}
    print(f"{len(leads)} leads accepted by the service ({len(posted) - len(leads)} refused) in {produced:.1f} s; "
          f"all deliveries settled at {drained:.1f} s")
    for event in events:
        print(f"  {event}")
    print(f"outbox: {dict(sorted(statuses.items()))} of {expected} expected deliveries")
    lost_total = 0
    for name, receiver in receivers.items():
        reached = receiver.leads_accepted() & leads
        lost = len(leads - reached)
        lost_total += lost
        requests_by_id = Counter(r.id for r in receiver.received)
        accepted_by_id = Counter(r.id for r in receiver.accepted)
        repeats = sum(n - 1 for n in accepted_by_id.values() if n > 1)
        print(f"receiver {name}: {len(reached)}/{len(leads)} leads ({100 * len(reached) / max(1, len(leads)):.1f}%), "
              f"lost {lost}; {len(receiver.received)} requests for {len(requests_by_id)} delivery ids; "
              f"{repeats} repeats after success, each carrying an id already seen")
    print(f"every lead at every destination: {'yes' if lost_total == 0 and leads else 'NO'}; lost: {lost_total}")


if __name__ == "__main__":
    main()
