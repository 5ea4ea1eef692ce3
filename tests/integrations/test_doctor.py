"""``python -m integrations doctor``: one line per read-only check of each configured destination, with
what to do, and a non-zero exit when a destination would fail. Driven as an operator runs it: the
service's environment pointing at the local fakes."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.fakes.hubspot import HubSpotFake
from harness.fakes.pipedrive import PipedriveFake
from harness.fakes.salesforce import SalesforceFake
from integrations import doctor
from integrations.hubspot import HubSpot
from integrations.salesforce import Salesforce

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def run_doctor(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HUBSPOT_", "SALESFORCE_", "PIPEDRIVE_",
                                                                      "SLACK_", "LEADBOT_"))}
    return subprocess.run([sys.executable, "-m", "integrations", "doctor"], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, timeout=60)


def lines(result: subprocess.CompletedProcess, destination: str) -> list[str]:
    return [line for line in result.stdout.splitlines() if f"] {destination}" in line]


def test_the_doctor_says_what_would_fail_and_what_to_do_then_passes_once_it_is_done(tmp_path):
    owners = tmp_path / "owners.yml"
    owners.write_text("hubspot: {U0ALICE: '41629779', U0BOB: '999'}\npipedrive: {U0ALICE: 12345}\n")
    with HubSpotFake(set_up=False) as hubspot, SalesforceFake() as salesforce, PipedriveFake() as pipedrive:
        env = {"HUBSPOT_TOKEN": hubspot.token, "HUBSPOT_BASE_URL": hubspot.url,
               "SALESFORCE_CLIENT_ID": salesforce.client_id, "SALESFORCE_CLIENT_SECRET": salesforce.client_secret,
               "PIPEDRIVE_API_TOKEN": pipedrive.api_token, "PIPEDRIVE_BASE_URL": pipedrive.url,
               "LEADBOT_OWNERS": str(owners),
               "LEADBOT_WEBHOOK_ENDPOINTS": json.dumps({"ops": {"url": "http://127.0.0.1:9/hook", "secret": SECRET}})}
        broken = run_doctor(env)
        assert broken.returncode == 1, broken.stdout + broken.stderr

        [configuration] = lines(broken, "salesforce")
        assert "[FAIL]" in configuration and "SALESFORCE_BASE_URL" in configuration and "my.salesforce.com" in configuration
        hubspot_lines = "\n".join(lines(broken, "hubspot"))
        assert "[FAIL] hubspot: deals properties — missing: leadbot_lead_id" in hubspot_lines
        assert "run `python -m integrations setup hubspot`" in hubspot_lines
        assert "[FAIL] hubspot: owners — not owners of the portal: 999" in hubspot_lines
        assert any("[FAIL] webhook:ops: address" in line and "non-public" in line for line in lines(broken, "webhook"))
        assert all("[ok" in line for line in lines(broken, "pipedrive"))
        assert "would fail: " in broken.stdout and "pipedrive" not in broken.stdout.splitlines()[-1].split(":")[-1]
        assert not hubspot.deals.items and not hubspot.contacts.items, "read-only"
        assert "leadbot_lead_id" not in hubspot.properties["deals"] and not pipedrive.persons

        assert subprocess.run([sys.executable, "-m", "integrations", "setup", "hubspot"], cwd=ROOT,
                              env={**os.environ, **env}, capture_output=True, timeout=60).returncode == 0
        owners.write_text("hubspot: {U0ALICE: '41629779'}\npipedrive: {U0ALICE: 12345}\n")
        fixed = run_doctor({**env, "SALESFORCE_BASE_URL": salesforce.url,
                            "LEADBOT_WEBHOOK_ENDPOINTS": "{}"})
        assert fixed.returncode == 0, fixed.stdout + fixed.stderr
        assert "3 of 3 destinations ready" in fixed.stdout
        assert any("[warn] salesforce: duplicate rules" in line for line in lines(fixed, "salesforce"))


def test_an_environment_the_service_cannot_use_is_named_not_a_traceback():
    result = run_doctor({"LEADBOT_WEBHOOK_ENDPOINTS": "[not json"})
    assert result.returncode == 2 and "LEADBOT_WEBHOOK_ENDPOINTS" in result.stderr and "Traceback" not in result.stderr


def test_a_token_missing_a_scope_deliveries_need_is_named(session):
    from harness.fakes.hubspot import SCOPES

    with HubSpotFake(scopes=SCOPES - {"crm.objects.deals.write", "crm.schemas.deals.write"}) as fake:
        hubspot = HubSpot(token=fake.token, session=session, base_url=fake.url)
        checks = {check.name: check for check in doctor.run({"hubspot": hubspot})}
    assert not checks["scopes"].ok and checks["scopes"].blocking
    assert checks["scopes"].detail == "missing: crm.objects.deals.write"
    assert not checks["setup scopes"].ok and not checks["setup scopes"].blocking


def test_mapped_values_the_portal_does_not_have_are_named(session):
    with HubSpotFake() as fake:
        hubspot = HubSpot(token=fake.token, session=session, base_url=fake.url, mapping={
            "deal": {"dealstage": {"fact": "status", "map": {"won": "closedwon", "booked": "demo_booked"}}},
            "contact": {"hs_lead_status": {"value": "HOT"}}})
        checks = {check.name: check for check in doctor.run({"hubspot": hubspot})}
    assert not checks["deal pipeline"].ok and "demo_booked" in checks["deal pipeline"].detail
    assert not checks["contacts.hs_lead_status options"].ok and "HOT" in checks["contacts.hs_lead_status options"].detail
    assert checks["contacts properties"].ok


def test_an_iso_code_in_country_is_caught_before_the_first_lead(session):
    with SalesforceFake() as fake:
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url, mapping={"lead": {"CountryCode": None, "Country": "country"}})
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    assert not checks["Lead country"].ok and "CountryCode: country" in checks["Lead country"].fix


def test_a_run_as_user_who_cannot_create_events_is_caught(session):
    with SalesforceFake() as fake:
        fake.describes["Event"]["createable"] = False
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    assert not checks["Event access"].ok and checks["Event access"].blocking
    assert "Lead access" not in checks


@pytest.mark.parametrize("sobject, permission, named, why", [
    ("Lead", "updateable", "Edit", "every later change"),
    ("Lead", "deletable", "Delete", "erasure would fail"),
    ("Event", "updateable", "Edit", "moved would stay at its old time"),
    ("Event", "deletable", "Delete", "erasure would fail"),
])
def test_a_run_as_user_who_may_create_but_not_edit_or_delete_is_caught_with_what_would_fail(
        session, sobject, permission, named, why):
    """Leads are updated, calls moved and visitors erased: Create alone passes the first delivery only."""
    with SalesforceFake() as fake:
        fake.describes[sobject][permission] = False
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    access = checks[f"{sobject} access"]
    assert not access.ok and access.blocking
    assert f"cannot {named.lower()} {sobject} records" in access.detail and why in access.detail
    assert access.fix == f"give the connected app's run-as user {named} on {sobject} (profile or permission set)"
    other = "Event" if sobject == "Lead" else "Lead"
    assert f"{other} access" not in checks  # the permission of one object, not of every one


def test_a_run_as_user_with_every_object_permission_gets_no_access_line(session):
    with SalesforceFake() as fake:
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    assert "Lead access" not in checks and "Event access" not in checks
    assert checks["Lead fields"].ok and checks["Event fields"].ok


@pytest.mark.parametrize("sobject, field, named", [
    # A Lead's mapped fields are sent again on every update, but those sales own (create_only: Rating).
    ("Lead", "Status", True),
    ("Lead", "Email", True),
    ("Lead", "Rating", False),
    # A moved call updates the Event's time fields alone; its subject, notes and owner are written once.
    ("Event", "StartDateTime", True),
    ("Event", "DurationInMinutes", True),
    ("Event", "Subject", False),
    ("Event", "Description", False),
])
def test_a_field_that_can_be_created_but_not_edited_is_named_only_when_an_update_sends_it(
        session, sobject, field, named):
    with SalesforceFake() as fake:
        fake.field(sobject, field)["updateable"] = False
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    fields = checks[f"{sobject} fields"]
    if named:
        assert not fields.ok and fields.detail == f"written once, never updated: {field}"
        assert field in fields.fix and "field-level security" in fields.fix
    else:
        assert fields.ok, fields.detail


def test_a_run_as_user_who_cannot_delete_tasks_is_warned_that_a_converted_leads_chats_could_not_be_erased(session):
    with SalesforceFake() as fake:
        fake.describes["Task"]["deletable"] = False
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        task = {check.name: check for check in doctor.run({"salesforce": salesforce})}["Task (chat notes)"]
    assert not task.ok and not task.blocking and "cannot delete Tasks" in task.detail and "Delete on Task" in task.fix


def test_a_run_as_user_who_cannot_write_a_tasks_comments_is_warned_that_chat_notes_would_be_lost(session):
    with SalesforceFake() as fake:
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url)
        assert {c.name: c for c in doctor.run({"salesforce": salesforce})}["Task (chat notes)"].ok
        fake.field("Task", "Description")["createable"] = False
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    task = checks["Task (chat notes)"]
    assert not task.ok and not task.blocking and task.detail == "not writable: Description"


def test_salesforce_owners_must_be_active_users_of_the_org(session):
    with SalesforceFake() as fake:
        salesforce = Salesforce(client_id=fake.client_id, client_secret=fake.client_secret, session=session,
                                base_url=fake.url, owners={"U0ALICE": "005000000000001AAA", "U0BOB": "005000000000009AAA"})
        checks = {check.name: check for check in doctor.run({"salesforce": salesforce})}
    assert not checks["owners"].ok and checks["owners"].detail == "not active users of the org: 005000000000009AAA"


def test_a_check_that_cannot_run_is_one_failed_line_not_a_crash():
    @doctor.register("flaky")
    def explode(destination: object) -> list[doctor.Check]:
        raise RuntimeError("account unreachable")

    checks = doctor.run({"flaky": object()})
    assert [(c.ok, c.blocking) for c in checks] == [(False, True)] and "account unreachable" in checks[0].detail
    assert doctor.failing(checks) == ["flaky"]


@pytest.mark.parametrize("ok, blocking, verdict", [(True, True, "ok"), (False, True, "FAIL"), (False, False, "warn")])
def test_each_line_says_its_verdict_and_what_to_do_when_not_ok(ok, blocking, verdict):
    line = doctor.Check("hubspot", "owners", ok, "detail", "do this", blocking).line()
    assert line.startswith(f"[{verdict:4}] hubspot: owners — detail")
    assert ("→ do this" in line) is (not ok)


class _Registry:
    """What the worker hands the preflight: names, and ``get`` building each (or failing to)."""

    def __init__(self, **built: object) -> None:
        self.names = tuple(built)
        self._built = built

    def get(self, name: str) -> object:
        found = self._built[name]
        if isinstance(found, Exception):
            raise found
        return found


def test_the_workers_preflight_logs_every_check_and_never_raises(caplog, session):
    with HubSpotFake(set_up=False) as fake:
        registry = _Registry(hubspot=HubSpot(token=fake.token, session=session, base_url=fake.url),
                             salesforce=ValueError("no Salesforce URL: SALESFORCE_BASE_URL must be ..."))
        with caplog.at_level("INFO", logger="leadbot.preflight"):
            doctor.preflight_in_background(registry, logging.getLogger("leadbot.preflight")).join(timeout=30)
    logged = [r.getMessage() for r in caplog.records if r.name == "leadbot.preflight"]
    assert any("[ok  ] hubspot: token" in line for line in logged)
    assert any("[FAIL] hubspot: deals properties" in line for line in logged)
    assert any("[FAIL] salesforce: configuration" in line and "SALESFORCE_BASE_URL" in line for line in logged)
    assert logged[-1].startswith("preflight: deliveries to salesforce, hubspot would fail")
