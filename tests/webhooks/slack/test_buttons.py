"""The alert's buttons as salespeople click them: Claim, Booked, Disqualify (with its modal)."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from harness import slack_api
from integrations.slack_blocks import ACTION_BOOKED, ACTION_CLAIM, ACTION_DISQUALIFY, VIEW_DISQUALIFY
from tests.webhooks.conftest import ADMIN_KEY, rows, table_counts
from tests.webhooks.slack.conftest import eventually
from webhooks.models import Delivery, Lead, StatusChange

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def click(alert: Any, action_id: str, user: str, value: str | None = None) -> bytes:
    return slack_api.interactive(slack_api.block_action(
        action_id, alert.lead_id if value is None else value, user=user, channel=alert.channel, ts=alert.ts))


def lead_row(app: Any, lead_id: str) -> Lead:
    return rows(app, select(Lead).where(Lead.id == lead_id))[0]


def audit(app: Any, lead_id: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.field, c.old, c.new, c.actor)
            for c in rows(app, select(StatusChange).where(StatusChange.lead_id == lead_id).order_by(StatusChange.seq))]


def pending(app: Any, lead_id: str) -> list[tuple[str, str]]:
    return [(d.destination, d.event) for d in rows(app, select(Delivery).where(
        Delivery.lead_id == lead_id, Delivery.status == "pending").order_by(Delivery.seq))]


def text_of(blocks: Any) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_claim_sets_the_owner_audits_it_and_the_worker_redraws_the_alert_in_place(
        app, post_slack, slack, alerted, worker):
    alert = alerted()
    started = time.monotonic()
    response = post_slack(click(alert, ACTION_CLAIM, "U0EMEA002"))
    assert response.status_code == 200
    assert time.monotonic() - started < 3  # Slack's limit for the acknowledgement

    assert eventually(lambda: lead_row(app, alert.lead_id).owner == "U0EMEA002")
    assert lead_row(app, alert.lead_id).status == "claimed"
    assert audit(app, alert.lead_id)[1:] == [
        ("status", "open", "claimed", "slack:U0EMEA002"), ("owner", None, "U0EMEA002", "slack:U0EMEA002")]
    # Nothing called Slack from the handler: the change waits in the outbox.
    assert pending(app, alert.lead_id) == [("slack", "lead.updated")]
    assert slack.updates() == [] and slack.ephemeral == []

    worker.run_once()
    [update] = slack.updates()
    assert (update["channel"], update["ts"]) == (alert.channel, alert.ts)
    assert "Claimed by Tom Hughes (<@U0EMEA002>)" in text_of(update["blocks"]), "the playbook's name, mentioned"
    assert ACTION_CLAIM not in text_of(update["blocks"])  # the button is gone once claimed
    [note] = [p for p in slack.posts() if p.get("thread_ts")]
    assert (note["channel"], note["thread_ts"]) == (alert.channel, alert.ts)
    assert "<@U0EMEA002>" in note["text"]
    assert len(slack.posts()) == 2  # the alert and its thread reply: no second alert
    assert len(slack.thread(alert.channel, alert.ts)) == 1


def test_two_people_claiming_at_once_one_wins_and_the_other_is_told(app, post_slack, slack, alerted):
    alert = alerted()
    users = ["U0EMEA001", "U0EMEA003"]
    barrier = threading.Barrier(len(users))
    statuses: list[int] = []

    def claim(user: str) -> None:
        body = click(alert, ACTION_CLAIM, user)
        with app.test_client() as client:
            barrier.wait()
            statuses.append(client.post("/slack/events", data=body,
                                        headers=slack_api.signed_headers(body)).status_code)

    threads = [threading.Thread(target=claim, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [200, 200]
    assert eventually(lambda: len(slack.ephemeral) == 1)
    time.sleep(0.3)  # any second change or second message would have landed by now
    owner = lead_row(app, alert.lead_id).owner
    loser = next(user for user in users if user != owner)
    assert owner in users
    assert [entry for entry in audit(app, alert.lead_id) if entry[0] == "owner"] == [
        ("owner", None, owner, f"slack:{owner}")]
    assert slack.told(loser) == [f"<@{owner}> claimed this lead first."]
    assert slack.ephemeral[0]["channel"] == alert.channel
    assert slack.told(owner) == []
    assert pending(app, alert.lead_id) == [("slack", "lead.updated")]


def test_claiming_twice_or_after_someone_else_tells_the_clicker_and_changes_nothing(app, post_slack, slack, alerted):
    alert = alerted()
    post_slack(click(alert, ACTION_CLAIM, "U0EMEA001"))
    assert eventually(lambda: lead_row(app, alert.lead_id).owner == "U0EMEA001")
    counts = table_counts(app)

    post_slack(click(alert, ACTION_CLAIM, "U0EMEA001"))
    post_slack(click(alert, ACTION_CLAIM, "U0EMEA002"))

    assert eventually(lambda: len(slack.ephemeral) == 2)
    assert slack.told("U0EMEA001") == ["You already own this lead."]
    assert slack.told("U0EMEA002") == ["<@U0EMEA001> claimed this lead first."]
    assert table_counts(app) == counts


def test_booked_sets_the_status_and_gives_an_unowned_lead_to_the_clicker(app, post_slack, slack, alerted, worker):
    alert = alerted()
    assert post_slack(click(alert, ACTION_BOOKED, "U0EMEA003")).status_code == 200
    assert eventually(lambda: lead_row(app, alert.lead_id).status == "booked")
    assert lead_row(app, alert.lead_id).owner == "U0EMEA003"
    assert ("status", "open", "booked", "slack:U0EMEA003") in audit(app, alert.lead_id)

    worker.run_once()
    [update] = slack.updates()
    assert (update["channel"], update["ts"]) == (alert.channel, alert.ts)
    assert "Call booked, owner Sophie Martin (<@U0EMEA003>)" in text_of(update["blocks"])

    post_slack(click(alert, ACTION_BOOKED, "U0EMEA001"))
    assert eventually(lambda: slack.told("U0EMEA001") == ["This lead is already booked."])


def test_disqualify_opens_the_modal_and_the_submission_sets_status_and_reason(app, post_slack, slack, alerted, worker):
    alert = alerted()
    assert post_slack(click(alert, ACTION_DISQUALIFY, "U0EMEA002")).status_code == 200
    assert eventually(lambda: slack.views)
    [opened] = slack.calls("POST", "/api/views.open")
    assert opened.json()["trigger_id"]
    [view] = slack.views
    assert view["callback_id"] == VIEW_DISQUALIFY
    assert json.loads(view["private_metadata"]) == {"lead_id": alert.lead_id, "channel": alert.channel, "ts": alert.ts}
    assert lead_row(app, alert.lead_id).status == "open"  # opening the modal decides nothing

    submission = slack_api.view_submission(view, user="U0EMEA002", reason="no_budget", note="Budget frozen until Q3")
    response = post_slack(slack_api.interactive(submission))
    assert response.status_code == 200
    assert not response.data  # an empty 200 closes the modal

    assert eventually(lambda: lead_row(app, alert.lead_id).status == "disqualified")
    assert lead_row(app, alert.lead_id).status_reason == "No budget — Budget frozen until Q3"
    shown = app.test_client().get(f"/api/v1/leads/{alert.lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert shown.get_json()["status_reason"] == "No budget — Budget frozen until Q3"
    assert audit(app, alert.lead_id)[1:] == [
        ("status", "open", "disqualified", "slack:U0EMEA002"), ("reason", None, "no_budget", "slack:U0EMEA002")]
    worker.run_once()
    [update] = slack.updates()
    assert (update["channel"], update["ts"]) == (alert.channel, alert.ts)
    assert "Disqualified: No budget — Budget frozen until Q3" in text_of(update["blocks"])
    assert not any(b["type"] == "actions" for b in update["blocks"])  # nothing left to click

    reopened = app.test_client().patch(f"/api/v1/leads/{alert.lead_id}", json={"status": "open"},
                                       headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert reopened.status_code == 200
    assert reopened.get_json()["status_reason"] is None  # the reason explained a status it no longer has

    erased = app.test_client().delete(f"/api/v1/leads/{alert.lead_id}",
                                      headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert erased.status_code in (200, 204)
    assert lead_row(app, alert.lead_id).status_reason is None  # a note may name the person: erased too


def test_a_submission_without_a_known_reason_is_sent_back_and_changes_nothing(app, post_slack, slack, alerted):
    alert = alerted()
    post_slack(click(alert, ACTION_DISQUALIFY, "U0EMEA002"))
    assert eventually(lambda: slack.views)
    counts = table_counts(app)
    for reason in (None, "because_i_said_so"):
        response = post_slack(slack_api.interactive(
            slack_api.view_submission(slack.views[0], user="U0EMEA002", reason=reason)))
        assert response.status_code == 200
        assert response.get_json() == {"response_action": "errors",
                                       "errors": {"reason": "Choose one of the reasons."}}
    forged_metadata = {**slack.views[0], "private_metadata": "not json"}
    response = post_slack(slack_api.interactive(
        slack_api.view_submission(forged_metadata, user="U0EMEA002", reason="no_budget")))
    assert response.get_json()["response_action"] == "errors"
    time.sleep(0.2)
    assert table_counts(app) == counts
    assert lead_row(app, alert.lead_id).status == "open"


def test_clicks_on_an_erased_or_unknown_lead_are_answered_politely_and_change_nothing(
        app, client, post_slack, slack, alerted):
    alert = alerted()
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    counts, views = table_counts(app), len(slack.views)

    for action_id in (ACTION_CLAIM, ACTION_BOOKED, ACTION_DISQUALIFY):
        assert post_slack(click(alert, action_id, "U0EMEA002")).status_code == 200
    assert post_slack(click(alert, ACTION_CLAIM, "U0EMEA003", value="lead_doesnotexist")).status_code == 200
    assert post_slack(click(alert, ACTION_CLAIM, "U0EMEA003", value="x" * 5000)).status_code == 200

    assert eventually(lambda: len(slack.ephemeral) == 5)
    assert set(slack.told("U0EMEA002")) | set(slack.told("U0EMEA003")) == {
        "This lead is no longer available: it was erased or never existed. Nothing was changed."}
    assert len(slack.views) == views  # no modal for a lead that is gone
    assert table_counts(app) == counts
    assert lead_row(app, alert.lead_id).owner is None


def test_slack_rate_limiting_the_update_delays_it_through_the_outbox_and_loses_nothing(
        app, post_slack, slack, alerted, worker):
    alert = alerted()
    post_slack(click(alert, ACTION_CLAIM, "U0EMEA002"))
    assert eventually(lambda: pending(app, alert.lead_id) == [("slack", "lead.updated")])
    slack.rate_limit_next(retry_after=1, path="/api/chat.update")

    worker.run_once()
    [delivery] = rows(app, select(Delivery).where(Delivery.lead_id == alert.lead_id, Delivery.event == "lead.updated"))
    assert (delivery.status, delivery.last_status) == ("pending", 429)
    assert (delivery.next_attempt_at - delivery.created_at).total_seconds() >= 0.9  # Retry-After, not the 0.05 s schedule
    assert worker.run_once() == 0  # not due before Slack's wish
    # The worker's clock is moved to Slack's moment instead of the test waiting a second for it: a hair
    # before it, the update still waits; at it, the update goes.
    worker.clock = lambda: delivery.next_attempt_at - timedelta(milliseconds=10)
    assert worker.run_once() == 0
    worker.clock = lambda: delivery.next_attempt_at

    assert worker.run_once() == 1
    # The refused attempt and its retry, both at the alert's own channel and ts.
    assert [(u["channel"], u["ts"]) for u in slack.updates()] == [(alert.channel, alert.ts)] * 2
    assert slack.messages[(alert.channel, alert.ts)].get("edited")
    [delivered] = rows(app, select(Delivery).where(Delivery.lead_id == alert.lead_id, Delivery.event == "lead.updated"))
    assert delivered.status == "delivered"


def test_where_the_bot_cannot_post_the_clicker_is_told_through_the_response_url(app, post_slack, slack, alerted):
    alert = alerted()
    post_slack(click(alert, ACTION_CLAIM, "U0EMEA001"))
    assert eventually(lambda: lead_row(app, alert.lead_id).owner == "U0EMEA001")
    # A click on the /leads list in a direct message: no channel the bot is in.
    body = slack_api.interactive(slack_api.block_action(
        ACTION_CLAIM, alert.lead_id, user="U0EMEA002", channel="D0DIRECT", ts=alert.ts,
        response_url=slack.response_url()))
    assert post_slack(body).status_code == 200
    assert eventually(lambda: slack.responses)
    assert slack.responses == [{"text": "<@U0EMEA001> claimed this lead first.", "response_type": "ephemeral",
                                "replace_original": False}]
    assert slack.ephemeral == []


def test_a_modal_slack_refuses_to_open_is_explained_to_the_clicker(app, post_slack, slack, alerted):
    alert = alerted()
    slack.fail_next(200, body={"ok": False, "error": "expired_trigger_id"}, path="/api/views.open")
    assert post_slack(click(alert, ACTION_DISQUALIFY, "U0EMEA002")).status_code == 200
    assert eventually(lambda: slack.told("U0EMEA002"))
    assert slack.told("U0EMEA002") == ["The form could not open in time; please click Disqualify again."]
    assert lead_row(app, alert.lead_id).status == "open"
