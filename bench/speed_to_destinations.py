"""Speed to lead at the destinations: from a lead's row being written to its Slack alert and to
its record in HubSpot, Salesforce and Pipedrive arriving at local servers (goal: p95 <= 500 ms).

    .venv/bin/python bench/speed_to_destinations.py [--leads 60] [--sqlite]

Real processes, as in production: gunicorn serving the service, the outbox
worker, and the four third parties played by the local fakes the tests use,
here in this process, stamping each request as it arrives. Leads are posted
one at a time, signed as the action server signs them, at a steady pace, so
each figure is one lead's latency, not a queue's. After each lead's records
arrive, a signed Claim click on its alert is timed too: Slack's wait for the
acknowledgement, and from the click to the alert's ``chat.update`` and each
CRM's update.

Slack allows about one message per second per channel and the worker keeps
that pace (``webhooks.delivery.pacing``); every lead here goes to the same channel, so
the leads are spaced by ``--pause`` (default 1.1 s) after the previous one's
updates, leaving the channel's pace free: each figure is one lead's latency,
not the pace. The Claim's Slack update follows the alert within the same
second, so it waits for the channel's next slot; that wait is in its figure.

"From commit": the clock starts at the lead's ``created_at`` (written by the
web process just before its transaction commits, on the same machine clock),
so each figure is an upper bound of the time from commit. The baseline in the
same run is each destination module delivering the same lead straight to its
fake from this process: the ratio is what the outbox, the wake-up and the
worker add on top of the HTTP the destination itself needs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import requests

from harness import (
    destinations,
    services,
    slack_api,
)
from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake
from harness.fakes.salesforce import SalesforceFake
from harness.fakes.slack import SlackFake
from integrations.destination import Push
from integrations.hubspot import HubSpot
from integrations.pipedrive import Pipedrive
from integrations.salesforce import Salesforce
from integrations.slack import Slack
from integrations.slack_blocks import ACTION_CLAIM
from signing import LEADS_PATH, sign
from webhooks import migrate

from _stack import ACTION_SECRET, ADMIN_KEY  # the lead service's bench helpers
from _stats import percentile

GOAL_P95_MS = 500.0
LEAD = services.SQL_LEAD
Watch = Callable[[Any], bool]


def request_to(method: str, path: str, *, thread_reply: bool = False) -> Watch:
    return lambda r: r.method == method and r.path.startswith(path) and (b"thread_ts" in r.body) == thread_reply


# The request that makes each destination's record, by destination ...
CREATES = {
    "slack": request_to("POST", "/api/chat.postMessage"),
    "hubspot": request_to("POST", "/crm/v3/objects/deals"),
    "salesforce": request_to("POST", "/services/data/"),
    "pipedrive": request_to("POST", "/api/v1/leads"),
}
# ... and the request that updates it after a Claim.
UPDATES = {
    # the Claim's redraw, not the one that adds a CRM link to the alert
    "slack": lambda r: r.method == "POST" and r.path == "/api/chat.update"
    and "Claimed by" in json.dumps(SlackFake.args(r)),
    "hubspot": request_to("PATCH", "/crm/v3/objects/deals/"),
    "salesforce": request_to("PATCH", "/services/data/"),
    "pipedrive": request_to("PATCH", "/api/v1/leads/"),
}


def stamp_arrivals(fake: Any, watched: dict[str, Watch]) -> dict[str, list[float]]:
    """Wall-clock arrival times at ``fake`` of each watched kind of request."""
    arrivals: dict[str, list[float]] = {kind: [] for kind in watched}
    inner = fake.handle

    def handle(request: Any) -> Any:
        for kind, matches in watched.items():
            if matches(request):
                arrivals[kind].append(time.time())
        return inner(request)

    fake.handle = handle
    return arrivals


@contextmanager
def database(use_sqlite: bool, workdir: Path) -> Iterator[str]:
    if not use_sqlite:
        with services.postgres_database() as url:
            yield url
        return
    url = f"sqlite:///{workdir / 'bench.db'}"
    migrate.upgrade(url)
    yield url


def wait(check: Callable[[], Any], timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise RuntimeError("a destination never got the lead; run the end-to-end test to see why")
        time.sleep(0.002)
    return result


def created_at(body: dict[str, Any]) -> float:
    return datetime.fromisoformat(body["created_at"].replace("Z", "+00:00")).replace(tzinfo=timezone.utc).timestamp()


def slack_message(http: requests.Session, url: str, lead_id: str) -> str | None:
    """``channel:ts`` of the lead's alert, once the worker has recorded it."""
    lead = http.get(f"{url}/api/v1/leads/{lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=10)
    return next((d["external_id"] for d in lead.json()["destinations"] if d["destination"] == "slack"), None)


def through_the_service(arrivals: dict[str, dict[str, list[float]]], url: str, count: int,
                        pause: float) -> dict[str, dict[str, list[float]]]:
    """Per destination, ms from each lead's row to its record, and from a Claim click to the record's update;
    under ``"ack"``, how long Slack waited for the click's answer."""
    seen = {name: {kind: len(times) for kind, times in kinds.items()} for name, kinds in arrivals.items()}
    measured: dict[str, dict[str, list[float]]] = {name: {"create": [], "update": []} for name in arrivals}
    acks: list[float] = []

    def collect(kind: str, index: int, start: float) -> None:
        wait(lambda: all(len(kinds[kind]) > seen[name][kind] + index for name, kinds in arrivals.items()))
        for name, kinds in arrivals.items():
            measured[name][kind].append((kinds[kind][seen[name][kind] + index] - start) * 1000)

    with requests.Session() as http:
        for index in range(count):
            tag = uuid.uuid4().hex[:10]  # a new person each time: no CRM duplicate rule fires
            body = json.dumps({"source": "bot", "conversation_id": f"bench-{tag}", "attributes": {
                **LEAD, "email": {"address": f"lead{tag}@acme{tag}.io", "free_mail": False},
                "name": f"Lead {tag}", "company": f"Acme {tag}"}}).encode()
            response = http.post(f"{url}/api/v1/leads", data=body, timeout=10,
                                 headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, body), "Content-Type": "application/json"})
            response.raise_for_status()
            lead_id = response.json()["id"]
            collect("create", index, created_at(response.json()))

            channel, ts = wait(lambda: slack_message(http, url, lead_id)).split(":")
            click = slack_api.interactive(slack_api.block_action(
                ACTION_CLAIM, lead_id, user="U0EMEA001", channel=channel, ts=ts))
            clicked = time.time()
            answer = http.post(f"{url}/slack/events", data=click, headers=slack_api.signed_headers(click), timeout=10)
            acks.append((time.time() - clicked) * 1000)
            answer.raise_for_status()
            collect("update", index, clicked)
            time.sleep(pause)
    return {**measured, "ack": {"update": acks}}


