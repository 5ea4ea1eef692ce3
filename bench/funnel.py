"""The studio's funnel and leads pages over a large database (goal: each page well under a second).

    .venv/bin/python bench/funnel.py [--leads 100000] [--conversations 100000] [--db both|sqlite|postgres]
                                     [--seeded var/funnel-100k.db [--against REV]]

Seeds a database of its own (SQLite in a temporary folder; PostgreSQL as
``t_h8f_bench_<pid>`` on ``TEST_POSTGRES_URL``, dropped afterwards) with
leads spread over two years, their Slack claims, and Rasa tracker events for
the conversations (about ten events each, in Rasa's own ``events`` table made
by its ``SQLTrackerStore``), then times the real pages through the Flask app
with a signed-in studio session. The baseline, timed in the same run, is the
naive way: load every lead of the period as an ORM object and count in Python
(it covers only the lead half of the funnel). Prints the one-time fill of
the funnel's conversation cache, the median of several rounds per page, and
the ratio to the baseline.

Seeding 100k leads takes about 25 minutes on a loaded machine: ``--seeded
FILE`` (SQLite only) seeds into that file once, with the cache's first fill,
and every later run copies it and upgrades the copy to this checkout's schema
(the upgrade's time is printed: a migration that fills something from
existing rows is timed there), so runs compare on the same data.

``--against REV`` times another commit's funnel on the same seeded file,
alternated request by request with this checkout's (the order swapped each
round), so the machine's load moves both alike: each side is a process of
its own serving the pages from its own copy, the other commit's code taken
from a temporary ``git worktree`` ahead on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import timedelta
from typing import Any, Callable, Iterator

from sqlalchemy import create_engine, insert, select, text

from harness.services import postgres_database
from qualification.wording import METADATA_KEY, shown
from webhooks import create_app, migrate
from webhooks.models import Lead, StatusChange, utcnow
from webhooks.studio import queries
from webhooks.studio.auth import create_user

STAGES = ["iql"] * 4 + ["mql"] * 3 + ["sql"] * 2 + ["disqualified"]
STATUSES = ["open", "claimed", "booked", "disqualified", "won", "lost"]
SLOTS = ["need", "company", "authority", "industry", "company_size", "location", "budget", "timing", "email"]
# The first questions are asked in several wordings, so the page has a variant breakdown to compute.
WORDINGS = {
    "need": ("What would you like help with?", "What's the marketing challenge you're looking to solve?",
             "Where could we help most right now?"),
    "company": ("Which company are you with?", "What's the name of your company?"),
    "authority": ("What's your role there?", "What's your job title, and are you the one deciding on this?"),
}
PAGES = ("https://example.com/", "https://example.com/pricing", "https://example.com/services/seo")
CAMPAIGNS = ("spring", "autumn", "retargeting", "newsletter")
PASSWORD = "benchmark password 123"


@contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="h8f-bench-") as folder:
        url = f"sqlite:///{folder}/bench.db"
        migrate.upgrade(url)
        yield url


def seed(url: str, leads: int, conversations: int, rng: random.Random) -> None:
    from rasa.core.tracker_store import SQLTrackerStore

    store = SQLTrackerStore(host=url)  # creates Rasa's ``events`` table exactly as the bot would
    store.engine.dispose()
    engine = create_engine(url, future=True)
    now = utcnow()
    span = 730 * 24 * 3600
    lead_rows, changes, events = [], [], []
    senders = [f"conv-{i:07d}" for i in range(conversations)]
    origins = [came_from(rng) for _ in senders]
    for i in range(leads):
        created = now - timedelta(seconds=rng.random() * span)
        stage = rng.choice(STAGES)
        status = rng.choice(STATUSES) if stage != "iql" else "open"
        lead_id = f"lead_{i:09d}"
        chatted = i < conversations and i % 3
        lead_rows.append({
            "id": lead_id, "source": "bot", "conversation_id": senders[i] if chatted else None,
            # As the bot stores them (issue 16): where the chat began, and the language it was held in.
            **(stored(*origins[i]) if chatted else {"attribution": None, "language": None}),
            "attributes": {"name": f"Person {i}", "company": "Acme"}, "qualification": {}, "stage": stage,
            "score": rng.randint(0, 100), "grade": "B", "status": status,
            "owner": rng.choice([None, "U01", "U02", "U03"]), "created_at": created, "updated_at": created,
            "booking": {"starts_at": "2026-12-01T10:00:00.000Z"} if status == "booked" else None,
        })
        changes.append({"lead_id": lead_id, "field": "status", "old": None, "new": "open", "actor": "action_server", "at": created})
        if status != "open":
            acted = created + timedelta(hours=rng.expovariate(1 / 6))
            changes.append({"lead_id": lead_id, "field": "owner", "old": None, "new": "U01", "actor": "slack:U01", "at": acted})
            changes.append({"lead_id": lead_id, "field": "status", "old": "open", "new": status, "actor": "slack:U01", "at": acted})
    for sender, origin in zip(senders, origins):
        t = (now - timedelta(seconds=rng.random() * span)).timestamp()
        events += conversation(sender, t, rng, origin)
    with engine.begin() as connection:
        for chunk in range(0, len(lead_rows), 5000):
            connection.execute(insert(Lead), lead_rows[chunk:chunk + 5000])
        for chunk in range(0, len(changes), 10000):
            connection.execute(insert(StatusChange), changes[chunk:chunk + 10000])
        table = SQLTrackerStore.SQLEvent.__table__
        for chunk in range(0, len(events), 20000):
            connection.execute(insert(table), events[chunk:chunk + 20000])
        connection.execute(text("ANALYZE"))
    engine.dispose()
    print(f"  seeded {leads} leads, {len(changes)} status changes, {len(events)} tracker events", flush=True)


def came_from(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """A visitor's channel and the widget's metadata (none from Slack)."""
    channel = "slack" if rng.random() < 0.2 else "socketio"
    metadata = {} if channel == "slack" else {
        "tz": "Europe/Berlin", "page": f"{rng.choice(PAGES)}?utm_campaign={rng.choice(CAMPAIGNS)}",
        "language": rng.choice(("en-GB", "de-DE", "fr-FR"))}
    if metadata:
        metadata["utm"] = {"campaign": metadata["page"].split("utm_campaign=")[1]}
    return channel, metadata


def stored(channel: str, metadata: dict[str, Any]) -> dict[str, Any]:
    """The lead's ``attribution`` and ``language`` for a conversation that began so."""
    came: dict[str, Any] = {"channel": channel}
    if metadata:
        came.update(page=metadata["page"], utm=metadata["utm"])
    return {"attribution": came, "language": metadata.get("language", "en-GB")[:2]}


