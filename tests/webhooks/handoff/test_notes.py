"""The human part of a chat reaches the CRMs as a note when it ends (``webhooks.handoff.notes``): through the
outbox and the real worker to HubSpot and Salesforce, played by their fakes: a note on the lead's deal, a
completed Task on the Lead."""

from __future__ import annotations

import socket
from typing import Any, Iterator

import pytest
import requests
from sqlalchemy import select

from harness import slack_api
from harness.fakes.hubspot import HubSpotFake
from harness.fakes.salesforce import SalesforceFake
from harness.ports import free_port
from harness.services import SQL_LEAD
from integrations.hubspot import HubSpot
from integrations.salesforce import Salesforce
from integrations.slack_blocks import ACTION_HAND_BACK
from tests.webhooks.conftest import ACTION_SECRET, ADMIN_KEY, rows
from tests.webhooks.handoff.test_service import DANA, click, conversation_of, joined, reply, visitor
from tests.webhooks.slack.conftest import eventually
from webhooks.models import Delivery


@pytest.fixture
def hubspot() -> Iterator[HubSpotFake]:
    with HubSpotFake() as fake:
        yield fake


@pytest.fixture
def salesforce() -> Iterator[SalesforceFake]:
    with SalesforceFake() as fake:
        yield fake


@pytest.fixture
def config(database_url: str, slack: slack_api.Slack, rasa_slack: slack_api.RasaSlackChannel,
           hubspot: HubSpotFake, salesforce: SalesforceFake) -> dict[str, Any]:
    """The Slack tests' service (``tests/webhooks/slack/conftest.py``), and HubSpot and Salesforce as the default
    playbook's routes name them (Salesforce for the enterprise route only)."""
    crm = HubSpot(token=hubspot.token, session=requests.Session(), base_url=hubspot.url)
    crm.min_interval = 0
    org = Salesforce(client_id=salesforce.client_id, client_secret=salesforce.client_secret,
                     session=requests.Session(), base_url=salesforce.url)
    return {
        "TESTING": True, "database_url": database_url, "action_secret": ACTION_SECRET, "admin_api_key": ADMIN_KEY,
        "slack_signing_secret": slack_api.SIGNING_SECRET, "bot_url": rasa_slack.url,
        "integrations": {"slack": {"token": slack_api.TOKEN, "base_url": slack.api_url, "min_interval": 0}},
        "destinations": {"hubspot": crm, "salesforce": org},
        "http_timeout": 5.0, "retry_schedule": [0.05, 0.05, 0.05],
        "wake_address": ("127.0.0.1", free_port(socket.SOCK_DGRAM)), "lease_seconds": 5.0,
    }


def notes_on_deal(hubspot: HubSpotFake) -> list[str]:
    return [note["properties"]["hs_note_body"] for note in hubspot.notes.items.values()]


def test_when_the_chat_ends_its_lines_are_a_note_on_the_leads_deal(
        app, client, post_slack, slack, rasa_slack, worker, alerted, hubspot):
    alert = alerted()
    worker.run_once()
    assert hubspot.deals.items, "the lead reached HubSpot"
    before = notes_on_deal(hubspot)
    joined(app, post_slack, alert)
    assert reply(client, slack, alert, DANA, "Hi, I'm Dana <3. What do you need?") == 200
    assert eventually(lambda: len(rasa_slack.relayed()) == 2)
    assert visitor(client, conversation_of(client, alert), "SEO & ads, about 20k a month").get_json()["live"]
    assert rows(app, select(Delivery).where(Delivery.event == "lead.chat")) == [], "nothing before the chat ends"

    assert post_slack(click(alert, ACTION_HAND_BACK, DANA)).status_code == 200
    queued = eventually(lambda: rows(app, select(Delivery).where(Delivery.event == "lead.chat")))
    assert [row.destination for row in queued] == ["hubspot"], "to the CRM the lead reached; Slack has the thread"
    worker.run_once()
    [note] = [n for n in notes_on_deal(hubspot) if n not in before]
    name = slack_api.person_name(DANA)
    assert f"Chat on the website with {name}" in note
    assert f"<b>{name}:</b> Hi, I&#x27;m Dana &lt;3. What do you need?" in note
    assert "<b>Visitor:</b> SEO &amp; ads, about 20k a month" in note
    [link] = [link for link in hubspot.note_links if link[0] in hubspot.notes.items]
    assert link[1] == "deals" and link[2] in hubspot.deals.items


def test_a_chat_where_nobody_wrote_sends_no_note(
        app, client, post_slack, slack, rasa_slack, worker, alerted, hubspot):
    alert = alerted()
    worker.run_once()
    joined(app, post_slack, alert)
    assert visitor(client, conversation_of(client, alert), "", kind="stop").get_json()["ended"] is True
    assert rows(app, select(Delivery).where(Delivery.event == "lead.chat")) == []


def test_an_enterprise_leads_chat_is_a_completed_task_on_its_salesforce_lead(
        app, client, post_slack, slack, rasa_slack, worker, alerted, salesforce):
    slack.channels.add("C0ENT")
    slack.names["#sales-enterprise"] = "C0ENT"
    alert = alerted(attributes={**SQL_LEAD, "company_size": {"min": 2000, "max": 5000}})  # the enterprise route
    worker.run_once()
    [lead_id] = salesforce.leads
    joined(app, post_slack, alert)
    assert reply(client, slack, alert, DANA, "Hi, I'm Dana. What do you need?") == 200
    assert eventually(lambda: len(rasa_slack.relayed()) == 2)
    assert visitor(client, conversation_of(client, alert), "SEO & ads, about 20k a month").get_json()["live"]
    assert visitor(client, conversation_of(client, alert), "stop", kind="stop").get_json()["ended"] is True

    queued = eventually(lambda: rows(app, select(Delivery).where(Delivery.event == "lead.chat")))
    assert sorted(row.destination for row in queued) == ["hubspot", "salesforce"]
    worker.run_once()
    [task] = salesforce.tasks.values()
    name = slack_api.person_name(DANA)
    assert task["WhoId"] == lead_id and task["Status"] == "Completed"
    assert task["Subject"].startswith(f"Chat on the website with {name} (")
    assert task["Description"].splitlines()[1:] == [f"{name}: Hi, I'm Dana. What do you need?",
                                                    "Visitor: SEO & ads, about 20k a month"]
