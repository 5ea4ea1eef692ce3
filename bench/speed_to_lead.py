"""Speed to lead: from a lead's commit to the destination having it, on PostgreSQL.

gunicorn serves the service, ``python -m webhooks.delivery`` delivers, and each
destination probe reports when the lead arrived. Two clocks are printed: from
the moment the POST was sent (an upper bound: it includes taking the request)
and from the moment its 201 came back (just after the commit). Goal: p95 of
the first at most 300 ms.

The generic signed webhook is probed here; the Slack alert and the HubSpot,
Salesforce and Pipedrive records (with Slack's pace of one message per second
per channel, and a Claim's updates) are timed by ``bench/speed_to_destinations.py``.
Another destination is added by writing a ``Probe`` (start its local server,
give the service its settings, say when a lead arrived) and listing it in ``PROBES``.

    .venv/bin/python bench/speed_to_lead.py [--leads 200] [--quick]
"""

from __future__ import annotations

import argparse
import time
from contextlib import ExitStack
from typing import Protocol

import requests

from _stack import Stack, open_stack, post_lead
from _stats import percentile


class Probe(Protocol):
    name: str

    def arrived_at(self, lead_id: str, timeout: float) -> float | None:
        """``time.time()`` when the lead reached this destination, or None."""
        ...


class WebhookProbe:
    name = "webhook"

    def __init__(self, stack: Stack) -> None:
        self.receiver = stack.receivers["ops"]

    def arrived_at(self, lead_id: str, timeout: float) -> float | None:
        found: list[float] = []

        def arrived(receiver: object) -> bool:
            found[:] = [r.at for r in self.receiver.accepted if r.payload["data"]["id"] == lead_id]
            return bool(found)

        return found[0] if self.receiver.wait_for(arrived, timeout) else None


PROBES = [WebhookProbe]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=200)
    parser.add_argument("--gap", type=float, default=0.05, help="seconds between leads")
    parser.add_argument("--quick", action="store_true", help="50 leads")
    args = parser.parse_args()
    count = 50 if args.quick else args.leads

    with ExitStack() as exits:
        stack = open_stack(exits, poll_seconds=30.0)
        url = stack.start_web(2)
        stack.start_worker()
        probes = [probe(stack) for probe in PROBES]
        from_send: dict[str, list[float]] = {p.name: [] for p in probes}
        from_reply: dict[str, list[float]] = {p.name: [] for p in probes}
        lost = 0
        with requests.Session() as http:
            for _ in range(count):
                sent = time.time()
                response = post_lead(http, url)
                replied = time.time()
                lead_id = response.json()["id"]
                for probe in probes:
                    at = probe.arrived_at(lead_id, timeout=10)
                    if at is None:
                        lost += 1
                        continue
                    from_send[probe.name].append((at - sent) * 1000)
                    from_reply[probe.name].append((at - replied) * 1000)
                time.sleep(args.gap)

    print(f"{count} leads, one at a time, PostgreSQL, worker woken by LISTEN/NOTIFY (poll 30 s)")
    for name in from_send:
        send, reply = from_send[name], from_reply[name]
        print(f"{name:8s} from POST sent:   p50 {percentile(send, 0.5):6.1f} ms  p95 {percentile(send, 0.95):6.1f} ms"
              f"  max {max(send):6.1f} ms  (goal p95 <= 300 ms)")
        print(f"{name:8s} from 201 reply:   p50 {percentile(reply, 0.5):6.1f} ms  p95 {percentile(reply, 0.95):6.1f} ms")
    print(f"not arrived within 10 s: {lost}")


if __name__ == "__main__":
    main()
