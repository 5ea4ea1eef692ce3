"""How long a test waits for ``harness.stack.Stack.lead_for``, the lead of a conversation, when the stack holds many leads.

    .venv/bin/python bench/lead_lookup.py [--leads 250] [--repeats 15]

Starts the lead service alone as a test stack starts it (gunicorn, one worker, four threads, SQLite on the RAM
disk where there is one), posts ``--leads`` signed leads, each of its own conversation, as the action server
posts them, then times, interleaved, ``--repeats`` times each:

- ``Stack.lead_for`` as shipped (pages of the newest leads, ``harness.stack.LEAD_PAGES``);
- the baseline: one list of the newest 200 leads, then the lead's detail, as ``lead_for`` read before;

for the newest lead (what a test nearly always asks for: its conversation just posted it), the 30th newest, and a
conversation with no lead (``assert stack.lead_for(v.sender) is None``). It prints the medians and the shipped
over the baseline, and checks that both return the same lead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from harness import services
from harness.stack import Stack
from signing import LEADS_PATH, sign
from webhooks import migrate

SECRET, ADMIN_KEY = "bench-action-secret", "bench-admin-key"


@dataclass
class OneListStack(Stack):
    """``Stack.lead_for`` as it read before: the newest 200 leads in one list."""

    def lead_for(self, conversation_id: str) -> dict[str, Any] | None:
        for item in self.leads():
            if item.get("conversation_id") == conversation_id:
                response = requests.get(f"{self.service_url}/api/v1/leads/{item['id']}",
                                        headers={"Authorization": f"Bearer {self.admin_key}"}, timeout=10)
                response.raise_for_status()
                return response.json()
        return None


def post_leads(url: str, count: int) -> list[str]:
    """``count`` leads of conversations ``bench-0``..., oldest first; their conversation ids."""
    session = requests.Session()
    conversations = [f"bench-{n}" for n in range(count)]
    for conversation in conversations:
        body = json.dumps(services.lead_body(conversation)).encode()
        response = session.post(f"{url}{LEADS_PATH}", data=body, timeout=30,
                                headers={**sign(SECRET, "POST", LEADS_PATH, body), "Content-Type": "application/json"})
        response.raise_for_status()
    return conversations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=250, help="leads in the service before the lookups")
    parser.add_argument("--repeats", type=int, default=15, help="lookups of each kind by each implementation")
    args = parser.parse_args()
    ram_disk = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="leadbot-lead-lookup-", dir=ram_disk) as folder:
        workdir = Path(folder)
        database_url = f"sqlite:///{workdir / 'leadbot.db'}"
        migrate.upgrade(database_url)
        env = services.service_env(database_url, endpoints={}, action_secret=SECRET, admin_key=ADMIN_KEY,
                                   playbook=services.webhook_playbook(workdir / "playbook.yml"))
        process, url = services.start_web(env, workdir / "web.log", workers=1, threads=4)
        try:
            conversations = post_leads(url, args.leads)
            port = int(url.rsplit(":", 1)[1])
            shipped = Stack(workdir, Path("unused.tar.gz"), service_port=port, admin_key=ADMIN_KEY)
            before = OneListStack(workdir, Path("unused.tar.gz"), service_port=port, admin_key=ADMIN_KEY)
            cases = {"the newest lead": conversations[-1], "the 30th newest": conversations[-30],
                     "no lead": "bench-no-such-conversation"}
            times: dict[tuple[str, str], list[float]] = {}
            for repeat in range(args.repeats):
                for case, conversation in cases.items():
                    pair = [("baseline", before), ("shipped", shipped)]
                    found = []
                    for name, stack in pair if repeat % 2 == 0 else reversed(pair):
                        started = time.perf_counter()
                        lead = stack.lead_for(conversation)
                        times.setdefault((case, name), []).append((time.perf_counter() - started) * 1000)
                        found.append(lead and lead["id"])
                    assert found[0] == found[1], f"{case}: the two lookups disagree: {found}"
        finally:
            services.stop(process)
    print(f"{args.leads} leads in the service, {args.repeats} lookups of each; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    print(f"{'median ms':<20}{'baseline':>12}{'shipped':>12}{'shipped/it':>12}")
    for case in cases:
        old, new = (statistics.median(times[(case, name)]) for name in ("baseline", "shipped"))
        print(f"{case:<20}{old:>12.1f}{new:>12.1f}{new / old:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
