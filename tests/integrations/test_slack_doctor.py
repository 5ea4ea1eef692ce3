"""The Slack lines of ``python -m integrations doctor``: read-only checks against (a fake of) the workspace."""

from __future__ import annotations

from harness.fakes.slack import SlackFake
from integrations.slack_doctor import doctor_checks, manifest_scopes
from tests.integrations.conftest import closed_port_url


def by_name(checks):
    return {c.name: c for c in checks}


def test_a_workspace_set_up_as_the_manifest_says_passes_every_check(slack_fake):
    checks = doctor_checks(token=slack_fake.token, base_url=slack_fake.api_url, channels=["#leads", "C0SALES"])
    assert [(c.name, c.ok) for c in checks] == [
        ("token", True), ("scopes", True), ("channel #leads", True), ("channel C0SALES", True)]
    assert [r.path for r in slack_fake.acted() if r.path.startswith("/api/chat.")] == [], "nothing written"


def test_a_missing_scope_is_named_with_what_to_do():
    with SlackFake(scopes=("chat:write", "commands")) as fake:
        checks = by_name(doctor_checks(token=fake.token, base_url=fake.api_url))
    assert not checks["scopes"].ok
    assert "channels:history" in checks["scopes"].detail and "reinstall" in checks["scopes"].detail
    assert set(manifest_scopes()) >= {"chat:write", "commands", "channels:history"}


def test_a_channel_the_app_is_not_in_is_reported_before_an_alert_fails_with_not_in_channel():
    with SlackFake(not_member=("C0EMEA",)) as fake:
        checks = by_name(doctor_checks(token=fake.token, base_url=fake.api_url,
                                       channels=["#sales-emea", "#nowhere", "C0LEADS"]))
    assert not checks["channel #sales-emea"].ok and "/invite" in checks["channel #sales-emea"].detail
    assert not checks["channel #nowhere"].ok
    assert checks["channel C0LEADS"].ok


def test_a_wrong_token_or_an_unreachable_slack_stops_at_the_first_line():
    with SlackFake() as fake:
        [check] = doctor_checks(token="xoxb-wrong", base_url=fake.api_url, channels=["#leads"])
    assert (check.name, check.ok) == ("token", False) and "invalid_auth" in check.detail
    [check] = doctor_checks(token="xoxb-x", base_url=closed_port_url(), timeout=2)
    assert not check.ok and "could not be reached" in check.detail


def test_the_doctor_checks_the_default_channel_and_every_routes_channel_of_the_playbook(monkeypatch):
    from integrations import doctor
    from integrations.slack import Slack
    from qualification import load_playbook

    for name in ("LEADBOT_PLAYBOOK", "LEADBOT_PUBLIC_URL", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    routes = {r.slack_channel for r in load_playbook().routing.routes}
    names = {channel: f"C0{i}" for i, channel in enumerate(sorted(routes))}
    outside = names[sorted(routes)[0]]
    with SlackFake(channels=(*names.values(), "C0LEADS"), names=names, not_member=(outside,)) as fake:
        checks = doctor.run({"slack": Slack(token=fake.token, base_url=fake.api_url, default_channel="C0LEADS")})
    assert {c.name for c in checks} == {"token", "scopes", "channel C0LEADS", *(f"channel {r}" for r in routes)}
    assert doctor.failing(checks) == ["slack"]
    assert [c.name for c in checks if not c.ok] == [f"channel {sorted(routes)[0]}"]


def test_a_user_token_in_place_of_the_bot_token_is_named_before_any_alert():
    """auth.test answers a user token too, without a bot: the first line says which token to take instead."""
    with SlackFake(token="xoxp-user-token") as fake:
        [check] = doctor_checks(token=fake.token, base_url=fake.api_url, channels=["#leads"])
    assert (check.name, check.ok) == ("token", False)
    assert "user token" in check.detail and "xoxb-" in check.detail and "xoxp-" in check.detail