def straight_to_the_fakes(fakes: dict[str, Any], count: int) -> dict[str, list[float]]:
    """The baseline: each destination module delivering from this process, no service in between."""
    modules = {
        "slack": Slack(token=fakes["slack"].token, base_url=fakes["slack"].api_url),
        "hubspot": HubSpot(token=fakes["hubspot"].token, base_url=fakes["hubspot"].url, session=requests.Session()),
        "salesforce": Salesforce(client_id=fakes["salesforce"].client_id,
                                 client_secret=fakes["salesforce"].client_secret,
                                 base_url=fakes["salesforce"].url, session=requests.Session()),
        "pipedrive": Pipedrive(api_token=fakes["pipedrive"].api_token, base_url=fakes["pipedrive"].url,
                               session=requests.Session()),
    }
    route = {"name": "sales_emea", "slack_channel": "#sales-emea", "owners": ["U0EMEA001"],
             "destinations": list(CREATES)}
    timings: dict[str, list[float]] = {name: [] for name in modules}
    for index in range(count):
        lead_id = f"lead_base{index}"
        data = {"id": lead_id, "source": "bot", "status": "open", "owner": None, "suggested_owner": "U0EMEA001",
                "stage": "sql", "score": 80, "grade": "A",
                "attributes": {**LEAD, "email": {"address": f"base{index}@base{index}.io", "free_mail": False},
                               "company": f"Base {index}"},
                "qualification": {"stage": "sql", "score": 80, "grade": "A", "route": route},
                "answers": [], "booking": None}
        delivery = Push(id=f"msg_base{index}", lead_id=lead_id, event="lead.qualified",
                            payload={"type": "lead.qualified", "timestamp": "2026-11-23T10:00:00Z", "data": data})
        for name, destination in modules.items():
            started = time.perf_counter()
            destination.deliver(delivery)
            timings[name].append((time.perf_counter() - started) * 1000)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=60)
    parser.add_argument("--pause", type=float, default=1.1,
                        help="seconds between leads (Slack's pace: one message per second per channel)")
    parser.add_argument("--sqlite", action="store_true", help="the embedded default instead of PostgreSQL")
    args = parser.parse_args()

    fakes = {"slack": slack_api.Slack(token=slack_api.TOKEN), "hubspot": HubSpotFake(),
             "salesforce": SalesforceFake(), "pipedrive": PipedriveFake()}
    for fake in fakes.values():
        fake.start()
    with tempfile.TemporaryDirectory(prefix="leadbot-bench-") as tmp, database(args.sqlite, Path(tmp)) as url:
        work = Path(tmp)
        env = services.service_env(
            url, endpoints={}, action_secret=ACTION_SECRET, admin_key=ADMIN_KEY,
            playbook=destinations.playbook_to_every_destination(work / "playbook.yml"), poll_seconds=30.0,
            **destinations.environment(**fakes, signing_secret=slack_api.SIGNING_SECRET),
        )
        web, base = services.start_web(env, work / "web.log", workers=2, threads=4)
        worker = services.start_worker(env, work / "worker.log")
        try:
            arrivals = {name: stamp_arrivals(fakes[name], {"create": CREATES[name], "update": UPDATES[name]})
                        for name in CREATES}
            through_the_service(arrivals, base, 3, args.pause)  # warm-up: connections, tokens, imports
            measured = through_the_service(arrivals, base, args.leads, args.pause)
        finally:
            services.stop(worker)
            services.stop(web)
    baseline = straight_to_the_fakes(fakes, args.leads)
    for fake in fakes.values():
        fake.stop()

    database_name = "SQLite" if args.sqlite else "PostgreSQL"
    print(f"speed to lead at the destinations: {args.leads} leads, one at a time, {database_name}, "
          "gunicorn 2x4 + 1 worker")
    print(f"{'from the lead written to':<26} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'direct p50':>11} "
          f"{'p50 ratio':>10}")
    worst = 0.0
    for name in CREATES:
        values = measured[name]["create"]
        p50, p95, direct = percentile(values, 0.5), percentile(values, 0.95), statistics.median(baseline[name])
        worst = max(worst, p95)
        print(f"{name + ' record':<26} {p50:8.1f} {p95:8.1f} {max(values):8.1f} {direct:11.1f} {p50 / direct:10.1f}")
    every = [max(times) for times in zip(*(measured[name]["create"] for name in CREATES))]
    print(f"{'all four':<26} {percentile(every, 0.5):8.1f} {percentile(every, 0.95):8.1f} {max(every):8.1f}")
    print(f"{'from the Claim click to':<26}")
    for name in ("ack", *CREATES):
        values = measured[name]["update"]
        label = "Slack's answer (ack)" if name == "ack" else f"{name} update"
        print(f"{label:<26} {percentile(values, 0.5):8.1f} {percentile(values, 0.95):8.1f} {max(values):8.1f}")
    verdict = "meets" if worst <= GOAL_P95_MS else "MISSES"
    print(f"worst p95 lead-to-record {worst:.1f} ms {verdict} the goal of {GOAL_P95_MS:.0f} ms")
    return 0 if worst <= GOAL_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
