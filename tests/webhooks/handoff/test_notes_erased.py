"""Erasing a lead after its chat reached the CRM as a note (``webhooks.handoff.notes``) deletes that note there
too, through the outbox and the real worker, with HubSpot played by its fake: deleting the deal leaves its notes
(``harness/fakes/contracts/README.md``), so the chat's words would stay. Sales' own notes on the deal stay.
The service and its fixtures are ``test_notes``'s."""

from __future__ import annotations

from sqlalchemy import select

from harness import slack_api
from integrations.slack_blocks import ACTION_HAND_BACK
from tests.webhooks.conftest import ADMIN_KEY, rows
from tests.webhooks.handoff.test_notes import config, hubspot, salesforce  # noqa: F401  (fixtures)
from tests.webhooks.handoff.test_service import DANA, click, conversation_of, joined, reply, visitor
from tests.webhooks.slack.conftest import eventually
from webhooks.models import Delivery


def test_erasing_the_lead_deletes_the_chats_note_from_the_deal_and_leaves_sales_own(
        app, client, post_slack, slack, rasa_slack, worker, alerted, hubspot):  # noqa: F811 (the fixture)
    alert = alerted()
    worker.run_once()
    [deal_id] = hubspot.deals.items
    joined(app, post_slack, alert)
    assert reply(client, slack, alert, DANA, "Hi, I'm Dana. What do you need?") == 200
    assert visitor(client, conversation_of(client, alert), "I'm Jane from Acme, jane.doe@acme.io").get_json()["live"]
    assert post_slack(click(alert, ACTION_HAND_BACK, DANA)).status_code == 200
    assert eventually(lambda: rows(app, select(Delivery).where(Delivery.event == "lead.chat")))
    worker.run_once()
    [chat] = [note_id for note_id, note in hubspot.notes.items.items()
              if "jane.doe@acme.io" in note["properties"]["hs_note_body"]]
    own = hubspot.add_note(deal_id, f"<p>Chat on the website with {slack_api.person_name(DANA)} went well</p>")

    erased = client.delete(f"/api/v1/leads/{alert.lead_id}", headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert erased.status_code == 200
    worker.run_once()
    assert [row.status for row in rows(app, select(Delivery).where(
        Delivery.event == "lead.erased", Delivery.destination == "hubspot"))] == ["delivered"]
    assert not hubspot.deals.items and chat not in hubspot.notes.items, "the visitor's words are gone from HubSpot"
    assert own in hubspot.notes.items
