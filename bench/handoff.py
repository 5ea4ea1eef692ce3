"""Talk to sales now, timed (issue 19; goal: p95 <= 500 ms each way).

    .venv/bin/python bench/handoff.py [--lines 40]

Real processes (gunicorn serving the service, the worker, the action server
and Rasa, as the tests start them) with Slack played in this process by its
fake, and the visitor by a socket.io client speaking the widget's protocol.
One visitor, one lead, one salesperson who joined; then, one line at a time:

- Slack to widget: from posting the thread reply's signed Events API
  request to the service's one Slack URL, to the text arriving on the
  visitor's socket (``bot_uttered``);
- widget to Slack: from the visitor's ``user_uttered`` to the fake's
  ``chat.postMessage`` in the alert's thread.

Baseline in the same run: one ``chat.postMessage`` from this process
straight to the fake (the HTTP the last hop needs anyway); the ratio is what
the service, the bot's channel and the relay add on top.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import requests
import socketio

from bot.training import ensure_model
from harness import slack_api
from harness.fakes.slack import SlackFake
from harness.ports import free_port
from harness.services import lead_body
from harness.stack import Stack
from integrations.slack_blocks import ACTION_JOIN_CHAT
from signing import LEADS_PATH, sign

from _stats import percentile

GOAL_P95_MS = 500.0
CHANNELS = {"#sales-enterprise": "C0ENT", "#sales-emea": "C0EMEA", "#sales": "C0SALES", "#marketing-leads": "C0MKTG"}
DANA = "U0EMEA001"


def wait(check: Any, what: str, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out: {what}")
        time.sleep(0.002)
    return result


def summary(name: str, samples: list[float], baseline: float) -> str:
    p50, p95 = statistics.median(samples), percentile(samples, 95)
    verdict = "ok" if p95 <= GOAL_P95_MS else "OVER GOAL"
    return (f"{name:<18} n={len(samples):<3} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {max(samples):7.1f} ms  "
            f"p95/baseline {p95 / baseline:5.1f}x  [{verdict}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=40, help="lines timed in each direction")
    args = parser.parse_args()

    slack = SlackFake(channels=tuple(CHANNELS.values()), names=dict(CHANNELS), people=dict(slack_api.PEOPLE))
    posted: dict[str, float] = {}  # thread text -> arrival
    inner = slack.handle

    def stamping(request: Any) -> Any:
        if request.path == "/api/chat.postMessage":
            text = str(SlackFake.args(request).get("text") or "")
            posted.setdefault(text, time.time())
        return inner(request)

    slack.handle = stamping  # type: ignore[method-assign]
    slack.start()
    workdir = Path(tempfile.mkdtemp(prefix="bench-handoff-"))
    stack = Stack(workdir, ensure_model(), with_worker=True)
    stack.extra_env.update(
        SLACK_BOT_TOKEN=slack.token, SLACK_SIGNING_SECRET=slack_api.SIGNING_SECRET, SLACK_BASE_URL=slack.api_url,
        SLACK_DEFAULT_CHANNEL="", LEADBOT_BOT_URL=stack.rasa_url,
        LEADBOT_WORKER_WAKE=f"127.0.0.1:{free_port()}", LEADBOT_SERVICE_TIMEOUT="20")
    print("starting the product (Rasa takes a minute)...", flush=True)
    stack.start()
    received: dict[str, float] = {}
    visitor = socketio.Client(reconnection=False)
    try:
        session = uuid.uuid4().hex
        confirmed = threading.Event()
        visitor.on("session_confirm", lambda _: confirmed.set())
        visitor.on("bot_uttered", lambda data: received.setdefault(str((data or {}).get("text")), time.time()))
        visitor.connect(stack.rasa_url, transports=["polling"], headers={"Origin": stack.service_url})
        visitor.emit("session_request", {"session_id": session})
        confirmed.wait(10)
        visitor.emit("user_uttered", {"message": "hi, we need help with paid ads", "session_id": session})
        wait(lambda: received, "the bot's first answer", 60)

        raw = json.dumps(lead_body(conversation_id=session)).encode()
        lead = requests.post(stack.service_url + LEADS_PATH, data=raw, timeout=20, headers={
            "Content-Type": "application/json", **sign(stack.secret, "POST", LEADS_PATH, raw)}).json()
        channel, ts = wait(lambda: next(((c, t) for (c, t), m in slack.messages.items() if (
            (m.get("metadata") or {}).get("event_payload") or {}).get("lead_id") == lead["id"]), None), "the alert")
        click = slack_api.interactive(slack_api.block_action(ACTION_JOIN_CHAT, lead["id"], user=DANA,
                                                             channel=channel, ts=ts))
        requests.post(f"{stack.service_url}/slack/events", data=click, headers=slack_api.signed_headers(click),
                      timeout=10)
        wait(lambda: any("joined the chat" in text for text in received), "the join", 30)

        events_url = f"{stack.service_url}/slack/events"
        to_widget, to_slack, baseline = [], [], []
        http = requests.Session()
        for n in range(args.lines):
            text = f"line {n} from Dana {uuid.uuid4().hex[:6]}"
            body = json.dumps(slack.reply_in_thread(channel, ts, DANA, text)).encode()
            started = time.time()
            http.post(events_url, data=body, headers=slack.signed(body, slack_api.SIGNING_SECRET), timeout=10)
            to_widget.append((wait(lambda: received.get(text), "a thread reply in the widget") - started) * 1000)

            said = f"visitor line {n} {uuid.uuid4().hex[:6]}"
            started = time.time()
            visitor.emit("user_uttered", {"message": said, "session_id": session})
            arrived = wait(lambda: next((at for t, at in posted.items() if said in t), None), "a line in the thread")
            to_slack.append((arrived - started) * 1000)

            started = time.perf_counter()
            http.post(f"{slack.api_url}chat.postMessage", json={"channel": channel, "thread_ts": ts, "text": "x"},
                      headers={"Authorization": f"Bearer {slack.token}"}, timeout=10)
            baseline.append((time.perf_counter() - started) * 1000)
            time.sleep(0.3)  # one person typing, not a flood (the chat's per-conversation limit)
        floor = statistics.median(baseline)
        print(f"baseline: chat.postMessage straight to the fake, p50 {floor:.1f} ms")
        print(summary("Slack -> widget", to_widget, floor))
        print(summary("widget -> Slack", to_slack, floor))
        over = [percentile(s, 95) for s in (to_widget, to_slack) if percentile(s, 95) > GOAL_P95_MS]
        return 1 if over else 0
    finally:
        if visitor.connected:
            visitor.disconnect()
        stack.stop()
        slack.stop()


if __name__ == "__main__":
    sys.exit(main())