def conversation(sender: str, t: float, rng: random.Random,
                 origin: tuple[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One conversation's events as the bot writes them: where the visitor came from, each question in the
    wording the conversation is assigned (in the bot message's metadata), and the answer or a skip."""
    channel, metadata = origin or came_from(rng)
    asked = rng.randint(0, len(SLOTS))
    rows = [("user", None, {"event": "user", "timestamp": t, "metadata": metadata, "text": "hi",
                            "parse_data": {"intent": {"name": "greet"}}, "input_channel": channel})]
    for slot in SLOTS[:asked]:
        t += 20
        words = shown(WORDINGS.get(slot, (f"What about {slot}?",)), sender, slot)
        rows.append(("bot", None, {"event": "bot", "timestamp": t, "metadata": {METADATA_KEY: words.metadata()},
                                   "text": words.text, "data": {}}))
        rows.append(("slot", "requested_slot", {"event": "slot", "timestamp": t, "name": "requested_slot", "value": slot}))
        t += rng.expovariate(1 / 30)
        rows.append(("user", None, {"event": "user", "timestamp": t, "metadata": metadata, "text": "an answer",
                                    "parse_data": {}, "input_channel": channel}))
        answered = rng.random() < (0.8 if words.index == 0 else 0.7)
        rows.append(("slot", slot, {"event": "slot", "timestamp": t, "name": slot, "value": "an answer" if answered else None}))
    return [{"sender_id": sender, "type_name": type_name, "timestamp": data["timestamp"], "intent_name": None,
             "action_name": action, "data": json.dumps(data)} for type_name, action, data in rows]


def timed(call: Callable[[], Any], rounds: int) -> float:
    call()  # warm up caches and the connection pool
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _more_events(url: str, offset: int) -> Callable[[], None]:
    """Each call adds 1,000 new events (conversations as ``conversation`` makes them), as the bot would between two views."""
    from rasa.core.tracker_store import SQLTrackerStore

    engine = create_engine(url, future=True)
    table = SQLTrackerStore.SQLEvent.__table__
    batch = [0]
    rng = random.Random(offset)

    def add() -> None:
        batch[0] += 1
        now = utcnow().timestamp()
        rows: list[dict[str, Any]] = []
        while len(rows) < 1000:
            rows += conversation(f"more-{batch[0]}-{len(rows)}", now, rng)
        rows = rows[:1000]
        with engine.begin() as connection:
            connection.execute(insert(table), rows)

    return add


def naive_funnel(app: Any, weeks: int) -> None:
    """The baseline: every lead of the period through the ORM, counted in Python."""
    since = utcnow() - timedelta(weeks=weeks)
    with app.extensions["leadbot.db"][1]() as session:
        found = session.execute(select(Lead).where(Lead.created_at >= since)).scalars().all()
        per_week: dict[tuple[int, int], list[int]] = {}
        for lead in found:
            row = per_week.setdefault(lead.created_at.isocalendar()[:2], [0, 0, 0])
            row[0] += lead.stage in ("mql", "sql", "pql")
            row[1] += lead.stage in ("sql", "pql")
            row[2] += lead.status in ("booked", "won") or bool(lead.booking)


def first_fill(url: str) -> None:
    app = create_app({"TESTING": True, "database_url": url, "secret_key": uuid.uuid4().hex * 2})
    started = time.perf_counter()
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        left = queries.refresh_conversations(session, limit=10**9)
    assert left == 0
    print(f"  conversation cache, first fill (once per deployment): {time.perf_counter() - started:.1f} s", flush=True)
    app.extensions["leadbot.db"][0].dispose()


def seeded_copy(path: str, folder: str, args: argparse.Namespace) -> str:
    """A copy of the seeded SQLite file ``path`` in ``folder``, upgraded to this checkout's schema (seeded first if
    missing: into a temporary name, so an interrupted seeding leaves no half file behind)."""
    if not os.path.exists(path):
        making = f"{path}.seeding"
        if os.path.exists(making):
            os.remove(making)
        url = f"sqlite:///{making}"
        migrate.upgrade(url)
        started = time.perf_counter()
        seed(url, args.leads, args.conversations, random.Random(8))
        print(f"  seeding took {time.perf_counter() - started:.1f} s", flush=True)
        first_fill(url)
        os.replace(making, path)
    copy = os.path.join(folder, "bench.db")
    shutil.copyfile(path, copy)
    url = f"sqlite:///{copy}"
    started = time.perf_counter()
    migrate.upgrade(url)
    print(f"  {path} copied and upgraded to this schema: {time.perf_counter() - started:.1f} s", flush=True)
    return url


def run(url: str, label: str, args: argparse.Namespace, seeded: bool = False) -> None:
    print(f"{label}:", flush=True)
    if not seeded:
        started = time.perf_counter()
        seed(url, args.leads, args.conversations, random.Random(8))
        print(f"  seeding took {time.perf_counter() - started:.1f} s", flush=True)
    first_fill(url)  # a seeded file was filled already: this reads only what a migration left
    app = create_app({"TESTING": True, "database_url": url, "secret_key": uuid.uuid4().hex * 2})
    create_user(app.extensions["leadbot.db"][1], "bench@example.com", PASSWORD)
    client = app.test_client()
    login = client.get("/studio/login").get_data(as_text=True)
    token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    assert client.post("/studio/login", data={"email": "bench@example.com", "password": PASSWORD,
                                              "csrf_token": token}).status_code == 302

    def page(path: str) -> Callable[[], None]:
        def get() -> None:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            if path.startswith("/studio/funnel"):  # the variant breakdown is part of what is timed
                assert b'id="wording-need"' in response.data, path
        return get

    some_lead = f"lead_{args.leads // 2:09d}"
    figures = {
        "funnel, 12 weeks": timed(page("/studio/funnel?weeks=12"), args.rounds),
        "funnel, 12 weeks, one campaign": timed(page("/studio/funnel?weeks=12&campaign=spring"), args.rounds),
        "funnel, 12 weeks, one language": timed(page("/studio/funnel?weeks=12&language=de"), args.rounds),
        "funnel, 12 weeks, one page of the website": timed(
            page("/studio/funnel?weeks=12&channel=socketio&page=https://example.com/pricing"), args.rounds),
        "funnel, 104 weeks (everything)": timed(page("/studio/funnel?weeks=104"), args.rounds),
        "leads list, page 1": timed(page("/studio/leads"), args.rounds),
        "leads list, stage+status filter, page 20": timed(page("/studio/leads?stage=mql&status=claimed&page=20"), args.rounds),
        "lead page with chat": timed(page(f"/studio/leads/{some_lead}"), args.rounds),
    }
    record_more = _more_events(url, args.conversations)
    figures["funnel, 12 weeks, after 1,000 new events"] = timed(lambda: (record_more(), page("/studio/funnel?weeks=12")()), args.rounds)
    baseline_12 = timed(lambda: naive_funnel(app, 12), args.rounds)
    baseline_104 = timed(lambda: naive_funnel(app, 104), args.rounds)
    # Each funnel view against the baseline of its period, timed in the same run: the load of a shared machine
    # moves both alike, so runs at different loads compare by these ratios, not by milliseconds. A filtered view
    # also against the unfiltered one (a filter should cost next to nothing; the ORM baseline is the noisier).
    unfiltered = figures["funnel, 12 weeks"]
    for name, seconds in figures.items():
        baseline = baseline_104 if "104 weeks" in name else baseline_12 if name.startswith("funnel") else None
        ratio = f"  x{seconds / baseline:.2f} of its baseline" if baseline else ""
        if name.startswith("funnel, 12 weeks, one"):
            ratio += f", x{seconds / unfiltered:.2f} of the unfiltered view"
        print(f"  {name:45s} {seconds * 1000:8.1f} ms{ratio}")
    print(f"  {'baseline: ORM load + count, 12 weeks (leads only)':45s} {baseline_12 * 1000:8.1f} ms")
    print(f"  {'baseline: ORM load + count, 104 weeks':45s} {baseline_104 * 1000:8.1f} ms")
    # Milliseconds mean little on a shared machine without its load; the ratios above are what compare.
    print(f"  load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    app.extensions["leadbot.db"][0].dispose()


AGAINST_PAGES = ("/studio/funnel?weeks=12", "/studio/funnel?weeks=104", "/studio/funnel?weeks=12&campaign=spring")


def serve(args: argparse.Namespace) -> None:
    """One side of ``--against``: sign in on a copy of the seeded file, then time each page named on stdin."""
    import webhooks

    with tempfile.TemporaryDirectory(prefix="h8f-bench-") as folder:
        url = seeded_copy(args.seeded, folder, args)
        first_fill(url)
        app = create_app({"TESTING": True, "database_url": url, "secret_key": uuid.uuid4().hex * 2})
        create_user(app.extensions["leadbot.db"][1], "bench@example.com", PASSWORD)
        client = app.test_client()
        login = client.get("/studio/login").get_data(as_text=True)
        token = login.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/studio/login", data={"email": "bench@example.com", "password": PASSWORD, "csrf_token": token})
        for path in AGAINST_PAGES:  # warm up
            assert client.get(path).status_code == 200
        print(json.dumps({"ready": os.path.dirname(webhooks.__file__)}), flush=True)
        for line in sys.stdin:
            start = time.perf_counter()
            response = client.get(line.strip())
            seconds = time.perf_counter() - start
            assert response.status_code == 200 and b'id="wording-need"' in response.data, line
            print(json.dumps({"seconds": seconds}), flush=True)


def against(args: argparse.Namespace) -> None:
    """Time ``args.against``'s funnel and this checkout's, alternated, on copies of one seeded file."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory(prefix="h8f-against-") as folder:
        trees = {}
        for revision in filter(None, (args.against, args.this)):  # others' unfinished edits stay out of a commit
            trees[revision] = os.path.join(folder, f"tree-{len(trees)}")
            subprocess.run(["git", "-C", repo, "worktree", "add", "--detach", trees[revision], revision], check=True,
                           capture_output=True)
        sides: dict[str, subprocess.Popen[str]] = {}
        try:
            for name, code in ((args.against, trees[args.against]),
                               (args.this or "this checkout", trees[args.this] if args.this else repo)):
                env = {**os.environ, "PYTHONPATH": code}
                sides[name] = subprocess.Popen(
                    [sys.executable, os.path.abspath(__file__), "--serve", "--seeded", os.path.abspath(args.seeded)],
                    cwd=code, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                while True:  # its own upgrade and fill, then ready
                    said = sides[name].stdout.readline()  # type: ignore[union-attr]
                    if not said:
                        raise RuntimeError(f"{name} ended before it was ready")
                    if said.startswith('{"ready"'):
                        print(f"  {name}: code from {json.loads(said)['ready']}", flush=True)
                        break
                    print(f"  {name}: {said.rstrip()}", flush=True)
            times: dict[tuple[str, str], list[float]] = {}
            order = list(sides)
            for round_ in range(args.rounds):
                for path in AGAINST_PAGES:
                    for name in order if round_ % 2 == 0 else order[::-1]:
                        side = sides[name]
                        side.stdin.write(path + "\n")  # type: ignore[union-attr]
                        side.stdin.flush()  # type: ignore[union-attr]
                        seconds = json.loads(side.stdout.readline())["seconds"]  # type: ignore[union-attr]
                        times.setdefault((path, name), []).append(seconds)
            for path in AGAINST_PAGES:
                old, new = (statistics.median(times[(path, name)]) for name in order)
                print(f"  {path:45s} {order[0]} {old * 1000:7.1f} ms, {order[1]} {new * 1000:7.1f} ms"
                      f"  (x{new / old:.2f}; median of {args.rounds} alternated rounds)")
            print(f"  load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        finally:
            for side in sides.values():
                side.stdin.close()  # type: ignore[union-attr]
                side.wait(timeout=60)
            for tree in trees.values():
                subprocess.run(["git", "-C", repo, "worktree", "remove", "--force", tree], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", choices=("both", "sqlite", "postgres"), default="both")
    parser.add_argument("--seeded", metavar="FILE", help="SQLite only: seed into FILE once, then run on a copy of it")
    parser.add_argument("--against", metavar="REV", help="with --seeded: REV's funnel and this one's, alternated")
    parser.add_argument("--this", metavar="REV", help="with --against: a commit's funnel in place of the working tree's")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # one side of --against
    args = parser.parse_args()
    if args.serve:
        serve(args)
        return 0
    print(f"{args.leads} leads, {args.conversations} conversations over two years; median of {args.rounds} rounds")
    if args.against:
        if not args.seeded:
            parser.error("--against needs --seeded")
        print(f"SQLite, {args.against} against {args.this or 'this checkout'}:", flush=True)
        against(args)
        return 0
    if args.seeded:
        with tempfile.TemporaryDirectory(prefix="h8f-bench-") as folder:
            run(seeded_copy(args.seeded, folder, args), "SQLite", args, seeded=True)
        return 0
    if args.db in ("both", "sqlite"):
        with sqlite_database() as url:
            run(url, "SQLite", args)
    if args.db in ("both", "postgres"):
        with postgres_database() as url:
            run(url, "PostgreSQL", args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
