"""What a flood costs the visitor next to it, and what it makes: the abuse benchmark.

    .venv/bin/python bench/abuse.py [--turns 30] [--seconds 40] [--env LEADBOT_LIMIT_...=...]

Starts the real processes (the service under gunicorn, the action server,
Rasa) with the production limits, then measures one normal visitor, from
127.0.0.1, twice in the same run:

- quiet: the visitor's conversations with nothing else going on;
- flood: the same conversations while an attacker, in a process of its own,
  from 127.0.0.2 (another loopback address, so that per-address limits can
  tell the two apart),
  sends oversized messages (10 kB, 1 MB, 10 MB), bursts of chat from new
  conversations that race to a sales-qualified lead and then book times
  they were never offered, and parallel studio sign-ins with wrong passwords.

Prints the visitor's p95 turn time in each phase and their ratio (goal <= 2),
what the flood sent and how it was answered, and what it made: leads, bookings,
and bookings of slots that were never offered (goal 0).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any, Callable

import requests
from requests_toolbelt.adapters.source import SourceAddressAdapter

from bot.training import ensure_model
from harness.script import (
    SQL_ANSWERS,
    asked_slot,
)
from harness.stack import BIN, REPO, Stack, Visitor
from qualification import load_playbook

from _stats import percentile

ATTACKER = "127.0.0.2"
STUDIO_USER, STUDIO_PASSWORD = "marketer@example.com", "a long and good passphrase"
NORMAL = ("hi", "we need more qualified leads", "about 120 employees", "Berlin, Germany", "thanks")


def attacker_session() -> requests.Session:
    session = requests.Session()
    adapter = SourceAddressAdapter(ATTACKER)
    session.mount("http://", adapter)
    return session


class Flood:
    """The attacker's threads; each records how its requests were answered."""

    def __init__(self, stack: Stack, prefix: str) -> None:
        self.stack, self.prefix = stack, prefix
        self.stop = threading.Event()
        self.answers: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.offered: dict[str, set[str]] = {}  # conversation -> slot starts it was shown
        self.threads: list[threading.Thread] = []

    def count(self, what: str, status: int | str) -> None:
        with self.lock:
            self.answers[f"{what} -> {status}"] += 1

    def run(self, name: str, loop: Callable[[requests.Session], None], copies: int = 1) -> None:
        for n in range(copies):
            def body() -> None:
                session = attacker_session()
                while not self.stop.is_set():
                    try:
                        loop(session)
                    except requests.RequestException as exc:
                        self.count(name, type(exc).__name__)
                        time.sleep(0.05)
            thread = threading.Thread(target=body, name=f"{name}-{n}", daemon=True)
            thread.start()
            self.threads.append(thread)

    def join(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=90)

    # --- the attacks -----------------------------------------------------------------------

    def say(self, session: requests.Session, sender: str, text: str, what: str) -> list[dict[str, Any]]:
        response = session.post(f"{self.stack.rasa_url}/webhooks/rest/webhook",
                                json={"sender": sender, "message": text}, timeout=60)
        self.count(what, response.status_code)
        try:
            body = response.json()
        except ValueError:
            return []
        return body if isinstance(body, list) else []

    def oversized(self, session: requests.Session) -> None:
        for size in (10_000, 1_000_000, 10_000_000):
            if self.stop.is_set():
                return
            self.say(session, f"{self.prefix}-big-{uuid.uuid4().hex[:8]}", "x" * size, f"message of {size} chars")

    def chat_burst(self, session: requests.Session) -> None:
        """A new conversation that answers like a sales-qualified lead, then books slots it was not shown."""
        sender = f"{self.prefix}-{uuid.uuid4().hex[:10]}"
        playbook = load_playbook()
        replies = self.say(session, sender, "hi", "burst chat")
        for _ in range(25):
            if self.stop.is_set():
                return
            text = "\n".join(r.get("text") or "" for r in replies)
            offered = [b.get("payload", "") for r in replies for b in r.get("buttons") or ()
                       if str(b.get("payload", "")).startswith("/choose_slot")]
            if offered:
                starts = {json.loads(p[len("/choose_slot"):])["slot_start"] for p in offered}
                with self.lock:
                    self.offered.setdefault(sender, set()).update(starts)
                for start in self.unoffered(starts):
                    self.say(session, sender, '/choose_slot{"slot_start": "%s"}' % start, "un-offered booking")
                return
            slot = asked_slot(text, playbook)
            if slot is None:
                return
            answer = SQL_ANSWERS.get(slot, "skip")
            if slot == "email":
                answer = f"{sender}@example.com"
            replies = self.say(session, sender, answer, "burst chat")

    def unoffered(self, starts: set[str]) -> list[str]:
        """Free-looking times next to the offered ones: the same minutes, whole days later."""
        first = min(starts)
        day = int(first[8:10])
        return [first[:8] + f"{min(day + n, 28):02d}" + first[10:] for n in (2, 3)]

    def sign_ins(self, session: requests.Session) -> None:
        page = session.get(f"{self.stack.service_url}/studio/login", timeout=30)
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text) or re.search(
            r'name="csrf-token" content="([^"]+)"', page.text)
        response = session.post(f"{self.stack.service_url}/studio/login", timeout=30, allow_redirects=False, data={
            "email": STUDIO_USER, "password": f"wrong-{random.random()}", "csrf_token": token.group(1) if token else ""})
        self.count("wrong sign-in", response.status_code)


