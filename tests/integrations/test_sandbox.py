"""The same checks against real vendor sandbox accounts, opt-in: ``pytest -m sandbox``.

Each test is skipped, saying which variables it needs, unless that account's credentials are in
the environment (the README says how to get free developer accounts). Against a live account a
test runs the doctor's read-only checks, then delivers one test lead (qualified, updated, the note of a
salesperson's chat with the visitor, erased)
and checks that the erasure left nothing behind: in HubSpot and Pipedrive, not the chat's note either
(whether deleting the deal or lead would take it along is what harness/fakes/contracts/README.md could not
find documented). Use a sandbox or developer account: the test
writes a contact, a deal and a lead named "leadbot sandbox test".
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest
import requests

from integrations import doctor
from integrations.chat_note import is_chat
from integrations.destination import DeliveryFailed
from tests.integrations.conftest import delivery, lead
from tests.integrations.test_salesforce import CHAT

pytestmark = pytest.mark.sandbox

ACCOUNTS: dict[str, tuple[str, ...]] = {
    "hubspot": ("HUBSPOT_SANDBOX_TOKEN",),
    "salesforce": ("SALESFORCE_SANDBOX_CLIENT_ID", "SALESFORCE_SANDBOX_CLIENT_SECRET", "SALESFORCE_SANDBOX_URL"),
    "pipedrive": ("PIPEDRIVE_SANDBOX_TOKEN",),
}


def _needs(name: str) -> dict[str, str]:
    missing = [var for var in ACCOUNTS[name] if not os.environ.get(var)]
    if missing:
        pytest.skip(f"no {name} sandbox account: set {', '.join(missing)}")
    return {var: os.environ[var] for var in ACCOUNTS[name]}


def _build(name: str, env: dict[str, str], session: requests.Session) -> Any:
    if name == "hubspot":
        from integrations.hubspot import HubSpot

        return HubSpot(token=env["HUBSPOT_SANDBOX_TOKEN"], session=session)
    if name == "salesforce":
        from integrations.salesforce import Salesforce

        return Salesforce(client_id=env["SALESFORCE_SANDBOX_CLIENT_ID"],
                          client_secret=env["SALESFORCE_SANDBOX_CLIENT_SECRET"],
                          base_url=env["SALESFORCE_SANDBOX_URL"], session=session)
    from integrations.pipedrive import Pipedrive

    return Pipedrive(api_token=env["PIPEDRIVE_SANDBOX_TOKEN"], session=session)



@pytest.mark.parametrize("name", sorted(ACCOUNTS))
def test_the_doctor_finds_nothing_blocking_on_the_sandbox_account(name, session):
    destination = _build(name, _needs(name), session)
    checks = doctor.run({name: destination})
    assert not doctor.failing(checks), "\n".join(check.line() for check in checks)


@pytest.mark.parametrize("name", sorted(ACCOUNTS))
def test_a_lead_is_created_updated_and_erased_on_the_sandbox_account(name, session):
    destination = _build(name, _needs(name), session)
    marker = uuid.uuid4().hex[:8]
    data = lead(id=f"sandbox-{marker}", attributes={
        "email": {"address": f"leadbot-sandbox-{marker}@example.com", "free_mail": False},
        "name": "leadbot sandbox test", "company": f"leadbot sandbox {marker}"})
    created = destination.deliver(delivery("lead.qualified", data))
    try:
        updated = destination.deliver(delivery("lead.updated", {**data, "status": "claimed"}, created.external_id))
        assert updated.external_id == created.external_id
        destination.deliver(delivery("lead.chat", {**data, "chat": CHAT}, created.external_id))
        chats = _chat_notes(name, destination, created.external_id)
        assert len(chats) == (name != "salesforce"), "the chat is one note (Salesforce's Task: test_salesforce_org)"
    finally:
        destination.deliver(delivery("lead.erased", data, created.external_id))
    again = destination.deliver(delivery("lead.erased", data, created.external_id))  # already gone: still fine
    assert again.external_id is None
    assert [note for note in chats if _still_there(name, destination, created.external_id, note)] == []


def _chat_notes(name: str, destination: Any, external_id: str) -> list[str]:
    """The ids of the chat notes on the test lead's HubSpot deal or Pipedrive lead (none for Salesforce)."""
    record = external_id.split(":")[0]
    if name == "hubspot":
        links = destination.read(f"/crm/v4/objects/deals/{record}/associations/notes", "list deal notes")
        ids = [str(link["toObjectId"]) for link in links.get("results") or []]
        return [note for note in ids if is_chat(str(destination.read(
            f"/crm/v3/objects/notes/{note}", "read note", properties="hs_note_body")["properties"]["hs_note_body"]))]
    if name == "pipedrive":
        notes = destination.read("/v1/notes", "list notes", listed=True, lead_id=record, limit=500)
        return [str(note["id"]) for note in notes if is_chat(str(note.get("content") or ""))]
    return []


def _still_there(name: str, destination: Any, external_id: str, note: str) -> bool:
    if name == "pipedrive":
        notes = destination.read("/v1/notes", "list notes", listed=True, lead_id=external_id.split(":")[0], limit=500)
        return any(str(found.get("id")) == note for found in notes)
    try:
        destination.read(f"/crm/v3/objects/notes/{note}", "read note")
    except DeliveryFailed as gone:
        if gone.status == 404:
            return False
        raise
    return True


def test_a_revoked_token_is_refused_as_the_fakes_refuse_it(session):
    env = _needs("hubspot")
    from integrations.hubspot import HubSpot

    with pytest.raises(DeliveryFailed) as failed:
        HubSpot(token=env["HUBSPOT_SANDBOX_TOKEN"] + "x", session=session).deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 401 and not failed.value.retryable
