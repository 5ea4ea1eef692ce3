"""Slack's pace through the outbox: about one message per second per channel, other channels and
destinations unhindered, ``Retry-After`` on a 429 holding that channel, and nothing dropped; a burst
to one channel waits in turns, first queued first sent, each alert woken once at its own turn, and a
worker that dies holding a turn holds no one up.

One test runs the worker for real (its loop, thread pool and wake-ups) on the real clock against the
local Slack fake, and measures the fake's own clock on arrival: the pace really holds in time. The
others give the worker a ``Clock`` that moves only when told and step it from one due moment to the
next, so a second of Slack's pace costs no second of the test; arrivals are read on that clock.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from typing import Any, Callable, Iterator, Sequence

import pytest
from sqlalchemy import select

from harness.fakes.slack import SlackFake
from tests.waiting import wait_for
from tests.webhooks.conftest import SQL_LEAD, lead_body, rows
from webhooks.delivery import outbox, pacing
from webhooks.delivery.worker import Worker
from webhooks.models import Delivery, RateSlot, utcnow

EMEA, US = "C0EMEA", "C0SALES"
US_LEAD = {**SQL_LEAD, "location": {"country": "US", "city": "Austin"}}


@pytest.fixture
def slack() -> Iterator[SlackFake]:
    with SlackFake() as fake:
        yield fake


@pytest.fixture
def config(config: dict[str, Any], slack: SlackFake, database_url: str) -> dict[str, Any]:
    """The webhook receiver stays (the other destination); Slack joins with its default pace."""
    return {**config, "integrations": {"slack": {"token": slack.token, "base_url": slack.api_url}},
            "poll_seconds": 5.0}


@pytest.fixture
def running(app: Any) -> Iterator[Worker]:
    worker = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"])
    thread = threading.Thread(target=worker.run, name="test-worker", daemon=True)
    thread.start()
    yield worker
    worker.stop()
    thread.join(10)
    assert not thread.is_alive()


class Clock:
    """The worker's clock in a test: naive UTC that moves only when the test moves it.

    It starts an hour ahead of the real clock: the app stamps what it queues with the real one, so
    everything posted during the test is due at once, and only the worker's own moments (a paced
    slot, a Retry-After) lie ahead of it.
    """

    def __init__(self) -> None:
        self.start = self.now = utcnow() + timedelta(hours=1)

    def __call__(self) -> datetime:
        return self.now

    def seconds(self) -> float:
        """How far the clock has moved since the test began."""
        return (self.now - self.start).total_seconds()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def worker(app: Any, clock: Clock) -> Iterator[Worker]:
    made = Worker(app.config["LEADBOT_SETTINGS"], app.extensions["leadbot.registry"], clock=clock)
    yield made
    made.engine.dispose()


def drive(app: Any, clock: Clock, workers: Sequence[Worker], until: Callable[[], Any], within: float = 30.0) -> Any:
    """Run ``workers`` on ``clock`` until ``until()`` holds, and return what it returned.

    At each moment the workers, in turn, deliver everything due (which one goes first rotates from
    one moment to the next); then the clock jumps to the next moment a delivery falls due (or a dead
    worker's lease ends), as a worker's sleep would end there. Fails when nothing more falls due, or
    not within ``within`` seconds of the clock.
    """
    end = clock.now + timedelta(seconds=within)
    workers = list(workers)
    while True:
        while sum(w.run_once() for w in workers):
            pass
        if result := until():
            return result
        pending = rows(app, select(Delivery.next_attempt_at).where(
            Delivery.status == "pending", Delivery.next_attempt_at > clock.now,
        ).order_by(Delivery.next_attempt_at).limit(1))
        # A dead worker's claim comes back just after its lease ends (``locked_until < now``).
        leases = rows(app, select(Delivery.locked_until).where(
            Delivery.status == "delivering", Delivery.locked_until >= clock.now,
        ).order_by(Delivery.locked_until).limit(1))
        later = [*pending, *(at + timedelta(microseconds=1) for at in leases)]
        assert later and min(later) <= end, f"nothing more fell due by {clock.seconds():.2f} s"
        clock.now = min(later)
        workers.append(workers.pop(0))


def arrivals(slack: SlackFake, channel: str) -> list[float]:
    """When each top-level chat.postMessage to ``channel`` reached the fake (refused ones included)."""
    out = []
    for request, at in zip(slack.calls("POST", "/api/chat.postMessage"), slack.arrived):
        args = slack.args(request)
        if slack.names.get(args.get("channel"), args.get("channel")) == channel and not args.get("thread_ts"):
            out.append(at)
    return out


def stamp(slack: SlackFake, now: Callable[[], float] = time.monotonic) -> None:
    """Keep the arrival time of every chat.postMessage on ``now``, in the order the fake recorded them."""
    slack.arrived = []
    original = slack._respond

    def respond(request: Any) -> Any:
        if request.path == "/api/chat.postMessage":
            slack.arrived.append(now())
        return original(request)

    slack._respond = respond


def settled(app: Any) -> list[Delivery]:
    """The Slack deliveries in order, once the worker has recorded every one as delivered."""

    def delivered() -> list[Delivery]:
        found = [r for r in rows(app, select(Delivery).order_by(Delivery.seq)) if r.destination == "slack"]
        return found if found and all(r.status == "delivered" for r in found) else []

    return wait_for(delivered)


def post(client: Any, admin: dict[str, str], attributes: dict[str, Any]) -> str:
    response = client.post("/api/v1/leads", json=lead_body(attributes=attributes), headers=admin)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def test_one_channel_is_paced_a_second_apart_while_another_is_not(app, client, admin, slack, receiver, running):
    stamp(slack)
    started, wall = time.monotonic(), time.time()
    emea = [post(client, admin, SQL_LEAD) for _ in range(4)]
    us = post(client, admin, US_LEAD)

    wait_for(lambda: len(slack.alerts(EMEA)) == 4 and len(slack.alerts(US)) == 1)
    times = arrivals(slack, EMEA)
    assert len(times) == 4  # each posted once: no retries, no duplicates
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(gap >= 0.95 for gap in gaps), gaps
    # Paced, not backed off: a back-off follows a failed attempt, and every row below took one attempt.
    [us_at] = arrivals(slack, US)
    # Orders, not durations (a loaded machine stretches every time): queued behind EMEA's pacing, the other
    # channel and the webhook would arrive after EMEA's last alert, which pacing holds back three seconds or more.
    assert us_at < times[-1]  # the other channel did not queue behind EMEA
    wait_for(lambda: len(receiver.accepted) == 5)  # the webhook destination was never slowed
    assert max(r.at for r in receiver.accepted) - wall < times[-1] - started

    slack_rows = settled(app)
    assert sorted(r.lead_id for r in slack_rows) == sorted([*emea, us])
    assert {(r.status, r.attempts) for r in slack_rows} == {("delivered", 1)}  # waiting was not an attempt
    keys = {slot.key for slot in rows(app, select(RateSlot))}
    assert {"slack:C0EMEA", "slack:C0SALES"} <= keys


def test_a_429_holds_its_channel_for_retry_after_and_loses_nothing(app, client, admin, slack, receiver, clock,
                                                                   worker):
    stamp(slack, clock.seconds)
    slack.rate_limit_channel(EMEA, retry_after=2)
    first = post(client, admin, SQL_LEAD)
    drive(app, clock, [worker], lambda: arrivals(slack, EMEA))
    second = post(client, admin, SQL_LEAD)
    us = post(client, admin, US_LEAD)

    drive(app, clock, [worker], lambda: len(slack.alerts(EMEA)) == 2 and len(slack.alerts(US)) == 1)
    refused, *delivered = arrivals(slack, EMEA)
    assert len(delivered) == 2
    # Retry-After: 2 held the whole channel, the new lead's alert too (the pace alone frees it after 1 s).
    assert all(at - refused >= 2.0 for at in delivered), (refused, delivered)
    assert delivered[1] - delivered[0] >= 1.0  # and the pace holds after it
    [us_at] = arrivals(slack, US)
    assert us_at < min(delivered)  # the other channel was not held by EMEA's Retry-After
    by_lead = {r.lead_id: r for r in settled(app)}
    assert by_lead[first].status == "delivered" and by_lead[first].attempts == 2  # the 429 was an attempt
    assert by_lead[second].status == "delivered" and by_lead[second].attempts == 1
    assert by_lead[us].attempts == 1


def test_updates_keep_their_order_behind_a_paced_alert(app, client, admin, slack, receiver, clock, worker):
    stamp(slack, clock.seconds)
    lead_id = post(client, admin, SQL_LEAD)
    changed = client.patch(f"/api/v1/leads/{lead_id}", json={"status": "claimed", "owner": "U0EMEA001"},
                           headers=admin)
    assert changed.status_code == 200, changed.get_json()
    client.patch(f"/api/v1/leads/{lead_id}", json={"status": "booked"}, headers=admin)

    [alert] = drive(app, clock, [worker], lambda: slack.alerts(EMEA))
    first, second = drive(app, clock, [worker], lambda: len(found := slack.thread(EMEA, alert["ts"])) == 2 and found)
    assert "Claimed by" in first["text"] and "Call booked" in second["text"]  # in the order they happened
    times = slack.arrived  # every chat.postMessage here is to EMEA: the alert, then its two replies
    assert len(times) == 3 and all(b - a >= 1.0 for a, b in zip(times, times[1:])), times  # replies are paced too
    updates = settled(app)
    assert [(u.event, u.attempts) for u in updates] == [("lead.qualified", 1), ("lead.updated", 1), ("lead.updated", 1)]


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)  # SQLite runs one worker per machine
def test_two_workers_share_one_pace_per_channel(app, client, admin, slack, receiver, clock):
    # One claim at a time each, taken in turn: the second worker meets the slot the first just took, and the other way.
    settings = app.config["LEADBOT_SETTINGS"].override({"worker_concurrency": 1})
    workers = [Worker(settings, app.extensions["leadbot.registry"], clock=clock) for _ in range(2)]
    sent = {id(w): 0 for w in workers}

    def counting(made: Worker) -> None:
        """Count the EMEA alerts each worker's own attempts posted."""
        attempt = made.attempt

        def counted(item: Any) -> None:
            before = len(slack.alerts(EMEA))
            attempt(item)
            sent[id(made)] += len(slack.alerts(EMEA)) - before

        made.attempt = counted  # this instance only

    for made in workers:
        counting(made)
    try:
        stamp(slack, clock.seconds)
        for _ in range(4):
            post(client, admin, SQL_LEAD)
        drive(app, clock, workers, lambda: len(slack.alerts(EMEA)) == 4)
        times = arrivals(slack, EMEA)
        assert len(times) == 4
        assert all(b - a >= 1.0 for a, b in zip(times, times[1:])), times
        assert all(sent.values()), sent  # both workers sent to the channel, and neither out of turn
        assert {(r.status, r.attempts) for r in settled(app)} == {("delivered", 1)}
    finally:
        for made in workers:
            made.engine.dispose()


def counted(made: Worker) -> list[str]:
    """The ids of the deliveries ``made`` attempts, in order: a send, and a paced one that only goes back to wait."""
    seen: list[str] = []
    attempt = made.attempt

    def counting(item: Any) -> None:
        seen.append(item.id)
        attempt(item)

    made.attempt = counting  # this instance only
    return seen


def alerted(slack: SlackFake, channel: str) -> list[str]:
    """The lead of each alert in ``channel``, in the order Slack kept them."""
    return [m["metadata"]["event_payload"]["lead_id"] for m in slack.alerts(channel)]


def slow(slack: SlackFake, clock: Clock, seconds: float) -> None:
    """Each chat.postMessage but the first takes ``seconds`` of ``clock`` to be answered (after its arrival is
    stamped): Slack slows down once a burst has begun, so the turns handed out after a quick first answer
    come later than foreseen."""
    original = slack._respond
    answered = []

    def respond(request: Any) -> Any:
        answer = original(request)
        if request.path == "/api/chat.postMessage":
            clock.now += timedelta(seconds=seconds if answered else 0.0)
            answered.append(request)
        return answer

    slack._respond = respond


@pytest.mark.parametrize("burst, takes", [(14, 0.0), (14, 0.4)], ids=["quick Slack", "slow Slack"])
def test_a_burst_to_one_channel_wakes_each_alert_once_at_its_own_turn_first_queued_first_sent(
        app, client, admin, slack, receiver, clock, worker, burst, takes):
    # Each waiter has a turn of its own: it waits once and is sent at its turn, instead of every waiter waking at
    # the one next free moment, one winning and the rest waiting again (14 alerts cost 105 attempts that way).
    # Slow answers space the turns more than foreseen when they were handed out: still no waiter wakes too early.
    attempts = counted(worker)
    stamp(slack, clock.seconds)
    slow(slack, clock, takes)
    queued = [post(client, admin, SQL_LEAD) for _ in range(burst)]

    drive(app, clock, [worker], lambda: len(slack.alerts(EMEA)) == burst, within=burst * (1 + takes) + 5)
    assert alerted(slack, EMEA) == queued  # first queued, first sent
    times = arrivals(slack, EMEA)
    assert len(times) == burst  # each posted once
    # Slack's second per channel holds, counted from each answer
    assert all(b - a >= (1.0 + takes if i else 1.0) - 1e-6 for i, (a, b) in enumerate(zip(times, times[1:]))), times
    assert times[-1] - times[0] <= (burst - 1) * (1.0 + takes) + 0.5  # and no turn is left unused
    slack_ids = {r.id for r in settled(app)}
    assert {(r.status, r.attempts) for r in settled(app)} == {("delivered", 1)}  # waiting was not an attempt
    # one attempt that takes a turn ahead and waits for it, one at the turn (the first needs no wait)
    assert len([a for a in attempts if a in slack_ids]) <= 2 * burst - 1, len(attempts)


@pytest.mark.parametrize("took_its_turn", [False, True], ids=["before its turn", "after taking its turn"])
def test_a_worker_that_dies_holding_a_turn_holds_no_one_up_and_its_alert_is_sent_once_after_its_lease(
        app, client, admin, slack, receiver, clock, worker, took_its_turn):
    stamp(slack, clock.seconds)
    queued = [post(client, admin, SQL_LEAD) for _ in range(4)]
    worker.run_once()  # the first alert goes; the three others are handed their turns and wait for them
    assert alerted(slack, EMEA) == queued[:1]
    [second] = rows(app, select(Delivery.next_attempt_at).where(Delivery.status == "pending")
                    .order_by(Delivery.next_attempt_at).limit(1))
    clock.now = second
    lease = app.config["LEADBOT_SETTINGS"].lease_seconds
    [dying] = outbox.claim(worker.sessions, 1, lease, clock)  # another worker claims the second alert, and dies
    assert dying.lead_id == queued[1] and dying.turn is not None
    busy = lease / 2  # the longest a send may take: a worker that dies mid-send holds the channel no longer
    if took_its_turn:  # ... and its send may have left: the next one waits for as long as a send may take
        assert pacing.take(worker.sessions, f"slack:{EMEA}", 1.0, dying, clock, busy).send

    drive(app, clock, [worker], lambda: len(slack.alerts(EMEA)) == 4, within=lease + 10)
    # The turns behind the dead one went at their own moments, not after its lease; it went once, last.
    assert alerted(slack, EMEA) == [queued[0], queued[2], queued[3], queued[1]]
    times = arrivals(slack, EMEA)
    assert len(times) == 4 and all(b - a >= 1.0 for a, b in zip(times, times[1:])), times
    # The third alert goes 2 s after the first, or 3 s (woken a pitch after its moment, the turn before it idle),
    # or when the hold of the send that may have left ends.
    assert times[1] <= (1.0 + busy + 2.0 if took_its_turn else 3.0) + 0.5, times
    assert times[3] >= lease
    by_lead = {r.lead_id: r for r in settled(app)}
    assert by_lead[queued[1]].attempts == 2  # the dead worker's claim was an attempt
    assert {by_lead[lead].attempts for lead in (queued[0], queued[2], queued[3])} == {1}


def test_a_429_in_a_burst_moves_the_queue_in_order_and_the_refused_alert_goes_first_after_it(
        app, client, admin, slack, receiver, clock, worker):
    attempts = counted(worker)
    stamp(slack, clock.seconds)
    queued = [post(client, admin, SQL_LEAD) for _ in range(6)]
    drive(app, clock, [worker], lambda: len(slack.alerts(EMEA)) == 2)
    slack.rate_limit_channel(EMEA, retry_after=3)  # the third is refused: Slack says wait three seconds

    drive(app, clock, [worker], lambda: len(slack.alerts(EMEA)) == 6)
    assert alerted(slack, EMEA) == queued  # the refused one kept its place
    times = arrivals(slack, EMEA)
    assert len(times) == 7  # six alerts and the one refusal
    refused, after = times[2], times[3:]
    assert after[0] - refused >= 3.0, times  # Retry-After held the channel
    assert all(b - a >= 1.0 for a, b in zip(times, times[1:])), times
    assert after[-1] - refused <= 3.0 + 3 + 0.5  # and the queue went on at its pace right after it
    slack_rows = settled(app)
    assert [r.attempts for r in slack_rows] == [1, 1, 2, 1, 1, 1]
    # each waiter woke at its moment, and once more when the 429 moved the queue: no herd
    assert len([a for a in attempts if a in {r.id for r in slack_rows}]) <= 3 * len(queued), len(attempts)


def test_a_claim_whose_lease_another_worker_took_over_takes_no_turn(app, client, admin, slack, receiver, clock,
                                                                      worker):
    post(client, admin, SQL_LEAD)
    lease = app.config["LEADBOT_SETTINGS"].lease_seconds
    late = [c for c in outbox.claim(worker.sessions, 10, lease, clock) if c.destination == "slack"]
    clock.now += timedelta(seconds=lease + 1)  # the first worker stalled past its lease; another claims the alert
    again = [c for c in outbox.claim(worker.sessions, 10, lease, clock) if c.destination == "slack"]
    assert [c.id for c in again] == [c.id for c in late]

    key = f"slack:{EMEA}"
    assert not pacing.take(worker.sessions, key, 1.0, late[0], clock).send  # not its to send any more
    assert rows(app, select(RateSlot.issued, RateSlot.served).where(RateSlot.key == key)) in ([], [(0, 0)])
    assert pacing.take(worker.sessions, key, 1.0, again[0], clock).send


def test_a_send_under_way_holds_the_next_turn_and_its_end_wakes_the_next_holder_at_its_moment(
        app, client, admin, slack, receiver, clock, worker):
    # A request that stalls (a busy machine, a slow Slack) must not let the next turn overtake it: two messages on
    # the wire at once would reach Slack in either order and closer than the pace.
    for _ in range(2):
        post(client, admin, SQL_LEAD)
    lease = app.config["LEADBOT_SETTINGS"].lease_seconds
    first, second = [c for c in outbox.claim(worker.sessions, 10, lease, clock) if c.destination == "slack"]
    key, busy = f"slack:{EMEA}", 30.0
    sending = pacing.take(worker.sessions, key, 1.0, first, clock, busy)
    assert sending.at == clock.now
    # Its turn is a second off, but it waits for the send under way to end, at the latest ``busy`` seconds away.
    assert not pacing.take(worker.sessions, key, 1.0, second, clock, busy).send
    [waiting] = rows(app, select(Delivery).where(Delivery.id == second.id))
    assert waiting.status == "pending" and waiting.next_attempt_at == sending.at + timedelta(seconds=busy)

    clock.now += timedelta(seconds=4)  # the first is still on its way, well past the second's moment
    assert not [c for c in outbox.claim(worker.sessions, 10, lease, clock) if c.destination == "slack"]

    ended = clock.now + timedelta(seconds=1)
    pacing.sent(worker.sessions, key, 1.0, sending, ended)  # Slack answered, five seconds after it was asked
    [woken] = rows(app, select(Delivery).where(Delivery.id == second.id))
    assert woken.next_attempt_at == ended + timedelta(seconds=1)  # the pace after its end, not the busy bound
    clock.now = woken.next_attempt_at
    [last] = [c for c in outbox.claim(worker.sessions, 10, lease, clock) if c.id == second.id]
    assert last.turn == (key, 2)
    assert pacing.take(worker.sessions, key, 1.0, last, clock, busy).at == clock.now
