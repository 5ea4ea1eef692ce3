"""The same checks against real vendor sandbox accounts, opt-in: ``pytest -m sandbox``.

Each test is skipped, saying which variables it needs, unless that account's credentials are in
the environment (the README says how to get free developer accounts). Against a live account a
test runs the doctor's read-only checks, then delivers one test lead (qualified, updated, erased)
and checks that the erasure left nothing behind. Use a sandbox or developer account: the test
writes a contact, a deal and a lead named "leadbot sandbox test".
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest
import requests

from integrations import doctor
from integrations.destination import DeliveryFailed
from tests.integrations.conftest import delivery, lead

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
    finally:
        destination.deliver(delivery("lead.erased", data, created.external_id))
    again = destination.deliver(delivery("lead.erased", data, created.external_id))  # already gone: still fine
    assert again.external_id is None


def test_a_revoked_token_is_refused_as_the_fakes_refuse_it(session):
    env = _needs("hubspot")
    from integrations.hubspot import HubSpot

    with pytest.raises(DeliveryFailed) as failed:
        HubSpot(token=env["HUBSPOT_SANDBOX_TOKEN"] + "x", session=session).deliver(delivery("lead.qualified", lead()))
    assert failed.value.status == 401 and not failed.value.retryable