def flood_process(stack: Stack, prefix: str, stop: Any, results: Any) -> None:
    """The attacker, in a process of its own: its threads must not share the visitor's interpreter lock."""
    flood = Flood(stack, prefix)
    flood.run("oversized", flood.oversized)
    flood.run("burst", flood.chat_burst, copies=4)
    flood.run("sign-in", flood.sign_ins, copies=8)
    stop.wait()
    flood.join()
    results.put((dict(flood.answers), {k: sorted(v) for k, v in flood.offered.items()}))


def normal_turns(stack: Stack, turns: int, pace: float = 2.5) -> list[float]:
    """A person's conversations: a turn at most every ``pace`` seconds, well inside the per-address limit."""
    timings: list[float] = []
    while len(timings) < turns:
        visitor = Visitor(stack.rasa_url)
        for text in NORMAL:
            started = time.perf_counter()
            visitor.say(text)
            took = time.perf_counter() - started
            timings.append(took * 1000)
            time.sleep(max(0.0, pace - took))
    return timings[:turns]


def widget_times(stack: Stack, count: int) -> list[float]:
    timings = []
    for _ in range(count):
        started = time.perf_counter()
        requests.get(f"{stack.service_url}/site/widget.js", timeout=30).raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def made_by(stack: Stack, prefix: str, offered: dict[str, set[str]]) -> tuple[int, int, int]:
    """Leads, bookings, and bookings of never-offered slots, of the flood's conversations."""
    leads = bookings = unoffered = 0
    for item in stack.leads():
        conversation = item.get("conversation_id") or ""
        if not conversation.startswith(prefix):
            continue
        leads += 1
        lead = stack.lead_for(conversation) or {}
        booking = lead.get("booking")
        if booking:
            bookings += 1
            if booking.get("starts_at") not in offered.get(conversation, set()):
                unoffered += 1
    return leads, bookings, unoffered


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=30, help="the normal visitor's turns in each phase")
    parser.add_argument("--seconds", type=float, default=40, help="at least this long under flood")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for every process, e.g. LEADBOT_LIMIT_CHAT_PER_ADDRESS=30/minute")
    args = parser.parse_args()
    settings = dict(item.split("=", 1) for item in args.env)
    model = ensure_model()
    with tempfile.TemporaryDirectory(prefix="leadbot-abuse-") as workdir:
        # The studio is on (its session key set), so wrong sign-ins reach the password check.
        stack = Stack(Path(workdir), model, production_limits=True, extra_env={"LEADBOT_SECRET_KEY": uuid.uuid4().hex, **settings})
        stack.start()
        try:
            subprocess.run([str(BIN / "python"), "-m", "webhooks", "users", "create", STUDIO_USER], cwd=REPO,
                           env=stack.env(), input=f"{STUDIO_PASSWORD}\n{STUDIO_PASSWORD}\n".encode(), check=True,
                           stdout=subprocess.DEVNULL)
            normal_turns(stack, 5)  # warm-up: the extractor's tables, the first form
            quiet = normal_turns(stack, args.turns)
            quiet_widget = widget_times(stack, 20)
            prefix = f"abuse-{uuid.uuid4().hex[:6]}"
            context = multiprocessing.get_context("fork")
            stop, results = context.Event(), context.Queue()
            attacker = context.Process(target=flood_process, args=(stack, prefix, stop, results), daemon=True)
            attacker.start()
            started = time.monotonic()
            time.sleep(2)  # the flood is under way before the visitor starts
            flooded, flooded_widget = [], []
            while not flooded or time.monotonic() - started < args.seconds:
                flooded += normal_turns(stack, args.turns)
                flooded_widget += widget_times(stack, 20)
            stop.set()
            answers, offered = results.get(timeout=120)
            attacker.join(timeout=30)
            leads, bookings, unoffered = made_by(stack, prefix, {k: set(v) for k, v in offered.items()})
        finally:
            stack.stop()

    q95, f95 = percentile(quiet, 0.95), percentile(flooded, 0.95)
    w95, fw95 = percentile(quiet_widget, 0.95), percentile(flooded_widget, 0.95)
    print(f"normal visitor, quiet:       p50 {percentile(quiet, 0.5):7.1f} ms   p95 {q95:7.1f} ms   ({len(quiet)} turns)")
    print(f"normal visitor, under flood: p50 {percentile(flooded, 0.5):7.1f} ms   p95 {f95:7.1f} ms   ({len(flooded)} turns)")
    print(f"ratio at p95: {f95 / q95:.2f}  (goal <= 2)")
    print(f"widget.js from the service: p95 {w95:.1f} ms quiet, {fw95:.1f} ms under flood (ratio {fw95 / w95:.2f})")
    print("the flood, by what it sent and how it was answered:")
    for what, count in sorted(answers.items()):
        print(f"  {what:40s} {count:6d}")
    print(f"what the flood made: {leads} leads, {bookings} bookings, {unoffered} bookings of slots never offered (goal 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
