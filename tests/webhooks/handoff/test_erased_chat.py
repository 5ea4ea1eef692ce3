"""A lead erased while a salesperson is in the visitor's chat: the chat ends, the salesperson is told, nothing of
it stays in the service, and what the bot read of the chat before the erasure never comes back as a new lead.

The bot reads each line the visitor writes to a salesperson into the lead and posts it again
(``bot.actions.chat``); a line read just before the erasure posts just after it, for a conversation no lead
names any more. The service knows it by the erased lead's digest of the conversation, and takes a lead for that
conversation again only once the visitor has talked to the bot since (their new chat is in the tracker store).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import func, select

from bot.stores import DatabaseUrlTrackerStore
from harness.services import lead_body
from signing import sign
from signing.paths import LEADS_PATH, erasure_path
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, rows
from tests.webhooks.handoff.test_service import DANA, conversation_of, joined, reply, visitor
from tests.webhooks.slack.conftest import eventually
from webhooks.handoff.models import Handoff, HandoffMessage
from webhooks.models import Lead

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def post_lead(client: Any, body: dict[str, Any]) -> Any:
    raw = json.dumps(body).encode()
    return client.post(LEADS_PATH, data=raw, content_type="application/json",
                       headers=sign(ACTION_SECRET, "POST", LEADS_PATH, raw))


def erase_by_the_bot(client: Any, conversation: str) -> Any:
    raw = b"{}"
    path = erasure_path(conversation)
    return client.post(path, data=raw, content_type="application/json", headers=sign(ACTION_SECRET, "POST", path, raw))


def lead_count(app: Any) -> int:
    return len(rows(app, select(Lead.id)))


@pytest.mark.parametrize("how", ["admin", "visitor"])
def test_an_erasure_ends_the_live_chat_tells_the_salesperson_and_keeps_no_handoff(
        app, client, post_slack, slack, rasa_slack, alerted, how: str) -> None:
    alert = alerted()
    joined(app, post_slack, alert)
    conversation = conversation_of(client, alert)
    assert visitor(client, conversation, "I'm Jane, call me on +44 20 7946 0958").get_json()["live"]
    if how == "admin":
        assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    else:
        assert erase_by_the_bot(client, conversation).get_json()["lead"] == alert.lead_id

    told = eventually(lambda: [m for m in slack.thread(alert.channel, alert.ts) if "erased on request" in m["text"]])
    assert len(told) == 1 and f"<@{DANA}>" in told[0]["text"] and "Jane" not in told[0]["text"]
    assert rows(app, select(Handoff)) == [] and rows(app, select(HandoffMessage)) == []
    assert reply(client, slack, alert, DANA, "Jane? still there?") == 200
    assert visitor(client, conversation, "yes, jane@acme.io").get_json() == {"live": False}
    assert rows(app, select(Handoff)) == [] and rows(app, select(HandoffMessage)) == []


def test_an_erasure_with_nobody_in_the_chat_tells_nobody(app, client, slack, alerted) -> None:
    alert = alerted()
    before = len(slack.posts())
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200  # twice: a no-op
    assert len(slack.posts()) == before


def test_what_the_bot_read_of_the_chat_before_the_erasure_makes_no_new_lead(
        app, client, post_slack, slack, rasa_slack, alerted) -> None:
    alert = alerted()
    joined(app, post_slack, alert)
    conversation = conversation_of(client, alert)
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    before = lead_count(app)

    # The bot's read of "call me on +44 20 7946 0958, we're 40 people", posted after the erasure committed.
    late = lead_body(conversation, answers=[{"question_id": "company_size", "text": "we're 40 people",
                                             "source": "chat"}])
    refused = post_lead(client, late)
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "conversation_erased"
    other = post_lead(client, lead_body(conversation, answers=[{"question_id": "budget", "text": "50k"}]))
    assert other.status_code == 409, "nor any other post of that chat"
    assert lead_count(app) == before
    assert post_lead(client, lead_body()).status_code == 201, "another conversation is taken as always"


def test_a_visitor_who_talks_again_after_the_erasure_can_be_a_lead_again(
        app, client, alerted, database_url, monkeypatch) -> None:
    alert = alerted()
    conversation = conversation_of(client, alert)
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    store = DatabaseUrlTrackerStore()
    try:
        asyncio.run(store.save(DialogueStateTracker.from_events(conversation, [UserUttered("hi again")])))
    finally:
        store.engine.dispose()
    again = post_lead(client, lead_body(conversation, answers=[{"question_id": "budget", "text": "60k now"}]))
    assert again.status_code == 201 and again.get_json()["id"] != alert.lead_id
    # Erased a second time, the conversation is known as erased again.
    assert client.delete(f"/api/v1/leads/{again.get_json()['id']}", headers=ADMIN).status_code == 200
    assert post_lead(client, lead_body(conversation, answers=[{"question_id": "budget", "text": "70k"}])).status_code == 409
    assert rows(app, select(func.count()).select_from(Lead).where(Lead.conversation_id == conversation)) == [0]


def test_an_erased_lead_is_not_filled_again_through_a_key_that_names_it(app, client, alerted) -> None:
    alert = alerted()
    conversation = conversation_of(client, alert)
    assert client.delete(f"/api/v1/leads/{alert.lead_id}", headers=ADMIN).status_code == 200
    [mark] = rows(app, select(Lead.idempotency_key).where(Lead.id == alert.lead_id))
    assert mark and conversation not in mark, "the erased lead keeps a digest, not the conversation's id"
    raw = json.dumps(lead_body()).encode()
    answer = client.post(LEADS_PATH, data=raw, content_type="application/json",
                         headers={**sign(ACTION_SECRET, "POST", LEADS_PATH, raw), "Idempotency-Key": mark})
    assert answer.status_code == 409
    [attributes] = rows(app, select(Lead.attributes).where(Lead.id == alert.lead_id))
    assert attributes == {}
